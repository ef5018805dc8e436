"""Read a Primavera P6 export (XER) into a :class:`Network`.

An XER file is tab-separated text: ``%T`` names a table, ``%F`` its fields, each ``%R``
is a row and ``%E`` ends the file. The reader takes one project's PROJECT row (planned
start and data date), its CALENDARs (the week and the exceptions in the ``clndr_data``
blob), TASKs, TASKPREDs, PROJWBS (as summaries), and RSRC/TASKRSRC (who works on what).

P6 counts durations and lags in hours; the engine counts whole working days, so hours
become days through the hours per day of the activity's calendar (of the successor's
calendar for a lag: P6's default, and the engine's). Whatever P6 does that the engine
cannot (level of effort, secondary constraints, expected finish, resource-dependent
durations ...) is a warning naming the activity, never silently dropped, as with
:func:`~accord.scheduling.mspdi.read_mspdi`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import IO

from accord.scheduling.calendar import Calendar
from accord.scheduling.errors import InvalidNetworkError, SchedulingError
from accord.scheduling.model import (
    Activity,
    Assignment,
    Constraint,
    ConstraintType,
    Link,
    LinkType,
    Network,
    Resource,
)

_LINKS = {"PR_FS": LinkType.FS, "PR_SS": LinkType.SS, "PR_FF": LinkType.FF, "PR_SF": LinkType.SF}
_CONSTRAINTS = {
    "CS_MSO": ConstraintType.MSO,  # start on
    "CS_MSOA": ConstraintType.SNET,  # start on or after
    "CS_MSOB": ConstraintType.SNLT,  # start on or before
    "CS_MEO": ConstraintType.MFO,  # finish on
    "CS_MEOA": ConstraintType.FNET,  # finish on or after
    "CS_MEOB": ConstraintType.FNLT,  # finish on or before
    "CS_MANDSTART": ConstraintType.MSO,  # mandatory start
    "CS_MANDFIN": ConstraintType.MFO,  # mandatory finish
}
_MANDATORY = {"CS_MANDSTART", "CS_MANDFIN"}
_P6_WEEKDAY = {1: 6, 2: 0, 3: 1, 4: 2, 5: 3, 6: 4, 7: 5}  # P6 1=Sunday; Python 0=Monday
_EXCEL_EPOCH = date(1899, 12, 30)  # day 0 of the serial numbers in clndr_data


class XerError(SchedulingError):
    """A file is not a Primavera XER export the reader can use."""


@dataclass(frozen=True)
class XerImport:
    """The network read from the file, who works on it, and what could not be represented
    (the counterpart of :class:`~accord.scheduling.mspdi.MspdiImport`)."""

    network: Network
    warnings: list[str] = field(default_factory=list)
    resources: list[Resource] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    project_id: str = ""

    @property
    def notes(self) -> list[str]:
        """The warnings, under the name the MSPDI import uses."""
        return self.warnings


def is_xer(data: bytes) -> bool:
    """True when ``data`` looks like an XER export (it starts with an ERMHDR line)."""
    return data.lstrip(b"\xef\xbb\xbf \r\n\t")[:6] == b"ERMHDR"


def parse_tables(text: str) -> dict[str, list[dict[str, str]]]:
    """The tables of an XER text as lists of rows (field name -> value)."""
    tables: dict[str, list[dict[str, str]]] = {}
    name, fields = None, []
    for number, line in enumerate(text.splitlines(), start=1):
        parts = line.rstrip("\r\n").split("\t")
        tag = parts[0]
        if tag == "%T":
            name = parts[1].strip() if len(parts) > 1 else ""
            tables.setdefault(name, [])
            fields = []
        elif tag == "%F":
            fields = [f.strip() for f in parts[1:]]
        elif tag == "%R":
            if name is None or not fields:
                raise XerError(f"line {number}: a row (%R) before its table's fields (%F)")
            values = parts[1:] + [""] * (len(fields) - len(parts) + 1)
            tables[name].append(dict(zip(fields, values, strict=False)))
        elif tag == "%E":
            break
    return tables


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # P6's usual encoding


def _moment(value: str | None, where: str) -> datetime | None:
    if not value or not value.strip():
        return None
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        raise XerError(f"{where}: not a date and time: {value!r}") from None


def _day(value: str | None, where: str, finish: bool = False) -> date | None:
    """The date of a P6 moment; a finish at midnight is the end of the day before."""
    moment = _moment(value, where)
    if moment is None:
        return None
    if finish and moment.time() == datetime.min.time():
        return moment.date() - timedelta(days=1)
    return moment.date()


def _number(value: str | None, where: str) -> float:
    if not value or not value.strip():
        return 0.0
    try:
        return float(value)
    except ValueError:
        raise XerError(f"{where}: should be a number, got {value!r}") from None


def read_xer(source: str | Path | bytes | IO[bytes], project: str | None = None) -> XerImport:
    """Read an XER export (a path, bytes or a binary file object).

    ``project`` chooses a project by its ``proj_id`` or short name when the file holds
    several; without it the first is read, with a warning. Activity ids are the
    activity codes (``task_code``). Raises :class:`XerError` for a file that is
    missing, not an XER export, or without the project asked for.
    """
    label = "input"
    try:
        if isinstance(source, bytes):
            data = source
        elif isinstance(source, str | Path):
            label = str(source)
            data = Path(source).read_bytes()
        else:
            label = getattr(source, "name", label)
            data = source.read()
    except FileNotFoundError:
        raise XerError(f"{label}: no such file") from None
    except IsADirectoryError:
        raise XerError(f"{label}: is a directory, not a file") from None
    except OSError as exc:
        raise XerError(f"{label}: cannot read it ({exc.strerror or exc})") from None
    if not is_xer(data):
        raise XerError(f"{label}: not a Primavera XER file (it does not start with ERMHDR)")
    return _Reader(parse_tables(_decode(data)), project).read()


class _Reader:
    def __init__(self, tables: dict[str, list[dict[str, str]]], project: str | None) -> None:
        self.t = tables
        self.wanted = project
        self.warnings: list[str] = []
        self.calendars: dict[str, tuple[Calendar, float]] = {}
        self.rounded: list[str] = []

    def warn(self, message: str) -> None:
        self.warnings.append(message)

    def read(self) -> XerImport:
        proj = self.project()
        pid = proj.get("proj_id", "")
        where = f"project {proj.get('proj_short_name') or pid}"
        for row in self.t.get("CALENDAR", []):
            self.calendars[row.get("clndr_id", "")] = self.calendar(row)
        default_id = proj.get("clndr_id") or next(
            (r["clndr_id"] for r in self.t.get("CALENDAR", []) if r.get("default_flag") == "Y"),
            None,
        )
        if default_id not in self.calendars:
            self.warn("no project calendar found: Monday to Friday, 8 hours a day, is used")
            self.calendars[default_id or ""] = (Calendar(), 8.0)
        calendar, _ = self.calendars[default_id or ""]
        self.default_id = default_id or ""
        start = _day(proj.get("plan_start_date"), where)
        recalc = _moment(proj.get("last_recalc_date"), where)
        data_date = None
        if recalc is not None:  # the first moment of remaining work
            data_date = recalc.date() + timedelta(days=1 if recalc.hour >= 12 else 0)
        self.options(proj)
        tasks = [r for r in self.t.get("TASK", []) if r.get("proj_id", pid) == pid]
        if not tasks:
            raise XerError(f"{where} has no activities")
        activities, code_of = self.activities(tasks, pid)
        links = self.links(pid, code_of, {a.id: a for a in activities})
        if start is None:
            starts = [a.actual_start for a in activities if a.actual_start]
            start = min(starts) if starts else data_date
            if start is None:
                raise XerError(f"{where} has no planned start (plan_start_date)")
        if any(a.actual_start for a in activities) and data_date is None:
            raise XerError(f"{where} has progress but no data date (last_recalc_date)")
        if self.rounded:
            self.warn(
                f"durations or lags not in whole days were rounded up for {len(self.rounded)} "
                "item(s): " + ", ".join(self.rounded[:10])
            )
        resources, assignments = self.resources(pid, code_of)
        try:
            network = Network(
                activities,
                links,
                project_start=start,
                calendar=calendar,
                data_date=data_date,
                name=proj.get("proj_short_name") or "",
            )
        except InvalidNetworkError as exc:
            raise XerError(str(exc)) from None
        return XerImport(network, self.warnings, resources, assignments, pid)

    def project(self) -> dict[str, str]:
        projects = [r for r in self.t.get("PROJECT", []) if r.get("export_flag", "Y") != "N"]
        projects = projects or self.t.get("PROJECT", [])
        if not projects:
            raise XerError("the file has no PROJECT table: nothing to schedule")
        if self.wanted is not None:
            for p in projects:
                if self.wanted in (p.get("proj_id"), p.get("proj_short_name")):
                    return p
            names = ", ".join(p.get("proj_short_name") or p.get("proj_id", "") for p in projects)
            raise XerError(f"no project {self.wanted!r} in the file (it has: {names})")
        if len(projects) > 1:
            names = ", ".join(p.get("proj_short_name") or p.get("proj_id", "") for p in projects)
            self.warn(
                f"the file holds {len(projects)} projects ({names}); the first, "
                f"{projects[0].get('proj_short_name') or projects[0].get('proj_id')}, is read"
            )
        return projects[0]

    def options(self, proj: dict[str, str]) -> None:
        """P6 scheduling options that differ from what the engine does."""
        if proj.get("sched_retained_logic") == "N":
            self.warn(
                "P6 schedules this project with progress override; Accord uses retained "
                "logic (remaining work waits for unfinished predecessors)"
            )
        lag_calendar = proj.get("sched_calendar_on_relationship_lag", "")
        if lag_calendar and lag_calendar not in ("rcal_Successor", "Successor"):
            self.warn(
                f"P6 counts lags on the {lag_calendar.removeprefix('rcal_').lower()} "
                "calendar here; Accord counts them on the successor's"
            )

    def calendar(self, row: dict[str, str]) -> tuple[Calendar, float]:
        """A calendar and its hours per day, from the ``clndr_data`` blob."""
        name = row.get("clndr_name") or row.get("clndr_id", "")
        hours = _number(row.get("day_hr_cnt"), f"calendar {name}") or 8.0
        blob = row.get("clndr_data", "")
        weekdays = set(range(5))
        holidays: set[date] = set()
        extras: set[date] = set()
        at = blob.find("DaysOfWeek()")
        if at >= 0:
            end = min(
                (i for i in (blob.find("VIEW", at), blob.find("Exceptions()", at)) if i > 0),
                default=len(blob),
            )
            weekdays = _days_of_week(blob[at:end])
        elif blob:
            self.warn(f"calendar {name}: its working week could not be read; Mon-Fri is used")
        exceptions = blob.find("Exceptions()")
        if exceptions >= 0:
            for serial, periods in _exceptions(blob[exceptions:]):
                day = _EXCEL_EPOCH + timedelta(days=serial)
                (extras if periods else holidays).add(day)
        holidays = {d for d in holidays if d.weekday() in weekdays}
        extras = {d for d in extras if d.weekday() not in weekdays}
        if not weekdays:
            raise XerError(f"calendar {name} has no working weekday")
        return Calendar(frozenset(weekdays), frozenset(holidays), frozenset(extras), name), hours

    def activities(
        self, tasks: list[dict[str, str]], pid: str
    ) -> tuple[list[Activity], dict[str, str]]:
        codes = [t.get("task_code") or t.get("task_id", "") for t in tasks]
        use_ids = len(set(codes)) != len(codes)
        if use_ids:
            self.warn("activity codes repeat in the file; activities are named by their task_id")
        code_of: dict[str, str] = {}
        out: list[Activity] = []
        wbs_of: dict[str, str] = {}
        for t, code in zip(tasks, codes, strict=True):
            aid = t.get("task_id", "") if use_ids else code
            label = f"activity {aid} ({t.get('task_name', '')})"
            kind = t.get("task_type", "TT_Task")
            if kind in ("TT_LOE", "TT_WBS"):
                what = "level of effort" if kind == "TT_LOE" else "WBS summary"
                self.warn(
                    f"{label} is a {what} activity, which spans other activities; it is "
                    "left out, with its links (it drives nothing in P6 either)"
                )
                continue
            code_of[t.get("task_id", "")] = aid
            activity = self.activity(t, aid, label, kind)
            out.append(activity)
            if t.get("wbs_id"):
                wbs_of[aid] = t["wbs_id"]
        return self.summaries(out, wbs_of, pid), code_of

    def activity(self, t: dict[str, str], aid: str, label: str, kind: str) -> Activity:
        cal_id = t.get("clndr_id") or self.default_id
        if cal_id not in self.calendars:
            self.warn(f"{label}: its calendar {cal_id} is not in the file; the project's is used")
            cal_id = self.default_id
        cal, hours = self.calendars[cal_id]
        own = None if cal_id == self.default_id else cal
        milestone = kind in ("TT_Mile", "TT_FinMile")
        duration = 0 if milestone else self.days(t.get("target_drtn_hr_cnt"), hours, label)
        if kind == "TT_Rsrc":
            self.warn(
                f"{label}: its duration depends on its resources' calendars in P6; it is "
                "scheduled on its own calendar"
            )
        if t.get("expect_end_date"):
            self.warn(f"{label}: its expected finish is ignored (its remaining duration is used)")
        status = t.get("status_code", "TK_NotStart")
        actual_start = _day(t.get("act_start_date"), label)
        actual_finish = _day(t.get("act_end_date"), label, finish=True)
        if status == "TK_NotStart":
            actual_start = actual_finish = None
        remaining = None
        if actual_start is not None and actual_finish is None and not milestone:
            remaining = self.days(t.get("remain_drtn_hr_cnt"), hours, label)
        if milestone and actual_start is None and actual_finish is not None:
            actual_start = actual_finish
        constraint, alap = self.constraint(t, label)
        return Activity(
            id=aid,
            name=t.get("task_name", ""),
            duration=duration,
            constraint=constraint,
            actual_start=actual_start,
            actual_finish=actual_finish,
            remaining_duration=remaining,
            calendar=own,
            alap=alap,
        )

    def constraint(self, t: dict[str, str], label: str) -> tuple[Constraint | None, bool]:
        kind = t.get("cstr_type", "")
        if t.get("cstr_type2"):
            self.warn(f"{label}: its secondary constraint ({t['cstr_type2']}) is ignored")
        if not kind or kind == "CS_ASAP":
            return None, False
        if kind == "CS_ALAP":
            return None, True
        if kind not in _CONSTRAINTS:
            self.warn(f"{label}: constraint {kind} is not understood and is ignored")
            return None, False
        ctype = _CONSTRAINTS[kind]
        when = _day(t.get("cstr_date"), label, finish=not ctype.on_start)
        if when is None:
            self.warn(f"{label}: constraint {kind} without a date is ignored")
            return None, False
        if kind in _MANDATORY:
            self.warn(
                f"{label}: its mandatory {'start' if ctype.on_start else 'finish'} is read "
                f"as must {'start' if ctype.on_start else 'finish'} on"
            )
        return Constraint(ctype, when), False

    def days(self, value: str | None, hours: float, label: str) -> int:
        days = _number(value, label) / hours
        whole = round(days)
        if abs(days - whole) > 1e-6:
            self.rounded.append(label)
            return math.ceil(days - 1e-6)
        return whole

    def summaries(self, acts: list[Activity], wbs_of: dict[str, str], pid: str) -> list[Activity]:
        """WBS elements as summaries over their activities (the project node excluded)."""
        rows = {
            r["wbs_id"]: r
            for r in self.t.get("PROJWBS", [])
            if r.get("proj_id", pid) == pid and r.get("wbs_id")
        }
        if not rows or not wbs_of:
            return acts
        used: set[str] = set()
        for w in wbs_of.values():
            while w in rows and rows[w].get("proj_node_flag") != "Y" and w not in used:
                used.add(w)
                w = rows[w].get("parent_wbs_id", "")

        def sid(w: str) -> str:
            return f"WBS-{rows[w].get('wbs_short_name') or w}"

        ids = [sid(w) for w in used]
        taken = {a.id for a in acts}
        if len(set(ids)) != len(ids) or taken & set(ids):

            def sid(w: str) -> str:
                return f"WBS-{w}"

        def parent(w: str | None) -> str | None:
            return sid(w) if w in used else None

        order = sorted(used, key=lambda w: (rows[w].get("seq_num", ""), w))
        out = [
            Activity(
                sid(w), rows[w].get("wbs_name", ""), 0, parent=parent(rows[w].get("parent_wbs_id"))
            )
            for w in order
        ]
        return out + [replace(a, parent=parent(wbs_of.get(a.id))) for a in acts]

    def links(self, pid: str, code_of: dict[str, str], acts: dict[str, Activity]) -> list[Link]:
        out = []
        for r in self.t.get("TASKPRED", []):
            succ, pred = code_of.get(r.get("task_id", "")), code_of.get(r.get("pred_task_id", ""))
            if succ is None or pred is None:
                if r.get("pred_proj_id", pid) != r.get("proj_id", pid):
                    self.warn(
                        f"a link from another project into {succ or r.get('task_id')} is ignored"
                    )
                continue
            kind = _LINKS.get(r.get("pred_type", "PR_FS"))
            label = f"link {pred} -> {succ}"
            if kind is None:
                self.warn(f"{label}: type {r.get('pred_type')} is not understood; read as FS")
                kind = LinkType.FS
            cal = acts[succ].calendar
            hours = self.calendars[self.default_id][1]
            if cal is not None:
                hours = next(h for c, h in self.calendars.values() if c is cal)
            lag_hours = _number(r.get("lag_hr_cnt"), label)
            lag = self.days(str(abs(lag_hours)), hours, label)
            out.append(Link(pred, succ, kind, -lag if lag_hours < 0 else lag))
        return out

    def resources(
        self, pid: str, code_of: dict[str, str]
    ) -> tuple[list[Resource], list[Assignment]]:
        names = {
            r.get("rsrc_id", ""): r.get("rsrc_short_name") or r.get("rsrc_id", "")
            for r in self.t.get("RSRC", [])
        }
        roles = {r.get("role_id", ""): r.get("role_name", "") for r in self.t.get("ROLE", [])}
        assignments, used = [], []
        for r in self.t.get("TASKRSRC", []):
            activity, rid = code_of.get(r.get("task_id", "")), r.get("rsrc_id", "")
            if activity is None or r.get("proj_id", pid) != pid:
                continue
            if rid not in names:
                self.warn(f"activity {activity}: its resource {rid} is not in the file")
                continue
            assignments.append(
                Assignment(activity, names[rid], roles.get(r.get("role_id", ""), ""))
            )
            used.append(rid)
        resources = [
            Resource(names[r.get("rsrc_id", "")], r.get("rsrc_name") or names[r.get("rsrc_id", "")])
            for r in self.t.get("RSRC", [])
            if r.get("rsrc_id") in used
        ]
        return resources, assignments


def _days_of_week(text: str) -> set[int]:
    """Working weekdays from the DaysOfWeek part of ``clndr_data``: a day with at least
    one ``(s|08:00|f|17:00)`` period works, a day without one does not."""
    parts = re.split(r"\(0\|\|([1-7])\(\)", text)
    return {
        _P6_WEEKDAY[int(number)]
        for number, body in zip(parts[1::2], parts[2::2], strict=True)
        if "s|" in body
    }


def _exceptions(text: str) -> list[tuple[int, bool]]:
    """``(serial day, has working periods)`` for each exception in ``clndr_data``."""
    out = []
    marks = list(re.finditer(r"\(d\|(\d+)\)", text))
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        out.append((int(m.group(1)), "s|" in text[m.end() : end]))
    return out
