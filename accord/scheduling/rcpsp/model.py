"""The RCPSP instance and result, with a feasibility check and the CPM lower bound.

Activities are numbered 0..n-1. Precedence is finish-to-start with zero lag; every
resource is renewable with a constant capacity. Time is in integer periods from 0.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np


def _ints(values, what: str) -> tuple[int, ...]:
    out = []
    for v in values:
        if isinstance(v, bool) or not isinstance(v, (int, np.integer)):
            raise ValueError(f"{what} must be integers, got {v!r}")
        out.append(int(v))
    return tuple(out)


@dataclass(frozen=True)
class Instance:
    """A single-mode RCPSP instance with renewable resources and FS precedence."""

    durations: tuple[int, ...]
    successors: tuple[tuple[int, ...], ...]
    demands: tuple[tuple[int, ...], ...]
    capacities: tuple[int, ...]
    name: str = ""

    def __post_init__(self) -> None:
        durations = _ints(self.durations, "durations")
        n = len(durations)
        capacities = _ints(self.capacities, "capacities")
        for j, d in enumerate(durations):
            if d < 0:
                raise ValueError(f"activity {j} has a negative duration ({d})")
        for k, c in enumerate(capacities):
            if c < 0:
                raise ValueError(f"resource {k} has a negative capacity ({c})")
        if len(self.successors) != n:
            raise ValueError(f"successors has {len(self.successors)} entries for {n} activities")
        if len(self.demands) != n:
            raise ValueError(f"demands has {len(self.demands)} rows for {n} activities")
        successors = []
        for j, succ in enumerate(self.successors):
            succ = _ints(succ, f"successors of activity {j}")
            for s in succ:
                if not 0 <= s < n:
                    raise ValueError(f"activity {j} has an unknown successor {s}")
                if s == j:
                    raise ValueError(f"activity {j} is its own successor (a cycle)")
            successors.append(tuple(dict.fromkeys(succ)))
        demands = []
        for j, row in enumerate(self.demands):
            row = _ints(row, f"demands of activity {j}")
            if len(row) != len(capacities):
                raise ValueError(
                    f"activity {j} has {len(row)} demands for {len(capacities)} resources"
                )
            for k, q in enumerate(row):
                if q < 0:
                    raise ValueError(f"activity {j} has a negative demand ({q}) of resource {k}")
                if q > capacities[k]:
                    raise ValueError(
                        f"activity {j} needs {q} units of resource {k}, "
                        f"above its capacity of {capacities[k]}"
                    )
            demands.append(row)
        object.__setattr__(self, "durations", durations)
        object.__setattr__(self, "capacities", capacities)
        object.__setattr__(self, "successors", tuple(successors))
        object.__setattr__(self, "demands", tuple(demands))
        self.topological_order  # noqa: B018 - raises ValueError on a cycle

    @property
    def n(self) -> int:
        return len(self.durations)

    @cached_property
    def predecessors(self) -> tuple[tuple[int, ...], ...]:
        preds: list[list[int]] = [[] for _ in range(self.n)]
        for j, succ in enumerate(self.successors):
            for s in succ:
                preds[s].append(j)
        return tuple(tuple(p) for p in preds)

    @cached_property
    def topological_order(self) -> tuple[int, ...]:
        """Activities in a precedence-feasible order (smallest index first among ready ones)."""
        import heapq

        indeg = [len(p) for p in self.predecessors]
        ready = [j for j in range(self.n) if indeg[j] == 0]
        heapq.heapify(ready)
        order = []
        while ready:
            j = heapq.heappop(ready)
            order.append(j)
            for s in self.successors[j]:
                indeg[s] -= 1
                if indeg[s] == 0:
                    heapq.heappush(ready, s)
        if len(order) != self.n:
            stuck = sorted(j for j in range(self.n) if indeg[j] > 0)
            raise ValueError(f"the precedence graph has a cycle through activities {stuck}")
        return tuple(order)


@dataclass(frozen=True)
class Result:
    """A schedule: start period of every activity, its makespan, and the effort spent."""

    starts: tuple[int, ...]
    makespan: int
    schedules_generated: int


def earliest_finishes(instance: Instance) -> list[int]:
    """Forward CPM pass ignoring resources: earliest finish of every activity."""
    finish = [0] * instance.n
    preds, dur = instance.predecessors, instance.durations
    for j in instance.topological_order:
        finish[j] = max((finish[p] for p in preds[j]), default=0) + dur[j]
    return finish


def critical_path_bound(instance: Instance) -> int:
    """The CPM lower bound on the makespan: the longest path, resources ignored."""
    return max(earliest_finishes(instance), default=0)


def _ranges(periods: np.ndarray) -> list[tuple[int, int]]:
    """Consecutive runs in a sorted array of periods, as (first, last) pairs."""
    runs: list[tuple[int, int]] = []
    for t in periods.tolist():
        if runs and runs[-1][1] == t - 1:
            runs[-1] = (runs[-1][0], t)
        else:
            runs.append((t, t))
    return runs


def validate(instance: Instance, starts) -> list[str]:
    """Every violated precedence and resource overload of ``starts``, in words; [] if feasible."""
    n = instance.n
    if len(starts) != n:
        return [f"{len(starts)} start times given for {n} activities"]
    problems = []
    starts = [int(s) for s in starts]
    dur = instance.durations
    for j, s in enumerate(starts):
        if s < 0:
            problems.append(f"activity {j} starts at {s}, before time 0")
    for j, succ in enumerate(instance.successors):
        for s in succ:
            if starts[s] < starts[j] + dur[j]:
                problems.append(
                    f"activity {s} starts at {starts[s]} before its predecessor {j} "
                    f"finishes at {starts[j] + dur[j]}"
                )
    if n and instance.capacities:
        lo = min(starts)
        horizon = max(s + d for s, d in zip(starts, dur, strict=True)) - lo
        usage = np.zeros((len(instance.capacities), horizon + 1), dtype=np.int64)
        for j, s in enumerate(starts):
            if dur[j]:
                usage[:, s - lo] += instance.demands[j]
                usage[:, s - lo + dur[j]] -= instance.demands[j]
        usage = np.cumsum(usage, axis=1)
        for k, cap in enumerate(instance.capacities):
            over = np.flatnonzero(usage[k] > cap)
            for a, b in _ranges(over):
                peak = int(usage[k, a : b + 1].max())
                when = f"period {a + lo}" if a == b else f"periods {a + lo}-{b + lo}"
                problems.append(
                    f"resource {k} is overloaded in {when}: {peak} units used, capacity {cap}"
                )
    return problems
