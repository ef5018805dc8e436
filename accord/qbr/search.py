"""Business reviews in the search (see ``accord.search.registry``): sponsors find their
published ones only."""

from django.urls import reverse

from accord.qbr.models import BusinessReview
from accord.qbr.selectors import business_reviews_visible_to
from accord.search.registry import SearchField, SearchType, day, register

register(
    SearchType(
        key="business_reviews",
        label="Business reviews",
        model=BusinessReview,
        visible_to=business_reviews_visible_to,
        fields=(
            SearchField("summary", "B"),
            SearchField("highlights", "C"),
            SearchField("issues", "C"),
            SearchField("outlook", "C"),
        ),
        title=lambda review: f"Business review {review.quarter_label}",
        reference=lambda review: f"{review.sponsor.short_name} {review.reference}",
        context=lambda review: (
            f"{review.sponsor.name} · {review.get_status_display()}"
            + (f" {day(review.published_at)}" if review.published_at else "")
        ),
        url=lambda review, user: reverse("qbr:detail", args=[review.pk]),
        date_field="quarter_start",
        icon="bi-clipboard-data",
        order=75,
    )
)
