"""The daily training sweep (``accord.core.periodic``): reminders of training due within
a week and overdue, warnings of competencies that expire within 30 days or have just
expired, and periodic retraining opened a month before a completion runs out.

Each warning carries a key (the record and the stage), so a second run, or two workers
at once, warn nobody twice; the retraining it opens goes through the one write path,
whose unique open assignment per person and requirement keeps it single."""

from __future__ import annotations

import datetime as dt

from django.db import transaction

from accord.core import clock
from accord.core.dates import add_months
from accord.notifications.services import notify
from accord.training.models import Assignment, CompetencyRecord, Reason, Requirement
from accord.training.services.assignments import _lock_people, _open_or_renew
from accord.training.status import latest_competencies, required_pairs

DUE_SOON_DAYS = 7
EXPIRY_WARNING_DAYS = 30
PERIODIC_LEAD_DAYS = 30


def training_reminders(today: dt.date) -> int:
    sent = 0
    soon = today + dt.timedelta(days=DUE_SOON_DAYS)
    for assignment in Assignment.objects.filter(
        status=Assignment.Status.OPEN, due_on__lte=soon, person__is_active=True
    ).select_related("person", "requirement", "document_version__document"):
        with transaction.atomic():
            sent += len(
                notify("training.assignment.due", assignment, overdue=assignment.due_on < today)
            )
    return sent


def competency_warnings(today: dt.date) -> int:
    horizon = today + dt.timedelta(days=EXPIRY_WARNING_DAYS)
    candidates = CompetencyRecord.objects.filter(
        expires_on__lte=horizon,
        expires_on__gt=today - dt.timedelta(days=EXPIRY_WARNING_DAYS),
        person__is_active=True,
    )
    people = set(candidates.values_list("person_id", flat=True))
    latest = latest_competencies(people) if people else {}
    sent = 0
    for record in latest.values():
        if record.expires_on is None or record.expires_on > horizon:
            continue
        if record.expires_on <= today - dt.timedelta(days=EXPIRY_WARNING_DAYS):
            continue
        with transaction.atomic():
            sent += len(
                notify("training.competency.expiring", record, expired=record.expires_on <= today)
            )
    return sent


def periodic_retraining(today: dt.date) -> int:
    """Open retraining for periodic requirements whose last completion runs out within
    a month, for people who still must know them."""
    opened = 0
    periodic = {r.pk: r for r in Requirement.objects.filter(validity_months__isnull=False)}
    if not periodic:
        return 0
    last: dict[tuple[int, int], dt.date] = {}
    for person_id, requirement_id, completed_on in Assignment.objects.filter(
        requirement_id__in=periodic, status=Assignment.Status.COMPLETED
    ).values_list("person_id", "requirement_id", "completed_on"):
        key = (person_id, requirement_id)
        if completed_on and (key not in last or completed_on > last[key]):
            last[key] = completed_on
    if not last:
        return 0
    still_required = required_pairs({p for p, _ in last}, today)
    open_keys = set(
        Assignment.objects.filter(
            status=Assignment.Status.OPEN, requirement_id__in=periodic
        ).values_list("person_id", "requirement_id")
    )
    for (person_id, requirement_id), completed_on in sorted(last.items()):
        requirement = periodic[requirement_id]
        runs_out = add_months(completed_on, requirement.validity_months)
        if runs_out - dt.timedelta(days=PERIODIC_LEAD_DAYS) > today:
            continue
        if (person_id, requirement_id) not in still_required:
            continue
        if (person_id, requirement_id) in open_keys:
            continue
        with transaction.atomic():
            locked = _lock_people([person_id])
            if not locked:
                continue
            _, changed = _open_or_renew(
                actor=None,
                person=locked[0],
                requirement=requirement,
                reason=Reason.PERIODIC,
                source=f"Last completed {completed_on.isoformat()}",
                due_on=max(runs_out, today),
                on=today,
            )
            opened += changed
    return opened


def training_sweep(today: dt.date | None = None) -> dict[str, int]:
    today = today or clock.today()
    return {
        "retraining opened": periodic_retraining(today),
        "reminders sent": training_reminders(today),
        "competency warnings sent": competency_warnings(today),
    }
