"""What the proposal services share: who may write, locks, numbering, and what a change
to a revision's content does to it."""

from __future__ import annotations

from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Max, Model, Sum
from django.utils import timezone

from accord.accounts.models import Organization, User
from accord.core import concurrency
from accord.core.permissions import require
from accord.proposals.models import Proposal, ProposalRevision


def authorize_staff(actor: User, permission: str) -> None:
    require(actor, permission)
    if not actor.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff prepare proposals.")


def next_sequence(model: type[Model], sponsor: Organization, year: int) -> int:
    """The next number of ``model`` for the sponsor and year. The sponsor's row is the
    counter's lock and nothing numbered is ever deleted, so max + 1 is gap-free
    (DESIGN rule 8); a unique constraint is the backstop."""
    Organization.objects.select_for_update().filter(pk=sponsor.pk).get()
    highest = model.objects.filter(sponsor=sponsor, year=year).aggregate(m=Max("sequence"))["m"]
    return (highest or 0) + 1


def lock_revision(revision: ProposalRevision, version: int | None = None) -> ProposalRevision:
    """The revision, locked; refused if it changed since ``version`` was read. Its rows
    (scope items, payment milestones), timeline and complexity are part of its content
    and count as changes of the revision."""
    return concurrency.locked(
        revision,
        version,
        queryset=ProposalRevision.objects.select_related("proposal__sponsor", "proposal__rfp"),
        what="revision",
    )


def lock_proposal(proposal: Proposal, version: int | None = None) -> Proposal:
    return concurrency.locked(
        proposal, version, queryset=Proposal.objects.select_related("rfp", "sponsor")
    )


def stripped(fields: dict[str, object], text_fields: frozenset[str]) -> dict[str, object]:
    return {
        name: value.strip() if name in text_fields and isinstance(value, str) else value
        for name, value in fields.items()
    }


def reviews_invalidate(revision: ProposalRevision, why: str) -> list[str]:
    """Mark the revision's current reviews invalidated (they stay in its history); returns
    the kinds that were. Inside the caller's transaction."""
    current = list(revision.reviews.filter(invalidated_at__isnull=True).order_by("pk"))
    if not current:
        return []
    now = timezone.now()
    for review in current:
        review.invalidated_at = now
        review.invalidation_reason = why[:300]
        review.save(update_fields=["invalidated_at", "invalidation_reason"])
    return [review.kind for review in current]


def open_for_edit(revision: ProposalRevision, version: int | None = None) -> ProposalRevision:
    locked = lock_revision(revision, version)
    if not locked.is_open:
        raise ValidationError(
            {
                "__all__": [
                    f"{locked.reference} is {locked.get_status_display().lower()}: its content "
                    "is frozen. Start a new revision to change the offer."
                ]
            }
        )
    return locked


def content_changed(revision: ProposalRevision) -> dict[str, list]:
    """After a change to a locked revision's content: the total again, back to draft, the
    current reviews invalidated, the version up. Returns that for the audit event."""
    extra: dict[str, list] = {}
    total = revision.scope_items.aggregate(s=Sum("total"))["s"] or Decimal("0.00")
    if total != revision.total:
        extra["revision_total"] = [str(revision.total), str(total)]
        revision.total = total
    if revision.status != ProposalRevision.Status.DRAFT:
        extra["revision_status"] = [revision.status, ProposalRevision.Status.DRAFT]
        revision.status = ProposalRevision.Status.DRAFT
    invalidated = reviews_invalidate(revision, "The revision's content changed after this review.")
    if invalidated:
        extra["reviews_invalidated"] = [None, invalidated]
    concurrency.bump(revision)
    revision.save()
    return extra
