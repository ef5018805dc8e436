"""Reading the audit trail: exactly as visible as the records it is about (AT-10)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from django.db.models import Min, Q, QuerySet

from accord.audit.models import AuditEvent
from accord.audit.registry import AuditedType, audited_type

REDACTED = "(internal)"


@dataclass(frozen=True)
class Change:
    field: str
    old: object
    new: object


def changes_of(event: AuditEvent, *, hide: frozenset[str] = frozenset()) -> list[Change]:
    values = json.loads(event.changes or "{}")
    return [
        Change(name, REDACTED, REDACTED) if name in hide else Change(name, old, new)
        for name, (old, new) in sorted(values.items())
    ]


def record_for(user, type_label: str, object_id: str):
    """The audited record if ``user`` may see it, else None (the caller answers 404)."""
    entry = audited_type(type_label)
    if entry is None or not object_id.isdigit():
        return None, None
    record = entry.visible_to(user).filter(pk=int(object_id)).first()
    return (entry, record) if record is not None else (None, None)


def record_history(user, entry: AuditedType, record) -> QuerySet[AuditEvent]:
    """Events about the record and about its children that the user may also see."""
    label = f"{record._meta.app_label}.{record._meta.model_name}"
    condition = Q(target_type=label, target_id=str(record.pk))
    for child_label in entry.children:
        child = audited_type(child_label)
        if child is None:
            continue
        visible_ids = [str(pk) for pk in child.visible_to(user).values_list("pk", flat=True)]
        of_child = Q(parent_type=label, parent_id=str(record.pk), target_type=child_label)
        if child.sponsor_history_from and user.is_sponsor_user:
            # Each child only from the moment it was put before the sponsor.
            firsts = _firsts(child_label, visible_ids, child.sponsor_history_from)
            for target_id, seq in firsts.items():
                condition |= of_child & Q(target_id=target_id, seq__gte=seq)
            continue
        condition |= of_child & Q(target_id__in=visible_ids)
    events = AuditEvent.objects.filter(condition)
    if entry.sponsor_history_from and user.is_sponsor_user:
        # What happened before the record was put before the sponsor (drafting, internal
        # review, price iterations) stays inside the CDMO.
        first = (
            AuditEvent.objects.filter(
                target_type=label, target_id=str(record.pk), action=entry.sponsor_history_from
            )
            .order_by("seq")
            .values_list("seq", flat=True)
            .first()
        )
        if first is None:
            return AuditEvent.objects.none()
        events = events.filter(seq__gte=first)
    return events.order_by("seq")


def _firsts(target_type: str, target_ids: list[str], action: str) -> dict[str, int]:
    rows = (
        AuditEvent.objects.filter(target_type=target_type, target_id__in=target_ids, action=action)
        .values("target_id")
        .annotate(first=Min("seq"))
    )
    return {row["target_id"]: row["first"] for row in rows}


def hidden_fields_for(user, entry: AuditedType) -> frozenset[str]:
    return entry.internal_fields if user.is_sponsor_user else frozenset()


def trail_visible_to(user) -> QuerySet[AuditEvent]:
    """The whole trail, for CDMO staff allowed to review it; nothing for anyone else."""
    if user.is_authenticated and user.is_cdmo_staff and user.has_perm("audit.view_auditevent"):
        return AuditEvent.objects.all()
    return AuditEvent.objects.none()


def trail_filter(
    events: QuerySet[AuditEvent],
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    action: str = "",
    actor: str = "",
    target_type: str = "",
    query: str = "",
    without_reason: bool = False,
) -> QuerySet[AuditEvent]:
    if start:
        events = events.filter(occurred_at__date__gte=start)
    if end:
        events = events.filter(occurred_at__date__lte=end)
    if action:
        events = events.filter(action__startswith=action)
    if actor:
        events = events.filter(Q(actor_username__icontains=actor) | Q(actor_name__icontains=actor))
    if target_type:
        events = events.filter(target_type=target_type)
    if query:
        events = events.filter(Q(target_label__icontains=query) | Q(parent_label__icontains=query))
    if without_reason:
        # Review by exception: changes to existing records that carry no reason.
        events = (
            events.filter(reason="")
            .exclude(action__endswith=".created")
            .exclude(action__startswith="accounts.session.")
        )
    return events
