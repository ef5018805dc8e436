"""PERT: expected durations, variances and the analytic probability of a finish date.

The textbook procedure: each activity with a three-point estimate gets its expected
duration ``(o + 4m + p) / 6`` and variance ``((p - o) / 6) ** 2``; a CPM pass on the
expected durations gives the expected project duration and its critical path; the
project's variance is the sum of the variances along that path (the largest such sum
when several paths are critical); the finish is taken as normally distributed. It ignores
merge bias (near-critical paths that may overtake), which :func:`simulate` captures.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

import numpy as np

from accord.scheduling.calendar import WorkdayIndex
from accord.scheduling.graph import FF, FS, SF
from accord.scheduling.model import Network
from accord.scheduling.passes import backward, forward
from accord.scheduling.prepare import Prepared, prepare

_EPSILON = 1e-9


@dataclass(frozen=True)
class PertActivity:
    id: str
    name: str
    expected: float
    variance: float
    critical: bool


@dataclass(frozen=True)
class PertResult:
    """Expected project duration (working days from the project start) and its spread."""

    expected_duration: float
    standard_deviation: float
    expected_finish: date
    critical_path: list[str]
    activities: list[PertActivity]
    project_start: date
    calendar_index: WorkdayIndex

    def probability_of_finishing_by(self, day: date) -> float:
        """Normal approximation of P(project finishes on or before ``day``)."""
        limit = self.calendar_index.last_on_or_before(day) + 1
        if self.standard_deviation == 0:
            return 1.0 if self.expected_duration <= limit + _EPSILON else 0.0
        z = (limit - self.expected_duration) / self.standard_deviation
        return 0.5 * (1.0 + math.erf(z / math.sqrt(2.0)))


def expected_durations(prep: Prepared) -> tuple[np.ndarray, np.ndarray]:
    """Per position: expected duration and variance (started work is certain)."""
    expected = prep.dur.astype(np.float64)
    variance = np.zeros(prep.lv.n)
    started = prep.bounds.started
    for p, a in enumerate(prep.activities_by_pos):
        if a.estimate is not None and p not in started:
            expected[p] = a.estimate.expected
            variance[p] = a.estimate.variance
    return expected, variance


def in_link_slack(prep: Prepared, early: np.ndarray) -> np.ndarray:
    """Slack of each incoming link (in the order of ``Levels.in_*``): zero when it drives."""
    lv, n = prep.lv, prep.lv.n
    to_finish = (lv.in_type == FF) | (lv.in_type == SF)
    from_finish = (lv.in_type == FS) | (lv.in_type == FF)
    return early[lv.in_dst + n * to_finish] - early[lv.in_src + n * from_finish] - lv.in_lag


def pert(network: Network, *, honor_constraints: bool = True) -> PertResult:
    """Analytic PERT on the network's three-point estimates.

    Activities without an estimate keep their duration and add no variance;
    ``honor_constraints`` is as in :func:`~accord.scheduling.schedule`.
    """
    prep = prepare(network, honor_constraints)
    lv, n = prep.lv, prep.lv.n
    expected, variance = expected_durations(prep)
    early = forward(prep.plan, expected)
    finish = float(early[n : 2 * n].max())
    early[2 * n] = finish
    late = backward(prep.plan, expected, early, finish)
    total_float = late[n : 2 * n] - early[n : 2 * n]
    critical = np.abs(total_float) <= _EPSILON * max(1.0, finish)
    finished = np.zeros(n, dtype=bool)
    finished[list(prep.bounds.finished)] = True
    critical &= ~finished

    driving = np.abs(in_link_slack(prep, early)) <= _EPSILON * max(1.0, finish)
    path_variance = variance.copy()
    on_path = np.zeros(n, dtype=bool)
    on_path[early[n : 2 * n] >= finish - _EPSILON * max(1.0, finish)] = True
    for p in range(n - 1, -1, -1):  # mark the driving chains into the finish
        if on_path[p]:
            sl = slice(lv.in_node_ptr[p], lv.in_node_ptr[p + 1])
            on_path[lv.in_src[sl][driving[sl]]] = True
    for p in np.flatnonzero(on_path).tolist():  # ascending: predecessors first
        sl = slice(lv.in_node_ptr[p], lv.in_node_ptr[p + 1])
        preds = lv.in_src[sl][driving[sl]]
        preds = preds[on_path[preds]]
        if preds.size:
            path_variance[p] += path_variance[preds].max()
    ends = on_path & (early[n : 2 * n] >= finish - _EPSILON * max(1.0, finish))
    sigma = math.sqrt(float(path_variance[ends].max())) if ends.any() else 0.0

    acts = prep.activities_by_pos
    rows = [
        PertActivity(
            acts[p].id, acts[p].name, float(expected[p]), float(variance[p]), bool(critical[p])
        )
        for p in np.argsort(prep.activity_of_pos).tolist()  # in the network's order
    ]
    order = np.flatnonzero(on_path)
    order = order[np.lexsort((early[n : 2 * n][order], early[:n][order]))]
    return PertResult(
        expected_duration=finish,
        standard_deviation=sigma,
        expected_finish=prep.index.date(max(math.ceil(finish - _EPSILON) - 1, 0)),
        critical_path=[acts[p].id for p in order.tolist()],
        activities=rows,
        project_start=prep.index.origin,
        calendar_index=prep.index,
    )
