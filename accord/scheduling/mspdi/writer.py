"""Write a :class:`Network` (and its schedule) as Microsoft Project XML (MSPDI).

Elements follow the order of Microsoft's schema, which MS Project requires; the file
also opens in ProjectLibre and MPXJ. The day is 8 hours (08:00-12:00, 13:00-17:00),
durations and lags are written in days, three-point estimates in Duration1/2/3 as MS
Project's PERT analysis does, and the data date as the status date (the last day of
known progress, at 17:00).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET  # noqa: S405 - used to build, never to parse, here
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import IO

from accord.scheduling.cpm import Schedule, schedule
from accord.scheduling.model import Activity, Assignment, Link, Network, Resource
from accord.scheduling.mspdi import format as fmt

_DAY_START, _DAY_END = time(8, 0), time(17, 0)
_WORKING_TIMES = (("08:00:00", "12:00:00"), ("13:00:00", "17:00:00"))
_DAYTYPE_OF_WEEKDAY = {6: 1, 0: 2, 1: 3, 2: 4, 3: 5, 4: 6, 5: 7}


def _stamp(day: date, at: time) -> str:
    return datetime.combine(day, at).isoformat(timespec="seconds")


class _Builder:
    def __init__(self, root: ET.Element) -> None:
        self.stack = [root]

    def add(self, tag: str, text: object | None = None) -> ET.Element:
        element = ET.SubElement(self.stack[-1], tag)
        if text is not None:
            element.text = str(text)
        return element

    def open(self, tag: str) -> _Builder:
        self.stack.append(self.add(tag))
        return self

    def __enter__(self) -> _Builder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stack.pop()


def _uids(activities: list[Activity]) -> dict[str, int]:
    """Numeric ids keep their value as the UID (a round trip keeps them); others count up."""
    ids = [a.id for a in activities]
    if all(i.isdigit() and int(i) > 0 for i in ids) and len(set(map(int, ids))) == len(ids):
        return {i: int(i) for i in ids}
    return {i: n for n, i in enumerate(ids, start=1)}


def _outline(activities: list[Activity]) -> list[tuple[Activity, int, str]]:
    """Activities in outline order (each summary followed by its children)."""
    children: dict[str | None, list[Activity]] = {}
    for a in activities:
        children.setdefault(a.parent, []).append(a)
    out: list[tuple[Activity, int, str]] = []

    def walk(parent: str | None, level: int, prefix: str) -> None:
        for number, a in enumerate(children.get(parent, []), start=1):
            outline = f"{prefix}{number}"
            out.append((a, level, outline))
            walk(a.id, level + 1, outline + ".")

    walk(None, 1, "")
    return out


def write_mspdi(
    network: Network,
    target: str | Path | IO[bytes] | None = None,
    *,
    plan: Schedule | None = None,
    resources: Sequence[Resource] = (),
    assignments: Sequence[Assignment] = (),
) -> bytes:
    """Serialise ``network`` as MSPDI; write it to ``target`` if given; return the bytes.

    Start and finish dates come from ``plan`` (computed with :func:`schedule` when not
    given) so the file shows the schedule even before MS Project recalculates it.
    ``resources`` (people) go to the resource sheet and ``assignments`` put them on
    activities (the role as the assignment's note).
    """
    plan = plan if plan is not None else schedule(network)
    activities = list(network.activities)
    uids = _uids(activities)
    rows = {aid: i for i, aid in enumerate(plan.ids)}
    minutes_per_week = fmt.DEFAULT_MINUTES_PER_DAY * len(network.calendar.working_weekdays)
    has_estimates = any(a.estimate is not None for a in activities)

    root = ET.Element("Project", xmlns=fmt.NAMESPACE)
    b = _Builder(root)
    b.add("SaveVersion", 14)
    b.add("Name", network.name or "Accord plan")
    b.add("Title", network.name or "Accord plan")
    b.add("ScheduleFromStart", 1)
    b.add("StartDate", _stamp(network.project_start, _DAY_START))
    b.add("FinishDate", _stamp(plan.project_finish, _DAY_END))
    b.add("CriticalSlackLimit", 0)
    b.add("CalendarUID", 1)
    b.add("DefaultStartTime", "08:00:00")
    b.add("DefaultFinishTime", "17:00:00")
    b.add("MinutesPerDay", fmt.DEFAULT_MINUTES_PER_DAY)
    b.add("MinutesPerWeek", minutes_per_week)
    b.add("DaysPerMonth", 20)
    b.add("DefaultTaskType", 1)
    b.add("DurationFormat", fmt.FORMAT_DAYS)
    b.add("HonorConstraints", 1)
    if network.data_date is not None:
        status = network.calendar.previous_working_day(network.data_date - timedelta(days=1))
        b.add("StatusDate", _stamp(status, _DAY_END))
    if has_estimates:
        with b.open("ExtendedAttributes"):
            for field_id in fmt.ESTIMATE_FIELDS:
                with b.open("ExtendedAttribute"):
                    b.add("FieldID", field_id)
                    b.add("FieldName", fmt.ESTIMATE_FIELD_NAMES[field_id])
    calendar_uids = _calendar_uids(network)
    with b.open("Calendars"):
        for cal, uid in calendar_uids.items():
            _write_calendar(b, cal, uid)
    links_into: dict[str, list[Link]] = {}
    for link in network.links:
        links_into.setdefault(link.successor, []).append(link)
    with b.open("Tasks"):
        _write_summary_task(b, network, plan)
        for number, (a, level, outline) in enumerate(_outline(activities), start=1):
            _write_task(
                b,
                network,
                a,
                (number, level, outline),
                uids,
                plan,
                rows[a.id],
                links_into,
                calendar_uids,
            )
    _write_resources(b, resources, assignments, uids)
    ET.indent(root)
    data = ET.tostring(root, encoding="UTF-8", xml_declaration=True)
    if isinstance(target, str | Path):
        Path(target).write_bytes(data)
    elif target is not None:
        target.write(data)
    return data


def _write_resources(
    b: _Builder,
    resources: Sequence[Resource],
    assignments: Sequence[Assignment],
    uids: dict[str, int],
) -> None:
    """The resource sheet (work resources) and who works on which task."""
    if not resources:
        return
    resource_uids = {r.id: n for n, r in enumerate(resources, start=1)}
    with b.open("Resources"):
        for r in resources:
            with b.open("Resource"):
                b.add("UID", resource_uids[r.id])
                b.add("ID", resource_uids[r.id])
                b.add("Name", r.name)
                b.add("Type", fmt.RESOURCE_WORK)
                b.add("IsNull", 0)
    known = [a for a in assignments if a.activity in uids and a.resource in resource_uids]
    if not known:
        return
    with b.open("Assignments"):
        for number, a in enumerate(known, start=1):
            with b.open("Assignment"):
                b.add("UID", number)
                b.add("TaskUID", uids[a.activity])
                b.add("ResourceUID", resource_uids[a.resource])
                if a.role:
                    b.add("Notes", a.role)
                b.add("Units", 1)


def _calendar_uids(network: Network) -> dict:
    """The project calendar as UID 1, then each task calendar once."""
    uids = {network.calendar: 1}
    for a in network.activities:
        if a.calendar is not None and a.calendar not in uids:
            uids[a.calendar] = len(uids) + 1
    return uids


def _write_calendar(b: _Builder, cal, uid: int) -> None:
    with b.open("Calendar"):
        b.add("UID", uid)
        b.add("Name", cal.name or "Standard")
        b.add("IsBaseCalendar", 1)
        b.add("BaseCalendarUID", -1)
        with b.open("WeekDays"):
            for weekday in (6, 0, 1, 2, 3, 4, 5):
                with b.open("WeekDay"):
                    b.add("DayType", _DAYTYPE_OF_WEEKDAY[weekday])
                    working = weekday in cal.working_weekdays
                    b.add("DayWorking", int(working))
                    if working:
                        _write_working_times(b)
        days = sorted(
            [(d, False) for d in cal.holidays] + [(d, True) for d in cal.extra_working_days]
        )
        if days:
            with b.open("Exceptions"):
                for day, working in days:
                    with b.open("Exception"):
                        b.add("EnteredByOccurrences", 0)
                        with b.open("TimePeriod"):
                            b.add("FromDate", _stamp(day, time(0, 0)))
                            b.add("ToDate", _stamp(day, time(23, 59)))
                        b.add("Occurrences", 1)
                        default = "Working day" if working else "Holiday"
                        b.add("Name", cal.names.get(day) or default)
                        b.add("Type", 1)
                        b.add("DayWorking", int(working))
                        if working:
                            _write_working_times(b)


def _write_working_times(b: _Builder) -> None:
    with b.open("WorkingTimes"):
        for start, finish in _WORKING_TIMES:
            with b.open("WorkingTime"):
                b.add("FromTime", start)
                b.add("ToTime", finish)


def _write_summary_task(b: _Builder, network: Network, plan: Schedule) -> None:
    start = plan.early_start.min().item()
    with b.open("Task"):
        b.add("UID", 0)
        b.add("ID", 0)
        b.add("Name", network.name or "Accord plan")
        b.add("Type", 1)
        b.add("IsNull", 0)
        b.add("OutlineNumber", 0)
        b.add("OutlineLevel", 0)
        b.add("Start", _stamp(start, _DAY_START))
        b.add("Finish", _stamp(plan.project_finish, _DAY_END))
        span = network.calendar.working_days_between(start, plan.project_finish) + 1
        b.add("Duration", fmt.format_duration(span))
        b.add("DurationFormat", fmt.FORMAT_DAYS)
        b.add("Summary", 1)


def _write_task(
    b: _Builder,
    network: Network,
    a: Activity,
    place: tuple[int, int, str],
    uids: dict[str, int],
    plan: Schedule,
    row: int,
    links_into: dict[str, list[Link]],
    calendar_uids: dict,
) -> None:
    number, level, outline = place
    summary = bool(plan.summary[row])
    start, finish = plan.early_start[row].item(), plan.early_finish[row].item()
    duration = int(plan.duration[row]) if summary else a.duration
    remaining = None
    cal = a.calendar or network.calendar
    if a.actual_start is not None and a.actual_finish is None and a.duration > 0:
        elapsed = cal.working_days_between(a.actual_start, network.data_date)
        remaining = cal.working_days_between(
            max(network.data_date, a.actual_start), finish + timedelta(days=1)
        )
        duration = elapsed + remaining
    milestone = duration == 0 and not summary
    with b.open("Task"):
        b.add("UID", uids[a.id])
        b.add("ID", number)
        b.add("Name", a.name or a.id)
        b.add("Active", 1)
        b.add("Manual", 0)
        b.add("Type", 1)
        b.add("IsNull", 0)
        b.add("OutlineNumber", outline)
        b.add("OutlineLevel", level)
        # A milestone is an instant: 17:00 when a finish drives it, else 08:00.
        instant = _DAY_END if plan.milestone_at_day_end[row] else _DAY_START
        b.add("Start", _stamp(start, instant if milestone else _DAY_START))
        b.add("Finish", _stamp(finish, instant if milestone else _DAY_END))
        b.add("Duration", fmt.format_duration(duration))
        b.add("DurationFormat", fmt.FORMAT_DAYS)
        b.add("Estimated", 0)
        b.add("Milestone", int(milestone))
        b.add("Summary", int(summary))
        done = (
            duration
            if a.actual_finish is not None
            else (duration - remaining if remaining is not None else 0)
        )
        b.add(
            "PercentComplete",
            round(100 * done / duration)
            if duration
            else (100 if a.actual_finish or a.actual_start else 0),
        )
        if a.actual_start is not None:
            b.add("ActualStart", _stamp(a.actual_start, _DAY_START))
        if a.actual_finish is not None:
            b.add("ActualFinish", _stamp(a.actual_finish, _DAY_END))
        b.add("ActualDuration", fmt.format_duration(done))
        b.add("RemainingDuration", fmt.format_duration(duration - done))
        c = a.constraint if not summary else None
        code = fmt.CONSTRAINT_CODE_BY_TYPE[c.type] if c else fmt.ASAP
        b.add("ConstraintType", fmt.ALAP if a.alap and not summary and not c else code)
        b.add("CalendarUID", calendar_uids[a.calendar] if a.calendar is not None else -1)
        if c is not None:
            b.add("ConstraintDate", _stamp(c.date, _DAY_START if c.type.on_start else _DAY_END))
        for link in links_into.get(a.id, ()):
            with b.open("PredecessorLink"):
                b.add("PredecessorUID", uids[link.predecessor])
                b.add("Type", fmt.LINK_CODE_BY_TYPE[link.type])
                b.add("CrossProject", 0)
                b.add("LinkLag", link.lag * fmt.DEFAULT_MINUTES_PER_DAY * 10)
                b.add("LagFormat", fmt.FORMAT_DAYS)
        if a.estimate is not None:
            values = (a.estimate.optimistic, a.estimate.most_likely, a.estimate.pessimistic)
            for field_id, days in zip(fmt.ESTIMATE_FIELDS, values, strict=True):
                with b.open("ExtendedAttribute"):
                    b.add("FieldID", field_id)
                    b.add("Value", fmt.format_duration(days))
                    b.add("DurationFormat", fmt.FORMAT_DAYS)
