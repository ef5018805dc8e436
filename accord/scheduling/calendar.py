"""Working-day calendars.

The engine schedules in whole working days. A :class:`Calendar` says which dates are
working days: the working weekdays, minus holidays, plus extra working days (a Saturday
shift before a campaign, say). Scheduling arithmetic never touches dates: a
:class:`WorkdayIndex` numbers the working days (0 is the first working day on or after
the project start) and converts between those numbers and dates in bulk with numpy.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

import numpy as np

from accord.scheduling.errors import InvalidNetworkError


def _date_set(values: Iterable[date]) -> frozenset[date]:
    out = set()
    for value in values:
        if not isinstance(value, date):
            raise InvalidNetworkError(f"calendar dates must be dates, got {value!r}")
        out.add(value.date() if hasattr(value, "hour") else value)
    return frozenset(out)


@dataclass(frozen=True)
class Calendar:
    """Which dates are working days.

    ``working_weekdays`` uses Python's numbering (Monday is 0, Sunday is 6).
    ``holidays`` are non-working dates; ``extra_working_days`` are working dates that
    the weekly pattern would make non-working. A date cannot be both. ``names`` may say
    what a holiday or extra working day is ("Christmas shutdown"); it changes no date.
    """

    working_weekdays: frozenset[int] = frozenset({0, 1, 2, 3, 4})
    holidays: frozenset[date] = field(default_factory=frozenset)
    extra_working_days: frozenset[date] = field(default_factory=frozenset)
    name: str = "Standard"
    names: Mapping[date, str] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        weekdays = frozenset(int(d) for d in self.working_weekdays)
        if not weekdays:
            raise InvalidNetworkError(f"calendar {self.name!r} has no working weekday")
        if not weekdays <= set(range(7)):
            raise InvalidNetworkError(
                f"calendar {self.name!r}: working weekdays must be 0 (Monday) to 6 (Sunday)"
            )
        holidays = _date_set(self.holidays)
        extras = _date_set(self.extra_working_days)
        both = holidays & extras
        if both:
            raise InvalidNetworkError(
                f"calendar {self.name!r}: {min(both).isoformat()} is both a holiday "
                "and an extra working day"
            )
        object.__setattr__(self, "working_weekdays", weekdays)
        object.__setattr__(self, "holidays", holidays)
        object.__setattr__(self, "extra_working_days", extras)
        object.__setattr__(self, "names", {d: str(n) for d, n in dict(self.names).items()})

    def is_working_day(self, day: date) -> bool:
        """True when work is done on ``day``."""
        if day in self.extra_working_days:
            return True
        return day.weekday() in self.working_weekdays and day not in self.holidays

    def next_working_day(self, day: date) -> date:
        """``day`` itself when it is a working day, else the first working day after it."""
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day

    def previous_working_day(self, day: date) -> date:
        """``day`` itself when it is a working day, else the last working day before it."""
        while not self.is_working_day(day):
            day -= timedelta(days=1)
        return day

    def add_working_days(self, day: date, days: int) -> date:
        """The working day ``days`` working days after (or before, if negative) ``day``.

        ``day`` is first moved to the next working day, so adding 0 to a Saturday gives
        the following Monday on a Monday-to-Friday calendar.
        """
        index = WorkdayIndex(self, day)
        return index.date(days)

    def working_days_between(self, start: date, end: date) -> int:
        """Number of working days in ``[start, end)``; negative when ``end`` is earlier."""
        index = WorkdayIndex(self, start)
        return index.first_on_or_after(end)


@lru_cache(maxsize=64)
def _calendar_arrays(calendar: Calendar) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The weekly pattern and the sorted holidays and extra days of a calendar, as
    arrays. Kept per calendar: a site calendar's years of holidays take longer to
    convert than a small schedule takes to compute, and every schedule starts here."""
    weekmask = np.array([d in calendar.working_weekdays for d in range(7)])
    holidays = np.array(sorted(calendar.holidays), dtype="datetime64[D]")
    extras = np.array(sorted(calendar.extra_working_days), dtype="datetime64[D]")
    for array in (weekmask, holidays, extras):
        array.flags.writeable = False
    return weekmask, holidays, extras


class WorkdayIndex:
    """Numbers the working days of a calendar around an origin date.

    Index 0 is the first working day on or after ``origin``; index -1 the working day
    before it. The table of working dates grows on demand in both directions, so any
    index a schedule reaches converts back to a date.
    """

    def __init__(self, calendar: Calendar, origin: date) -> None:
        self.calendar = calendar
        self._weekmask, self._holidays, self._extras = _calendar_arrays(calendar)
        origin64 = np.datetime64(origin, "D")
        self._lo = origin64 - np.timedelta64(400, "D")
        self._hi = origin64 + np.timedelta64(1500, "D")
        self._dates = self._working_dates(self._lo, self._hi)
        self._zero = int(np.searchsorted(self._dates, origin64, side="left"))
        self._day_numbers: np.ndarray | None = None
        self.origin = calendar.next_working_day(origin)

    def _working_dates(self, lo: np.datetime64, hi: np.datetime64) -> np.ndarray:
        days = np.arange(lo, hi, dtype="datetime64[D]")
        # numpy's business-day test (weekly pattern and holiday list, one C loop) is
        # several times faster than matching the days against the holidays here.
        working = np.is_busday(days, weekmask=self._weekmask, holidays=self._holidays)
        if self._extras.size:  # the days run one by one: an extra day's place is known
            at = (self._extras - lo).astype(np.int64)
            working[at[(at >= 0) & (at < days.size)]] = True
        return days[working]

    def _grow(
        self,
        lo_date: np.datetime64 | None = None,
        hi_date: np.datetime64 | None = None,
        lo_index: int | None = None,
        hi_index: int | None = None,
    ) -> None:
        """Extend the table until it covers the given dates and indices."""
        while True:
            need_lo = (lo_date is not None and lo_date < self._lo) or (
                lo_index is not None and lo_index + self._zero < 1
            )
            need_hi = (hi_date is not None and hi_date >= self._hi) or (
                hi_index is not None and hi_index + self._zero >= len(self._dates) - 1
            )
            if not (need_lo or need_hi):
                return
            span = self._hi - self._lo
            if need_lo:
                more = self._working_dates(self._lo - span, self._lo)
                self._dates = np.concatenate([more, self._dates])
                self._zero += len(more)
                self._lo -= span
            if need_hi:
                self._dates = np.concatenate(
                    [self._dates, self._working_dates(self._hi, self._hi + span)]
                )
                self._hi += span

    def first_on_or_after(self, day: date) -> int:
        """Index of the first working day on or after ``day``."""
        day64 = np.datetime64(day, "D")
        self._grow(lo_date=day64, hi_date=day64)
        return int(np.searchsorted(self._dates, day64, side="left")) - self._zero

    def last_on_or_before(self, day: date) -> int:
        """Index of the last working day on or before ``day``."""
        day64 = np.datetime64(day, "D")
        self._grow(lo_date=day64, hi_date=day64)
        return int(np.searchsorted(self._dates, day64, side="right")) - 1 - self._zero

    def dates(self, indices: np.ndarray) -> np.ndarray:
        """The working dates (``datetime64[D]``) of an array of indices."""
        indices = np.asarray(indices, dtype=np.int64)
        if indices.size:
            lo, hi = int(indices.min()), int(indices.max())
            if lo + self._zero < 1 or hi + self._zero >= len(self._dates) - 1:
                self._grow(lo_index=lo, hi_index=hi)
        return self._dates[indices + self._zero]

    def date(self, index: int) -> date:
        """The working date of one index."""
        return self.dates(np.array([index]))[0].item()

    def counts(self, days: np.ndarray) -> np.ndarray:
        """For each calendar day (``datetime64[D]`` or days since 1970), the index of the
        first working day on or after it: the working days in ``[origin, day)``."""
        values = np.asarray(days)
        ints = values.astype(np.int64) if values.dtype.kind != "M" else values.view(np.int64)
        if ints.size:
            lo, hi = int(ints.min()), int(ints.max())
            if lo < self._lo.astype(np.int64) or hi >= self._hi.astype(np.int64):
                self._grow(lo_date=np.datetime64(lo, "D"), hi_date=np.datetime64(hi, "D"))
        if self._day_numbers is None or self._day_numbers.size != self._dates.size:
            self._day_numbers = self._dates.astype(np.int64)  # integer search: no date math
        return np.searchsorted(self._day_numbers, ints, side="left") - self._zero


class CalendarSet:
    """Several calendars over one network, for activities with calendars of their own.

    Each activity keeps its times as working-day boundaries of its own calendar (so
    durations, constraints and floats stay whole days of that calendar). A link between
    activities on different calendars goes through real time: the predecessor's boundary
    becomes a calendar day, which becomes a boundary of the successor's calendar, and the
    lag is then counted on the successor's calendar (Primavera's default). Links within
    one calendar need no conversion, which keeps the arithmetic of the single-calendar
    case (a Friday finish and the next Monday start are the same boundary).

    Calendar days are days since 1970-01-01. A start boundary ``k`` is the beginning of
    working day ``k``; a finish boundary ``m`` the end of working day ``m - 1``.
    """

    def __init__(self, calendars: list[Calendar], origin: date, cal_of_node: np.ndarray) -> None:
        self.calendars = calendars
        self.indexes = [WorkdayIndex(c, origin) for c in calendars]
        self.cal = np.asarray(cal_of_node, dtype=np.int64)
        self.example = "an activity has a calendar of its own"  # for messages

    def day_of_start(self, c: int, k: np.ndarray) -> np.ndarray:
        """Calendar days (since 1970) on which start boundaries ``k`` of calendar ``c`` fall."""
        return self.indexes[c].dates(k).astype(np.int64)

    def day_of_finish(self, c: int, m: np.ndarray) -> np.ndarray:
        """Calendar days (since 1970) at the end of finish boundaries ``m``: the day after
        the last day worked."""
        return self.indexes[c].dates(m - 1).astype(np.int64) + 1

    def first_start(self, c: int, days: np.ndarray) -> np.ndarray:
        """The first start boundary of calendar ``c`` at or after each calendar day."""
        return self.indexes[c].counts(days)

    def first_finish(self, c: int, days: np.ndarray) -> np.ndarray:
        """The first finish boundary of calendar ``c`` at or after each calendar day."""
        return self.indexes[c].counts(days - 1) + 1

    def last_start(self, c: int, days: np.ndarray) -> np.ndarray:
        """The last start boundary of calendar ``c`` at or before each calendar day."""
        return self.indexes[c].counts(days + 1) - 1

    def last_finish(self, c: int, days: np.ndarray) -> np.ndarray:
        """The last finish boundary of calendar ``c`` at or before each calendar day."""
        return self.indexes[c].counts(days)

    def real(self, values: np.ndarray, finish: bool) -> np.ndarray:
        """Calendar days of per-node boundaries (all start or all finish ones)."""
        out = np.empty(values.shape, dtype=np.int64)
        for c in range(len(self.indexes)):
            sel = self.cal == c
            if sel.any():
                fn = self.day_of_finish if finish else self.day_of_start
                out[sel] = fn(c, values[sel])
        return out

    def to_network(self, values: np.ndarray, finish: bool) -> np.ndarray:
        """Per-node boundaries as boundaries of the network's calendar (calendar 0)."""
        days = self.real(values, finish)
        return self.first_finish(0, days) if finish else self.first_start(0, days)


class CalendarLinks:
    """The links of a network that join two calendars, grouped so that each group (one
    pair of calendars, one kind of ends) converts in one numpy call per pass.

    ``target`` ``len(calendars)`` stands for the project finish, already a calendar day.
    Groups are kept per topological level (``ptr`` slices the links by level), as the
    passes use them, and can be made for any other set of links.
    """

    def __init__(self, cs: CalendarSet, source, target, from_finish, to_finish, cross, ptr):
        self.cs = cs
        self.width = len(cs.indexes) + 1
        pair = np.asarray(source, dtype=np.int64) * self.width + target
        self.key = (pair * 2 + from_finish) * 2 + to_finish
        self.cross = np.asarray(cross, dtype=bool)
        self.by_level = []
        for a, b in zip(ptr[:-1], ptr[1:], strict=True):
            local = np.flatnonzero(self.cross[a:b])
            self.by_level.append(self._groups(local, self.key[a:b][local]) if local.size else [])

    def _groups(self, positions: np.ndarray, keys: np.ndarray) -> list[tuple]:
        order = np.argsort(keys, kind="stable")
        ordered = keys[order]
        cuts = [0, *(np.flatnonzero(np.diff(ordered)) + 1).tolist(), ordered.size]
        out = []
        for a, b in zip(cuts[:-1], cuts[1:], strict=True):
            key = int(ordered[a])
            pair, ends = divmod(key, 4)
            source, target = divmod(pair, self.width)
            out.append((positions[order[a:b]], source, target, bool(ends & 2), bool(ends & 1)))
        return out

    def groups_for(self, edges: np.ndarray) -> list[tuple]:
        """Groups of an arbitrary set of links, by position in ``edges``."""
        local = np.flatnonzero(self.cross[edges])
        return self._groups(local, self.key[edges][local]) if local.size else []

    def forward(self, values: np.ndarray, groups: list[tuple]) -> None:
        """Predecessor boundaries to the first successor boundaries they allow, in place."""
        cs = self.cs
        for pos, source, target, from_finish, to_finish in groups:
            v = values[pos]
            days = cs.day_of_finish(source, v) if from_finish else cs.day_of_start(source, v)
            first = cs.first_finish if to_finish else cs.first_start
            values[pos] = first(target, days)

    def backward(self, values: np.ndarray, groups: list[tuple]) -> None:
        """Successor bounds (lag applied) to the last predecessor boundaries, in place."""
        cs = self.cs
        project = self.width - 1
        for pos, source, target, from_finish, to_finish in groups:
            v = values[pos]
            if target == project:
                days = v
            else:
                days = cs.day_of_finish(target, v) if to_finish else cs.day_of_start(target, v)
            last = cs.last_finish if from_finish else cs.last_start
            values[pos] = last(source, days)
