"""Monte Carlo schedule risk analysis: :func:`simulate` and its :class:`RiskResult`.

Each iteration draws a duration for every activity with a three-point estimate and runs
a forward and backward pass. Nothing loops per iteration or per activity in Python: the
uniform draws of a batch of iterations become durations through each activity's
quantile table (:mod:`~accord.scheduling.distributions`), and the passes of
:mod:`~accord.scheduling.passes` evaluate each topological level for all iterations of
the batch at once, on ``(activities, iterations)`` arrays. Batches bound the memory and
give the convergence check its checkpoints.

Times are continuous working days from the project start; a finish time ``F`` falls on
working day ``ceil(F) - 1``, the day the last fraction of work is done.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from accord.scheduling import distributions
from accord.scheduling.calendar import WorkdayIndex
from accord.scheduling.errors import InvalidNetworkError
from accord.scheduling.graph import FF, FS
from accord.scheduling.model import Network
from accord.scheduling.passes import backward, forward
from accord.scheduling.prepare import Prepared, prepare

PERCENTILES = (10, 50, 80, 90)
# Single precision halves the memory traffic of the passes, which is what they spend
# their time on; total float is compared with a tolerance that covers its rounding.
DTYPE = np.float32
_TOLERANCE = 1e-6  # working days, for dates and targets computed in double precision
_EPS32 = float(np.finfo(np.float32).eps)
_BATCH_CELLS = 2**19  # activities x iterations per batch: 2 MB arrays stay in cache


@dataclass(frozen=True, eq=False)
class RiskResult:
    """Finish-date distribution and per-activity risk drivers.

    ``criticality`` is the share of iterations in which the activity had zero total
    float; ``sensitivity`` the correlation between its sampled duration and the project
    finish (0 for activities without uncertainty), the bars of a tornado chart.
    """

    iterations: int
    seed: int | None
    distribution: str
    converged: bool | None
    deterministic_finish: date
    finish_days: np.ndarray
    ids: list[str]
    names: list[str]
    estimated: np.ndarray
    criticality: np.ndarray
    sensitivity: np.ndarray
    calendar_index: WorkdayIndex = field(repr=False)
    target: date | None = None

    def finish_date_at(self, percent: float) -> date:
        """The date by which the project finishes in ``percent`` % of iterations."""
        days = float(np.percentile(self.finish_days, percent))
        return self._date_of(days)

    def _date_of(self, days: float) -> date:
        return self.calendar_index.date(max(math.ceil(days - _TOLERANCE) - 1, 0))

    @property
    def percentiles(self) -> dict[str, date]:
        """P10, P50, P80 and P90 finish dates."""
        return {f"P{p}": self.finish_date_at(p) for p in PERCENTILES}

    @property
    def mean_finish_days(self) -> float:
        return float(self.finish_days.mean())

    def probability_of_finishing_by(self, day: date) -> float:
        """Share of iterations finishing on or before ``day``."""
        limit = self.calendar_index.last_on_or_before(day) + 1
        return float(np.mean(self.finish_days <= limit + _TOLERANCE))

    @property
    def probability(self) -> float | None:
        """Probability of meeting ``target``, when a target was given."""
        return None if self.target is None else self.probability_of_finishing_by(self.target)

    def tornado(self, top: int = 10) -> list[tuple[str, str, float]]:
        """``(id, name, sensitivity)`` of the ``top`` strongest drivers, strongest first."""
        order = np.argsort(-np.abs(self.sensitivity), kind="stable")[:top]
        return [
            (self.ids[i], self.names[i], float(self.sensitivity[i]))
            for i in order.tolist()
            if self.sensitivity[i] != 0
        ]

    def to_dict(self) -> dict:
        """JSON-ready summary."""
        return {
            "iterations": self.iterations,
            "seed": self.seed,
            "distribution": self.distribution,
            "converged": self.converged,
            "deterministic_finish": self.deterministic_finish.isoformat(),
            "percentiles": {k: v.isoformat() for k, v in self.percentiles.items()},
            "mean_finish_days": round(self.mean_finish_days, 3),
            "target": None if self.target is None else self.target.isoformat(),
            "probability": self.probability,
            "activities": [
                {
                    "id": aid,
                    "name": name,
                    "criticality": round(float(c), 4),
                    "sensitivity": round(float(s), 4),
                }
                for aid, name, c, s in zip(
                    self.ids, self.names, self.criticality, self.sensitivity, strict=True
                )
            ],
        }


def _possible_last(prep: Prepared) -> np.ndarray:
    """Positions that can finish last: all but those with an FS or FF successor (lag >= 0)
    whose dates only the logic sets, which then always finishes at or after them."""
    lv, b = prep.lv, prep.bounds
    pulled = np.zeros(lv.n, dtype=bool)  # early dates a constraint or progress can set
    pulled[list(set(b.fixed_start) | set(b.fixed_finish) | b.started)] = True
    if b.honor:
        pulled[list(set(b.start_max) | set(b.finish_max))] = True
    safe = ((lv.out_type == FS) | (lv.out_type == FF)) & (lv.out_lag >= 0)
    safe &= ~pulled[np.where(lv.out_dst >= 0, lv.out_dst, 0)]
    dominated = np.zeros(lv.n, dtype=bool)
    dominated[lv.out_src[safe]] = True
    return np.flatnonzero(~dominated)


def _slices(rng: np.random.Generator, shape: tuple[int, int]) -> np.ndarray:
    """Uniform slice numbers in ``[0, QUANTILES)``: four per 64 random bits.

    The generator's raw 64-bit words are split into 16-bit lanes and masked to 10 bits;
    as 1024 divides 65536 every slice is equally likely. It is a third faster than
    ``Generator.integers`` and draws from the same seeded stream.
    """
    count = shape[0] * shape[1]
    lanes = rng.bit_generator.random_raw((count + 3) // 4).view(np.uint16)[:count]
    lanes &= distributions.QUANTILES - 1
    return lanes.reshape(shape)


def simulate(
    network: Network,
    *,
    iterations: int = 10_000,
    seed: int | None = None,
    distribution: str = "pert",
    target: date | None = None,
    convergence: float | None = None,
    batch: int | None = None,
    honor_constraints: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> RiskResult:
    """Monte Carlo schedule risk on the network's three-point estimates.

    ``distribution`` is ``"pert"`` (PERT-beta) or ``"triangular"``. The same ``seed``
    (and ``batch``, which defaults to a size set by the network) gives the same result.
    With ``convergence`` (working days), the run stops after a batch that moved none of
    P10/P50/P80/P90 by more than that; ``iterations`` is then a maximum. Activities
    without an estimate, and work already started, keep their deterministic durations.
    ``honor_constraints`` is as in :func:`~accord.scheduling.schedule`. ``progress``,
    if given, is called after each batch with (iterations done, iterations asked for).
    """
    if distribution not in distributions.DISTRIBUTIONS:
        raise InvalidNetworkError(
            f"unknown distribution {distribution!r}: use one of {distributions.DISTRIBUTIONS}"
        )
    if iterations < 1:
        raise InvalidNetworkError("the simulation needs at least one iteration")
    prep = prepare(network, honor_constraints)
    n = prep.lv.n
    acts = prep.activities_by_pos
    stochastic = [
        p for p, a in enumerate(acts) if a.estimate is not None and p not in prep.bounds.started
    ]
    stoch = np.array(stochastic, dtype=np.int64)
    est = [acts[p].estimate for p in stochastic]
    o = np.array([e.optimistic for e in est], dtype=np.float64)
    m = np.array([e.most_likely for e in est], dtype=np.float64)
    pe = np.array([e.pessimistic for e in est], dtype=np.float64)
    table = distributions.quantile_table(o, m, pe, distribution)
    table_flat = table.ravel().astype(DTYPE)
    row_base = (np.arange(stoch.size, dtype=np.intp) * distributions.QUANTILES)[:, None]
    base_dur = prep.dur.astype(np.float64)

    ends = _possible_last(prep)
    det = forward(prep.plan, prep.dur)
    det_finish = int(det[n : 2 * n].max())

    size = batch or max(16, min(iterations, _BATCH_CELLS // max(n, 1)))
    rng = np.random.default_rng(seed)
    crit_count = np.zeros(n, dtype=np.int64)
    cross = np.zeros(stoch.size)  # sum of d * (finish - centre)
    all_stochastic = stoch.size == n
    finishes: list[np.ndarray] = []
    done, converged, previous = 0, None if convergence is None else False, None
    buffers = None
    centre = None
    while done < iterations:
        c = min(size, iterations - done)
        if buffers is None or buffers[0].shape[1] != c:
            buffers = tuple(np.empty((rows, c), DTYPE) for rows in (n, 2 * n + 1, 2 * n + 1))
        durations, early, late = buffers
        if not all_stochastic:
            durations[:] = base_dur[:, None]
        if stoch.size:
            picks = np.add(_slices(rng, (stoch.size, c)), row_base, dtype=np.intp)
            if all_stochastic:
                table_flat.take(picks, out=durations)
            else:
                durations[stoch] = table_flat.take(picks)
        forward(prep.plan, durations, out=early)
        finish = early[n + ends].max(axis=0)  # only an activity without successors can
        tolerance = 2 * _EPS32 * float(finish.max()) * (prep.lv.count + 1)
        backward(
            prep.plan,
            durations,
            early,
            finish,
            out=late,
            critical_count=crit_count,
            tolerance=tolerance,
        )
        if centre is None:
            centre = float(finish.mean())  # keeps the cross sums free of cancellation
        if stoch.size:
            d = durations if all_stochastic else durations[stoch]
            cross += d @ (finish - np.float32(centre))
        finishes.append(finish.astype(np.float64))
        done += c
        if progress is not None:
            progress(done, iterations)
        if convergence is not None:
            current = np.percentile(np.concatenate(finishes), PERCENTILES)
            if previous is not None and np.max(np.abs(current - previous)) <= convergence:
                converged = True
                break
            previous = current

    finish_days = np.concatenate(finishes)
    sensitivity = np.zeros(n)
    if stoch.size:
        # The duration's mean and variance are those of its (exactly known) table; only
        # the cross term and the finish's moments are estimated from the sample.
        f = finish_days - centre
        mean_d, var_d = table.mean(axis=1), table.var(axis=1)
        cov = cross / done - mean_d * f.mean()
        var_f = f.var()
        with np.errstate(divide="ignore", invalid="ignore"):
            corr = cov / np.sqrt(var_d * var_f)
        sensitivity[stoch] = np.where((var_d > 1e-12) & (var_f > 1e-12), corr, 0.0)
    criticality = crit_count / done
    finished = list(prep.bounds.finished)
    criticality[finished] = 0.0
    estimated = np.zeros(n, dtype=bool)
    estimated[stoch] = True

    order = np.argsort(prep.activity_of_pos)  # report in the network's order
    return RiskResult(
        iterations=done,
        seed=seed,
        distribution=distribution,
        converged=converged,
        deterministic_finish=prep.index.date(max(det_finish - 1, 0)),
        finish_days=finish_days,
        ids=[acts[p].id for p in order.tolist()],
        names=[acts[p].name for p in order.tolist()],
        estimated=estimated[order],
        criticality=criticality[order],
        sensitivity=np.clip(sensitivity[order], -1.0, 1.0),
        calendar_index=prep.index,
        target=target,
    )
