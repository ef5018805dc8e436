"""The capacity view's figures: load against capacity per resource, summed into weeks or
months for the heat map, and per day or week for one resource's drill-down.

Everything is counted in *unit-days*: one unit of a resource (a suite, an analyst) for one
day. A bucket's utilisation is the load's unit-days over the capacity's unit-days in it, so
a suite booked on three of its five working days is at 60 %. A bucket can be under 100 %
and still hold a day over capacity (two batches on the Tuesday, none on the Thursday), so
each cell also counts its days over capacity: averages must not hide a clash. A bucket in
which the resource has no capacity at all (down for requalification, a shutdown) has no
percentage; any load in it is an overload by definition.
"""

from __future__ import annotations

import calendar as pycalendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
from django.db.models import Q, QuerySet
from django.utils import dateformat

from accord.capacity.load import ResourceLoad, TaskLoad, resource_loads
from accord.capacity.models import Resource
from accord.capacity.selectors import resources_visible_to
from accord.core.dates import format_day
from accord.projects.selectors import projects_visible_to

DAY, WEEK, MONTH = "day", "week", "month"
HIGH, OVER = 85, 100  # utilisation (%) from which a cell is amber, and above which red
LEVELS = (
    ("free", "Free (0 %)"),
    ("light", "Under 50 %"),
    ("busy", "50 to 84 %"),
    ("high", "85 to 100 %"),
    ("over", "Over 100 %, or demand while closed"),
    ("closed", "Closed, nothing demanded"),
)


# --------------------------------------------------------------------------- buckets


def monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _month_end(day: dt.date) -> dt.date:
    return day.replace(day=pycalendar.monthrange(day.year, day.month)[1])


@dataclass(frozen=True)
class Bucket:
    """A column: a day, a week from Monday or a calendar month, clipped to the window.
    Its texts are worked out once: a map of 150 resources shows each bucket 150 times."""

    start: dt.date
    end: dt.date  # inclusive
    scale: str

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @cached_property
    def label(self) -> str:
        if self.scale == MONTH:
            return dateformat.format(self.start, "F Y")
        if self.scale == WEEK:
            return f"Week of {format_day(self.start)}"
        return dateformat.format(self.start, "D j M Y")

    @cached_property
    def query(self) -> str:
        """The drill-down's window for this bucket."""
        return f"start={self.start:%Y-%m-%d}&end={self.end:%Y-%m-%d}"

    @property
    def opens_year(self) -> bool:
        """The first bucket of a year: its heading carries the year."""
        return self.start.month == 1 and self.start.day <= (7 if self.scale == WEEK else 1)

    @cached_property
    def short(self) -> str:
        if self.scale == MONTH:
            return dateformat.format(self.start, "M Y")
        return dateformat.format(self.start, "j M")


def buckets_between(start: dt.date, end: dt.date, scale: str) -> list[Bucket]:
    """The buckets covering ``[start, end]``; the first and last are cut at the window."""
    out: list[Bucket] = []
    day = start
    while day <= end:
        if scale == MONTH:
            last = _month_end(day)
        elif scale == WEEK:
            last = monday(day) + dt.timedelta(days=6)
        else:
            last = day
        out.append(Bucket(day, min(last, end), scale))
        day = last + dt.timedelta(days=1)
    return out


def window(scale: str, start: dt.date, count: int) -> tuple[dt.date, dt.date]:
    """``count`` whole weeks from the Monday of ``start``, or months from its first day."""
    if scale == MONTH:
        first = start.replace(day=1)
        month = first.month - 1 + count - 1
        last = _month_end(dt.date(first.year + month // 12, month % 12 + 1, 1))
        return first, last
    first = monday(start)
    return first, first + dt.timedelta(weeks=count) - dt.timedelta(days=1)


def _sums(values: np.ndarray, offsets: list[int]) -> np.ndarray:
    return np.add.reduceat(values, offsets)


# --------------------------------------------------------------------------- the heat map


@dataclass(frozen=True)
class Cell:
    bucket: Bucket
    capacity: int  # unit-days available
    load: int  # unit-days demanded
    over_days: int  # days on which the demand exceeds the capacity
    code: str = ""  # the resource's, to name the cell on its own

    @cached_property
    def name(self) -> str:
        """The cell said in full: its title and its accessible name."""
        return f"{self.code}, {self.bucket.label}: {self.description}"

    @cached_property
    def utilisation(self) -> int | None:
        return None if self.capacity == 0 else round(100 * self.load / self.capacity)

    @cached_property
    def level(self) -> str:
        if self.capacity == 0:
            return "over" if self.load else "closed"
        share = 100 * self.load / self.capacity
        if share > OVER:
            return "over"
        if share >= HIGH:
            return "high"
        if share >= 50:
            return "busy"
        return "light" if self.load else "free"

    @cached_property
    def text(self) -> str:
        """What the cell shows (the description says the rest)."""
        if self.capacity == 0:
            return "closed"
        return f"{self.utilisation} %"

    @cached_property
    def description(self) -> str:
        if self.capacity == 0:
            if self.load:
                return f"closed, {self.load} unit-days demanded"
            return "closed, nothing demanded"
        words = f"{self.utilisation} %: {self.load} of {self.capacity} unit-days demanded"
        if self.over_days:
            words += f"; over capacity on {self.over_days} day{'s' if self.over_days > 1 else ''}"
        return words


@dataclass
class Row:
    resource: Resource
    cells: list[Cell]
    load: int  # unit-days in the window
    over_days: int

    @property
    def overloaded(self) -> bool:
        return self.over_days > 0


@dataclass
class SiteGroup:
    site: object
    rows: list[Row]


@dataclass(frozen=True)
class WorstWeek:
    bucket: Bucket
    resources: list[Resource]  # overloaded in that week
    over_days: int  # resource-days over capacity in that week


@dataclass
class HeatMap:
    scale: str
    start: dt.date
    end: dt.date
    buckets: list[Bucket]
    groups: list[SiteGroup] = field(default_factory=list)
    worst_week: WorstWeek | None = None

    @property
    def rows(self) -> list[Row]:
        return [row for group in self.groups for row in group.rows]

    @property
    def overloaded(self) -> list[Row]:
        return [row for row in self.rows if row.overloaded]

    @property
    def has_demand(self) -> bool:
        return any(row.load for row in self.rows)


def _offsets(buckets: list[Bucket], start: dt.date) -> list[int]:
    return [(b.start - start).days for b in buckets]


def heat_map(
    resources: Iterable[Resource],
    loads: dict[int, ResourceLoad],
    scale: str,
    start: dt.date,
    end: dt.date,
) -> HeatMap:
    """Rows of cells from the daily loads of ``resource_loads`` over ``[start, end]``.

    A retired resource is shown only while work still demands it in the window."""
    buckets = buckets_between(start, end, scale)
    offsets = _offsets(buckets, start)
    result = HeatMap(scale, start, end, buckets)
    groups: dict[int, SiteGroup] = {}
    for resource in resources:
        daily = loads[resource.pk]
        if not resource.active and not daily.load.any():
            continue
        over = daily.load > daily.capacity
        caps = _sums(daily.capacity, offsets)
        demand = _sums(daily.load, offsets)
        overs = _sums(over.astype(np.int64), offsets)
        cells = [
            Cell(b, int(c), int(d), int(o), resource.code)
            for b, c, d, o in zip(buckets, caps, demand, overs, strict=True)
        ]
        row = Row(resource, cells, int(daily.load.sum()), int(over.sum()))
        groups.setdefault(resource.site_id, SiteGroup(resource.site, [])).rows.append(row)
    result.groups = sorted(groups.values(), key=lambda g: (g.site.name, g.site.pk))
    result.worst_week = worst_week([loads[row.resource.pk] for row in result.rows], start, end)
    return result


def worst_week(loads: list[ResourceLoad], start: dt.date, end: dt.date) -> WorstWeek | None:
    """The week in which most resources are over capacity on some day (then the most
    resource-days over, then the earliest); None when nothing is ever over."""
    weeks = buckets_between(start, end, WEEK)
    offsets = _offsets(weeks, start)
    best: tuple[int, int] = (0, 0)
    found: WorstWeek | None = None
    per_resource = [
        (load.resource, _sums((load.load > load.capacity).astype(np.int64), offsets))
        for load in loads
    ]
    for index, bucket in enumerate(weeks):
        hit = [(resource, int(days[index])) for resource, days in per_resource if days[index]]
        key = (len(hit), sum(days for _, days in hit))
        if key > best:
            best = key
            found = WorstWeek(bucket, [resource for resource, _ in hit], key[1])
    return found


def resources_for(user, *, site=None, kind: str = "", query: str = "") -> QuerySet:
    """The resources the heat map shows to ``user``, narrowed by the page's filters."""
    rows = resources_visible_to(user)
    if site is not None:
        rows = rows.filter(site=site)
    if kind:
        rows = rows.filter(kind=kind)
    if query:
        rows = rows.filter(
            Q(code__icontains=query) | Q(name__icontains=query) | Q(description__icontains=query)
        )
    return rows.order_by("site__name", "code")


def heat_map_for(user, resources: QuerySet, scale: str, start: dt.date, end: dt.date) -> HeatMap:
    """The heat map of ``resources`` with the work of the projects ``user`` may see."""
    resources = list(resources)
    loads = resource_loads(resources, start, end, projects=projects_visible_to(user))
    return heat_map(resources, loads, scale, start, end)


# --------------------------------------------------------------------------- one resource


@dataclass(frozen=True)
class ProjectShare:
    project: object
    unit_days: int
    share: int  # % of the resource's load in the window


@dataclass(frozen=True)
class TaskRow:
    task: object
    units: int
    start: dt.date
    finish: dt.date
    unit_days: int  # in the window


@dataclass(frozen=True)
class Period:
    """Days over capacity in a row; days the resource rests with nothing asked of it (a
    weekend between two overloaded weeks) do not break a period."""

    start: dt.date
    end: dt.date
    days_over: int
    excess: int  # most units demanded beyond capacity on one day
    tasks: list[TaskLoad]


@dataclass
class Drilldown:
    resource: Resource
    start: dt.date
    end: dt.date
    scale: str
    buckets: list[Bucket]
    capacity: list[int]
    load: list[int]
    projects: list[ProjectShare]
    tasks: list[TaskRow]
    periods: list[Period]
    chart: dict

    @property
    def bars(self) -> list[tuple[Bucket, int, int]]:
        """Each bucket with its demanded and available unit-days."""
        return list(zip(self.buckets, self.load, self.capacity, strict=True))

    @property
    def total_load(self) -> int:
        return sum(self.load)

    @property
    def total_capacity(self) -> int:
        return sum(self.capacity)

    @property
    def utilisation(self) -> int | None:
        total = self.total_capacity
        return None if total == 0 else round(100 * self.total_load / total)

    @property
    def days_over(self) -> int:
        return sum(period.days_over for period in self.periods)


def overloaded_periods(daily: ResourceLoad, start: dt.date) -> list[Period]:
    over = daily.load > daily.capacity
    resting = (daily.capacity == 0) & (daily.load == 0)
    runs: list[list[int]] = []
    for offset in np.flatnonzero(over):
        offset = int(offset)
        if runs and resting[runs[-1][1] + 1 : offset].all():
            runs[-1][1] = offset
        else:
            runs.append([offset, offset])
    periods = []
    for first, last in runs:
        excess = daily.load[first : last + 1] - daily.capacity[first : last + 1]
        involved = [t for t in daily.tasks if ((t.days >= first) & (t.days <= last)).any()]
        periods.append(
            Period(
                start + dt.timedelta(days=first),
                start + dt.timedelta(days=last),
                int(over[first : last + 1].sum()),
                int(excess.max()),
                sorted(involved, key=lambda t: (t.start, t.task.project.code, t.task.wbs)),
            )
        )
    return periods


def drilldown(daily: ResourceLoad, start: dt.date, end: dt.date, scale: str) -> Drilldown:
    buckets = buckets_between(start, end, scale)
    offsets = _offsets(buckets, start)
    total = int(daily.load.sum())
    projects = {t.task.project_id: t.task.project for t in daily.tasks}
    shares = sorted(
        (
            ProjectShare(projects[pk], int(days.sum()), round(100 * int(days.sum()) / total))
            for pk, days in daily.by_project.items()
            if days.any()
        ),
        key=lambda s: (-s.unit_days, s.project.code),
    )
    tasks = sorted(
        (
            TaskRow(t.task, t.units, t.start, t.finish, t.units * int(t.days.size))
            for t in daily.tasks
        ),
        key=lambda r: (r.start, r.task.project.code, r.task.wbs, r.task.name),
    )
    capacity = [int(v) for v in _sums(daily.capacity, offsets)]
    load = [int(v) for v in _sums(daily.load, offsets)]
    chart = {
        "labels": [b.short for b in buckets],
        "titles": [b.label for b in buckets],
        "capacity": capacity,
        "projects": [
            {
                "label": f"{s.project.code} ({s.project.sponsor.name})",
                "data": [int(v) for v in _sums(daily.by_project[s.project.pk], offsets)],
            }
            for s in shares
        ],
        "unit": "units" if scale == DAY else "unit-days",
    }
    return Drilldown(
        daily.resource,
        start,
        end,
        scale,
        buckets,
        capacity,
        load,
        shares,
        tasks,
        overloaded_periods(daily, start),
        chart,
    )


def drilldown_for(user, resource: Resource, start: dt.date, end: dt.date, scale: str) -> Drilldown:
    loads = resource_loads([resource], start, end, projects=projects_visible_to(user))
    return drilldown(loads[resource.pk], start, end, scale)
