"""A concern's clocks as people read them: a state in words and colour, and a countdown
("2 h left") or how late it is ("late by 1 d 3 h"), for the queue, a concern's page, the
"My work" card and the API."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from accord.service import selectors
from accord.service.clocks import Clock, ClockState, describe
from accord.service.models import ClockKind, Concern

NOT_STARTED = "not_started"
STATE_LABELS = {
    ClockState.RUNNING: "Running",
    ClockState.AT_RISK: "At risk",
    ClockState.PAUSED: "Paused",
    ClockState.MET: "Met",
    ClockState.BREACHED: "Breached",
}
STATE_STYLES = {
    ClockState.RUNNING: "secondary",
    ClockState.AT_RISK: "warning",
    ClockState.PAUSED: "info",
    ClockState.MET: "success",
    ClockState.BREACHED: "danger",
}
# Still counting (or due and not yet stopped): what a countdown is about.
_COUNTING = (ClockState.RUNNING, ClockState.AT_RISK, ClockState.BREACHED)


@dataclass(frozen=True)
class ClockRow:
    kind: str
    label: str
    clock: Clock | None

    @property
    def state_code(self) -> str:
        return str(self.clock.state) if self.clock else NOT_STARTED

    @property
    def state(self) -> str:
        return STATE_LABELS[self.clock.state] if self.clock else "Not started"

    @property
    def style(self) -> str:
        return STATE_STYLES[self.clock.state] if self.clock else "light"

    @property
    def counting(self) -> bool:
        return bool(self.clock and self.clock.stopped_at is None and self.clock.state in _COUNTING)

    @property
    def left(self) -> str:
        """What a countdown says: the working time left, or how late it is."""
        if self.clock is None:
            return "starts at the first contact"
        if self.clock.state is ClockState.BREACHED:
            return f"late by {describe(self.clock.late_by, hours_per_day=8)}"
        if self.clock.state is ClockState.MET:
            return "kept"
        return f"{describe(self.clock.remaining, hours_per_day=8)} left"


def clock_rows(
    concern: Concern, now: dt.datetime, context: selectors.ClockContext | None = None
) -> list[ClockRow]:
    """The concern's four clocks in their order (acknowledge, first contact, update,
    resolve); pass one ``context`` for many concerns."""
    clocks = selectors.concern_clocks(concern, now=now, context=context)
    return [ClockRow(kind.value, kind.label, clocks[kind.value]) for kind in ClockKind]


def next_due(rows: list[ClockRow]) -> dt.datetime | None:
    """When the first clock still counting is due (past, if one is late)."""
    return min((r.clock.due_at for r in rows if r.counting and r.clock.due_at), default=None)


def nearest(rows: list[ClockRow]) -> ClockRow | None:
    """The clock a person should look at first: the counting one due soonest, else a
    paused one (waiting on the sponsor), else none (every promise kept or stopped)."""
    counting = [r for r in rows if r.counting and r.clock.due_at]
    if counting:
        return min(counting, key=lambda r: r.clock.due_at)
    return next((r for r in rows if r.clock and r.clock.state is ClockState.PAUSED), None)
