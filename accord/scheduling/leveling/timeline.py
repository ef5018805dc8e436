"""Calendars and capacities over a horizon that grows on demand.

The SGS never knows in advance how far a portfolio will stretch once it is leveled, so
the arrays start at the data's own length plus some slack and double whenever a search
or a lag reaches past them. Per calendar we keep the working flags, the count of working
periods before each period (``count[t]``: working periods in ``[0, t)``) and the working
periods themselves (``pos[i]``: the i-th working period). A job of duration ``d`` that
starts at working index ``i`` works ``pos[i : i + d]`` and finishes at ``pos[i+d-1] + 1``;
every lag and link is arithmetic on ``count``.
"""

from __future__ import annotations

import numpy as np

# periods (about 550 years of days): beyond it the arrays would take hundreds of megabytes
# for tens of resources, and no real plan gets there (a calendar or capacity that never
# opens does, and is refused before)
MAX_HORIZON = 200_000


def extend_calendar(cal: np.ndarray, length: int) -> np.ndarray:
    """``cal`` as ``length`` bools, repeating its last week (or all of it if shorter)."""
    cal = np.asarray(cal).astype(bool)
    n = cal.size
    if length <= n:
        return cal[:length].copy()
    p = min(7, n)
    src = n - p + (np.arange(n, length) - n) % p
    return np.concatenate([cal, cal[src]])


def extend_capacity(cap: np.ndarray, length: int) -> np.ndarray:
    """``cap`` as ``length`` ints, holding its last value."""
    cap = np.asarray(cap).astype(np.int64)
    if length <= cap.size:
        return cap[:length].copy()
    return np.concatenate([cap, np.full(length - cap.size, cap[-1], dtype=np.int64)])


class Timeline:
    """Working flags, counts and positions per calendar; capacity per resource."""

    def __init__(self, calendars, capacities, horizon: int) -> None:
        self.calendars = [np.asarray(c).astype(bool) for c in calendars]
        self.capacities = [np.asarray(c).astype(np.int64) for c in capacities]
        self.H = 0
        self.work: list[np.ndarray] = []
        self.count: list[list[int]] = []
        self.pos: list[np.ndarray] = []
        self.pos_list: list[list[int]] = []
        self.cap = np.zeros((len(self.capacities), 0), dtype=np.int64)
        self._build(max(min(horizon, MAX_HORIZON), 8))

    def _grow(self, needed: int) -> None:
        """Grow to at least ``needed`` periods, doubling where the guard allows."""
        self._build(max(needed, min(2 * self.H, MAX_HORIZON)))

    def _build(self, horizon: int) -> None:
        if horizon > MAX_HORIZON:
            raise ValueError(
                f"the schedule would reach past {MAX_HORIZON:,} periods: "
                "check the calendars, capacities and lags"
            )
        self.H = horizon
        self.work = [extend_calendar(c, horizon) for c in self.calendars]
        counts = []
        for w in self.work:
            count = np.zeros(horizon + 1, dtype=np.int64)
            np.cumsum(w, out=count[1:])
            counts.append(count.tolist())
        self.count = counts
        self.pos = [np.flatnonzero(w) for w in self.work]
        self.pos_list = [p.tolist() for p in self.pos]
        if self.capacities:
            self.cap = np.stack([extend_capacity(c, horizon) for c in self.capacities])
        else:
            self.cap = np.zeros((0, horizon), dtype=np.int64)

    def ensure_period(self, t: int) -> None:
        """Make ``count[t]`` valid (``t <= H``)."""
        if t > self.H:
            self._grow(t + 64)

    def ensure_index(self, c: int, i: int) -> None:
        """Make ``pos[c][i]`` valid: the horizon holds at least ``i + 1`` working periods."""
        while i >= len(self.pos_list[c]):
            short = i + 1 - len(self.pos_list[c])
            self._grow(self.H + 2 * short + 64)

    def finish_of(self, c: int, start: int, duration: int) -> tuple[int, int]:
        """Working index of the first worked period and the finish of a job placed at
        ``start`` (which may be a non-working period: work begins at the next working one)."""
        self.ensure_period(start)
        i = self.count[c][start]
        if duration == 0:
            return i, start
        self.ensure_index(c, i + duration - 1)
        return i, self.pos_list[c][i + duration - 1] + 1

    def first_at_or_after(self, c: int, k: int) -> int:
        """The earliest period ``t`` with ``count[c][t] >= k`` (a milestone's earliest time)."""
        if k <= 0:
            return 0
        self.ensure_index(c, k - 1)
        return self.pos_list[c][k - 1] + 1
