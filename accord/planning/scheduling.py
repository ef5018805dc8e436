"""The adapter between a project's plan in the database and the scheduling engine.

The engine (``accord.scheduling``) knows nothing of Django: here tasks become
activities keyed by their uid, the engine schedules them, and the dates come back to the
tasks in one bulk update.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError

from accord.planning.models import Dependency, Task
from accord.projects.models import Project
from accord.scheduling import (
    Activity,
    Calendar,
    Constraint,
    ConstraintType,
    Link,
    LinkType,
    Network,
    Schedule,
    SchedulingError,
    ThreePoint,
    schedule,
)

# A task on the "continuous" calendar works every day, weekends and holidays included
# (a fermentation, a stability study, a hold time).
CONTINUOUS = Calendar(working_weekdays=frozenset(range(7)), name="Seven days a week")

COMPUTED = (
    "early_start",
    "early_finish",
    "late_start",
    "late_finish",
    "total_float",
    "free_float",
    "critical",
)


def _activity(task: Task, uids: dict[int, int]) -> Activity:
    constraint = None
    if task.constraint_type and task.constraint_date:
        constraint = Constraint(ConstraintType(task.constraint_type), task.constraint_date)
    estimate = None
    points = (task.optimistic_days, task.most_likely_days, task.pessimistic_days)
    if None not in points and not task.is_milestone:
        estimate = ThreePoint(*points)
    return Activity(
        id=str(task.uid),
        name=task.name,
        duration=0 if task.is_milestone else task.duration_days,
        constraint=constraint,
        actual_start=task.actual_start,
        actual_finish=task.actual_finish,
        estimate=estimate,
        parent=str(uids[task.parent_id]) if task.parent_id else None,
        level_start=task.leveled_start,
        calendar=CONTINUOUS if task.calendar == Task.CalendarKind.CONTINUOUS else None,
    )


def network_of(project: Project, tasks: list[Task], links: list[Dependency]) -> Network:
    from accord.planning.calendars import project_calendar

    uids = {task.pk: task.uid for task in tasks}
    return Network(
        activities=[_activity(task, uids) for task in tasks],
        links=[
            Link(
                str(uids[link.predecessor_id]),
                str(uids[link.successor_id]),
                LinkType(link.type),
                link.lag_days,
            )
            for link in links
        ],
        project_start=project.start_date,
        calendar=project_calendar(project),
        data_date=project.data_date,
        name=project.code,
    )


def plan_schedule(project: Project, tasks: list[Task], links: list[Dependency]) -> Schedule:
    """Schedule the plan as it is in memory; a plan the engine refuses is a ValidationError."""
    if project.start_date is None:
        raise ValidationError({"start_date": ["Give the project a start date to schedule it."]})
    try:
        return schedule(network_of(project, tasks, links))
    except SchedulingError as exc:
        raise ValidationError({"__all__": [str(exc)]}) from None


def reschedule(project: Project) -> Schedule | None:
    """Recompute and store every task's dates; call inside the writing transaction."""
    tasks = list(Task.objects.filter(project=project).order_by("sort_order", "uid"))
    if not tasks or project.start_date is None:
        return None
    links = list(Dependency.objects.filter(project=project))
    result = plan_schedule(project, tasks, links)
    rows = {row.id: row for row in result.rows()}
    changed = []
    for task in tasks:
        row = rows[str(task.uid)]
        values = (
            row.early_start,
            row.early_finish,
            row.late_start,
            row.late_finish,
            int(row.total_float),
            int(row.free_float),
            bool(row.critical),
        )
        if values != tuple(getattr(task, name) for name in COMPUTED):
            for name, value in zip(COMPUTED, values, strict=True):
                setattr(task, name, value)
            changed.append(task)
    # Only the tasks whose dates moved are written: an edit usually moves a few.
    Task.objects.bulk_update(changed, COMPUTED, batch_size=200)
    return result
