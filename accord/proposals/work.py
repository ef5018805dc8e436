"""What the proposal work asks of a person now: the reviews a reviewer still has to sign
(My work), and the sent proposals a sponsor has not answered yet (portal home)."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q

from accord.core import clock
from accord.proposals.complexity import REVIEW_ROLES
from accord.proposals.models import ProposalRevision, ReviewKind, Rfp
from accord.proposals.selectors import revisions_visible_to
from accord.proposals.services.reviews import revision_missing_reviews

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
    revisions = (
        revisions_visible_to(user)
        .filter(status=ProposalRevision.Status.IN_REVIEW)
        .exclude(created_by=user)
        .exclude(proposal__owner=user)
        .select_related("proposal__sponsor")
        .order_by("updated_at")
    )
    waiting = []
    for revision in revisions[:50]:
        missing = [kind for kind in revision_missing_reviews(revision) if kind in kinds]
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
