"""Which record types are audited, and who may read each one's history.

Every concrete model of Accord's own apps must be registered here (or be one of the
audit trail's own tables); the system check in ``checks.py`` fails otherwise, so a new
business table cannot ship unaudited. ``visible_to`` is the selector that decides which
records a user may see, so a record's history is exactly as visible as the record.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import models
from django.db.models import QuerySet

ACCORD_APP_PREFIX = "accord."
NOT_BUSINESS_RECORDS = {
    "audit.auditevent",
    "audit.auditchainhead",
    # Failure counters; the failures and lockouts themselves are events about the user.
    "accounts.signinlock",
    # The last concern number of a year: the numbering's lock, not a record.
    "service.concerncounter",
    # The last DEV, CAPA and CC numbers of a year: the numbering's lock.
    "quality.qualitycounter",
    # The last CI initiative number of a year: the numbering's lock.
    "improvement.initiativecounter",
    # The last lesson number of a year (LL-2026-001): the numbering's lock.
    "lessons.lessoncounter",
    # API plumbing: a retried POST's stored answer, and request counts per rate window.
    "core.idempotencykey",
    "core.apiratecounter",
    # A page form's submission id and where its first POST led (double-click guard).
    "core.formsubmission",
}


@dataclass(frozen=True)
class AuditedType:
    model: type[models.Model]
    visible_to: Callable[[object], QuerySet]
    label: str
    # Field names whose values sponsor users never see in a history (internal-only data).
    internal_fields: frozenset[str] = field(default_factory=frozenset)
    # Child types whose events also appear in this record's history.
    children: tuple[str, ...] = ()
    # For records a sponsor sees only from some point on (a change order or a proposal
    # revision once sent): the audit action that marks that point. Sponsor users see the
    # record's events from the first such event on, and none if there is none yet.
    sponsor_history_from: str | None = None


_REGISTRY: dict[str, AuditedType] = {}


def type_label(model: type[models.Model] | models.Model) -> str:
    meta = model._meta
    return f"{meta.app_label}.{meta.model_name}"


def register(
    model: type[models.Model],
    *,
    visible_to: Callable[[object], QuerySet],
    label: str | None = None,
    internal_fields: frozenset[str] | set[str] = frozenset(),
    children: tuple[str, ...] = (),
    sponsor_history_from: str | None = None,
) -> None:
    _REGISTRY[type_label(model)] = AuditedType(
        model=model,
        visible_to=visible_to,
        label=label or str(model._meta.verbose_name).capitalize(),
        internal_fields=frozenset(internal_fields),
        children=children,
        sponsor_history_from=sponsor_history_from,
    )


def audited_type(label: str) -> AuditedType | None:
    return _REGISTRY.get(label)


def audited_types() -> dict[str, AuditedType]:
    return dict(_REGISTRY)
