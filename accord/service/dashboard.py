"""The service dashboard's figures: how the CDMO keeps its promises to sponsors, per
month and per sponsor. ``facts_for`` reads the concerns once into plain
``ConcernFacts`` (their clocks worked out as of ``now``); every other function is pure
over a list of them, so the numbers are tested on hand-made data.

Definitions:

* **Opened / closed per month**: concerns raised, and concerns closed (confirmed by the
  sponsor or closed after its window), in each calendar month of the period (the
  CDMO's time zone).
* **Clocks kept**, per kind (acknowledgement, first contact, periodic update,
  resolution): of the clocks of concerns raised in the period that have a verdict, the
  share met. A verdict is a clock stopped (met or late) or a running clock already past
  due (breached); a clock still running inside its target has none yet. A concern has
  one update clock per interval between its first contact, its updates and reopenings:
  each is counted, so an update that came late stays late after the next one.
* **Median time** to acknowledge, to first contact and to resolve, in working hours of
  the site (pauses while waiting on the sponsor not counted), over the clocks that
  stopped.
* **Breaches**: clocks breached; **escalations**: concerns that went one rung up the
  communication tree because a clock broke, by the month they went up.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.utils import timezone

from accord.service.clocks import ClockState
from accord.service.models import ClockKind, Concern, ConcernEntry, ConcernEscalation
from accord.service.selectors import (
    UPDATE_MOMENTS,
    ClockContext,
    concern_clocks,
    concern_past_update_clocks,
)

KINDS = tuple(ClockKind)
MEDIAN_KINDS = (ClockKind.ACKNOWLEDGE, ClockKind.FIRST_CONTACT, ClockKind.RESOLVE)


@dataclass(frozen=True)
class ClockFacts:
    state: str  # a ClockState value
    hours: float | None  # working hours to the stop, for a stopped clock


@dataclass(frozen=True)
class ConcernFacts:
    number: str
    sponsor: str
    raised_on: dt.date
    closed_on: dt.date | None
    is_open: bool
    reopened: int
    clocks: dict[str, ClockFacts]
    escalated_on: tuple[dt.date, ...] = field(default=())
    # The update clocks that ended before the running one (each update restarts it).
    past_updates: tuple[ClockFacts, ...] = field(default=())

    def all_clocks(self, kind: str) -> list[ClockFacts]:
        current = [self.clocks[kind]] if kind in self.clocks else []
        return [*self.past_updates, *current] if kind == ClockKind.UPDATE else current


def facts_for(concerns: QuerySet[Concern], *, now: dt.datetime | None = None) -> list[ConcernFacts]:
    """Each concern's dates and clocks, read in a fixed number of queries."""
    now = now or timezone.now()
    context = ClockContext()
    escalations: dict[int, list[dt.date]] = defaultdict(list)
    for concern_id, at in ConcernEscalation.objects.filter(concern__in=concerns).values_list(
        "concern_id", "at"
    ):
        escalations[concern_id].append(timezone.localdate(at))
    facts = []
    moments: dict[int, list[tuple[str, dt.datetime]]] = defaultdict(list)
    for concern_id, kind, at in ConcernEntry.objects.filter(
        concern__in=concerns, kind__in=UPDATE_MOMENTS
    ).values_list("concern_id", "kind", "at"):
        moments[concern_id].append((kind, at))
    for concern in concerns.select_related("sponsor", "site").prefetch_related("pauses"):
        clocks = {
            kind: _facts_of(clock)
            for kind, clock in concern_clocks(concern, now=now, context=context).items()
            if clock is not None
        }
        past = concern_past_update_clocks(concern, moments.get(concern.pk, []), context=context)
        facts.append(
            ConcernFacts(
                number=concern.number,
                sponsor=concern.sponsor.name,
                raised_on=timezone.localdate(concern.raised_at),
                closed_on=timezone.localdate(concern.closed_at) if concern.closed_at else None,
                is_open=concern.is_open,
                reopened=concern.reopened,
                clocks=clocks,
                escalated_on=tuple(sorted(escalations.get(concern.pk, ()))),
                past_updates=tuple(_facts_of(clock) for clock in past),
            )
        )
    return facts


def _facts_of(clock) -> ClockFacts:
    stopped = clock.stopped_at is not None
    return ClockFacts(
        state=str(clock.state),
        hours=round(clock.elapsed.total_seconds() / 3600, 2) if stopped else None,
    )


def months(start: dt.date, end: dt.date) -> list[dt.date]:
    """The first day of each calendar month from ``start``'s to ``end``'s."""
    first, last = start.replace(day=1), end.replace(day=1)
    out = []
    while first <= last:
        out.append(first)
        first = (first + dt.timedelta(days=32)).replace(day=1)
    return out


def _month(day: dt.date) -> dt.date:
    return day.replace(day=1)


@dataclass(frozen=True)
class MonthRow:
    month: dt.date
    opened: int
    closed: int
    breaches: int
    escalations: int

    @property
    def label(self) -> str:
        return self.month.strftime("%b %Y")


def monthly(facts: Iterable[ConcernFacts], start: dt.date, end: dt.date) -> list[MonthRow]:
    facts = list(facts)
    opened = Counter(_month(f.raised_on) for f in facts if start <= f.raised_on <= end)
    closed = Counter(
        _month(f.closed_on) for f in facts if f.closed_on and start <= f.closed_on <= end
    )
    breaches = Counter(
        _month(f.raised_on)
        for f in facts
        if start <= f.raised_on <= end
        for kind in KINDS
        for c in f.all_clocks(kind.value)
        if c.state == ClockState.BREACHED
    )
    escalations = Counter(
        _month(day) for f in facts for day in f.escalated_on if start <= day <= end
    )
    return [
        MonthRow(m, opened[m], closed[m], breaches[m], escalations[m]) for m in months(start, end)
    ]


@dataclass(frozen=True)
class ClockRow:
    kind: str
    label: str
    met: int
    breached: int
    pending: int
    median_hours: float | None

    @property
    def share_met(self) -> float | None:
        decided = self.met + self.breached
        return round(100 * self.met / decided, 1) if decided else None


def clock_rows(facts: Iterable[ConcernFacts]) -> list[ClockRow]:
    """Per clock kind: met, breached, still pending, and the median working hours to the
    stop (for acknowledgement, first contact and resolution)."""
    facts = list(facts)
    rows = []
    for kind in KINDS:
        clocks = [c for f in facts for c in f.all_clocks(kind.value)]
        hours = [c.hours for c in clocks if c.hours is not None]
        rows.append(
            ClockRow(
                kind=kind.value,
                label=kind.label,
                met=sum(c.state == ClockState.MET for c in clocks),
                breached=sum(c.state == ClockState.BREACHED for c in clocks),
                pending=sum(
                    c.state in (ClockState.RUNNING, ClockState.AT_RISK, ClockState.PAUSED)
                    for c in clocks
                ),
                median_hours=round(statistics.median(hours), 1)
                if hours and kind in MEDIAN_KINDS
                else None,
            )
        )
    return rows


@dataclass(frozen=True)
class SponsorRow:
    sponsor: str
    raised: int
    open: int
    reopened: int
    breaches: int
    escalations: int
    share_met: float | None
    median_acknowledge: float | None
    median_resolve: float | None


def sponsor_rows(facts: Iterable[ConcernFacts]) -> list[SponsorRow]:
    """One row per sponsor with concerns in view, most concerns first."""
    groups: dict[str, list[ConcernFacts]] = defaultdict(list)
    for fact in facts:
        groups[fact.sponsor].append(fact)
    rows = []
    for sponsor, group in groups.items():
        clocks = clock_rows(group)
        met = sum(r.met for r in clocks)
        breached = sum(r.breached for r in clocks)
        by_kind = {r.kind: r for r in clocks}
        rows.append(
            SponsorRow(
                sponsor=sponsor,
                raised=len(group),
                open=sum(f.is_open for f in group),
                reopened=sum(1 for f in group if f.reopened),
                breaches=breached,
                escalations=sum(len(f.escalated_on) for f in group),
                share_met=round(100 * met / (met + breached), 1) if met + breached else None,
                median_acknowledge=by_kind[ClockKind.ACKNOWLEDGE.value].median_hours,
                median_resolve=by_kind[ClockKind.RESOLVE.value].median_hours,
            )
        )
    return sorted(rows, key=lambda r: (-r.raised, r.sponsor))


@dataclass(frozen=True)
class Figures:
    start: dt.date
    end: dt.date
    months: list[MonthRow]
    clocks: list[ClockRow]
    sponsors: list[SponsorRow]
    raised: int
    open: int
    breaches: int
    escalations: int

    def chart(self) -> dict:
        """What the charts draw (the tables on the page carry the same numbers)."""
        return {
            "months": [m.label for m in self.months],
            "opened": [m.opened for m in self.months],
            "closed": [m.closed for m in self.months],
            "breaches": [m.breaches for m in self.months],
            "escalations": [m.escalations for m in self.months],
            "clock_labels": [c.label for c in self.clocks],
            "clock_met": [c.share_met for c in self.clocks],
            "median_labels": [c.label for c in self.clocks if c.median_hours is not None],
            "median_hours": [c.median_hours for c in self.clocks if c.median_hours is not None],
        }


def figures(facts: Sequence[ConcernFacts], start: dt.date, end: dt.date) -> Figures:
    """Every figure of the dashboard for the concerns raised between two dates (months
    also count what closed and escalated in them)."""
    in_period = [f for f in facts if start <= f.raised_on <= end]
    clocks = clock_rows(in_period)
    return Figures(
        start=start,
        end=end,
        months=monthly(facts, start, end),
        clocks=clocks,
        sponsors=sponsor_rows(in_period),
        raised=len(in_period),
        open=sum(f.is_open for f in in_period),
        breaches=sum(r.breached for r in clocks),
        escalations=sum(1 for f in facts for day in f.escalated_on if start <= day <= end),
    )
