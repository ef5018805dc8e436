"""Writing audit events. Services call ``audit_record`` inside their own transaction.

The events of a transaction are appended to the chain together, right before it commits
(``audit_append``, called by Accord's database backends, accord.core.db.appends), so the
chain-head lock that serializes appends is held for milliseconds, never through the
transaction's own work.
"""

from __future__ import annotations

import datetime as dt
import decimal
import json
import uuid
from collections.abc import Iterable, Mapping

from django.db import models, transaction

from accord.audit.chain import COLUMNS, event_hash
from accord.audit.models import AuditChainHead, AuditEvent
from accord.core import clock, context

# Never written to the audit trail, whatever a caller passes.
SECRET_FIELDS = frozenset({"password", "digest", "secret", "token"})


def type_label(model: type[models.Model] | models.Model) -> str:
    meta = model._meta
    return f"{meta.app_label}.{meta.model_name}"


def _plain(value: object) -> object:
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, models.fields.files.FieldFile):
        return value.name or ""
    if isinstance(value, list | tuple | set | frozenset):
        return sorted(_plain(v) for v in value)
    return value


def snapshot(instance: models.Model, fields: Iterable[str]) -> dict[str, object]:
    """JSON-ready values of ``fields`` (foreign keys as ids); secrets are left out."""
    values = {}
    for name in fields:
        if name in SECRET_FIELDS:
            continue
        field = instance._meta.get_field(name)
        attname = getattr(field, "attname", name)
        values[name] = _plain(getattr(instance, attname))
    return values


def diff(before: Mapping[str, object], after: Mapping[str, object]) -> dict[str, list]:
    """``{field: [old, new]}`` for fields whose value changed (or appeared)."""
    changed = {}
    for name in sorted(set(before) | set(after)):
        if name in SECRET_FIELDS:
            continue
        old, new = before.get(name), after.get(name)
        if old != new:
            changed[name] = [old, new]
    return changed


def created(after: Mapping[str, object]) -> dict[str, list]:
    return diff({}, after)


def _label(instance: models.Model | None) -> tuple[str, str, str]:
    if instance is None:
        return "", "", ""
    return type_label(instance), str(instance.pk), str(instance)[:300]


def _sponsor_of(instance: models.Model | None) -> int | None:
    return getattr(instance, "audit_sponsor_id", None) if instance is not None else None


def audit_record(
    *,
    actor,
    action: str,
    target: models.Model | None,
    parent: models.Model | None = None,
    changes: Mapping[str, list] | None = None,
    reason: str = "",
    target_ref: tuple[str, str, str] | None = None,
) -> AuditEvent:
    """Record one event of the caller's transaction (it opens one if there is none).

    The event is appended to the chain just before the transaction commits, with every
    other event of the transaction, in the order they were recorded (see
    ``accord.core.db.appends``); a rollback discards it with the rest of the work. The
    returned event gets its ``seq`` and ``hash`` at that append. ``occurred_at`` is the
    moment of this call, when the change was made.

    ``target_ref`` (type, id, label) names a target that has no row, such as a sign-in
    attempt for a username that does not exist.
    """
    target_type, target_id, target_label = target_ref if target is None else _label(target)
    parent_type, parent_id, parent_label = _label(parent)
    sponsor_id = _sponsor_of(target)
    if sponsor_id is None:
        sponsor_id = _sponsor_of(parent)
    is_user = actor is not None and getattr(actor, "pk", None) is not None
    changes_text = json.dumps(
        {k: v for k, v in (changes or {}).items() if k not in SECRET_FIELDS},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        default=str,
    )
    event = AuditEvent(
        # Hash exactly what the database will return: microsecond UTC time.
        occurred_at=clock.now().astimezone(dt.UTC),
        actor_id=actor.pk if is_user else None,
        actor_username=actor.username if is_user else "",
        actor_name=actor.printed_name if is_user else "Accord (system)",
        actor_org_id=actor.organization_id if is_user else None,
        channel=context.channel.get(),
        request_id=context.request_id.get(),
        client_ip=context.client_ip.get(),
        action=action,
        target_type=target_type,
        target_id=target_id,
        target_label=target_label,
        parent_type=parent_type,
        parent_id=parent_id,
        parent_label=parent_label,
        sponsor_id=sponsor_id,
        changes=changes_text,
        reason=reason.strip(),
    )
    connection = transaction.get_connection()
    if any(not block._from_testcase for block in connection.atomic_blocks):
        connection.audit_defer(event)
    else:
        # No transaction of the caller's: this block is one, appended as it ends.
        with transaction.atomic():
            connection.audit_defer(event)
    return event


def audit_append(events: list[AuditEvent], *, using: str) -> None:
    """Chain ``events`` after the head and insert them: the one step that holds the lock.

    Called by the database wrapper right before commit. Locking the head row serializes
    appends (SQLite's IMMEDIATE transactions already hold the database's write lock), so
    concurrent writers never fork the chain, and the sequence stays gap-free: a
    transaction that fails from here on rolls its head update back too.
    """
    head = AuditChainHead.objects.using(using).select_for_update().get(pk=1)
    seq, previous = head.seq, head.hash
    for event in events:
        seq += 1
        event.seq = seq
        event.prev_hash = previous
        event.hash = event_hash(tuple(getattr(event, column) for column in COLUMNS))
        previous = event.hash
    AuditEvent.objects.using(using).bulk_create(events)
    AuditChainHead.objects.using(using).filter(pk=1).update(seq=seq, hash=previous)
