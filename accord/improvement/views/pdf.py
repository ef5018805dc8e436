"""A CI initiative as a PDF: method, stage, owner and champion, baseline, target and
result, each DMAIC stage's deliverables and signed gate, and the closing signature. The
staff file prints everything; the sponsor's (from the portal) prints what the portal
shows, without the internal figures, the team or the signatures' detail."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils.http import content_disposition_header

from accord.accounts.decorators import staff_required
from accord.improvement.models import Initiative
from accord.improvement.views.initiatives import VIEW, _initiative, _stages
from accord.improvement.views.portal import _visible
from accord.signatures.selectors import manifest


def initiative_pdf(initiative: Initiative, *, for_sponsor: bool = False) -> bytes:
    from weasyprint import HTML

    context = {
        "initiative": initiative,
        "stages": _stages(initiative) if initiative.is_dmaic else [],
        "for_sponsor": for_sponsor,
        "team": [] if for_sponsor else initiative.team.order_by("last_name", "first_name"),
        "closing_manifest": [] if for_sponsor else manifest(initiative),
    }
    html = render_to_string("improvement/initiative_pdf.html", context)
    # No base URL: the document has no external resource to fetch.
    return HTML(string=html).write_pdf()


def initiative_pdf_response(initiative: Initiative, *, for_sponsor: bool = False) -> HttpResponse:
    response = HttpResponse(
        initiative_pdf(initiative, for_sponsor=for_sponsor), content_type="application/pdf"
    )
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=f"{initiative.code}.pdf"
    )
    return response


@staff_required(VIEW)
def staff_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    return initiative_pdf_response(_initiative(request, pk))


@login_required
def portal_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    initiative = get_object_or_404(_visible(request), pk=pk)
    return initiative_pdf_response(initiative, for_sponsor=True)
