"""Leveling a portfolio: the priority-rule serial SGS, then a random-key local search on
priority lists within the time limit.

Every list puts the jobs of a higher (inherited) priority first, so a committed project
always has the first claim on a contested resource; the search only reorders jobs within
a priority class. The first list is the rule itself (smallest latest finish, then id).
Then four other rules get one pass each (minimum slack, latest finish plus slack, the
groups one after another, the groups by work content), and the best becomes the
incumbent; then, three times, the latest-finish rule re-anchored at the incumbent's group
finishes gets a pass too. A list is the jobs sorted by a key per job (the rule's value, plus a
shift per group, plus a nudge per job); each step perturbs the incumbent's keys (pulls
forward a group that lags, chosen by its tardiness and delay; shifts a random group;
swaps two groups' shifts; or nudges a random share of the jobs), decodes the list and
keeps it if the schedule is no worse. Schedules are compared lexicographically on (jobs
left unplaceable, tardiness per priority level from the highest down, sum of group
finishes).
"""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np

from accord.scheduling.leveling.kernel import Compiled
from accord.scheduling.leveling.model import Leveled, Problem

Progress = Callable[[float, str], None]
REANCHOR = 3  # how many times the latest finishes are re-anchored at the incumbent


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
        values = (base + offsets[job_group] + noise).tolist()
        return list(zip(neg_eff, values, ranks, strict=True))

    # the incumbent's random keys: a base rule, a shift per group and a nudge per job
    base = lf_arr
    offsets = np.zeros(len(gindex))
    noise = np.zeros(n)
    group_early = np.zeros(len(gindex))
    for j in range(n):
        gi = job_group[j]
        group_early[gi] = max(group_early[gi], ef[j])
    pending = _other_rules(compiled, es, ef, lf_arr) if n else []
    reanchor = REANCHOR
    last_report = time.perf_counter()
    while best[3] > bound and budget_left():
        trial_base = base
        if not pending and reanchor:
            reanchor -= 1
            pending = [_reanchored(compiled, es, ef, best[1], lf_arr)]
        if pending:
            trial_base, trial_offsets, trial_noise = pending.pop(0), offsets, noise
        else:
            trial_offsets, trial_noise = offsets.copy(), noise
            move = rng.random()
            if move < 0.2 and len(gindex) > 1:
                # pull forward a group that lags: late against its due, or far behind
                # its unconstrained finish
                weight = _lag_weights(compiled, best[1], group_early, gindex)
                g = rng.choice(len(gindex), p=weight)
                trial_offsets[g] -= rng.uniform(0.05, 0.5) * spread
            elif move < 0.4 and len(gindex) > 1:
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
        base, previous = trial_base, base
        found = _decoded(compiled, compiled.ordered(keyed(trial_offsets, trial_noise)), scorer)
        count += 1
        if found[3] <= best[3]:  # sideways moves too: plateaus are wide
            best, offsets, noise = found, trial_offsets, trial_noise
        else:
            base = previous
        if progress is not None and time.perf_counter() - last_report > 0.25:
            last_report = time.perf_counter()
            _say(progress, fraction(), f"{count} schedules evaluated")
    start, finish, unplaceable, _ = best
    took = time.perf_counter() - began
    _say(progress, 1.0, f"Leveled {compiled.n} jobs ({count} schedules evaluated)")
    return _result(compiled, start, finish, es, ef, unplaceable, count, took)


def _other_rules(compiled: Compiled, es, ef, lf: np.ndarray) -> list[np.ndarray]:
    """Priority rules tried after the latest-finish rule, as keys on the scale of the
    latest finishes (each rule's rank order spread over their range): minimum slack,
    latest finish plus slack, the groups one after another (earliest unconstrained finish
    first), and the groups by total work content (smallest first)."""
    n = compiled.n
    ef_arr = np.asarray(ef, dtype=float)
    span = float(lf.max() - lf.min()) + 1.0
    end: dict[str, int] = {}
    work: dict[str, int] = {}
    for j in range(n):
        g = compiled.group[j]
        end[g] = max(end.get(g, 0), ef[j])
        work[g] = work.get(g, 0) + compiled.dur[j] * max(1, len(compiled.res[j]))
    slack = lf - ef_arr
    group_end = np.array([end[g] for g in compiled.group], dtype=float)
    group_work = np.array([work[g] for g in compiled.group], dtype=float)
    rules = [(slack, lf), (lf + slack, lf), (group_end, lf), (group_work, lf)]
    keys = []
    for primary, secondary in rules:
        rank = np.empty(n)
        rank[np.lexsort((secondary, primary))] = np.arange(n)
        keys.append(lf.min() + rank * (span / max(1, n)))
    return keys


def _lag_weights(compiled: Compiled, finish, group_early: np.ndarray, gindex) -> np.ndarray:
    """How likely each group is to be pulled forward: its tardiness (counted a hundred
    times) plus its delay against its unconstrained finish, plus one."""
    weight = np.ones(len(gindex))
    ends = np.zeros(len(gindex))
    for j in range(compiled.n):
        gi = gindex[compiled.group[j]]
        ends[gi] = max(ends[gi], finish[j])
        due = compiled.due[j]
        if due is not None and finish[j] > due:
            weight[gi] += 100.0 * (finish[j] - due)
    weight += ends - group_early
    return weight / weight.sum()


def _reanchored(compiled: Compiled, es, ef, finish, lf: np.ndarray) -> np.ndarray:
    """Latest finishes anchored at the groups' finishes in a leveled schedule rather than
    their unconstrained ones: a project that a bottleneck holds back anyway stops
    claiming resources ahead of one that could still finish early."""
    anchor: dict[str, int] = {}
    for j in range(compiled.n):
        g = compiled.group[j]
        anchor[g] = max(anchor.get(g, 0), finish[j])
    return np.asarray(compiled.latest_finishes(es, ef, anchor), dtype=float)


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
