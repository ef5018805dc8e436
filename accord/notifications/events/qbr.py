"""Quarterly business reviews: the sponsor's people are told when one is published; the
account team when the sponsor comments, and the commenter when the team replies."""

from __future__ import annotations

from django.urls import reverse

from accord.accounts.models import Organization, User
from accord.notifications.events import event, people, sentence, sponsor_users
from accord.notifications.services import Message


@event("qbr.businessreview.published")
def business_review_published(review, *, actor=None, **context) -> list[Message]:
    return [
        Message(
            "business_review_published",
            user,
            review,
            f"Business review {review.quarter_label} is published",
            f"{review.sponsor.name}, {review.quarter_label}: how we served you in the quarter "
            "and what the next one holds. Read it in the portal, comment on it, or download "
            "the signed PDF.",
            reverse("qbr:detail", args=[review.pk]),
        )
        for user in sponsor_users(review.sponsor_id, "qbr.view_businessreview")
    ]


def account_team(review) -> list[User]:
    """The sponsor's account owner, the managers of its projects, and whoever prepared and
    published the review."""
    from accord.clients.models import SponsorProfile

    profile = SponsorProfile.objects.filter(sponsor_id=review.sponsor_id).first()
    managers = User.objects.filter(
        is_active=True,
        organization__kind=Organization.Kind.CDMO,
        memberships__project__sponsor_id=review.sponsor_id,
        memberships__role="project_manager",
    ).distinct()
    return people(
        [profile.account_owner if profile else None],
        managers,
        [review.created_by, review.published_by],
    )


@event("qbr.reviewcomment.added")
def review_comment_added(comment, *, actor=None, **context) -> list[Message]:
    review = comment.review
    url = reverse("qbr:detail", args=[review.pk]) + "#comments"
    author = comment.author.printed_name
    if comment.from_sponsor:
        recipients = account_team(review)
        title = f"{review.sponsor.name} commented on business review {review.quarter_label}"
    else:
        earlier = review.comments.exclude(pk=comment.pk).select_related("author__organization")
        recipients = people(
            [comment.reply_to.author] if comment.reply_to_id else [],
            [c.author for c in earlier if c.from_sponsor],
        )
        title = f"Reply on business review {review.quarter_label}"
    return [
        Message(
            "business_review_comment",
            user,
            review,
            title,
            f"{author}: {sentence(comment.text)}",
            url,
        )
        for user in recipients
        if user.pk != comment.author_id
    ]
