"""Reads of business reviews that depend on who is asking.

CDMO staff with the permission see every review, drafts included; a sponsor's people see
their own company's published reviews only, never a draft and never another sponsor's.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from accord.qbr.models import BusinessReview, ReviewComment

PUBLISHED = BusinessReview.Status.PUBLISHED


def business_reviews_visible_to(user) -> QuerySet[BusinessReview]:
    reviews = BusinessReview.objects.select_related("sponsor", "published_by", "created_by")
    if not (user and user.is_authenticated and user.is_active):
        return reviews.none()
    if not user.has_perm("qbr.view_businessreview"):
        return reviews.none()
    if user.is_cdmo_staff:
        return reviews
    if user.is_sponsor_user:
        return reviews.filter(sponsor_id=user.organization_id, status=PUBLISHED)
    return reviews.none()


def review_comments_visible_to(user) -> QuerySet[ReviewComment]:
    return ReviewComment.objects.select_related("author__organization", "review").filter(
        review__in=business_reviews_visible_to(user)
    )


def business_reviews_filter(
    queryset: QuerySet[BusinessReview],
    *,
    query: str = "",
    sponsor=None,
    quarter=None,
    status: str = "",
) -> QuerySet[BusinessReview]:
    """Narrow an already visibility-filtered queryset; never widens it."""
    if query:
        queryset = queryset.filter(
            Q(sponsor__name__icontains=query)
            | Q(summary__icontains=query)
            | Q(highlights__icontains=query)
            | Q(issues__icontains=query)
            | Q(outlook__icontains=query)
        )
    if sponsor is not None:
        queryset = queryset.filter(sponsor=sponsor)
    if quarter is not None:
        queryset = queryset.filter(quarter_start=quarter)
    if status:
        queryset = queryset.filter(status=status)
    return queryset


def latest_published_for(user, *, limit: int = 4) -> list[BusinessReview]:
    """The newest published reviews the user may read, for the sponsor portal."""
    return list(
        business_reviews_visible_to(user)
        .filter(status=PUBLISHED)
        .order_by("-quarter_start", "sponsor__name")[:limit]
    )
