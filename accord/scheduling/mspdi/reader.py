"""Read a Microsoft Project XML (MSPDI) file into a :class:`Network`.

What a day-granular CPM engine cannot represent (resource-driven scheduling, recurring
calendar exceptions, elapsed or percentage lags, split tasks ...) is listed in
:attr:`MspdiImport.notes`, never silently dropped. Fields that MS Project computes
(start, finish, slack, critical ...) are recomputed here.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET  # noqa: S405 - see _parse: expat fetches no entities
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import IO

from accord.scheduling.calendar import Calendar
from accord.scheduling.errors import InvalidNetworkError, MspdiError
from accord.scheduling.model import Activity, Constraint, Link, Network, ThreePoint
from accord.scheduling.mspdi import format as fmt

_WEEKDAY_OF_DAYTYPE = {1: 6, 2: 0, 3: 1, 4: 2, 5: 3, 6: 4, 7: 5}  # MSPDI 1=Sunday


@dataclass(frozen=True)
class MspdiImport:
    """The network read from the file and what the reader could not represent."""

    network: Network
    notes: list[str] = field(default_factory=list)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(element: ET.Element, name: str) -> list[ET.Element]:
    return [c for c in element if _local(c.tag) == name]


def _child(element: ET.Element | None, name: str) -> ET.Element | None:
    if element is None:
        return None
    for c in element:
        if _local(c.tag) == name:
            return c
    return None


def _text(element: ET.Element | None, name: str, default: str | None = None) -> str | None:
    c = _child(element, name)
    if c is None or c.text is None or not c.text.strip():
        return default
    return c.text.strip()


def _int(element: ET.Element | None, name: str, default: int | None = None) -> int | None:
    value = _text(element, name)
    if value is None:
        return default
    try:
        return int(float(value))
    except ValueError:
        raise MspdiError(f"<{name}> should be a number, got {value!r}") from None


def _datetime(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise MspdiError(f"not a date and time: {value!r}") from None


def _parse(source: str | Path | bytes | IO[bytes]) -> ET.Element:
    """Parse the XML. Python's expat parser resolves no external entities and caps
    entity expansion, so a hostile file cannot read local files or exhaust memory."""
    label = "input"
    try:
        if isinstance(source, bytes):
            return ET.fromstring(source)  # noqa: S314
        if isinstance(source, str | Path):
            label = str(source)
            with open(source, "rb") as handle:
                data = handle.read()
            return ET.fromstring(data)  # noqa: S314
        label = getattr(source, "name", label)
        return ET.fromstring(source.read())  # noqa: S314
    except FileNotFoundError:
        raise MspdiError(f"{label}: no such file") from None
    except IsADirectoryError:
        raise MspdiError(f"{label}: is a directory, not a file") from None
    except OSError as exc:
        raise MspdiError(f"{label}: cannot read it ({exc.strerror or exc})") from None
    except ET.ParseError as exc:
        raise MspdiError(f"{label}: not well-formed XML ({exc})") from None


def read_mspdi(source: str | Path | bytes | IO[bytes]) -> MspdiImport:
    """Read an MSPDI file (a path, bytes or a binary file object).

    Activity ids are the tasks' UIDs as strings. Raises :class:`MspdiError` for a file
    that is missing, not XML or not an MS Project document.
    """
    root = _parse(source)
    if _local(root.tag) != "Project":
        raise MspdiError(
            f"not a Microsoft Project XML file: the root element is <{_local(root.tag)}>, "
            "not <Project>"
        )
    return _Reader(root).read()


class _Reader:
    def __init__(self, root: ET.Element) -> None:
        self.root = root
        self.notes: list[str] = []
        self.minutes_per_day = float(
            _int(root, "MinutesPerDay", fmt.DEFAULT_MINUTES_PER_DAY) or fmt.DEFAULT_MINUTES_PER_DAY
        )
        self.rounded: list[str] = []
        self.day_names: dict[date, str] = {}  # what the calendar's exceptions are called
        self.task_calendars: dict[str, Calendar] = {}
        self.project_calendar = Calendar()
        self.splits: list[tuple[str, ET.Element]] = []

    def note(self, message: str) -> None:
        self.notes.append(message)

    def read(self) -> MspdiImport:
        root = self.root
        start = _datetime(_text(root, "StartDate"))
        if _text(root, "ScheduleFromStart", "1") == "0":
            self.note(
                "the project is scheduled from its finish date; Accord schedules it "
                "forward from its start date"
            )
        calendar_uid = _text(root, "CalendarUID")
        calendar = self.calendar(calendar_uid)
        self.project_calendar = calendar
        status = _datetime(_text(root, "StatusDate"))
        activities, links, uid_calendars = self.tasks(calendar_uid)
        if start is None:
            starts = [a.actual_start for a in activities if a.actual_start]
            start = datetime.combine(min(starts), datetime.min.time()) if starts else None
            if start is None:
                raise MspdiError("the project has no <StartDate>")
        data_date = None
        if status is not None:  # the status date is the last day of known progress
            data_date = calendar.next_working_day(status.date() + timedelta(days=1))
        else:
            actual = [d for a in activities for d in (a.actual_start, a.actual_finish) if d]
            if actual:
                data_date = max(actual) + timedelta(days=1)
                self.note(f"no status date: progress is taken as known up to {max(actual)}")
        if uid_calendars:
            self.note(
                f"{len(uid_calendars)} task(s) work on a calendar of their own: "
                + ", ".join(sorted(uid_calendars, key=lambda u: (len(u), u))[:10])
            )
        activities = self.keep_split_spans(activities, calendar, data_date)
        if self.rounded:
            self.note(
                f"durations or lags not in whole days were rounded up to whole days "
                f"for {len(self.rounded)} item(s): " + ", ".join(self.rounded[:10])
            )
        self.resources()
        name = _text(root, "Title") or _text(root, "Name") or ""
        try:
            network = Network(
                activities,
                links,
                project_start=start.date(),
                calendar=calendar,
                data_date=data_date,
                name=name,
            )
        except InvalidNetworkError as exc:
            raise MspdiError(str(exc)) from None
        return MspdiImport(network, self.notes)

    def calendar(self, uid: str | None) -> Calendar:
        calendars = {
            _text(c, "UID"): c
            for c in _children(_child(self.root, "Calendars") or ET.Element("x"), "Calendar")
        }
        if uid is None or uid not in calendars:
            self.note("no project calendar found: Monday to Friday is used")
            return Calendar()
        chain, seen = [], set()
        current: str | None = uid
        while current is not None and current in calendars and current not in seen:
            seen.add(current)
            chain.append(calendars[current])
            base = _text(calendars[current], "BaseCalendarUID")
            current = base if base not in (None, "-1") else None
        weekdays: dict[int, bool] = {}
        holidays: set[date] = set()
        extras: set[date] = set()
        for element in reversed(chain):  # the base first, then what derives from it
            self.calendar_days(element, weekdays, holidays, extras)
        working = frozenset(d for d in range(7) if weekdays.get(d, d < 5))
        if not working:
            raise MspdiError("the project calendar has no working weekday")
        holidays -= extras
        return Calendar(
            working,
            frozenset(holidays),
            frozenset(extras),
            name=_text(chain[0], "Name") or "Standard",
            names={d: n for d, n in self.day_names.items() if d in holidays or d in extras},
        )

    def task_calendar(self, uid: str) -> Calendar | None:
        """A task's own calendar (None when it is missing: the project's is used)."""
        if uid not in self.task_calendars:
            known = {
                _text(c, "UID")
                for c in _children(_child(self.root, "Calendars") or ET.Element("x"), "Calendar")
            }
            self.task_calendars[uid] = self.calendar(uid) if uid in known else None
        return self.task_calendars[uid]

    def keep_split_spans(
        self, activities: list[Activity], calendar: Calendar, data_date: date | None
    ) -> list[Activity]:
        """Split tasks: MS Project interrupts their work; the engine cannot, so each keeps
        the total span the file gives it (first day to last day), gaps included."""
        by_id = {a.id: i for i, a in enumerate(activities)}
        out = list(activities)
        for uid, task in self.splits:
            i = by_id.get(uid)
            if i is None:
                continue
            a = out[i]
            cal = a.calendar or calendar
            start = _datetime(_text(task, "Start"))
            finish = _datetime(_text(task, "Finish"))
            label = f"task {uid} ({a.name})" if a.name else f"task {uid}"
            if start is None or finish is None or finish.date() < start.date():
                self.note(f"{label} is split; its work is scheduled without the interruption")
                continue
            span = cal.working_days_between(start.date(), finish.date() + timedelta(days=1))
            if a.actual_start is not None and a.actual_finish is None and data_date:
                left = cal.working_days_between(
                    max(data_date, start.date()), finish.date() + timedelta(days=1)
                )
                out[i] = replace(a, remaining_duration=max(left, 1))
            elif a.actual_start is None:
                out[i] = replace(a, duration=max(span, a.duration))
            self.note(
                f"{label} is split (its work stops and resumes); it is scheduled as one "
                f"stretch over its whole span of {span} working day(s), the gap included"
            )
        return out

    def calendar_days(
        self, element: ET.Element, weekdays: dict[int, bool], holidays: set[date], extras: set[date]
    ) -> None:
        name = _text(element, "Name") or _text(element, "UID")
        for day in _children(_child(element, "WeekDays") or ET.Element("x"), "WeekDay"):
            day_type = _int(day, "DayType", -1)
            working = _text(day, "DayWorking", "0") == "1"
            if day_type in _WEEKDAY_OF_DAYTYPE:
                weekdays[_WEEKDAY_OF_DAYTYPE[day_type]] = working
            elif day_type == 0:  # MS Project 2003's exceptions
                self.exception_range(_child(day, "TimePeriod"), working, holidays, extras)
        for exc in _children(_child(element, "Exceptions") or ET.Element("x"), "Exception"):
            kind = _int(exc, "Type", 1)
            if kind != 1 and _int(exc, "Occurrences", 1) != 1:
                self.note(
                    f"calendar {name}: the recurring exception "
                    f"{_text(exc, 'Name') or ''!r} is not understood and is ignored"
                )
                continue
            working = _text(exc, "DayWorking", "0") == "1"
            self.exception_range(
                _child(exc, "TimePeriod"), working, holidays, extras, _text(exc, "Name")
            )
        if _child(element, "WorkWeeks") is not None and len(_child(element, "WorkWeeks")):
            self.note(f"calendar {name}: alternate work weeks are not understood and are ignored")

    def exception_range(
        self,
        period: ET.Element | None,
        working: bool,
        holidays: set[date],
        extras: set[date],
        name: str | None = None,
    ) -> None:
        first = _datetime(_text(period, "FromDate"))
        last = _datetime(_text(period, "ToDate"))
        if first is None or last is None:
            return
        day = first.date()
        while day <= last.date():
            (extras if working else holidays).add(day)
            (holidays if working else extras).discard(day)
            if name:
                self.day_names[day] = name
            else:
                self.day_names.pop(day, None)
            day += timedelta(days=1)

    def days(self, text: str | None, label: str, minutes_per_day: float | None = None) -> int:
        if text is None:
            return 0
        per_day = minutes_per_day or self.minutes_per_day
        try:
            minutes = fmt.parse_duration_minutes(text, per_day)
        except ValueError as exc:
            raise MspdiError(f"{label}: {exc}") from None
        value = minutes / per_day
        if abs(value - round(value)) > 1e-6:
            self.rounded.append(label)
            return math.ceil(value - 1e-6)
        return round(value)

    def estimate(self, task: ET.Element, label: str) -> ThreePoint | None:
        values = {}
        for attr in _children(task, "ExtendedAttribute"):
            field_id = _int(attr, "FieldID")
            if field_id in fmt.ESTIMATE_FIELDS and _text(attr, "Value"):
                minutes = fmt.parse_duration_minutes(_text(attr, "Value"), self.minutes_per_day)
                values[field_id] = minutes / self.minutes_per_day
        if not values:
            return None
        if len(values) < 3:
            self.note(
                f"{label}: a three-point estimate needs Duration1, Duration2 and "
                "Duration3; the partial one is ignored"
            )
            return None
        try:
            return ThreePoint(*(values[f] for f in fmt.ESTIMATE_FIELDS))
        except InvalidNetworkError as exc:
            self.note(f"{label}: {exc}; the estimate is ignored")
            return None

    def tasks(self, calendar_uid: str | None) -> tuple[list[Activity], list[Link], set[str]]:
        tasks_element = _child(self.root, "Tasks")
        elements = _children(tasks_element, "Task") if tasks_element is not None else []
        kept: list[tuple[str, int, ET.Element]] = []
        skipped: set[str] = set()
        unknown: Counter[str] = Counter()
        for task in elements:
            uid = _text(task, "UID")
            if uid is None:
                raise MspdiError("a <Task> has no <UID>")
            if _text(task, "IsNull") == "1" or uid == "0" and _int(task, "OutlineLevel") == 0:
                continue  # a blank row, or the project summary task
            if _text(task, "Active") == "0":
                skipped.add(uid)
                self.note(
                    f"task {uid} ({_text(task, 'Name', '')}) is inactive and is left "
                    "out, with its links"
                )
                continue
            unknown.update(
                _local(c.tag) for c in task if _local(c.tag) not in fmt.TASK_FIELDS_KNOWN
            )
            kept.append((uid, _int(task, "OutlineLevel", 1) or 1, task))
        if unknown:
            self.note("task fields not understood and ignored: " + ", ".join(sorted(unknown)))

        parents: dict[str, str | None] = {}
        stack: list[tuple[int, str]] = []
        for uid, level, _ in kept:
            while stack and stack[-1][0] >= level:
                stack.pop()
            parents[uid] = stack[-1][1] if stack else None
            stack.append((level, uid))

        has_children = {p for p in parents.values() if p is not None}
        activities: list[Activity] = []
        links: list[Link] = []
        task_calendars: set[str] = set()
        for uid, _, task in kept:
            name = _text(task, "Name", "") or ""
            label = f"task {uid} ({name})" if name else f"task {uid}"
            self.task_notes(task, label)
            activity = self.activity(task, uid, name, label, parents[uid])
            cal = _text(task, "CalendarUID")
            if cal not in (None, "-1", calendar_uid) and activity.calendar is None:
                own = self.task_calendar(cal)
                if own is None:
                    self.note(f"{label}: its calendar {cal} is not in the file; ignored")
                elif own != self.project_calendar:
                    activity = replace(activity, calendar=own)
                    task_calendars.add(uid)
            if self.is_split(task):
                self.splits.append((uid, task))
            if uid in has_children:  # a summary's duration is its children's span
                activity = replace(activity, duration=0)
            activities.append(activity)
            for link in _children(task, "PredecessorLink"):
                parsed = self.link(link, uid, label, skipped)
                if parsed is not None:
                    links.append(parsed)
        return activities, links, task_calendars

    def task_notes(self, task: ET.Element, label: str) -> None:
        if _text(task, "Manual") == "1":
            self.note(
                f"{label} is manually scheduled in MS Project; Accord schedules it automatically"
            )
        if _text(task, "Deadline"):
            self.note(
                f"{label}: its deadline is ignored (add a 'finish no later than' "
                "constraint to have it drive float)"
            )
        if (_int(task, "LevelingDelay", 0) or 0) != 0:
            self.note(f"{label}: its leveling delay is ignored")
        if (
            _text(task, "Recurring") == "1"
            or _text(task, "IsSubproject") == "1"
            or _text(task, "ExternalTask") == "1"
        ):
            self.note(
                f"{label}: recurring, inserted-project and external tasks are read as plain tasks"
            )

    def is_split(self, task: ET.Element) -> bool:
        """True when the task's work stops and resumes later: ``Resume`` after the
        working day that follows ``Stop`` (MS Project's marks of an interruption)."""
        stop = _datetime(_text(task, "Stop"))
        resume = _datetime(_text(task, "Resume"))
        if stop is None or resume is None:
            return False
        cal = self.project_calendar
        return resume.date() > cal.next_working_day(stop.date() + timedelta(days=1))

    def activity(
        self, task: ET.Element, uid: str, name: str, label: str, parent: str | None
    ) -> Activity:
        calendar = None
        if _int(task, "DurationFormat", fmt.FORMAT_DAYS) in fmt.ELAPSED_FORMATS:
            # Elapsed time runs round the clock, every day: 720 hours are 30 calendar
            # days, not 90 working days of 8 hours.
            calendar = fmt.CONTINUOUS
            duration = self.days(_text(task, "Duration"), label, minutes_per_day=1440)
            self.note(f"{label}: its elapsed duration of {duration} day(s) runs every day")
        else:
            duration = self.days(_text(task, "Duration"), label)
        if _text(task, "Milestone") == "1" and duration:
            self.note(
                f"{label} is marked as a milestone but lasts {duration} day(s); it is "
                "scheduled as an activity"
            )
        constraint = None
        code = _int(task, "ConstraintType", fmt.ASAP)
        if code in fmt.CONSTRAINT_BY_CODE:
            when = _datetime(_text(task, "ConstraintDate"))
            if when is None:
                self.note(f"{label}: constraint without a date is ignored")
            else:
                constraint = Constraint(fmt.CONSTRAINT_BY_CODE[code], when.date())
        elif code not in (fmt.ASAP, fmt.ALAP, None):
            self.note(f"{label}: constraint type {code} is not understood and is ignored")
        actual_start = _datetime(_text(task, "ActualStart"))
        actual_finish = _datetime(_text(task, "ActualFinish"))
        remaining = None
        if actual_start and not actual_finish and _text(task, "RemainingDuration"):
            per_day = 1440 if calendar is fmt.CONTINUOUS else None
            remaining = self.days(_text(task, "RemainingDuration"), label, per_day)
        return Activity(
            id=uid,
            name=name,
            duration=duration,
            constraint=constraint,
            actual_start=actual_start.date() if actual_start else None,
            actual_finish=actual_finish.date() if actual_finish else None,
            remaining_duration=remaining,
            estimate=self.estimate(task, label),
            parent=parent,
            calendar=calendar,
            alap=code == fmt.ALAP,
        )

    def link(self, element: ET.Element, uid: str, label: str, skipped: set[str]) -> Link | None:
        pred = _text(element, "PredecessorUID")
        if pred is None:
            raise MspdiError(f"{label}: a predecessor link has no <PredecessorUID>")
        if _text(element, "CrossProject") == "1":
            self.note(
                f"{label}: the link from another project "
                f"({_text(element, 'CrossProjectName', '?')}) is ignored"
            )
            return None
        if pred in skipped:
            return None
        code = _int(element, "Type", 1)
        if code not in fmt.LINK_TYPE_BY_CODE:
            self.note(f"{label}: link type {code} from task {pred} is not understood; read as FS")
            code = 1
        lag_tenths = _int(element, "LinkLag", 0) or 0
        lag_format = _int(element, "LagFormat", fmt.FORMAT_DAYS)
        where = f"{label}, link from {pred}"
        if lag_format in fmt.PERCENT_FORMATS:
            self.note(f"{where}: a percentage lag is not supported and is read as no lag")
            lag = 0
        elif lag_format in fmt.ELAPSED_FORMATS:
            calendar_days = lag_tenths / 10 / 1440
            lag = round(calendar_days * 5 / 7)
            self.note(
                f"{where}: an elapsed lag of {calendar_days:g} calendar days is read "
                f"as {lag} working days"
            )
        else:
            days = lag_tenths / 10 / self.minutes_per_day
            lag = round(days)
            if abs(days - lag) > 1e-6:
                lag = math.ceil(days - 1e-6)
                self.rounded.append(where)
        return Link(pred, uid, fmt.LINK_TYPE_BY_CODE[code], lag)

    def resources(self) -> None:
        assignments = _child(self.root, "Assignments")
        count = 0
        if assignments is not None:
            for a in _children(assignments, "Assignment"):
                if _text(a, "ResourceUID") not in (None, "-65535"):
                    count += 1
        if count:
            self.note(
                f"{count} resource assignment(s) are ignored: activities are scheduled "
                "by duration, without resource levelling or effort-driven changes"
            )
