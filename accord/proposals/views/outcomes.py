"""Outcome pages (CDMO staff): record a win (project fields and the project manager's
signature), a loss (the postmortem), a decline or a withdrawal; a postmortem; the lessons
learned list. Sponsors reach none of them."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from accord.accounts.decorators import staff_required
from accord.accounts.models import Site, User
from accord.core.errors import apply_to_form
from accord.core.pagination import paginate
from accord.core.workflow import TransitionNotAllowed
from accord.planning.plan_templates import BY_MODALITY
from accord.proposals import outcomes, services
from accord.proposals.models import ProposalRevision, Rfp
from accord.proposals.outcome_forms import CloseForm, LessonsFilterForm, LoseForm, WinForm
from accord.proposals.services.outcomes import RECORD
from accord.proposals.views._common import querystring, rfp_or_404
from accord.proposals.workflows import RFP_WORKFLOW

S = ProposalRevision.Status


def _open_rfp(request: HttpRequest, pk: int, name: str) -> Rfp:
    rfp = rfp_or_404(request, pk)
    if RFP_WORKFLOW.transition(name) not in RFP_WORKFLOW.available(rfp, request.user):
        messages.error(request, f"{rfp.number} is {rfp.get_status_display().lower()}.")
        raise _Back(rfp)
    return rfp


class _Back(Exception):
    def __init__(self, rfp: Rfp) -> None:
        self.rfp = rfp


def _page(request, rfp: Rfp, form, title: str, template: str, **extra) -> HttpResponse:
    return render(request, template, {"rfp": rfp, "form": form, "title": title, **extra})


@staff_required(RECORD)
def outcome_win(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        rfp = _open_rfp(request, pk, "win")
    except _Back as back:
        return redirect("proposals:rfp_detail", pk=back.rfp.pk)
    revisions = (
        ProposalRevision.objects.filter(proposal__rfp=rfp, status__in=(S.SENT, S.ACCEPTED))
        .select_related("proposal")
        .order_by("-status", "-sent_on")
    )
    latest = revisions.first()
    pms = User.objects.filter(
        is_active=True, organization__kind="cdmo", roles__code="project_manager"
    ).distinct()
    initial = {
        "revision": latest,
        "title": rfp.title,
        "start_date": rfp.desired_start,
        "template_code": (latest and latest.timeline_template) or BY_MODALITY.get(rfp.modality),
        "site": request.user.site,
    }
    form = WinForm(
        request.POST or None,
        initial=initial,
        revisions=revisions,
        pms=pms,
        sites=Site.objects.all(),
    )
    if request.method == "POST" and form.is_valid():
        try:
            outcome = services.proposal_win(actor=request.user, **form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        except TransitionNotAllowed as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(
                request,
                f"{rfp.number} won: project {outcome.project.code} created with its SOW, plan "
                "and signed contract baseline.",
            )
            return redirect("projects:detail", pk=outcome.project.pk)
    return _page(request, rfp, form, "Record a win", "proposals/outcome_win.html")


@staff_required(RECORD)
def outcome_lose(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        rfp = _open_rfp(request, pk, "lose")
    except _Back as back:
        return redirect("proposals:rfp_detail", pk=back.rfp.pk)
    form = LoseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            postmortem = services.rfp_lose(actor=request.user, rfp=rfp, **form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        except TransitionNotAllowed as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, f"{rfp.number} recorded as lost, with its postmortem.")
            return redirect("proposals:postmortem_detail", pk=postmortem.pk)
    return _page(request, rfp, form, "Record a loss", "proposals/outcome_form.html")


CLOSERS = {
    "decline": ("Decline this RFP", services.rfp_decline),
    "withdraw": ("Withdrawn by the sponsor", services.rfp_withdraw),
}


@staff_required(RECORD)
def outcome_close(request: HttpRequest, pk: int, name: str) -> HttpResponse:
    if name not in CLOSERS:
        raise Http404
    title, service = CLOSERS[name]
    try:
        rfp = _open_rfp(request, pk, name)
    except _Back as back:
        return redirect("proposals:rfp_detail", pk=back.rfp.pk)
    form = CloseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            service(actor=request.user, rfp=rfp, **form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        except TransitionNotAllowed as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, f"{rfp.number}: {title.lower()} recorded.")
            return redirect("proposals:rfp_detail", pk=rfp.pk)
    return _page(request, rfp, form, title, "proposals/outcome_form.html")


@staff_required("proposals.view_postmortem")
def postmortem_detail(request: HttpRequest, pk: int) -> HttpResponse:
    postmortem = get_object_or_404(outcomes.postmortems_visible_to(request.user), pk=pk)
    return render(
        request,
        "proposals/outcome_postmortem.html",
        {"postmortem": postmortem, "rfp": postmortem.rfp, "outcome": postmortem.rfp.outcome},
    )


@staff_required("proposals.view_postmortem")
def lessons(request: HttpRequest) -> HttpResponse:
    form = LessonsFilterForm(request.GET or None)
    postmortems = outcomes.postmortems_filter(
        outcomes.postmortems_visible_to(request.user), **form.filters()
    )
    return render(
        request,
        "proposals/outcome_lessons.html",
        {"form": form, "page": paginate(request, postmortems), "querystring": querystring(request)},
    )
