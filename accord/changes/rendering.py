"""A change order as a document to file: scope, price, schedule impact, signatures."""

from __future__ import annotations

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone

from accord.accounts.models import User
from accord.changes.models import ChangeOrder
from accord.signatures.selectors import manifest


def change_order_pdf_response(
    change_order: ChangeOrder, *, printed_by: User, base_url: str
) -> HttpResponse:
    from weasyprint import HTML

    html = render_to_string(
        "changes/change_order_pdf.html",
        {
            "co": change_order,
            "project": change_order.project,
            "edits": change_order.edits.select_related("task", "after"),
            "manifest": manifest(change_order),
            "cdmo_name": change_order.project.site.organization.name,
            "printed_at": timezone.now(),
            "printed_by": printed_by,
        },
    )
    pdf = HTML(string=html, base_url=base_url).write_pdf()
    response = HttpResponse(pdf, content_type="application/pdf")
    filename = f"{change_order.project.code}-{change_order.reference}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
