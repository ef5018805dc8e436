"""Serial schedule-generation scheme (Kolisch 1996), forward and backward.

The resource profile is one numpy int array of remaining capacity per period and
resource over a horizon of the sum of the durations; an activity's earliest
resource-feasible start is found by comparing a slice of it with the demand vector and
searching the resulting feasibility bytes for a run as long as the duration; booking it
is one slice subtraction.
"""

from __future__ import annotations

import heapq

import numpy as np

from accord.scheduling.rcpsp.model import Instance


def latest_finishes(instance: Instance) -> list[int]:
    """Backward CPM pass ignoring resources: latest finish of every activity (horizon = CPM)."""
    from accord.scheduling.rcpsp.model import critical_path_bound

    horizon = critical_path_bound(instance)
    lf = [horizon] * instance.n
    succ, dur = instance.successors, instance.durations
    for j in reversed(instance.topological_order):
        lf[j] = min((lf[s] - dur[s] for s in succ[j]), default=horizon)
    return lf


def lft_priority_list(instance: Instance) -> list[int]:
    """A precedence-feasible activity list: among eligible activities, smallest latest finish first.

    Ties are broken by the smaller index.
    """
    lf = latest_finishes(instance)
    preds = instance.predecessors
    missing = [len(p) for p in preds]
    ready = [(lf[j], j) for j in range(instance.n) if missing[j] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        _, j = heapq.heappop(ready)
        order.append(j)
        for s in instance.successors[j]:
            missing[s] -= 1
            if missing[s] == 0:
                heapq.heappush(ready, (lf[s], s))
    return order


class Kernel:
    """The serial SGS compiled for one instance (reused across many schedules)."""

    def __init__(self, instance: Instance) -> None:
        self.instance = instance
        self.n = instance.n
        self.dur = list(instance.durations)
        self.preds = instance.predecessors
        self.succs = instance.successors
        self.horizon = sum(self.dur) + 1
        k = len(instance.capacities)
        # The profile is time-major (period, resource), the resources padded to 1, 2, 4 or 8
        # columns with zero capacity and zero demand, so that one comparison row of bools
        # reads as one unsigned integer: all ones means every resource fits in that period.
        width = next((w for w in (1, 2, 4, 8) if w >= k), k)
        self.width = width
        self.view = {1: np.uint8, 2: np.uint16, 4: np.uint32, 8: np.uint64}.get(width)
        self.all_fit = int.from_bytes(b"\x01" * width, "little") if self.view else None
        self.capacity = np.zeros(width, dtype=np.int64)
        self.capacity[:k] = instance.capacities
        self.need = []
        for j, row in enumerate(instance.demands):
            if self.dur[j] and any(row):
                need = np.zeros(width, dtype=np.int64)
                need[:k] = row
                self.need.append(need)
            else:
                self.need.append(None)
        # the byte pattern of ``d`` feasible periods in a row, searched in the profile
        self.runs = [b"\x01" * d for d in self.dur]
        self.rank = [0] * self.n
        for i, j in enumerate(instance.topological_order):
            self.rank[j] = i

    def _serial(self, order, preds) -> list[int]:
        dur, needs, runs = self.dur, self.need, self.runs
        view, all_fit = self.view, self.all_fit
        finish = [0] * self.n
        start = [0] * self.n
        rem = np.empty((self.horizon, self.width), dtype=np.int64)
        rem[:] = self.capacity
        tmax = 0
        for j in order:
            es = 0
            for p in preds[j]:
                if finish[p] > es:
                    es = finish[p]
            d = dur[j]
            need = needs[j]
            if need is None:
                s = es
            else:
                if es < tmax:
                    fits = rem[es : tmax + d] >= need
                    if view is not None:
                        ok = fits.view(view).ravel() == all_fit
                    else:
                        ok = fits.all(axis=1)
                    s = es + ok.tobytes().find(runs[j])
                else:
                    s = es
                rem[s : s + d] -= need
            start[j] = s
            f = s + d
            finish[j] = f
            if f > tmax:
                tmax = f
        return start

    def forward(self, order) -> list[int]:
        """Serial SGS: each activity of ``order`` at its earliest feasible start."""
        return self._serial(order, self.preds)

    def backward(self, order) -> list[int]:
        """Serial SGS from the right: ``order`` lists successors before predecessors.

        Each activity finishes as late as possible; the result is shifted so the earliest
        start is 0.
        """
        mirror = self._serial(order, self.succs)
        dur = self.dur
        end = max((s + d for s, d in zip(mirror, dur, strict=True)), default=0)
        return [end - s - d for s, d in zip(mirror, dur, strict=True)]

    def makespan(self, starts) -> int:
        return max((s + d for s, d in zip(starts, self.dur, strict=True)), default=0)

    def justify(self, starts, makespan: int) -> tuple[list[int], int, int]:
        """Double justification (Valls et al. 2005): right then left, while the makespan shrinks.

        Returns the justified starts, their makespan and the number of SGS passes made.
        """
        dur, rank = self.dur, self.rank
        passes = 0
        while True:
            right = self.backward(
                sorted(range(self.n), key=lambda j: (-(starts[j] + dur[j]), -rank[j]))
            )
            left = self.forward(sorted(range(self.n), key=lambda j: (right[j], rank[j])))
            passes += 2
            ms = self.makespan(left)
            if ms < makespan:
                starts, makespan = left, ms
                continue
            if ms == makespan:
                starts = left
            return starts, makespan, passes


def serial_sgs(instance: Instance, activity_list) -> list[int]:
    """Start times from the serial SGS over a precedence-feasible activity list."""
    _check_list(instance, activity_list, instance.predecessors, "predecessor")
    return Kernel(instance).forward(activity_list)


def backward_sgs(instance: Instance, activity_list) -> list[int]:
    """Start times from the backward serial SGS; the list must put successors first."""
    _check_list(instance, activity_list, instance.successors, "successor")
    return Kernel(instance).backward(activity_list)


def _check_list(instance: Instance, order, before, word: str) -> None:
    if sorted(order) != list(range(instance.n)):
        raise ValueError("the activity list must hold every activity exactly once")
    seen = set()
    for j in order:
        for p in before[j]:
            if p not in seen:
                raise ValueError(f"activity {j} comes before its {word} {p} in the list")
        seen.add(j)
