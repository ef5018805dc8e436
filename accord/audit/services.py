"""Writing audit events. Services call ``audit_record`` inside their own transaction.

Appends are serialized by locking the chain-head row (``SELECT ... FOR UPDATE`` on
PostgreSQL; SQLite's IMMEDIATE transactions already admit one writer at a time), so
concurrent writers can never fork the chain, and sequence numbers stay gap-free: a
rolled-back transaction rolls back its head update too.
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
    """Append one event. Must run inside the caller's transaction (it opens one if not).

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
    with transaction.atomic():
        head = AuditChainHead.objects.select_for_update().get(pk=1)
        event = AuditEvent(
            seq=head.seq + 1,
            occurred_at=clock.now(),
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
            prev_hash=head.hash,
        )
        # Hash exactly what the database will return: microsecond UTC time.
        event.occurred_at = event.occurred_at.replace(tzinfo=dt.UTC)
        event.hash = event_hash(tuple(getattr(event, column) for column in COLUMNS))
        event.save()
        AuditChainHead.objects.filter(pk=1).update(seq=event.seq, hash=event.hash)
    return event
