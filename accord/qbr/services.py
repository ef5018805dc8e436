"""Every write to business reviews. Each runs in one transaction with its audit event.

A draft's snapshot is taken when the review is prepared and again whenever the account
team regenerates it (saying what changed); publishing signs the snapshot as previewed,
never a fresh one, so the sponsor reads exactly what the publisher signed.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from accord.accounts.models import Organization, User
from accord.audit.services import audit_record, created, diff, snapshot
from accord.core import concurrency
from accord.core.permissions import require
from accord.notifications.services import notify
from accord.qbr.content import content_changes, review_content
from accord.qbr.models import NARRATIVE, BusinessReview, ReviewComment
from accord.qbr.selectors import business_reviews_visible_to
from accord.qbr.workflows import BUSINESS_REVIEW_WORKFLOW
from accord.scorecards.variables import QUARTER, Period
from accord.signatures.publishing import SignedPublication, content_digest, signed_publish

MAX_COMMENT = 4000


def _authorize(actor: User, permission: str) -> None:
    require(actor, permission)
    if not actor.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff prepare business reviews.")


def _state(review: BusinessReview) -> dict[str, object]:
    return {
        **snapshot(review, ("sponsor", "quarter_start", "status", *NARRATIVE)),
        "content_sha256": content_digest(review.content),
    }


def _locked(review: BusinessReview, version: int | None = None) -> BusinessReview:
    return concurrency.locked(
        review, version, queryset=BusinessReview.objects.select_related("sponsor")
    )


def _check_draft(review: BusinessReview) -> None:
    if not review.is_draft:
        raise ValidationError({"__all__": ["A published review never changes."]})


def _quarter(quarter_start: dt.date) -> Period:
    try:
        period = Period(QUARTER, quarter_start)
    except ValueError:
        raise ValidationError({"quarter": ["Choose the first day of a quarter."]}) from None
    if period.start > timezone.localdate():
        raise ValidationError({"quarter": ["A review covers a quarter that has begun."]})
    return period


@transaction.atomic
def business_review_prepare(
    *, actor: User, sponsor: Organization, quarter_start: dt.date, **narrative: str
) -> BusinessReview:
    """Prepare the sponsor's review of a quarter: a draft with a snapshot taken now."""
    _authorize(actor, "qbr.add_businessreview")
    if sponsor.kind != Organization.Kind.SPONSOR:
        raise ValidationError({"sponsor": ["Choose a sponsor."]})
    period = _quarter(quarter_start)
    unknown = set(narrative) - set(NARRATIVE)
    if unknown:
        raise ValidationError({"__all__": [f"Unknown fields: {', '.join(sorted(unknown))}"]})
    if BusinessReview.objects.filter(sponsor=sponsor, quarter_start=period.start).exists():
        raise ValidationError(
            {"quarter": [f"{sponsor.name} already has a review of {period.label}."]}
        )
    taken_at = timezone.now()
    review = BusinessReview(
        sponsor=sponsor,
        quarter_start=period.start,
        content=review_content(sponsor, period, taken_at=taken_at),
        content_taken_at=taken_at,
        created_by=actor,
        **{name: value.strip() for name, value in narrative.items()},
    )
    review.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            review.save()
    except IntegrityError:
        raise ValidationError(
            {"quarter": [f"{sponsor.name} already has a review of {period.label}."]}
        ) from None
    audit_record(
        actor=actor,
        action="qbr.businessreview.prepared",
        target=review,
        parent=sponsor,
        changes=created(_state(review)),
    )
    return review


@transaction.atomic
def business_review_regenerate(
    *, actor: User, review: BusinessReview, version: int | None = None
) -> BusinessReview:
    """Take the draft's snapshot again from today's data; ``last_changes`` says what
    changed (an empty list: nothing did)."""
    _authorize(actor, "qbr.change_businessreview")
    review = _locked(review, version)
    _check_draft(review)
    before = _state(review)
    previous = review.content
    review.content_taken_at = timezone.now()
    review.content = review_content(review.sponsor, review.period, taken_at=review.content_taken_at)
    review.last_changes = content_changes(previous, review.content)
    concurrency.bump(review)
    review.save()
    audit_record(
        actor=actor,
        action="qbr.businessreview.regenerated",
        target=review,
        parent=review.sponsor,
        changes={
            **diff(before, _state(review)),
            "content_taken_at": [None, review.content_taken_at.isoformat()],
            "what_changed": [None, review.last_changes],
        },
    )
    return review


@transaction.atomic
def business_review_update(
    *, actor: User, review: BusinessReview, version: int | None = None, **fields: str
) -> BusinessReview:
    """Edit the narrative: executive summary, highlights, issues, outlook."""
    _authorize(actor, "qbr.change_businessreview")
    unknown = set(fields) - set(NARRATIVE)
    if unknown:
        raise ValidationError({"__all__": [f"Unknown fields: {', '.join(sorted(unknown))}"]})
    review = _locked(review, version)
    before = _state(review)
    for name, value in fields.items():
        setattr(review, name, value.strip())
    changes = diff(before, _state(review))
    if not changes:
        return review
    BUSINESS_REVIEW_WORKFLOW.check_edit(review, changes, "")
    concurrency.bump(review)
    review.save()
    audit_record(
        actor=actor,
        action="qbr.businessreview.updated",
        target=review,
        parent=review.sponsor,
        changes=changes,
    )
    return review


PUBLICATION = SignedPublication(
    workflow=BUSINESS_REVIEW_WORKFLOW,
    visible_to=business_reviews_visible_to,
    lock=_locked,
    parent=lambda review: review.sponsor,
    action="qbr.businessreview.published",
    noun="review",
    plural="business reviews",
)


def business_review_publish(
    *,
    actor: User,
    review: BusinessReview,
    meaning: str,
    username: str | None,
    password: str,
    acknowledge: bool = False,
    reason: str = "",
    version: int | None = None,
) -> BusinessReview:
    """Publish a draft to the sponsor portal, signed by the publisher as its author.

    ``version`` is the one the signer read: a signature never covers content that
    changed since."""
    return signed_publish(
        PUBLICATION,
        actor=actor,
        record=review,
        meaning=meaning,
        username=username,
        password=password,
        acknowledge=acknowledge,
        reason=reason,
        version=version,
    )


def _comment_text(text: str) -> str:
    text = text.strip()
    if not text:
        raise ValidationError({"text": ["Write your comment."]})
    if len(text) > MAX_COMMENT:
        raise ValidationError({"text": [f"Keep it under {MAX_COMMENT} characters."]})
    return text


def _own_comment(actor: User, comment: ReviewComment, version: int | None) -> ReviewComment:
    """The comment, locked, if ``actor`` wrote it and may still reach its review."""
    require(actor, "qbr.comment_businessreview")
    comment = concurrency.locked(
        comment, None, queryset=ReviewComment.objects.select_related("review__sponsor")
    )
    review = comment.review
    if (
        comment.author_id != actor.pk
        or not business_reviews_visible_to(actor).filter(pk=review.pk).exists()
        or (actor.is_sponsor_user and actor.organization_id != review.sponsor_id)
    ):
        raise PermissionDenied("Only its author may change a comment.")
    if comment.is_withdrawn:
        raise ValidationError({"__all__": ["This comment was withdrawn; it no longer changes."]})
    concurrency.check(comment, version)
    return comment


@transaction.atomic
def review_comment_add(
    *, actor: User, review: BusinessReview, text: str, reply_to: ReviewComment | None = None
) -> ReviewComment:
    """A sponsor's comment on its published review, or the account team's reply."""
    require(actor, "qbr.comment_businessreview")
    if not business_reviews_visible_to(actor).filter(pk=review.pk).exists():
        raise PermissionDenied("You cannot comment on this review.")
    if not review.is_published:
        raise ValidationError({"text": ["Comments open once the review is published."]})
    text = _comment_text(text)
    if reply_to is not None and reply_to.review_id != review.pk:
        raise ValidationError({"reply_to": ["Reply to a comment on this review."]})
    if (
        reply_to is not None
        and ReviewComment.objects.filter(pk=reply_to.pk, withdrawn_at__isnull=False).exists()
    ):
        raise ValidationError({"reply_to": ["That comment was withdrawn by its author."]})
    if actor.is_sponsor_user and actor.organization_id != review.sponsor_id:
        raise PermissionDenied("You cannot comment on this review.")
    comment = ReviewComment.objects.create(
        review=review, author=actor, text=text, reply_to=reply_to
    )
    audit_record(
        actor=actor,
        action="qbr.reviewcomment.added",
        target=comment,
        parent=review,
        changes=created(snapshot(comment, ("text", "reply_to"))),
    )
    notify("qbr.reviewcomment.added", comment, actor=actor)
    return comment


@transaction.atomic
def review_comment_edit(
    *, actor: User, comment: ReviewComment, text: str, version: int | None = None
) -> ReviewComment:
    """The author rewords their own comment; it shows as edited, and the audit trail keeps
    what it said before."""
    comment = _own_comment(actor, comment, version)
    text = _comment_text(text)
    if text == comment.text:
        return comment
    before = comment.text
    comment.text = text
    comment.edited_at = timezone.now()
    concurrency.bump(comment)
    comment.save()
    audit_record(
        actor=actor,
        action="qbr.reviewcomment.edited",
        target=comment,
        parent=comment.review,
        changes={"text": [before, text]},
    )
    return comment


@transaction.atomic
def review_comment_withdraw(
    *, actor: User, comment: ReviewComment, version: int | None = None
) -> ReviewComment:
    """The author takes their comment back. It stays in the thread, marked withdrawn (the
    replies to it keep their place) and its text stays in the audit trail; the page and
    the API no longer show it."""
    comment = _own_comment(actor, comment, version)
    comment.withdrawn_at = timezone.now()
    concurrency.bump(comment)
    comment.save()
    audit_record(
        actor=actor,
        action="qbr.reviewcomment.withdrawn",
        target=comment,
        parent=comment.review,
        changes={"withdrawn_at": [None, comment.withdrawn_at.isoformat()]},
    )
    return comment
