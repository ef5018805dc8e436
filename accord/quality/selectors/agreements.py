"""Who sees which quality agreement, and which agreement applies to an event."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet

from accord.accounts.models import Organization
from accord.quality.models import (
    ChangeApprovalTerm,
    NotificationTerm,
    QualityAgreement,
)

VIEW = "quality.view_qualityagreement"


def quality_agreements_visible_to(user) -> QuerySet[QualityAgreement]:
    """Staff with the permission see every agreement; a sponsor's people see their own
    company's approved revisions (a draft is the CDMO's until QA approves it)."""
    agreements = QualityAgreement.objects.select_related("sponsor", "approved_by")
    if not (user and user.is_authenticated and user.is_active) or not user.has_perm(VIEW):
        return agreements.none()
    if user.is_cdmo_staff:
        return agreements
    if user.is_sponsor_user:
        return agreements.filter(
            sponsor_id=user.organization_id, status=QualityAgreement.Status.APPROVED
        )
    return agreements.none()


def agreement_parts_visible_to(model) -> Callable[[object], QuerySet]:
    """The terms and contacts of the agreements ``user`` sees."""

    def visible_to(user) -> QuerySet:
        return model.objects.filter(agreement__in=quality_agreements_visible_to(user))

    return visible_to


def _terms() -> tuple[Prefetch, ...]:
    return (
        Prefetch("notification_terms", queryset=NotificationTerm.objects.all()),
        Prefetch("change_approval_terms", queryset=ChangeApprovalTerm.objects.all()),
    )


def agreement_in_force(sponsor: Organization, on: dt.date) -> QualityAgreement | None:
    """The approved revision that applies on ``on``: the latest effective by then."""
    return (
        QualityAgreement.objects.filter(
            sponsor=sponsor, status=QualityAgreement.Status.APPROVED, effective_from__lte=on
        )
        .prefetch_related(*_terms())
        .order_by("-effective_from", "-revision")
        .first()
    )


def agreements_in_force(sponsor_ids, on: dt.date) -> dict[int, QualityAgreement]:
    """``agreement_in_force`` for many sponsors in one query: sponsor id -> the revision
    in force on ``on`` (sponsors without one are left out)."""
    found: dict[int, QualityAgreement] = {}
    for agreement in QualityAgreement.objects.filter(
        sponsor_id__in=set(sponsor_ids),
        status=QualityAgreement.Status.APPROVED,
        effective_from__lte=on,
    ).order_by("sponsor_id", "-effective_from", "-revision"):
        found.setdefault(agreement.sponsor_id, agreement)
    return found


@dataclass(frozen=True)
class NotificationDue:
    """A sponsor must be told of a deviation by ``notify_by``; the preliminary summary is
    due ``summary_days`` working days after discovery. Both per ``agreement``."""

    agreement: QualityAgreement
    hours: int
    notify_by: dt.datetime
    summary_days: int


def notification_due(
    sponsor: Organization, deviation_class: str, discovered_at: dt.datetime
) -> NotificationDue | None:
    """When the sponsor must be told of a deviation of ``deviation_class`` discovered at
    ``discovered_at``, under the agreement in force that day; None when no agreement
    applies or its class is not notifiable. The clock runs in calendar hours."""
    from django.utils import timezone

    agreement = agreement_in_force(sponsor, timezone.localdate(discovered_at))
    if agreement is None:
        return None
    term = next(
        (t for t in agreement.notification_terms.all() if t.deviation_class == deviation_class),
        None,
    )
    if term is None:
        return None
    return NotificationDue(
        agreement=agreement,
        hours=term.notify_within_hours,
        notify_by=discovered_at + dt.timedelta(hours=term.notify_within_hours),
        summary_days=agreement.summary_days,
    )


def change_needs_sponsor_approval(
    sponsor: Organization, change_type: str, product: str, on: dt.date
) -> QualityAgreement | None:
    """The agreement under which a change of ``change_type`` to ``product`` waits for the
    sponsor's approval before it is implemented (a term for that product, or for every
    product), or None when the sponsor does not approve such changes."""
    agreement = agreement_in_force(sponsor, on)
    if agreement is None:
        return None
    wanted = product.strip().casefold()
    for term in agreement.change_approval_terms.all():
        if term.change_type == change_type and term.product.strip().casefold() in ("", wanted):
            return agreement
    return None


def standing(
    agreement: QualityAgreement, in_force: QualityAgreement | None, today: dt.date
) -> tuple[str, str]:
    """How a revision stands today, as a label and a badge style: a draft, in force,
    approved but not yet effective, or superseded by a later revision."""
    if agreement.is_draft:
        return "Draft", "warning"
    if in_force is not None and in_force.pk == agreement.pk:
        return "In force", "success"
    if agreement.effective_from > today:
        return "Approved, not yet in force", "info"
    return "Superseded", "secondary"
