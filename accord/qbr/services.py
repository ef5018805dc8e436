"""Every write to business reviews. Each runs in one transaction with its audit event.

A draft's snapshot is taken when the review is prepared and again whenever the account
team regenerates it (saying what changed); publishing signs the snapshot as previewed,
never a fresh one, so the sponsor reads exactly what the publisher signed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from accord.accounts.models import Organization, User
from accord.audit.services import audit_record, created, diff, snapshot
from accord.core import concurrency
from accord.core.permissions import require
from accord.core.workflow import TransitionNotAllowed
from accord.notifications.services import notify
from accord.qbr.content import content_changes, review_content
from accord.qbr.models import NARRATIVE, BusinessReview, ReviewComment
from accord.qbr.selectors import business_reviews_visible_to
from accord.qbr.workflows import BUSINESS_REVIEW_WORKFLOW
from accord.scorecards.variables import QUARTER, Period
from accord.signatures.services import signature_apply, signer_authenticate

MAX_COMMENT = 4000


def _authorize(actor: User, permission: str) -> None:
    require(actor, permission)
    if not actor.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff prepare business reviews.")


def content_digest(content: dict) -> str:
    """A short fingerprint of a snapshot for the audit trail (the snapshot itself is big)."""
    text = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


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
    concurrency.check(review, version)
    transition = BUSINESS_REVIEW_WORKFLOW.check(review, "publish", actor)
    if not actor.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff publish business reviews.")
    if not business_reviews_visible_to(actor).filter(pk=review.pk).exists():
        raise PermissionDenied("You cannot act on this review.")
    if meaning != transition.signature:
        raise ValidationError(
            {"meaning": [f"Choose the meaning of this signature: {transition.signature}."]}
        )
    if not review.summary.strip():
        raise ValidationError({"summary": ["Write the executive summary before publishing."]})
    # Outside the transaction: a failed attempt stays recorded (and counts to lockout).
    full_credentials = signer_authenticate(
        actor=actor, username=username, password=password, acknowledge=acknowledge
    )
    with transaction.atomic():
        locked = _locked(review, version)
        if locked.status != review.status:
            raise TransitionNotAllowed("Someone else published this review just now; reload it.")
        BUSINESS_REVIEW_WORKFLOW.check(locked, "publish", actor)
        fields = ("status", "published_at", "published_by")
        before = snapshot(locked, fields)
        locked.status = transition.target
        locked.published_at = timezone.now()
        locked.published_by = actor
        concurrency.bump(locked)
        locked.full_clean(validate_constraints=False)
        locked.save()
        audit_record(
            actor=actor,
            action="qbr.businessreview.published",
            target=locked,
            parent=locked.sponsor,
            changes={
                **diff(before, snapshot(locked, fields)),
                "content_sha256": [None, content_digest(locked.content)],
            },
            reason=reason,
        )
        signature_apply(
            actor=actor,
            record=locked,
            meaning=transition.signature,
            full_credentials=full_credentials,
            reason=reason,
            transition=transition.name,
        )
        notify("qbr.businessreview.published", locked, actor=actor)
    return locked


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
    text = text.strip()
    if not text:
        raise ValidationError({"text": ["Write your comment."]})
    if len(text) > MAX_COMMENT:
        raise ValidationError({"text": [f"Keep it under {MAX_COMMENT} characters."]})
    if reply_to is not None and reply_to.review_id != review.pk:
        raise ValidationError({"reply_to": ["Reply to a comment on this review."]})
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
