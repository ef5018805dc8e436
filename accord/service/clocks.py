"""Working-time SLA clocks: plain Python, no Django (like the scheduling engine).

A sponsor is promised answers "within 4 working hours", "an update every 2 working
days". Those promises count only the time a site works: its hours on each weekday (with
several intervals a day for shifts and lunch), in its own time zone, less its holidays,
plus the weekend days it works. Time spent waiting on the sponsor is paused and does
not count either.

Everything here is computed from plain data (the working time, when a clock started and
stopped, its pauses), so a change of policy or calendar recomputes every clock the same
way. Moments are timezone-aware ``datetime`` values; arithmetic is done in UTC on the
real instants the local working hours name, so a daylight-saving change is counted as
the hour it really added or removed, and working hours stay at 08:00 local on both
sides of it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from zoneinfo import ZoneInfo

UTC = dt.UTC
MINUTES_PER_DAY = 24 * 60
# A calendar must work at least once in this many days, or nothing is ever due.
MAX_DAYS_SCANNED = 3 * 366

Interval = tuple[int, int]  # minutes after local midnight: [start, end), 0 <= start < end <= 1440
Span = tuple[dt.datetime, dt.datetime]  # [start, end) in UTC

_HOURS = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


class CalendarError(ValueError):
    """Working time that cannot be used (no working time at all, overlapping hours)."""


def parse_hours(text: str) -> tuple[Interval, ...]:
    """``"08:00-12:00, 13:00-17:00"`` as intervals of minutes; ``""`` is a day off.

    ``24:00`` ends a day; a night shift that crosses midnight is written as two
    intervals, one on each day (``22:00-24:00`` and ``00:00-06:00``)."""
    intervals = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        found = _HOURS.match(part)
        if found is None:
            shown = f"“{part}”" if part.isprintable() else "what was typed"
            raise CalendarError(f"Write working hours as HH:MM-HH:MM, not {shown}.")
        h1, m1, h2, m2 = (int(g) for g in found.groups())
        start, end = h1 * 60 + m1, h2 * 60 + m2
        if m1 > 59 or m2 > 59 or start >= MINUTES_PER_DAY or end > MINUTES_PER_DAY:
            raise CalendarError(f"“{part}” is not a time of day (00:00 to 24:00).")
        if end <= start:
            raise CalendarError(
                f"“{part}” ends before it starts: split a shift that crosses midnight "
                "into two, one on each day."
            )
        intervals.append((start, end))
    intervals.sort()
    for (_, end), (start, _) in zip(intervals, intervals[1:], strict=False):
        if start < end:
            raise CalendarError(f"The working hours “{text}” overlap.")
    return tuple(intervals)


def format_hours(intervals: Sequence[Interval]) -> str:
    def hhmm(minutes: int) -> str:
        return f"{minutes // 60:02d}:{minutes % 60:02d}"

    return ", ".join(f"{hhmm(a)}-{hhmm(b)}" for a, b in intervals)


@dataclass(frozen=True)
class WorkingTime:
    """When a site works, in its own time zone.

    ``week`` holds the hours of Monday to Sunday. ``holidays`` are days off whatever the
    weekday; ``extra_days`` are days off (weekends) that are worked, with
    ``extra_day_hours`` (by default the hours of the first working weekday).
    """

    zone: ZoneInfo
    week: tuple[tuple[Interval, ...], ...]
    holidays: frozenset[dt.date] = frozenset()
    extra_days: frozenset[dt.date] = frozenset()
    extra_day_hours: tuple[Interval, ...] | None = None

    def __post_init__(self) -> None:
        if len(self.week) != 7:
            raise CalendarError("A working week names the hours of seven days, Monday first.")
        if not any(self.week) and not self.extra_days:
            raise CalendarError("These working hours have no working time at all.")

    @classmethod
    def weekly(
        cls,
        zone: str | ZoneInfo,
        hours: str,
        *,
        days: Iterable[int] = range(5),
        holidays: Iterable[dt.date] = (),
        extra_days: Iterable[dt.date] = (),
    ) -> WorkingTime:
        """The same ``hours`` on each of ``days`` (0 is Monday)."""
        intervals = parse_hours(hours)
        working = set(days)
        return cls(
            zone=zone if isinstance(zone, ZoneInfo) else ZoneInfo(zone),
            week=tuple(intervals if day in working else () for day in range(7)),
            holidays=frozenset(holidays),
            extra_days=frozenset(extra_days),
        )

    def hours_on(self, day: dt.date) -> tuple[Interval, ...]:
        if day in self.holidays:
            return ()
        own = self.week[day.weekday()]
        if own or day not in self.extra_days:
            return own
        if self.extra_day_hours is not None:
            return self.extra_day_hours
        return next((hours for hours in self.week if hours), ())

    def spans_on(self, day: dt.date) -> list[Span]:
        """The working spans of one local day, as UTC instants."""
        return [(self._instant(day, a), self._instant(day, b)) for a, b in self.hours_on(day)]

    def _instant(self, day: dt.date, minutes: int) -> dt.datetime:
        if minutes == MINUTES_PER_DAY:
            day, minutes = day + dt.timedelta(days=1), 0
        local = dt.datetime.combine(day, dt.time(minutes // 60, minutes % 60), tzinfo=self.zone)
        # A wall time that does not exist (inside a spring-forward gap) reads with the
        # offset before the change, i.e. the instant the clocks jumped past.
        return local.astimezone(UTC)

    def spans(self, start: dt.datetime) -> Iterator[Span]:
        """Working spans from ``start`` on, in order, the first one clipped to ``start``."""
        start = _utc(start)
        day = start.astimezone(self.zone).date() - dt.timedelta(days=1)
        idle_days = 0
        while True:
            found = False
            for a, b in self.spans_on(day):
                if b > start:
                    found = True
                    yield (max(a, start), b)
            idle_days = 0 if found else idle_days + 1
            if idle_days > MAX_DAYS_SCANNED:
                raise CalendarError(
                    f"No working time in the {MAX_DAYS_SCANNED} days after "
                    f"{start:%Y-%m-%d}: check the holidays and working hours."
                )
            day += dt.timedelta(days=1)


def _utc(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{moment!r} has no time zone: clocks count real instants.")
    return moment.astimezone(UTC)


def merge_pauses(pauses: Iterable[tuple[dt.datetime, dt.datetime | None]]) -> list[Span]:
    """Pauses as sorted, non-overlapping UTC spans; an open pause runs to the end of time."""
    spans = sorted(
        (_utc(a), _utc(b) if b is not None else dt.datetime.max.replace(tzinfo=UTC))
        for a, b in pauses
    )
    merged: list[list[dt.datetime]] = []
    for a, b in spans:
        if b <= a:
            continue
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged]


def _minus(spans: Iterator[Span], pauses: list[Span]) -> Iterator[Span]:
    """``spans`` with the paused parts cut out (both in order)."""
    index = 0
    for a, b in spans:
        while index < len(pauses) and pauses[index][1] <= a:
            index += 1
        cursor, i = a, index
        while i < len(pauses) and pauses[i][0] < b:
            pa, pb = pauses[i]
            if pa > cursor:
                yield (cursor, pa)
            cursor = max(cursor, pb)
            if cursor >= b:
                break
            i += 1
        if cursor < b:
            yield (cursor, b)


def counted_spans(
    working: WorkingTime, start: dt.datetime, pauses: Sequence[Span] = ()
) -> Iterator[Span]:
    """The spans from ``start`` on that a clock counts: working, not paused."""
    return _minus(working.spans(start), list(pauses))


def working_time_between(
    working: WorkingTime, start: dt.datetime, end: dt.datetime, pauses: Sequence[Span] = ()
) -> dt.timedelta:
    """Working time from ``start`` to ``end`` (zero if ``end`` is not later), pauses left out."""
    start, end = _utc(start), _utc(end)
    total = dt.timedelta()
    if end <= start:
        return total
    for a, b in counted_spans(working, start, pauses):
        if a >= end:
            break
        total += min(b, end) - a
    return total


def add_working_time(
    working: WorkingTime,
    start: dt.datetime,
    duration: dt.timedelta,
    pauses: Sequence[Span] = (),
) -> dt.datetime:
    """The moment ``duration`` of working time, pauses left out, has passed since ``start``.

    A zero duration is ``start`` itself. The result is in UTC; show it in whichever zone
    the reader lives in."""
    start = _utc(start)
    if duration < dt.timedelta():
        raise ValueError("A clock's target cannot be negative.")
    if duration == dt.timedelta():
        return start
    left = duration
    for a, b in counted_spans(working, start, pauses):
        if b - a >= left:
            return a + left
        left -= b - a
    raise CalendarError("The clock never reaches its target: it is paused for good.")


def next_working_moment(
    working: WorkingTime, moment: dt.datetime, pauses: Sequence[Span] = ()
) -> dt.datetime:
    """``moment`` if the site works then, else the start of its next working span."""
    for a, _ in counted_spans(working, moment, pauses):
        return a
    raise CalendarError("No working time ahead.")  # pragma: no cover - spans() raises first


class ClockState(StrEnum):
    RUNNING = "running"
    AT_RISK = "at_risk"  # past the warning point, not yet due
    PAUSED = "paused"
    MET = "met"
    BREACHED = "breached"  # due and still running, or stopped late


@dataclass(frozen=True)
class Clock:
    """One promise's clock, as of ``now``: everything a page or a sweep needs."""

    started_at: dt.datetime
    target: dt.timedelta
    state: ClockState
    elapsed: dt.timedelta  # working time counted so far (to the stop, or to now)
    paused: dt.timedelta  # working time spent paused, added to the target
    due_at: dt.datetime | None  # None while paused: it moves for as long as the pause lasts
    warn_at: dt.datetime | None
    stopped_at: dt.datetime | None = None
    late_by: dt.timedelta = field(default=dt.timedelta())  # working time past due

    @property
    def remaining(self) -> dt.timedelta:
        """Working time left before the target (negative once late)."""
        return self.target - self.elapsed

    @property
    def used(self) -> float:
        """The share of the target used, 0.0 to past 1.0."""
        if not self.target:
            return 1.0
        return self.elapsed / self.target


def clock(
    working: WorkingTime,
    *,
    started_at: dt.datetime,
    target: dt.timedelta,
    now: dt.datetime,
    stopped_at: dt.datetime | None = None,
    pauses: Iterable[tuple[dt.datetime, dt.datetime | None]] = (),
    warn_at_share: float = 0.75,
) -> Clock:
    """Work out a clock from its stored events: when it started, its target, when it was
    stopped (met), and the pauses while waiting on the sponsor (an open pause has no end).

    A stopped clock is met if it stopped by its due time, else breached by ``late_by``. A
    running one is breached once past due, at risk past ``warn_at_share`` of its target.
    Pauses after the stop are ignored; working time paused is added to the target."""
    if not 0 < warn_at_share <= 1:
        raise ValueError("The warning point is a share of the target, above 0 and at most 1.")
    started_at, now = _utc(started_at), _utc(now)
    end = _utc(stopped_at) if stopped_at is not None else now
    if end < started_at:
        raise ValueError("A clock cannot stop before it starts.")
    merged = merge_pauses(pauses)
    open_pause = stopped_at is None and any(a <= now < b for a, b in merged)
    # What happened after the stop (or after now) does not move the clock.
    spans = [(a, min(b, end)) for a, b in merged if a < end]
    elapsed = working_time_between(working, started_at, end, spans)
    paused = working_time_between(working, started_at, end) - elapsed
    if open_pause:
        # The pause lasts as long as the sponsor keeps us waiting: no due time until then.
        state = ClockState.PAUSED if elapsed < target else ClockState.BREACHED
        late_by = max(elapsed - target, dt.timedelta())
        return Clock(started_at, target, state, elapsed, paused, None, None, None, late_by)
    due_at = add_working_time(working, started_at, target, spans)
    warn_at = add_working_time(working, started_at, target * warn_at_share, spans)
    late_by = working_time_between(working, due_at, end, spans)
    if stopped_at is not None:
        state = ClockState.MET if end <= due_at else ClockState.BREACHED
    elif now > due_at:
        state = ClockState.BREACHED
    elif now >= warn_at:
        state = ClockState.AT_RISK
    else:
        state = ClockState.RUNNING
    return Clock(
        started_at,
        target,
        state,
        elapsed,
        paused,
        due_at,
        warn_at,
        _utc(stopped_at) if stopped_at is not None else None,
        late_by,
    )


def describe(delta: dt.timedelta, *, hours_per_day: float | None = None) -> str:
    """A working-time span for people: "45 min", "3 h 20 min", "2 d 1 h" (days of
    ``hours_per_day`` working hours, when given)."""
    minutes = int(abs(delta).total_seconds() // 60)
    sign = "-" if delta < dt.timedelta() else ""
    if hours_per_day and minutes >= hours_per_day * 60:
        per_day = int(hours_per_day * 60)
        days, rest = divmod(minutes, per_day)
        hours = rest // 60
        return f"{sign}{days} d" + (f" {hours} h" if hours else "")
    hours, rest = divmod(minutes, 60)
    if hours:
        return f"{sign}{hours} h" + (f" {rest} min" if rest else "")
    return f"{sign}{rest} min"
