"""Leveling a portfolio: the priority-rule serial SGS, then a sampling search on priority
lists within the time limit.

Every list puts the jobs of a higher (inherited) priority first, so a committed project
always has the first claim on a contested resource and the search only reorders jobs
within a priority class. The first list is the rule itself (smallest latest finish,
then id); the second lists the groups one after another (the group finishing earliest
first), which often shortens the sum of group finishes; then random-key samples: each job's
latest finish plus random noise (biased random sampling), or the order of the best
schedule's starts plus noise (a local search around the incumbent). Schedules are compared
lexicographically on (jobs left unplaceable, tardiness per priority level from the
highest down, sum of group finishes).
"""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np

from accord.scheduling.leveling.kernel import Compiled
from accord.scheduling.leveling.model import Leveled, Problem

Progress = Callable[[float, str], None]


def early_schedule(problem: Problem) -> Leveled:
    """Every job at its earliest start allowed by links, calendars, releases and fixed
    starts, with resources ignored."""
    began = time.perf_counter()
    compiled = Compiled(problem)
    es, ef = compiled.early()
    return _result(compiled, es, ef, es, ef, [], 0, time.perf_counter() - began)


def level(
    problem: Problem,
    *,
    time_limit: float | None = 1.0,
    seed: int = 0,
    progress: Progress | None = None,
    max_schedules: int | None = None,
) -> Leveled:
    """A resource-feasible schedule of ``problem`` found within ``time_limit`` seconds.

    ``max_schedules`` caps the number of SGS passes; with ``time_limit=None`` the result
    depends only on ``seed`` and ``max_schedules`` (also when the time limit is not
    reached first). At least one pass, the priority rule's, always runs.
    """
    if time_limit is None and max_schedules is None:
        raise ValueError("give a time_limit or max_schedules")
    began = time.perf_counter()
    deadline = None if time_limit is None else began + time_limit
    _say(progress, 0.0, "Preparing the portfolio")
    compiled = Compiled(problem)
    es, ef = compiled.early()
    lf = compiled.latest_finishes(es, ef)
    eff = compiled.effective_priority()
    id_rank = {j: r for r, j in enumerate(sorted(range(compiled.n), key=compiled.ids.__getitem__))}
    scorer = _Scorer(compiled)

    def budget_left() -> bool:
        if max_schedules is not None and count >= max_schedules:
            return False
        return deadline is None or time.perf_counter() < deadline

    def fraction() -> float:
        parts = []
        if max_schedules:
            parts.append(count / max_schedules)
        if deadline is not None and time_limit:
            parts.append((time.perf_counter() - began) / time_limit)
        return min(1.0, max(parts, default=0.0))

    rule_key = [(-eff[j], lf[j], id_rank[j]) for j in range(compiled.n)]
    best = _decoded(compiled, compiled.ordered(rule_key), scorer)
    count = 1
    # no schedule beats the early one with the hopeless jobs left out: stop there
    bound = scorer(ef, [j for j in range(compiled.n) if compiled.too_big[j]])
    _say(progress, fraction(), "Priority rule placed every job; improving")
    rng = np.random.default_rng(seed)
    n = compiled.n
    gindex = {g: i for i, g in enumerate(compiled.groups)}
    job_group = np.array([gindex[g] for g in compiled.group], dtype=np.int64)
    lf_arr = np.asarray(lf, dtype=float)
    spread = max(1.0, float(np.std(lf_arr))) if n else 1.0
    neg_eff = [-e for e in eff]
    ranks = [id_rank[j] for j in range(n)]

    def keyed(offsets: np.ndarray, noise: np.ndarray) -> list[tuple]:
        values = (lf_arr + offsets[job_group] + noise).tolist()
        return list(zip(neg_eff, values, ranks, strict=True))

    # the incumbent's random keys: a shift per group and a nudge per job
    offsets = np.zeros(len(gindex))
    noise = np.zeros(n)
    # first alternative: the groups one after another, the earliest-finishing first
    group_end = {g: 0 for g in gindex}
    for j in range(n):
        group_end[compiled.group[j]] = max(group_end[compiled.group[j]], ef[j])
    by_end = sorted(gindex, key=lambda g: (group_end[g], g))
    sequential = np.zeros(len(gindex))
    for r, g in enumerate(by_end):
        sequential[gindex[g]] = r * 4.0 * (float(lf_arr.max() - lf_arr.min()) + 1.0) if n else 0
    pending = [sequential]
    last_report = time.perf_counter()
    while best[3] > bound and budget_left():
        if pending:
            trial_offsets, trial_noise = pending.pop(), noise
        else:
            trial_offsets, trial_noise = offsets.copy(), noise
            move = rng.random()
            if move < 0.4 and len(gindex) > 1:
                g = rng.integers(len(gindex))
                trial_offsets[g] += rng.choice([-1.0, 1.0]) * rng.uniform(0.05, 0.5) * spread
            elif move < 0.6 and len(gindex) > 1:
                g, h = rng.choice(len(gindex), size=2, replace=False)
                trial_offsets[g], trial_offsets[h] = trial_offsets[h], trial_offsets[g]
            else:
                trial_noise = noise.copy()
                picked = rng.random(n) < rng.choice([0.02, 0.05, 0.2])
                sigma = rng.choice([0.02, 0.1, 0.3]) * spread
                trial_noise[picked] += rng.normal(0.0, sigma, int(picked.sum()))
        found = _decoded(compiled, compiled.ordered(keyed(trial_offsets, trial_noise)), scorer)
        count += 1
        if found[3] <= best[3]:  # sideways moves too: plateaus are wide
            best, offsets, noise = found, trial_offsets, trial_noise
        if progress is not None and time.perf_counter() - last_report > 0.25:
            last_report = time.perf_counter()
            _say(progress, fraction(), f"{count} schedules evaluated")
    start, finish, unplaceable, _ = best
    took = time.perf_counter() - began
    _say(progress, 1.0, f"Leveled {compiled.n} jobs ({count} schedules evaluated)")
    return _result(compiled, start, finish, es, ef, unplaceable, count, took)


def _say(progress: Progress | None, fraction: float, message: str) -> None:
    if progress is not None:
        progress(fraction, message)


class _Scorer:
    """The lexicographic objective of a schedule, as a tuple to compare."""

    def __init__(self, compiled: Compiled) -> None:
        self.compiled = compiled
        levels = sorted(
            {compiled.prio[j] for j in range(compiled.n) if compiled.due[j] is not None}
        )
        self.levels = levels[::-1]
        self.level_of = {p: i for i, p in enumerate(self.levels)}
        self.dued = [j for j in range(compiled.n) if compiled.due[j] is not None]

    def __call__(self, finish, unplaceable) -> tuple:
        c = self.compiled
        tardiness = [0] * len(self.levels)
        for j in self.dued:
            late = finish[j] - c.due[j]
            if late > 0:
                tardiness[self.level_of[c.prio[j]]] += late
        ends: dict[str, int] = {}
        for j in range(c.n):
            g = c.group[j]
            if finish[j] > ends.get(g, -1):
                ends[g] = finish[j]
        return (len(unplaceable), *tardiness, sum(ends.values()))


def _decoded(compiled: Compiled, order, scorer: _Scorer):
    start, finish, unplaceable = compiled.decode(order)
    return start, finish, unplaceable, scorer(finish, unplaceable)


def _result(compiled: Compiled, start, finish, es, ef, unplaceable, count, seconds) -> Leveled:
    ids = compiled.ids
    group_finish: dict[str, int] = {}
    group_early: dict[str, int] = {}
    for j in range(compiled.n):
        g = compiled.group[j]
        group_finish[g] = max(group_finish.get(g, 0), finish[j])
        group_early[g] = max(group_early.get(g, 0), ef[j])
    return Leveled(
        start={ids[j]: start[j] for j in range(compiled.n)},
        finish={ids[j]: finish[j] for j in range(compiled.n)},
        delay={ids[j]: start[j] - es[j] for j in range(compiled.n)},
        group_finish=group_finish,
        group_delay={g: group_finish[g] - group_early[g] for g in group_finish},
        unplaceable=[ids[j] for j in sorted(unplaceable, key=ids.__getitem__)],
        schedules_evaluated=count,
        seconds=seconds,
        early_start={ids[j]: es[j] for j in range(compiled.n)},
        early_finish={ids[j]: ef[j] for j in range(compiled.n)},
        tardiness={
            ids[j]: max(0, finish[j] - compiled.due[j])
            for j in range(compiled.n)
            if compiled.due[j] is not None
        },
    )


def single_pass(problem: Problem) -> Leveled:
    """The priority rule alone, one serial SGS pass: the peer of ``level`` in benchmarks."""
    return level(problem, time_limit=None, max_schedules=1)
