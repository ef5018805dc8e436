"""Every write to delays. Each runs in one transaction with its audit event, so a delay
and the record of who changed it, and why, cannot part."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from accord.accounts.models import User
from accord.audit.services import audit_record, created, diff, snapshot
from accord.core import concurrency
from accord.core.permissions import require
from accord.delays.models import Delay
from accord.planning.models import Task
from accord.projects.models import Project

DELAY_FIELDS = (
    "project",
    "number",
    "title",
    "cause",
    "occurred_on",
    "days_lost",
    "description",
    "root_cause",
    "sponsor_informed_on",
    "sponsor_informed_how",
    "sponsor_informed_by",
    "internal_notes",
)
EDITABLE = frozenset(
    {
        "title",
        "cause",
        "occurred_on",
        "days_lost",
        "description",
        "root_cause",
        "internal_notes",
        "affected_tasks",
    }
)


def _authorize(actor: User, permission: str) -> None:
    require(actor, permission)
    if not actor.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff record and change delays.")


def _state(delay: Delay, task_ids: Iterable[int]) -> dict[str, object]:
    return {**snapshot(delay, DELAY_FIELDS), "affected_tasks": sorted(task_ids)}


def _checked_tasks(project: Project, tasks: Iterable[Task]) -> list[Task]:
    tasks = list(tasks)
    if any(task.project_id != project.pk for task in tasks):
        # Named generically: the other project may belong to another sponsor.
        raise ValidationError({"affected_tasks": ["Choose tasks and milestones of this project."]})
    return tasks


def _clean_text(fields: dict[str, object]) -> dict[str, object]:
    return {k: v.strip() if isinstance(v, str) else v for k, v in fields.items()}


@transaction.atomic
def delay_record(
    *,
    actor: User,
    project: Project,
    title: str,
    cause: str,
    occurred_on: dt.date,
    days_lost: int,
    description: str,
    root_cause: str = "",
    internal_notes: str = "",
    affected_tasks: Iterable[Task] = (),
) -> Delay:
    """Record a delay event; its number is the next one of the project, without gaps."""
    _authorize(actor, "delays.add_delay")
    tasks = _checked_tasks(project, affected_tasks)
    # The project row is the counter's lock: two PMs recording at once get D-004 and D-005.
    project = Project.objects.select_for_update().get(pk=project.pk)
    number = (Delay.objects.filter(project=project).aggregate(m=Max("number"))["m"] or 0) + 1
    delay = Delay(
        project=project,
        number=number,
        **_clean_text(
            {
                "title": title,
                "cause": cause,
                "occurred_on": occurred_on,
                "days_lost": days_lost,
                "description": description,
                "root_cause": root_cause,
                "internal_notes": internal_notes,
            }
        ),
    )
    delay.full_clean()
    delay.save()
    delay.affected_tasks.set(tasks)
    audit_record(
        actor=actor,
        action="delays.delay.recorded",
        target=delay,
        parent=project,
        changes=created(_state(delay, (t.pk for t in tasks))),
    )
    return delay


@transaction.atomic
def delay_update(
    *,
    actor: User,
    delay: Delay,
    reason: str = "",
    version: int | None = None,
    **fields,
) -> Delay:
    """Edit a delay. Once the sponsor has been told, every change needs a reason.

    ``version`` is the version the editor started from; a stale one is refused rather
    than silently overwriting a colleague's change.
    """
    _authorize(actor, "delays.change_delay")
    unknown = set(fields) - EDITABLE
    if unknown:
        raise ValidationError({"__all__": [f"Unknown fields: {', '.join(sorted(unknown))}"]})
    delay = concurrency.locked(delay, version, queryset=Delay.objects.select_related("project"))
    current_tasks = list(delay.affected_tasks.values_list("pk", flat=True))
    before = _state(delay, current_tasks)
    tasks = None
    if "affected_tasks" in fields:
        tasks = _checked_tasks(delay.project, fields.pop("affected_tasks"))
    for name, value in _clean_text(fields).items():
        setattr(delay, name, value)
    after = _state(delay, current_tasks if tasks is None else (t.pk for t in tasks))
    changes = diff(before, after)
    if not changes:
        return delay
    if delay.is_communicated and not reason.strip():
        raise ValidationError(
            {"reason": ["The sponsor has been told about this delay; say why you change it."]}
        )
    delay.full_clean()
    concurrency.bump(delay)
    delay.save()
    if tasks is not None:
        delay.affected_tasks.set(tasks)
    audit_record(
        actor=actor,
        action="delays.delay.updated",
        target=delay,
        parent=delay.project,
        changes=changes,
        reason=reason,
    )
    return delay


@transaction.atomic
def delay_mark_communicated(
    *,
    actor: User,
    delay: Delay,
    informed_on: dt.date,
    how: str,
    informed_by: User,
    reason: str = "",
    version: int | None = None,
) -> Delay:
    """Record when, how and by whom the sponsor was told; from then on the sponsor sees it.

    Correcting an earlier record of the communication needs a reason.
    """
    _authorize(actor, "delays.change_delay")
    errors: dict[str, list[str]] = {}
    if informed_on > timezone.localdate():
        errors["informed_on"] = ["The sponsor cannot have been told on a future date."]
    if how not in Delay.InformedHow.values:
        errors["how"] = ["Choose how the sponsor was told."]
    if not (informed_by.is_active and informed_by.is_cdmo_staff):
        errors["informed_by"] = ["Choose the CDMO person who told the sponsor."]
    if errors:
        raise ValidationError(errors)
    delay = concurrency.locked(delay, version, queryset=Delay.objects.select_related("project"))
    was_communicated = delay.is_communicated
    before = snapshot(delay, DELAY_FIELDS)
    delay.sponsor_informed_on = informed_on
    delay.sponsor_informed_how = how
    delay.sponsor_informed_by = informed_by
    changes = diff(before, snapshot(delay, DELAY_FIELDS))
    if not changes:
        return delay
    if was_communicated and not reason.strip():
        raise ValidationError(
            {"reason": ["The communication was already recorded; say why you correct it."]}
        )
    delay.full_clean()
    concurrency.bump(delay)
    delay.save()
    audit_record(
        actor=actor,
        action="delays.delay.communication_corrected"
        if was_communicated
        else "delays.delay.communicated",
        target=delay,
        parent=delay.project,
        changes=changes,
        reason=reason,
    )
    return delay
