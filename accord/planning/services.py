"""Every write to a project's plan. Each one reschedules the whole plan in the same
transaction, so the stored dates always match the engine's answer, and a change the
engine refuses (a loop, a link to a missing task) leaves nothing behind."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max

from accord.accounts.models import User
from accord.audit.services import audit_record, created, diff, snapshot
from accord.core import concurrency
from accord.core.dates import format_day
from accord.core.permissions import require
from accord.planning.calendars import DayKind, calendar_day_add, project_calendar
from accord.planning.models import (
    Baseline,
    BaselineTask,
    Decision,
    Dependency,
    Holiday,
    Task,
)
from accord.planning.scheduling import reschedule
from accord.projects.models import Project
from accord.scheduling import Calendar

PLAN_PERMISSION = "projects.change_project"
TASK_FIELDS = (
    "wbs",
    "name",
    "kind",
    "parent",
    "sort_order",
    "department",
    "duration_days",
    "optimistic_days",
    "most_likely_days",
    "pessimistic_days",
    "percent_complete",
    "actual_start",
    "actual_finish",
    "constraint_type",
    "constraint_date",
    "calendar",
    "gmp",
    "batch",
)
EDITABLE = frozenset(TASK_FIELDS)
# Set while many edits are applied together (``reschedule_deferred``): the plans to
# schedule once at the end instead of after every edit.
_deferred: ContextVar[dict[int, Project] | None] = ContextVar(
    "plan_reschedule_deferred", default=None
)


def _reschedule(project: Project) -> None:
    pending = _deferred.get()
    if pending is None:
        reschedule(project)
    else:
        pending[project.pk] = project


@contextmanager
def reschedule_deferred() -> Iterator[None]:
    """Within it, ``task_create``, ``task_update``, ``dependency_add`` and
    ``dependency_remove`` leave the schedule alone; each plan they touched is scheduled
    once on leaving (a loop or another plan the engine refuses raises then). Use inside
    the caller's transaction, so that a refusal takes every edit back."""
    if _deferred.get() is not None:
        yield
        return
    pending: dict[int, Project] = {}
    token = _deferred.set(pending)
    try:
        yield
    finally:
        _deferred.reset(token)
    for project in pending.values():
        reschedule(project)


def _lock(project: Project) -> Project:
    return Project.objects.select_for_update(of=("self",)).select_related("site").get(pk=project.pk)


def _check(task: Task) -> None:
    errors: dict[str, list[str]] = {}
    if task.is_milestone and task.duration_days:
        task.duration_days = 0
    if task.kind == Task.Kind.SUMMARY and task.parent_id is not None and task.parent_id == task.pk:
        errors["parent"] = ["A task cannot be its own parent."]
    if task.parent_id is not None and task.parent.kind != Task.Kind.SUMMARY:
        errors["parent"] = ["The parent must be a summary task."]
    if task.parent_id is not None and task.parent.project_id != task.project_id:
        errors["parent"] = ["The parent belongs to another project."]
    if task.actual_finish and not task.actual_start:
        errors["actual_start"] = ["A finished task needs its actual start."]
    if task.actual_start and task.actual_finish and task.actual_finish < task.actual_start:
        errors["actual_finish"] = ["The actual finish is before the actual start."]
    if task.actual_finish and task.percent_complete != 100:
        task.percent_complete = 100
    if task.batch_id is not None:
        if task.batch.project_id != task.project_id:
            errors["batch"] = ["Choose a batch of this project."]
        task.gmp = True  # a batch step is GMP work
    if task.constraint_type and not task.constraint_date:
        errors["constraint_date"] = ["Give the date of the constraint."]
    points = [task.optimistic_days, task.most_likely_days, task.pessimistic_days]
    if any(p is not None for p in points) and None in points:
        errors["optimistic_days"] = ["Give all three estimates, or none."]
    elif None not in points and not points[0] <= points[1] <= points[2]:
        errors["optimistic_days"] = ["Estimates must be optimistic ≤ most likely ≤ pessimistic."]
    if errors:
        raise ValidationError(errors)
    # The table's check constraints are the two rules checked above, with field errors;
    # validating them again would cost two queries per task (and the database keeps them).
    task.full_clean(exclude=["project", "parent"], validate_constraints=False)


@transaction.atomic
def task_create(*, actor: User, project: Project, name: str, **fields) -> Task:
    require(actor, PLAN_PERMISSION)
    unknown = set(fields) - EDITABLE
    if unknown:
        raise ValidationError({"__all__": [f"Unknown fields: {', '.join(sorted(unknown))}"]})
    project = _lock(project)
    uid = (Task.objects.filter(project=project).aggregate(m=Max("uid"))["m"] or 0) + 1
    fields.setdefault("sort_order", uid * 10)
    task = Task(project=project, uid=uid, name=name.strip(), **fields)
    _check(task)
    task.save()
    audit_record(
        actor=actor,
        action="planning.task.created",
        target=task,
        parent=project,
        changes=created(snapshot(task, TASK_FIELDS)),
    )
    _reschedule(project)
    return Task.objects.get(pk=task.pk)


@transaction.atomic
def task_update(
    *, actor: User, task: Task, reason: str = "", version: int | None = None, **fields
) -> Task:
    """Change a task and reschedule. ``version`` is the one the editor read: a task someone
    else saved since is refused (``StaleEdit``), never silently reverted."""
    require(actor, PLAN_PERMISSION)
    unknown = set(fields) - EDITABLE
    if unknown:
        raise ValidationError({"__all__": [f"Unknown fields: {', '.join(sorted(unknown))}"]})
    project = _lock(task.project)
    task = concurrency.locked(task, version)
    before = snapshot(task, TASK_FIELDS)
    for name, value in fields.items():
        setattr(task, name, value)
    _check(task)
    changes = diff(before, snapshot(task, TASK_FIELDS))
    if not changes:
        return task
    _gate_at_start(task, before)
    concurrency.bump(task)
    task.save()
    audit_record(
        actor=actor,
        action="planning.task.updated",
        target=task,
        parent=project,
        changes=changes,
        reason=reason,
    )
    _reschedule(project)
    _milestones_reached(actor, [task] if _reached(task, before) else [])
    return Task.objects.get(pk=task.pk)


def _gate_at_start(task: Task, before: Mapping[str, object]) -> None:
    """The qualification gate again, on the day a GMP task starts (R-TRN-5)."""
    from accord.planning.assignments import task_start_check

    if task.actual_start and not before["actual_start"]:
        task_start_check(task, task.actual_start)


def _reached(task: Task, before: Mapping[str, object]) -> bool:
    return task.is_milestone and bool(task.actual_finish) and not before["actual_finish"]


def _milestones_reached(actor: User, tasks: Sequence[Task]) -> None:
    """A milestone the sponsor cares about may ask it how satisfied it is (accord.surveys),
    and webhooks subscribed to ``milestone.reached`` hear of it."""
    from accord.surveys.services import csat_send_for_milestone
    from accord.webhooks.events import publish

    for task in tasks:
        csat_send_for_milestone(task=task, actor=actor)
        publish("planning.task.milestone_reached", task)


def _working_days_between(start: dt.date, finish: dt.date, calendar: Calendar) -> int:
    """Working days from ``start`` to ``finish``, both included."""
    days, day = 0, start
    while day <= finish:
        if calendar.is_working_day(day):
            days += 1
        day += dt.timedelta(days=1)
    return days


@transaction.atomic
def task_move(
    *,
    actor: User,
    task: Task,
    start: dt.date,
    finish: dt.date | None = None,
    version: int | None = None,
) -> Task:
    """A bar dragged on the Gantt: start it later (a start-no-earlier-than constraint, as
    MS Project does) and, when resized, give it the new length. A start earlier than its
    predecessors allow is refused with the link that holds it; a bar drawn from a version
    of the task someone else has changed since is refused as stale."""
    require(actor, PLAN_PERMISSION)
    task = Task.objects.select_related("project").get(pk=task.pk)
    concurrency.check(task, version)
    if task.kind == Task.Kind.SUMMARY:
        raise ValidationError({"start": ["A summary follows its tasks; move the tasks instead."]})
    if task.actual_start:
        raise ValidationError({"start": ["This task has started; record progress instead."]})
    holidays = project_calendar(task.project)
    fields: dict[str, object] = {}
    if finish is not None and not task.is_milestone:
        if finish < start:
            raise ValidationError({"finish": ["The finish is before the start."]})
        fields["duration_days"] = max(1, _working_days_between(start, finish, holidays))
    driving = _driving_start(task, holidays)
    if driving is not None and start < driving[0]:
        raise ValidationError(
            {"start": [f"Cannot start before {format_day(driving[0])}: {driving[1]}."]}
        )
    if task.early_start is None or start != task.early_start:
        fields["constraint_type"] = Task.ConstraintType.SNET
        fields["constraint_date"] = start
    if not fields:
        return task
    return task_update(
        actor=actor, task=task, reason="Moved on the Gantt chart", version=version, **fields
    )


def _shift(day: dt.date, working_days: int, calendar: Calendar) -> dt.date:
    """Move by a signed number of working days."""
    step = 1 if working_days >= 0 else -1
    remaining = abs(working_days)
    while remaining:
        day += dt.timedelta(days=step)
        if calendar.is_working_day(day):
            remaining -= 1
    return day


def _driving_start(task: Task, holidays: Calendar) -> tuple[dt.date, str] | None:
    """The earliest start the task's predecessors allow, and the links that set it."""
    from accord.planning.scheduling import plan_schedule
    from accord.planning.selectors import plan_of

    tasks, links = plan_of(task.project)
    for item in tasks:
        if item.pk == task.pk:
            item.constraint_type, item.constraint_date = "", None
    plan = plan_schedule(task.project, tasks, links)
    earliest = plan.row(str(task.uid)).early_start
    incoming = [link for link in links if link.successor_id == task.pk]
    if not incoming:
        return None
    by_pk = {t.pk: t for t in tasks}
    driving = []
    for link in incoming:
        before = plan.row(str(by_pk[link.predecessor_id].uid))
        if link.type == Dependency.Type.FS:
            implied = _shift(before.early_finish, 1 + link.lag_days, holidays)
        elif link.type == Dependency.Type.SS:
            implied = _shift(before.early_start, link.lag_days, holidays)
        else:
            implied = earliest  # finish-driven links: name them as possible drivers
        if implied >= earliest:
            lag = f" {link.lag_days:+d}d" if link.lag_days else ""
            driving.append(f"“{by_pk[link.predecessor_id].name}” ({link.type}{lag})")
    if not driving:
        return None
    return earliest, "it depends on " + ", ".join(driving)


@transaction.atomic
def dependency_add(
    *,
    actor: User,
    predecessor: Task,
    successor: Task,
    type: str = Dependency.Type.FS,
    lag_days: int = 0,
) -> Dependency:
    require(actor, PLAN_PERMISSION)
    if predecessor.project_id != successor.project_id:
        raise ValidationError({"predecessor": ["Both tasks must belong to the same project."]})
    if predecessor.pk == successor.pk:
        raise ValidationError({"predecessor": ["A task cannot depend on itself."]})
    if Dependency.objects.filter(predecessor=predecessor, successor=successor).exists():
        raise ValidationError({"predecessor": ["These tasks are already linked."]})
    if type not in Dependency.Type.values:
        raise ValidationError({"type": [f"{type!r} is not a link type (FS, SS, FF or SF)."]})
    project = _lock(predecessor.project)
    link = Dependency.objects.create(
        project=project,
        predecessor=predecessor,
        successor=successor,
        type=type,
        lag_days=lag_days,
    )
    _reschedule(project)  # a loop raises here, and the transaction takes the link back
    audit_record(
        actor=actor,
        action="planning.dependency.added",
        target=link,
        parent=project,
        changes=created(
            {
                "predecessor": predecessor.name,
                "successor": successor.name,
                "type": type,
                "lag_days": lag_days,
            }
        ),
    )
    return link


@transaction.atomic
def dependency_remove(*, actor: User, dependency: Dependency, reason: str = "") -> None:
    require(actor, PLAN_PERMISSION)
    project = _lock(dependency.project)
    audit_record(
        actor=actor,
        action="planning.dependency.removed",
        target=dependency,
        parent=project,
        changes={"link": [str(dependency), None]},
        reason=reason,
    )
    dependency.delete()
    _reschedule(project)


def holiday_add(*, actor: User | None, site, date: dt.date, name: str) -> Holiday:
    """A site holiday; see ``accord.planning.calendars`` for the whole calendar."""
    calendar_day_add(actor=actor, site=site, date=date, kind=DayKind.HOLIDAY, name=name)
    return Holiday.objects.get(site=site, date=date)


class TemplatePlan(int):
    """What ``plan_apply_template`` returns: the number of tasks created (all its callers
    ever needed), and in ``unplaced`` the template's demands the project's site has no
    active resource for, one line each a planner can act on ("GMP fill: needs 1 of
    fill-finish line; Visp has none")."""

    unplaced: tuple[str, ...]

    def __new__(cls, tasks: int, unplaced: Sequence[str] = ()) -> TemplatePlan:
        plan = super().__new__(cls, tasks)
        plan.unplaced = tuple(unplaced)
        return plan


@transaction.atomic
def plan_apply_template(
    *, actor: User | None, project: Project, template_code: str
) -> TemplatePlan:
    """Create a plan from a template in an empty project; returns the number of tasks,
    with the demands that found no resource at the project's site (see ``TemplatePlan``).

    Each step's demands go to the site's active resource of the role, the first by code;
    a role the site lacks is reported, not refused: the plan is still right, only its load
    is incomplete until someone adds the resource or places the demand by hand."""
    from accord.planning.plan_templates import TEMPLATES

    if actor is not None:
        require(actor, PLAN_PERMISSION)
    template = TEMPLATES.get(template_code)
    if template is None:
        raise ValidationError({"template": [f"No plan template {template_code!r}."]})
    project = _lock(project)
    if Task.objects.filter(project=project).exists():
        raise ValidationError({"template": ["This project already has a plan."]})
    tasks: dict[str, Task] = {}
    for number, step in enumerate(template.steps, start=1):
        optimistic, likely, pessimistic = step.estimate or (None, None, None)
        tasks[step.key] = Task.objects.create(
            project=project,
            uid=number,
            wbs=str(number),
            name=step.name,
            kind=step.kind,
            sort_order=number * 10,
            department=step.department,
            duration_days=0 if step.kind != "task" else step.duration,
            optimistic_days=optimistic,
            most_likely_days=likely,
            pessimistic_days=pessimistic,
        )
    for step in template.steps:
        for key, link_type, lag in step.after:
            Dependency.objects.create(
                project=project,
                predecessor=tasks[key],
                successor=tasks[step.key],
                type=link_type,
                lag_days=lag,
            )
    unplaced = _template_demands(actor, project, template.steps, tasks)
    summary = {"template": template.name, "tasks": len(tasks)}
    if unplaced:
        summary["demands not placed"] = list(unplaced)
    audit_record(
        actor=actor,
        action="planning.plan.created_from_template",
        target=project,
        changes=created(summary),
    )
    reschedule(project)
    return TemplatePlan(len(tasks), unplaced)


def _template_demands(actor, project: Project, steps, tasks: dict[str, Task]) -> list[str]:
    """Create the steps' resource demands at the project's site; returns the unplaced."""
    from accord.capacity.models import Resource, ResourceRole, TaskDemand

    roles = {step_role for step in steps for step_role, _ in step.demands}
    first: dict[str, Resource] = {}
    for resource in Resource.objects.filter(
        site=project.site, role__in=roles, active=True
    ).order_by("code"):
        first.setdefault(resource.role, resource)
    unplaced = []
    for step in steps:
        for role, units in step.demands:
            resource = first.get(role)
            if resource is None:
                label = ResourceRole(role).label.lower()
                unplaced.append(
                    f"{step.name}: needs {units} of {label}; {project.site.name} has none"
                )
                continue
            demand = TaskDemand.objects.create(task=tasks[step.key], resource=resource, units=units)
            audit_record(
                actor=actor,
                action="capacity.demand.created",
                target=demand,
                parent=tasks[step.key],
                changes=created({"resource": resource.code, "units": units}),
            )
    return unplaced


@dataclass(frozen=True)
class PlanTask:
    """One task of a plan created in one step; ``parent`` is the key of an earlier summary."""

    key: str
    name: str
    kind: str = Task.Kind.TASK
    parent: str | None = None
    duration_days: int = 0
    optimistic_days: int | None = None
    most_likely_days: int | None = None
    pessimistic_days: int | None = None
    department: str = ""


@dataclass(frozen=True)
class PlanLink:
    predecessor: str
    successor: str
    type: str = Dependency.Type.FS
    lag_days: int = 0


@transaction.atomic
def plan_create(
    *,
    actor: User,
    project: Project,
    tasks: Sequence[PlanTask],
    links: Sequence[PlanLink],
    reason: str = "",
) -> int:
    """Create the whole plan of an empty project at once; returns the number of tasks.

    Each task and link is checked as ``task_create`` and ``dependency_add`` check them
    and gets its own audit event, but the plan is scheduled once, at the end, instead of
    once per row. WBS numbers follow the outline (1, 1.1, 1.2 ...).
    """
    require(actor, PLAN_PERMISSION)
    project = _lock(project)
    if Task.objects.filter(project=project).exists():
        raise ValidationError({"__all__": ["This project already has a plan."]})
    rows: dict[str, Task] = {}
    depth: dict[str, int] = {}
    outline: dict[str | None, int] = {}
    for uid, spec in enumerate(tasks, start=1):
        if spec.key in rows:
            raise ValidationError({"__all__": [f"Two tasks have the key {spec.key!r}."]})
        parent = rows.get(spec.parent) if spec.parent else None
        if spec.parent and parent is None:
            raise ValidationError({"parent": [f"{spec.name}: its summary must come before it."]})
        outline[spec.parent] = outline.get(spec.parent, 0) + 1
        wbs = f"{parent.wbs}.{outline[spec.parent]}" if parent else str(outline[None])
        rows[spec.key] = Task(
            project=project,
            uid=uid,
            wbs=wbs,
            name=spec.name.strip(),
            kind=spec.kind,
            parent=parent,
            sort_order=uid * 10,
            department=spec.department,
            duration_days=spec.duration_days,
            optimistic_days=spec.optimistic_days,
            most_likely_days=spec.most_likely_days,
            pessimistic_days=spec.pessimistic_days,
        )
        depth[spec.key] = depth[spec.parent] + 1 if parent else 0
    # Level by level, so that every parent has its id before its children are written.
    for level in sorted(set(depth.values())):
        batch = [rows[key] for key, d in depth.items() if d == level]
        for task in batch:
            task.parent = task.parent  # the parent has its id now: copy it to parent_id
            _check(task)
        Task.objects.bulk_create(batch)
    for task in rows.values():
        audit_record(
            actor=actor,
            action="planning.task.created",
            target=task,
            parent=project,
            changes=created(snapshot(task, TASK_FIELDS)),
            reason=reason,
        )
    dependencies = []
    pairs: set[tuple[str, str]] = set()
    for link in links:
        predecessor, successor = rows.get(link.predecessor), rows.get(link.successor)
        if predecessor is None or successor is None:
            raise ValidationError(
                {"predecessor": [f"No task {link.predecessor!r} or {link.successor!r}."]}
            )
        if predecessor is successor:
            raise ValidationError({"predecessor": [f"{predecessor.name}: linked to itself."]})
        if (link.predecessor, link.successor) in pairs:
            raise ValidationError(
                {"predecessor": [f"{predecessor.name} → {successor.name}: linked twice."]}
            )
        if link.type not in Dependency.Type.values:
            raise ValidationError({"type": [f"{link.type!r} is not a link type."]})
        pairs.add((link.predecessor, link.successor))
        dependencies.append(
            Dependency(
                project=project,
                predecessor=predecessor,
                successor=successor,
                type=link.type,
                lag_days=link.lag_days,
            )
        )
    Dependency.objects.bulk_create(dependencies)
    reschedule(project)  # a loop raises here, and the transaction takes the plan back
    for link in dependencies:
        audit_record(
            actor=actor,
            action="planning.dependency.added",
            target=link,
            parent=project,
            changes=created(
                {
                    "predecessor": link.predecessor.name,
                    "successor": link.successor.name,
                    "type": link.type,
                    "lag_days": link.lag_days,
                }
            ),
            reason=reason,
        )
    return len(rows)


PROGRESS_FIELDS = frozenset({"percent_complete", "actual_start", "actual_finish"})


@transaction.atomic
def plan_progress_record(
    *,
    actor: User,
    project: Project,
    data_date: dt.date,
    progress: Mapping[Task, Mapping[str, object]],
    reason: str = "",
) -> int:
    """A status update: the progress of many tasks as of ``data_date``, which becomes the
    project's data date. One audit event per task changed, one reschedule; returns how
    many tasks changed."""
    from accord.projects.services import project_update

    require(actor, PLAN_PERMISSION)
    project = _lock(project)
    locked = (
        Task.objects.select_for_update(of=("self",))
        .select_related("parent")
        .in_bulk([task.pk for task in progress])
    )
    changed, reached = [], []
    for task, fields in progress.items():
        unknown = set(fields) - PROGRESS_FIELDS
        if unknown:
            raise ValidationError({"__all__": [f"Not progress: {', '.join(sorted(unknown))}"]})
        row = locked.get(task.pk)
        if row is None or row.project_id != project.pk:
            raise ValidationError({"__all__": ["Choose tasks of this project."]})
        if row.kind == Task.Kind.SUMMARY:
            raise ValidationError({"__all__": [f"{row.name}: a summary follows its tasks."]})
        before = snapshot(row, TASK_FIELDS)
        for name, value in fields.items():
            setattr(row, name, value)
        _check(row)
        changes = diff(before, snapshot(row, TASK_FIELDS))
        if not changes:
            continue
        _gate_at_start(row, before)
        concurrency.bump(row)
        changed.append(row)
        reached += [row] if _reached(row, before) else []
        audit_record(
            actor=actor,
            action="planning.task.updated",
            target=row,
            parent=project,
            changes=changes,
            reason=reason,
        )
    Task.objects.bulk_update(changed, [*PROGRESS_FIELDS, "version"], batch_size=200)
    if project.data_date != data_date:
        project_update(actor=actor, project=project, data_date=data_date, reason=reason)
    else:
        reschedule(project)  # a date the engine refuses (after the data date) raises here
    _milestones_reached(actor, reached)
    return len(changed)


def baseline_save(
    *,
    actor: User,
    project: Project,
    name: str,
    username: str | None,
    password: str,
    acknowledge: bool = False,
) -> Baseline:
    """Freeze the plan's current dates as a baseline, signed by the project manager.

    The meaning is *authored*: the project manager answers for the plan they commit to
    (only QA signs *approved*, requirement AZ-5).
    """
    from accord.signatures.services import signer_authenticate

    require(actor, PLAN_PERMISSION)
    if not name.strip():
        raise ValidationError({"name": ["Name the baseline, e.g. “Contract baseline”."]})
    full = signer_authenticate(
        actor=actor, username=username, password=password, acknowledge=acknowledge
    )
    return baseline_freeze(actor=actor, project=project, name=name, full_credentials=full)


@transaction.atomic
def baseline_freeze(
    *, actor: User, project: Project, name: str, full_credentials: bool, reason: str = ""
) -> Baseline:
    """The signed baseline itself, for a signer the caller has just authenticated
    (``baseline_save``, or the incorporation of a change order)."""
    from accord.signatures.models import Meaning
    from accord.signatures.services import signature_apply

    require(actor, PLAN_PERMISSION)
    project = _lock(project)
    tasks = list(Task.objects.filter(project=project, early_start__isnull=False))
    if not tasks:
        raise ValidationError({"name": ["There is no scheduled plan to baseline."]})
    number = (Baseline.objects.filter(project=project).aggregate(m=Max("number"))["m"] or 0) + 1
    baseline = Baseline.objects.create(
        project=project,
        number=number,
        name=name.strip(),
        created_by=actor,
        finish=max(task.early_finish for task in tasks),
    )
    BaselineTask.objects.bulk_create(
        BaselineTask(
            baseline=baseline,
            task=task,
            task_uid=task.uid,
            start=task.early_start,
            finish=task.early_finish,
            duration=task.duration_days,
        )
        for task in tasks
    )
    audit_record(
        actor=actor,
        action="planning.baseline.saved",
        target=baseline,
        parent=project,
        changes=created(
            {"name": baseline.name, "finish": baseline.finish.isoformat(), "tasks": len(tasks)}
        ),
        reason=reason,
    )
    signature_apply(
        actor=actor,
        record=baseline,
        meaning=Meaning.AUTHORED,
        full_credentials=full_credentials,
        reason=reason,
        transition="baseline",
    )
    return baseline


def decision_record(
    *,
    actor: User,
    task: Task,
    options: str,
    outcome: str,
    rationale: str,
    decided_on: dt.date,
    username: str | None,
    password: str,
    acknowledge: bool = False,
) -> Decision:
    """Record a decision point's outcome with the decider's signature ("decided")."""
    from accord.signatures.models import Meaning
    from accord.signatures.services import signature_apply, signer_authenticate

    require(actor, "projects.approve_project")
    if task.kind != Task.Kind.DECISION:
        raise ValidationError({"outcome": ["Only a decision point takes a decision."]})
    if Decision.objects.filter(task=task).exists():
        raise ValidationError({"outcome": ["This decision was already recorded."]})
    errors = {
        name: ["Required."]
        for name, value in (("options", options), ("rationale", rationale))
        if not value.strip()
    }
    if outcome not in Decision.Outcome.values:
        errors["outcome"] = ["Choose the outcome."]
    if errors:
        raise ValidationError(errors)
    full = signer_authenticate(
        actor=actor, username=username, password=password, acknowledge=acknowledge
    )
    with transaction.atomic():
        project = _lock(task.project)
        decision = Decision.objects.create(
            task=task,
            options=options.strip(),
            outcome=outcome,
            rationale=rationale.strip(),
            decided_on=decided_on,
            decided_by=actor,
        )
        audit_record(
            actor=actor,
            action="planning.decision.recorded",
            target=decision,
            parent=project,
            changes=created({"outcome": outcome, "rationale": decision.rationale}),
        )
        signature_apply(
            actor=actor,
            record=decision,
            meaning=Meaning.DECIDED,
            full_credentials=full,
            transition="decide",
        )
    return decision
