"""Equipment on plan tasks, and the qualification gate that guards GMP tasks (R-TRN-5).

A task books named pieces of equipment, each for a purpose. On a GMP task the gate asks
the equipment's gaps (``accord.equipment.selectors.equipment_gaps``: "Do not use", out of
service, not qualified, calibration overdue or missing) on the day the work starts; any
gap refuses the booking with :class:`GateBlocked` naming it, unless an authorized person
overrides with a signed reason, which is audited and shown on the task. The gate is asked
again when the task starts (``assignments.start_refusals`` includes the bookings), and
``equipment_lapses`` shows ahead of time which booked equipment will not be usable on the
day its task starts (calibration falling due first, or a status that forbids use).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from accord.accounts.models import User
from accord.audit.services import audit_record, created
from accord.core import clock
from accord.core.dates import format_day
from accord.core.permissions import require
from accord.equipment.models import Equipment
from accord.equipment.selectors import equipment_gaps
from accord.planning.assignments import PLAN_PERMISSION, _lock_project, _staff, gate_day, uncovered
from accord.planning.models import Task, TaskEquipment
from accord.projects.models import Project
from accord.signatures.services import signer_authenticate
from accord.training.gate import OVERRIDE, GateBlocked, override_record


def equipment_label(equipment: Equipment) -> str:
    return f"{equipment.code} {equipment.name}"


def booking_gaps(task: Task, equipment: Equipment, on: dt.date | None = None) -> list[str]:
    """Why ``equipment`` may not be used for ``task`` (nothing for a task that is not GMP
    work), as it stands on ``on`` (the gate day by default)."""
    if not task.gmp:
        return []
    return equipment_gaps(equipment, on=on or gate_day(task))


def bookable_equipment(task: Task):
    """The equipment a task may book: that at its project's site."""
    return Equipment.objects.filter(site_id=task.project.site_id).order_by("code")


def task_book_equipment(
    *,
    actor: User,
    task: Task,
    equipment: Equipment,
    purpose: str = "",
    override_reason: str = "",
    username: str | None = None,
    password: str = "",
    acknowledge: bool = False,
) -> TaskEquipment:
    """Book ``equipment`` for ``task``. On a GMP task the gate names why the equipment may
    not be used (``GateBlocked``); an authorized person books it anyway by giving
    ``override_reason`` and signing (user id and password), which is audited and shown."""
    _staff(actor)
    override_reason = (override_reason or "").strip()
    if not (actor.has_perm(PLAN_PERMISSION) or actor.has_perm(OVERRIDE)):
        raise PermissionDenied("Your roles do not allow you to change the plan.")
    purpose = (purpose or "").strip()
    errors: dict[str, list[str]] = {}
    if len(purpose) > 120:
        errors["purpose"] = ["At most 120 characters."]
    if task.kind == Task.Kind.SUMMARY:
        errors["equipment"] = ["A summary follows its tasks; book equipment for the tasks."]
    elif task.actual_finish is not None:
        errors["equipment"] = ["This task is finished."]
    elif equipment.site_id != task.project.site_id:
        errors["equipment"] = [
            f"{equipment.code} is at {equipment.site.name}, not at the project's site."
        ]
    elif TaskEquipment.objects.filter(task=task, equipment=equipment).exists():
        errors["equipment"] = [f"{equipment.code} is already booked for this task."]
    if errors:
        raise ValidationError(errors)
    gaps = booking_gaps(task, equipment)
    subject = equipment_label(equipment)
    if gaps and not override_reason:
        raise GateBlocked(
            subject, gaps, field="equipment", lead=f"{subject} may not be used for this GMP work"
        )
    full = False
    if gaps:
        if not actor.has_perm(OVERRIDE):
            raise PermissionDenied("Only a supervisor or QA may override the qualification gate.")
        full = signer_authenticate(
            actor=actor, username=username, password=password, acknowledge=acknowledge
        )
    with transaction.atomic():
        _lock_project(task)
        booking = TaskEquipment.objects.create(
            task=task,
            equipment=equipment,
            purpose=purpose,
            booked_by=actor,
            booked_at=clock.now(),
        )
        if gaps:
            booking.override = override_record(
                actor=actor,
                record=booking,
                subject=subject,
                gaps=gaps,
                reason=override_reason,
                full_credentials=full,
            )
            booking.save(update_fields=["override"])
        audit_record(
            actor=actor,
            action="planning.task.equipment_booked",
            target=booking,
            parent=task,
            changes=created(
                {
                    "task": str(task),
                    "equipment": subject,
                    "purpose": purpose or None,
                    "gate_overridden": "; ".join(gaps) if gaps else None,
                }
            ),
            reason=override_reason,
        )
    return booking


@transaction.atomic
def task_release_equipment(*, actor: User, booking: TaskEquipment, reason: str = "") -> None:
    """Release a booking (the task no longer uses the equipment)."""
    require(actor, PLAN_PERMISSION)
    _staff(actor)
    task = booking.task
    if task.actual_finish is not None:
        raise ValidationError(
            {"equipment": ["This task is finished; its equipment is part of its record."]}
        )
    _lock_project(task)
    audit_record(
        actor=actor,
        action="planning.task.equipment_released",
        target=booking,
        parent=task,
        changes={
            "equipment": [equipment_label(booking.equipment), None],
            "purpose": [booking.purpose or None, None],
        },
        reason=reason,
    )
    booking.delete()


def task_equipment_override(
    *,
    actor: User,
    booking: TaskEquipment,
    reason: str,
    username: str | None,
    password: str,
    acknowledge: bool = False,
) -> TaskEquipment:
    """Let booked equipment be used for the task although it now has gaps (its
    calibration fell due since it was booked): signed, audited, shown."""
    _staff(actor)
    if not actor.has_perm(OVERRIDE):
        raise PermissionDenied("Only a supervisor or QA may override the qualification gate.")
    task = booking.task
    gaps = uncovered(booking_gaps(task, booking.equipment), booking)
    subject = equipment_label(booking.equipment)
    if not gaps:
        raise ValidationError(
            {"override_reason": [f"{booking.equipment.code} may be used for this task as it is."]}
        )
    if not (reason or "").strip():
        raise ValidationError(
            {"override_reason": ["Say why the work may go ahead (e.g. calibration verified)."]}
        )
    full = signer_authenticate(
        actor=actor, username=username, password=password, acknowledge=acknowledge
    )
    with transaction.atomic():
        _lock_project(task)
        booking = TaskEquipment.objects.select_for_update(of=("self",)).get(pk=booking.pk)
        previous = booking.override
        covered = list(previous.gaps) if previous else []
        booking.override = override_record(
            actor=actor,
            record=booking,
            subject=subject,
            gaps=[*covered, *gaps],
            reason=reason,
            full_credentials=full,
        )
        booking.save(update_fields=["override"])
        audit_record(
            actor=actor,
            action="planning.task.equipment_gate_overridden",
            target=booking,
            parent=task,
            changes={"gate_overridden": [None, "; ".join(gaps)]},
            reason=reason.strip(),
        )
    return booking


# --------------------------------------------------------------------------- lapses


@dataclass(frozen=True)
class EquipmentLapse:
    """Booked equipment that will not be usable on the day its task starts."""

    task: Task
    booking: TaskEquipment
    lapses_on: dt.date
    reasons: list[str]

    @property
    def equipment(self) -> Equipment:
        return self.booking.equipment

    @property
    def starts_on(self) -> dt.date:
        return self.task.early_start


def _lapse_text(equipment: Equipment, gap: str, today: dt.date) -> str:
    """The gap as read ahead of time: a calibration due after today is not overdue yet."""
    due = equipment.next_calibration_due
    if due is not None and due >= today and gap.startswith(f"{equipment.code} calibration was due"):
        return (
            f"{equipment.code} calibration falls due on {format_day(due)}, before the task starts"
        )
    return gap


def equipment_lapses(project: Project, on: dt.date | None = None) -> list[EquipmentLapse]:
    """GMP tasks not yet started whose booked equipment will not be usable when they
    start: its calibration falls due before the task's early start, or its status (do not
    use, out of service) already forbids use; gaps an override covers are left out."""
    today = on or clock.today()
    bookings = TaskEquipment.objects.filter(
        task__project=project,
        task__gmp=True,
        task__actual_start__isnull=True,
        task__actual_finish__isnull=True,
        task__early_start__isnull=False,
    ).select_related("task", "equipment", "override", "booked_by")
    rows = []
    for booking in bookings:
        task, equipment = booking.task, booking.equipment
        gaps = uncovered(equipment_gaps(equipment, on=max(today, task.early_start)), booking)
        if not gaps:
            continue
        # Already unusable today, or from the day its calibration falls due.
        due = equipment.next_calibration_due
        already = bool(uncovered(equipment_gaps(equipment, on=today), booking))
        rows.append(
            EquipmentLapse(
                task=task,
                booking=booking,
                lapses_on=today if already or due is None else due,
                reasons=[_lapse_text(equipment, gap, today) for gap in gaps],
            )
        )
    rows.sort(key=lambda r: (r.task.early_start, r.task.sort_order, r.equipment.code))
    return rows
