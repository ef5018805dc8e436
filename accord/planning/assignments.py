"""People on plan tasks, and the qualification gate that guards GMP tasks (R-TRN-5).

A task declares what it requires (competencies at a level, ``TaskSkill``); a GMP task
takes a person only when they hold all of it on the day the work starts, or when an
authorized person overrides the named gaps with a signed reason. The gate is asked again
when the task starts (qualifications expire in between), and ``plan_lapses`` shows ahead
of time which people will lapse before their task starts.

Everything the gate guards on a task is a *holder*: the people assigned, and the
equipment booked (``accord.planning.bookings``); ``start_refusals`` names both, and the
plan lists people's lapses (``plan_lapses``) beside equipment's (``bookings.equipment_lapses``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from accord.accounts.models import User
from accord.audit.services import audit_record, created
from accord.core import clock
from accord.core.permissions import require
from accord.equipment.selectors import equipment_gaps
from accord.notifications.services import notify
from accord.planning.models import Task, TaskAssignment, TaskEquipment, TaskSkill
from accord.projects.models import Project
from accord.signatures.services import signer_authenticate
from accord.training.gate import OVERRIDE, GateBlocked, override_record, person_gaps
from accord.training.models import Competency, Level
from accord.training.status import latest_competencies

PLAN_PERMISSION = "projects.change_project"


def _lock_project(task: Task) -> Project:
    return Project.objects.select_for_update(of=("self",)).get(pk=task.project_id)


def _staff(actor: User) -> None:
    if not actor.is_cdmo_staff:
        raise PermissionDenied("The CDMO's staff plan who works on a task.")


def task_needs(task: Task) -> list[tuple[Competency, int]]:
    """What whoever works on ``task`` must hold: (competency, minimum level)."""
    return [
        (skill.competency, skill.min_level)
        for skill in TaskSkill.objects.filter(task=task).select_related("competency")
    ]


def gate_day(task: Task, today: dt.date | None = None) -> dt.date:
    """The day the gate asks about: the task's start, or today once it is due or started."""
    today = today or clock.today()
    if task.actual_start is not None or task.early_start is None:
        return today
    return max(today, task.early_start)


def uncovered(gaps: list[str], holder: TaskAssignment | TaskEquipment | None) -> list[str]:
    """The gaps an assignment's (or a booking's) override does not already cover (word
    for word)."""
    covered = set(holder.override.gaps) if holder and holder.override else set()
    return [gap for gap in gaps if gap not in covered]


# --------------------------------------------------------------------------- skills


@transaction.atomic
def task_skill_set(
    *, actor: User, task: Task, competency: Competency, min_level: int = Level.INDEPENDENT
) -> TaskSkill:
    """Require ``competency`` at ``min_level`` of whoever works on ``task`` (a second
    call changes the level)."""
    require(actor, PLAN_PERMISSION)
    _staff(actor)
    if min_level not in Level.values:
        raise ValidationError({"min_level": ["Choose a level from 1 to 4."]})
    if task.kind == Task.Kind.SUMMARY:
        raise ValidationError({"competency": ["A summary follows its tasks; set it on them."]})
    _lock_project(task)
    skill = TaskSkill.objects.filter(task=task, competency=competency).first()
    if skill is not None:
        if skill.min_level == min_level:
            return skill
        before = skill.min_level
        skill.min_level = min_level
        skill.save(update_fields=["min_level"])
        audit_record(
            actor=actor,
            action="planning.task.skill_changed",
            target=skill,
            parent=task,
            changes={"min_level": [before, min_level]},
        )
        return skill
    skill = TaskSkill.objects.create(task=task, competency=competency, min_level=min_level)
    audit_record(
        actor=actor,
        action="planning.task.skill_required",
        target=skill,
        parent=task,
        changes=created({"competency": competency.name, "min_level": min_level}),
    )
    return skill


@transaction.atomic
def task_skill_remove(*, actor: User, skill: TaskSkill, reason: str = "") -> None:
    require(actor, PLAN_PERMISSION)
    _staff(actor)
    _lock_project(skill.task)
    audit_record(
        actor=actor,
        action="planning.task.skill_removed",
        target=skill,
        parent=skill.task,
        changes={"competency": [f"{skill.competency.name} (level {skill.min_level})", None]},
        reason=reason,
    )
    skill.delete()


# --------------------------------------------------------------------------- people


def assignment_gaps(task: Task, person: User, on: dt.date | None = None) -> list[str]:
    """What ``person`` lacks for ``task`` (nothing for a task that is not GMP work)."""
    if not task.gmp:
        return []
    return person_gaps(person, task_needs(task), on or gate_day(task))


def task_assign(
    *,
    actor: User,
    task: Task,
    person: User,
    role_on_task: str,
    override_reason: str = "",
    username: str | None = None,
    password: str = "",
    acknowledge: bool = False,
) -> TaskAssignment:
    """Put ``person`` on ``task`` in a role. On a GMP task the gate names what they lack
    (``GateBlocked``); an authorized person lets them on anyway by giving
    ``override_reason`` and signing (user id and password), which is audited and shown."""
    _staff(actor)
    override_reason = (override_reason or "").strip()
    # The plan's editors assign; so do the supervisors and QA who may override the gate.
    if not (actor.has_perm(PLAN_PERMISSION) or actor.has_perm(OVERRIDE)):
        raise PermissionDenied("Your roles do not allow you to change the plan.")
    role_on_task = (role_on_task or "").strip()
    errors: dict[str, list[str]] = {}
    if not role_on_task:
        errors["role_on_task"] = ["Say what they do on the task (e.g. Operator)."]
    elif len(role_on_task) > 80:
        errors["role_on_task"] = ["At most 80 characters."]
    if task.kind == Task.Kind.SUMMARY:
        errors["person"] = ["A summary follows its tasks; assign people to the tasks."]
    elif task.actual_finish is not None:
        errors["person"] = ["This task is finished."]
    if not (person.is_active and person.is_cdmo_staff):
        errors["person"] = ["Assign an active member of the CDMO's staff."]
    if TaskAssignment.objects.filter(task=task, person=person, role_on_task=role_on_task).exists():
        errors["person"] = [f"{person.printed_name} is already on this task as {role_on_task}."]
    if errors:
        raise ValidationError(errors)
    gaps = assignment_gaps(task, person)
    if gaps and not override_reason:
        raise GateBlocked(person.printed_name, gaps, field="person")
    full = False
    if gaps:
        if not actor.has_perm(OVERRIDE):
            raise PermissionDenied("Only a supervisor or QA may override the qualification gate.")
        full = signer_authenticate(
            actor=actor, username=username, password=password, acknowledge=acknowledge
        )
    with transaction.atomic():
        _lock_project(task)
        assignment = TaskAssignment.objects.create(
            task=task,
            person=person,
            role_on_task=role_on_task,
            assigned_by=actor,
            assigned_at=clock.now(),
        )
        if gaps:
            assignment.override = override_record(
                actor=actor,
                record=assignment,
                subject=person.printed_name,
                gaps=gaps,
                reason=override_reason,
                full_credentials=full,
                person=person,
            )
            assignment.save(update_fields=["override"])
        audit_record(
            actor=actor,
            action="planning.task.person_assigned",
            target=assignment,
            parent=task,
            changes=created(
                {
                    "task": str(task),
                    "person": person.printed_name,
                    "role_on_task": role_on_task,
                    "gate_overridden": "; ".join(gaps) if gaps else None,
                }
            ),
            reason=override_reason,
        )
        notify("planning.task.person_assigned", assignment, actor=actor)
    return assignment


@transaction.atomic
def task_unassign(*, actor: User, assignment: TaskAssignment, reason: str = "") -> None:
    require(actor, PLAN_PERMISSION)
    _staff(actor)
    task = assignment.task
    if task.actual_finish is not None:
        raise ValidationError({"person": ["This task is finished; its people are its record."]})
    _lock_project(task)
    audit_record(
        actor=actor,
        action="planning.task.person_unassigned",
        target=assignment,
        parent=task,
        changes={
            "person": [assignment.person.printed_name, None],
            "role_on_task": [assignment.role_on_task, None],
        },
        reason=reason,
    )
    assignment.delete()


def task_assignment_override(
    *,
    actor: User,
    assignment: TaskAssignment,
    reason: str,
    username: str | None,
    password: str,
    acknowledge: bool = False,
) -> TaskAssignment:
    """Let an assigned person go on with the task although they now lack something
    (their qualification expired since they were assigned): signed, audited, shown."""
    _staff(actor)
    if not actor.has_perm(OVERRIDE):
        raise PermissionDenied("Only a supervisor or QA may override the qualification gate.")
    task = assignment.task
    gaps = uncovered(assignment_gaps(task, assignment.person), assignment)
    if not gaps:
        raise ValidationError(
            {"override_reason": [f"{assignment.person.printed_name} lacks nothing for this task."]}
        )
    if not (reason or "").strip():
        raise ValidationError(
            {"override_reason": ["Say why the work may go ahead (e.g. qualified by supervision)."]}
        )
    full = signer_authenticate(
        actor=actor, username=username, password=password, acknowledge=acknowledge
    )
    with transaction.atomic():
        _lock_project(task)
        assignment = TaskAssignment.objects.select_for_update(of=("self",)).get(pk=assignment.pk)
        previous = assignment.override
        covered = list(previous.gaps) if previous else []
        assignment.override = override_record(
            actor=actor,
            record=assignment,
            subject=assignment.person.printed_name,
            gaps=[*covered, *gaps],
            reason=reason,
            full_credentials=full,
            person=assignment.person,
        )
        assignment.save(update_fields=["override"])
        audit_record(
            actor=actor,
            action="planning.task.gate_overridden",
            target=assignment,
            parent=task,
            changes={"gate_overridden": [None, "; ".join(gaps)]},
            reason=reason.strip(),
        )
    return assignment


# --------------------------------------------------------------------------- start


@dataclass(frozen=True)
class Refusal:
    """One holder of a task (a person, or booked equipment) the gate refuses now."""

    subject: str
    gaps: list[str]
    assignment: TaskAssignment | None = None
    booking: TaskEquipment | None = None

    @property
    def text(self) -> str:
        return f"{self.subject}: " + "; ".join(self.gaps)


def start_refusals(task: Task, on: dt.date) -> list[Refusal]:
    """Everyone on a GMP task who lacks, on ``on``, something their override (if any)
    does not cover; then each piece of booked equipment that may not be used on ``on``
    for reasons its override (if any) does not cover."""
    if not task.gmp:
        return []
    needs = task_needs(task)
    refusals = []
    for assignment in TaskAssignment.objects.filter(task=task).select_related("person", "override"):
        gaps = uncovered(person_gaps(assignment.person, needs, on), assignment)
        if gaps:
            subject = f"{assignment.person.printed_name} ({assignment.role_on_task})"
            refusals.append(Refusal(subject, gaps, assignment))
    for booking in TaskEquipment.objects.filter(task=task).select_related("equipment", "override"):
        gaps = uncovered(equipment_gaps(booking.equipment, on=on), booking)
        if gaps:
            subject = f"{booking.equipment.code} {booking.equipment.name}"
            refusals.append(Refusal(subject, gaps, booking=booking))
    return refusals


def task_start_check(task: Task, on: dt.date) -> None:
    """Refuse to start a GMP task whose people are not qualified on the day it starts
    (called by every write that sets a task's actual start)."""
    refusals = start_refusals(task, on)
    if refusals:
        why = []
        if any(r.assignment for r in refusals):
            why.append("the people on it are not all qualified")
        if any(r.booking for r in refusals):
            why.append("its equipment may not be used")
        raise GateBlocked(
            task.name,
            [r.text for r in refusals],
            field="actual_start",
            lead=f"“{task.name}” cannot start: {' and '.join(why)} "
            "(QA or a supervisor may override on the task's people page)",
        )


# --------------------------------------------------------------------------- lapses


@dataclass(frozen=True)
class Lapse:
    """A person on a task whose qualification for it ends before the task starts."""

    task: Task
    assignment: TaskAssignment
    lapses_on: dt.date
    competencies: list[str]

    @property
    def person(self) -> User:
        return self.assignment.person

    @property
    def starts_on(self) -> dt.date:
        return self.task.early_start


def plan_lapses(project: Project, on: dt.date | None = None) -> list[Lapse]:
    """GMP tasks not yet started whose people's competencies (those the task requires)
    expire before the task's early start, soonest start first."""
    on = on or clock.today()
    tasks = {
        t.pk: t
        for t in Task.objects.filter(
            project=project,
            gmp=True,
            actual_start__isnull=True,
            actual_finish__isnull=True,
            early_start__isnull=False,
        )
    }
    if not tasks:
        return []
    needs: dict[int, list[tuple[Competency, int]]] = {}
    for skill in TaskSkill.objects.filter(task_id__in=tasks).select_related("competency"):
        needs.setdefault(skill.task_id, []).append((skill.competency, skill.min_level))
    rows = []
    assignments = list(
        TaskAssignment.objects.filter(task_id__in=needs).select_related(
            "person", "override", "assigned_by"
        )
    )
    # Everyone's latest records of every competency these tasks need, in one read.
    latest = latest_competencies(
        {a.person_id for a in assignments}, {c.pk for n in needs.values() for c, _ in n}
    )
    for assignment in assignments:
        task = tasks[assignment.task_id]
        ending = sorted(
            (record.expires_on, competency.name)
            for competency, _ in needs[assignment.task_id]
            if (record := latest.get((assignment.person_id, competency.pk))) is not None
            and record.expires_on is not None
            and record.expires_on <= task.early_start
        )
        if not ending:
            continue
        rows.append(
            Lapse(
                task=task,
                assignment=assignment,
                lapses_on=ending[0][0],
                competencies=sorted(name for _, name in ending),
            )
        )
    rows.sort(key=lambda r: (r.task.early_start, r.task.sort_order, r.person.printed_name))
    return rows
