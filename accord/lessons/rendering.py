"""A project's lessons review as a PDF: the narrative, the technical and the business
evaluation, the findings, and the signature manifest (who signed, when, meaning what)."""

from __future__ import annotations

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.http import content_disposition_header

from accord.lessons.models import LessonsReview
from accord.signatures.selectors import manifest


def review_pdf(review: LessonsReview) -> bytes:
    from weasyprint import HTML

    project = review.project
    variance = review.budget_variance
    html = render_to_string(
        "lessons/review_pdf.html",
        {
            "review": review,
            "project": project,
            "findings": review.lessons.select_related("recorded_by").order_by("number"),
            "variance": abs(variance) if variance is not None else None,
            "manifest": manifest(review) if review.is_submitted else [],
        },
    )
    # No base URL: the document has no external resource to fetch.
    return HTML(string=html).write_pdf()


def review_pdf_response(review: LessonsReview) -> HttpResponse:
    """The review as a PDF file; a draft says so in its name and on every page."""
    draft = "" if review.is_submitted else "-DRAFT"
    response = HttpResponse(review_pdf(review), content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=f"lessons-review-{review.project.code}{draft}.pdf"
    )
    return response
