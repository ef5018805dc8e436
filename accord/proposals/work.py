"""What the proposal work asks of a person now: the reviews a reviewer still has to sign
(My work), and the sent proposals a sponsor has not answered yet (portal home)."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Prefetch, Q

from accord.core import clock
from accord.proposals.complexity import REVIEW_ROLES, required_reviews
from accord.proposals.models import ProposalReview, ProposalRevision, ReviewKind, Rfp
from accord.proposals.selectors import revisions_visible_to

LIMIT = 8


@dataclass(frozen=True)
class ReviewToSign:
    revision: ProposalRevision
    kinds: list[str]

    @property
    def labels(self) -> str:
        return ", ".join(ReviewKind(kind).label for kind in self.kinds)


def reviews_waiting_for(user) -> list[ReviewToSign]:
    """Revisions in review that still need a review this user's role may sign (never on
    a revision they wrote or whose proposal they own)."""
    if not (user.is_authenticated and user.is_cdmo_staff):
        return []
    roles = set(user.roles.values_list("code", flat=True))
    kinds = {kind for kind, role in REVIEW_ROLES.items() if role in roles}
    if not kinds:
        return []
    revisions = list(
        revisions_visible_to(user)
        .filter(status=ProposalRevision.Status.IN_REVIEW)
        .exclude(created_by=user)
        .exclude(proposal__owner=user)
        .select_related("proposal__sponsor", "assessment")
        .prefetch_related(
            Prefetch(
                "reviews",
                queryset=ProposalReview.objects.filter(
                    invalidated_at__isnull=True, decision=ProposalReview.Decision.REVIEWED
                ),
                to_attr="current_reviews",
            )
        )
        .order_by("updated_at")[:50]
    )
    # Three queries whatever the number of revisions (the same rule as
    # revision_missing_reviews, on prefetched rows).
    waiting = []
    for revision in revisions:
        assessment = getattr(revision, "assessment", None)
        signed = {review.kind for review in revision.current_reviews}
        required = required_reviews(assessment.factors() if assessment else None)
        missing = [kind for kind in required if kind in kinds and kind not in signed]
        if missing:
            waiting.append(ReviewToSign(revision, missing))
        if len(waiting) == LIMIT:
            break
    return waiting


def proposals_awaiting_answer(user) -> list[ProposalRevision]:
    """Sent revisions of the sponsor user's company that nobody has answered yet, of an
    RFP still open, and still valid (an expired offer waits for a new revision, not for
    the sponsor)."""
    if not (user.is_authenticated and user.is_sponsor_user):
        return []
    return list(
        revisions_visible_to(user)
        .filter(status=ProposalRevision.Status.SENT)
        .exclude(proposal__rfp__status__in=Rfp.CLOSED_STATES)
        .filter(Q(valid_until__isnull=True) | Q(valid_until__gte=clock.today()))
        .select_related("proposal__rfp")
        .order_by("sent_on")[:LIMIT]
    )
