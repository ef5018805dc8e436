"""How a review looks: the context its page and its PDF share, and the PDF itself. Both
are drawn from the frozen snapshot, the narrative and the signatures only, so a published
review reads the same on every download, whatever the data does later."""

from __future__ import annotations

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.http import content_disposition_header

from accord.qbr.models import BusinessReview
from accord.signatures.selectors import manifest


def review_context(review: BusinessReview) -> dict:
    """What ``qbr/_review_body.html`` needs, for the page and the PDF alike."""
    return {
        "review": review,
        "c": review.content,
        "manifest": manifest(review) if review.is_published else [],
    }


def review_pdf(review: BusinessReview) -> bytes:
    from weasyprint import HTML

    html = render_to_string("qbr/review_pdf.html", review_context(review))
    # No base URL: the document has no external resource to fetch.
    return HTML(string=html).write_pdf()


def review_filename(review: BusinessReview) -> str:
    draft = "-DRAFT" if review.is_draft else ""
    quarter = review.period.label.replace(" ", "-")
    return f"QBR-{review.sponsor.short_name}-{quarter}{draft}.pdf"


def review_pdf_response(review: BusinessReview) -> HttpResponse:
    """The review as a PDF file; a draft says so in its name and on every page."""
    response = HttpResponse(review_pdf(review), content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=review_filename(review)
    )
    return response
