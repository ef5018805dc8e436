"""Load against capacity, day by day: the one computation behind the capacity view, the
conflict check before a plan is saved, and the input of a leveling run.

Days are calendar days in a window ``[start, start + days)``; arrays are numpy, one entry
per day. A resource's *capacity* on a day is its standing capacity, replaced by the latest
availability change covering the day, and 0 on a day its calendar does not work (a suite on
the site's calendar is closed on a public holiday; a continuous fermenter is not). A task's
*load* is its demand's units on each working day of the task's own calendar between its
start and finish (a five-day task does not hold a suite over the weekend; a seven-day
fermentation does), using actual dates where the work has started and the plan's early
dates otherwise.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from accord.capacity.models import Resource, ResourceCalendar, TaskDemand
from accord.planning.models import Task
from accord.scheduling import Calendar


def calendar_mask(calendar: Calendar | None, start: dt.date, days: int) -> np.ndarray:
    """True on the working days of ``calendar`` in the window (every day when None)."""
    if calendar is None:
        return np.ones(days, dtype=bool)
    first = np.datetime64(start, "D")
    dates = first + np.arange(days)
    weekmask = [1 if d in calendar.working_weekdays else 0 for d in range(7)]
    holidays = [np.datetime64(d, "D") for d in calendar.holidays]
    mask = np.is_busday(dates, weekmask=weekmask, holidays=holidays)
    for extra in calendar.extra_working_days:
        offset = (extra - start).days
        if 0 <= offset < days:
            mask[offset] = True
    return mask


class Calendars:
    """Working-day masks of sites and projects over one window, each computed once."""

    def __init__(self, start: dt.date, days: int) -> None:
        self.start, self.days = start, days
        self._sites: dict[int, np.ndarray] = {}
        self._projects: dict[int, np.ndarray] = {}
        self.continuous = calendar_mask(None, start, days)

    def site(self, site) -> np.ndarray:
        from accord.planning.calendars import site_calendar

        if site.pk not in self._sites:
            self._sites[site.pk] = calendar_mask(site_calendar(site), self.start, self.days)
        return self._sites[site.pk]

    def project(self, project) -> np.ndarray:
        from accord.planning.calendars import project_calendar

        if project.pk not in self._projects:
            self._projects[project.pk] = calendar_mask(
                project_calendar(project), self.start, self.days
            )
        return self._projects[project.pk]

    def task(self, task: Task) -> np.ndarray:
        if task.calendar == Task.CalendarKind.CONTINUOUS:
            return self.continuous
        return self.project(task.project)

    def resource(self, resource: Resource) -> np.ndarray:
        if resource.calendar == ResourceCalendar.CONTINUOUS:
            return self.continuous
        return self.site(resource.site)

    def offset(self, day: dt.date) -> int:
        return (day - self.start).days


def resource_capacity(resource: Resource, calendars: Calendars, changes=None) -> np.ndarray:
    """Units available on each day of the window (0 where the resource's calendar rests)."""
    units = np.full(calendars.days, resource.capacity, dtype=np.int64)
    rows = changes if changes is not None else list(resource.availability.all())
    for change in sorted(rows, key=lambda c: (c.starts_on, c.pk or 0)):
        lo = max(calendars.offset(change.starts_on), 0)
        hi = calendars.days if change.ends_on is None else calendars.offset(change.ends_on) + 1
        if hi > lo:
            units[lo : min(hi, calendars.days)] = change.units
    units[~calendars.resource(resource)] = 0
    return units


def task_span(task: Task) -> tuple[dt.date, dt.date] | None:
    """The first and last day a task works, as the plan stands (actual dates first)."""
    start = task.actual_start or task.early_start
    finish = task.actual_finish or task.early_finish
    if start is None or finish is None or finish < start:
        return None
    return start, finish


@dataclass
class TaskLoad:
    task: Task
    resource_id: int
    units: int
    start: dt.date
    finish: dt.date
    days: np.ndarray  # offsets in the window where it holds the resource


@dataclass
class ResourceLoad:
    resource: Resource
    capacity: np.ndarray
    load: np.ndarray
    by_project: dict[int, np.ndarray] = field(default_factory=dict)
    tasks: list[TaskLoad] = field(default_factory=list)

    @property
    def over(self) -> np.ndarray:
        return np.maximum(self.load - self.capacity, 0)


def task_load_days(task: Task, calendars: Calendars, span=None) -> np.ndarray:
    span = span or task_span(task)
    if span is None:
        return np.empty(0, dtype=np.int64)
    lo, hi = calendars.offset(span[0]), calendars.offset(span[1]) + 1
    lo, hi = max(lo, 0), min(hi, calendars.days)
    if hi <= lo:
        return np.empty(0, dtype=np.int64)
    mask = calendars.task(task)[lo:hi]
    return np.flatnonzero(mask) + lo


def demands_in(
    resources: Iterable[Resource], start: dt.date, end: dt.date, projects=None, replace=None
):
    """Demands on ``resources`` of tasks that work somewhere in ``[start, end]``."""
    rows = TaskDemand.objects.filter(resource__in=list(resources)).select_related(
        "task", "task__project", "task__project__site", "task__project__sponsor", "resource"
    )
    rows = rows.exclude(task__kind__in=(Task.Kind.SUMMARY, Task.Kind.MILESTONE, Task.Kind.DECISION))
    if projects is not None:
        rows = rows.filter(task__project__in=projects)
    out = []
    for demand in rows:
        span = (replace or {}).get(demand.task_id) or task_span(demand.task)
        if span is not None and span[0] <= end and span[1] >= start:
            out.append((demand, span))
    return out


def resource_loads(
    resources: Iterable[Resource],
    start: dt.date,
    end: dt.date,
    *,
    projects=None,
    calendars: Calendars | None = None,
    replace: dict[int, tuple[dt.date, dt.date]] | None = None,
) -> dict[int, ResourceLoad]:
    """Capacity and load of each resource on every day of ``[start, end]``.

    ``replace`` maps task ids to other (start, finish) spans: the load as it would be with
    those tasks moved (the conflict check of an unsaved plan change)."""
    resources = list(resources)
    days = (end - start).days + 1
    calendars = calendars or Calendars(start, days)
    changes = defaultdict(list)
    from accord.capacity.models import Availability

    for change in Availability.objects.filter(resource__in=resources):
        changes[change.resource_id].append(change)
    out = {
        r.pk: ResourceLoad(
            r,
            resource_capacity(r, calendars, changes[r.pk]),
            np.zeros(days, dtype=np.int64),
        )
        for r in resources
    }
    for demand, span in demands_in(resources, start, end, projects, replace):
        offsets = task_load_days(demand.task, calendars, span)
        if not offsets.size:
            continue
        row = out[demand.resource_id]
        row.load[offsets] += demand.units
        mine = row.by_project.setdefault(demand.task.project_id, np.zeros(days, dtype=np.int64))
        mine[offsets] += demand.units
        row.tasks.append(
            TaskLoad(demand.task, demand.resource_id, demand.units, span[0], span[1], offsets)
        )
    return out
