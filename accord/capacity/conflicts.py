"""Capacity conflicts of a plan change, before it is saved.

The change is applied to copies of the plan's tasks in memory and scheduled by the engine,
as saving would; every task whose dates move then carries its demands to its new days.
A *conflict* is a period in which a resource the plan demands is asked for more than it
has, and more than it is asked for now: an overload the change creates or makes worse. Each
names the resource, the days, what is asked against what it has, and who else is on it
then ("with whom": the other projects, for the CDMO's eyes).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from accord.capacity.load import Calendars, resource_loads, task_span
from accord.capacity.models import Resource, TaskDemand
from accord.planning.models import Dependency, Task
from accord.planning.scheduling import plan_schedule


@dataclass(frozen=True)
class Conflict:
    resource: Resource
    first: dt.date
    last: dt.date
    asked: int
    has: int
    projects: tuple[str, ...]  # codes of the projects on the resource then, this one first
    tasks: tuple[str, ...]  # this plan's tasks on the resource then

    @property
    def sentence(self) -> str:
        from accord.core.dates import format_day

        others = list(self.projects[1:])
        with_whom = f", with {', '.join(others)}" if others else ""
        return (
            f"{self.resource.code} {self.resource.name}: {self.asked} {self.resource.unit} asked "
            f"for, {self.has} available, {format_day(self.first)} to {format_day(self.last)}"
            f"{with_whom}"
        )


def plan_change_conflicts(project, changed: dict[int, dict[str, object]]) -> list[Conflict]:
    """Conflicts if the tasks of ``project`` got the field values in ``changed`` (task id ->
    {field: value}); nothing is written."""
    tasks = list(Task.objects.filter(project=project).order_by("sort_order", "uid"))
    demands = list(
        TaskDemand.objects.filter(task__project=project, resource__active=True).select_related(
            "resource", "resource__site"
        )
    )
    if not demands or project.start_date is None:
        return []
    copies = []
    for task in tasks:
        copy = Task(**{f.attname: getattr(task, f.attname) for f in Task._meta.concrete_fields})
        for name, value in changed.get(task.pk, {}).items():
            setattr(copy, name, value)
        copies.append(copy)
    links = list(Dependency.objects.filter(project=project))
    rows = {r.id: r for r in plan_schedule(project, copies, links).rows()}
    spans: dict[int, tuple[dt.date, dt.date]] = {}
    for copy in copies:
        row = rows[str(copy.uid)]
        start = copy.actual_start or row.early_start
        finish = copy.actual_finish or row.early_finish
        if start and finish:
            spans[copy.pk] = (start, finish)
    demanded = {d.task_id for d in demands}
    moved = {pk: span for pk, span in spans.items() if pk in demanded and span != _now(tasks, pk)}
    if not moved:
        return []
    spans_all = [*moved.values(), *filter(None, (_now(tasks, pk) for pk in moved))]
    first, last = min(s[0] for s in spans_all), max(s[1] for s in spans_all)
    resources = {d.resource_id: d.resource for d in demands if d.task_id in moved}
    days = (last - first).days + 1
    calendars = Calendars(first, days)
    before = resource_loads(resources.values(), first, last, calendars=calendars)
    after = resource_loads(resources.values(), first, last, calendars=calendars, replace=moved)
    names = {t.pk: f"{t.wbs} {t.name}".strip() for t in tasks}
    out: list[Conflict] = []
    for rid, load in after.items():
        worse = (load.load > load.capacity) & (load.load > before[rid].load)
        for lo, hi in _runs(worse, load.capacity, load.load):
            window = range(lo, hi + 1)
            on = [t for t in load.tasks if np.isin(t.days, window).any()]
            codes = [project.code] + sorted(
                {t.task.project.code for t in on if t.task.project_id != project.pk}
            )
            mine = tuple(sorted({names[t.task.pk] for t in on if t.task.project_id == project.pk}))
            out.append(
                Conflict(
                    resource=load.resource,
                    first=first + dt.timedelta(days=lo),
                    last=first + dt.timedelta(days=hi),
                    asked=int(load.load[lo : hi + 1].max()),
                    has=_has(load.capacity[lo : hi + 1]),
                    projects=tuple(codes),
                    tasks=mine,
                )
            )
    return out


def _has(capacity: np.ndarray) -> int:
    """What a resource offers over a period: the least of its open days (a weekend it is
    closed inside the period is not "0 available")."""
    open_days = capacity[capacity > 0]
    return int(open_days.min()) if open_days.size else 0


def _now(tasks: list[Task], pk: int):
    for task in tasks:
        if task.pk == pk:
            return task_span(task)
    return None


def _runs(mask: np.ndarray, capacity: np.ndarray, load: np.ndarray) -> list[tuple[int, int]]:
    """Runs of True in ``mask``; runs separated only by days where the resource is closed
    and nothing is asked of it are one run."""
    idx = np.flatnonzero(mask)
    if not idx.size:
        return []
    runs = [[int(idx[0]), int(idx[0])]]
    for i in idx[1:].tolist():
        gap = slice(runs[-1][1] + 1, i)
        if i == runs[-1][1] + 1 or (not capacity[gap].any() and not load[gap].any()):
            runs[-1][1] = i
        else:
            runs.append([i, i])
    return [(a, b) for a, b in runs]
