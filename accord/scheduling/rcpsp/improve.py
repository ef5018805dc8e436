"""Accord's RCPSP method: an activity-list genetic algorithm with double justification.

Hartmann (1998) activity-list GA (two-point crossover, precedence-feasible adjacent-swap
mutation, ranking selection) whose every child is decoded by the serial SGS (Kolisch
1996) and improved by forward-backward double justification (Valls, Ballestín and
Quintanilla 2005); the justified schedule's order is written back into the child. The
first population is the LFT list plus regret-biased random sampling lists over LFT
priorities.
"""

from __future__ import annotations

import random
import time

from accord.scheduling.rcpsp.model import Instance, Result, critical_path_bound
from accord.scheduling.rcpsp.sgs import Kernel, latest_finishes, lft_priority_list

POPULATION = 20
MUTATION = 0.05


class _Budget(Exception):
    pass


def schedule(
    instance: Instance,
    *,
    time_limit: float | None = 1.0,
    seed: int = 0,
    max_schedules: int | None = None,
) -> Result:
    """A short schedule for ``instance`` found within ``time_limit`` seconds or ``max_schedules``.

    Every SGS pass (forward or backward) counts as one schedule. The result is
    deterministic for a given ``seed`` when ``max_schedules`` stops the search before the
    time limit (``time_limit=None`` means no time limit; then ``max_schedules`` is
    required). The result is never longer than the single-pass LFT schedule.
    """
    if time_limit is None and max_schedules is None:
        raise ValueError("give a time_limit or max_schedules")
    kernel = Kernel(instance)
    n = instance.n
    rng = random.Random(seed)  # noqa: S311 - a search heuristic, not cryptography
    deadline = None if time_limit is None else time.perf_counter() + time_limit
    bound = critical_path_bound(instance)
    rank = kernel.rank
    count = 0
    best_starts: list[int] = []
    best = None

    def evaluate(order: list[int]) -> tuple[int, list[int]]:
        nonlocal count, best, best_starts
        if (max_schedules is not None and count >= max_schedules) or (
            deadline is not None and time.perf_counter() > deadline
        ):
            raise _Budget
        starts = kernel.forward(order)
        count += 1
        ms = kernel.makespan(starts)
        if max_schedules is None or count + 2 <= max_schedules:
            starts, ms, passes = kernel.justify(starts, ms)
            count += passes
        if best is None or ms < best:
            best, best_starts = ms, starts
        if ms <= bound:
            raise _Budget
        return ms, sorted(range(n), key=lambda j: (starts[j], rank[j]))

    lft = lft_priority_list(instance)
    try:
        population = [evaluate(lft)]
        lf = latest_finishes(instance)
        while True:
            # the first population, and fresh samples whenever duplicates were dropped
            while len(population) < POPULATION:
                population.append(evaluate(_regret_sample(instance, lf, rng)))
            population.sort(key=lambda p: p[0])
            children = []
            shuffled = population[:]
            rng.shuffle(shuffled)
            for a, b in zip(shuffled[::2], shuffled[1::2], strict=False):
                for mother, father in ((a[1], b[1]), (b[1], a[1])):
                    child = _crossover(mother, father, rng)
                    _mutate(child, instance.successors, rng)
                    children.append(evaluate(child))
            population = _select(population + children)
    except _Budget:
        pass
    if best is None:  # no budget even for the first schedule
        best_starts = kernel.forward(lft)
        best, count = kernel.makespan(best_starts), count + 1
    return Result(tuple(best_starts), best, count)


def _select(pool: list[tuple[int, list[int]]]) -> list[tuple[int, list[int]]]:
    """The POPULATION best distinct lists (ranking selection)."""
    pool.sort(key=lambda p: p[0])
    seen, kept = set(), []
    for item in pool:
        key = tuple(item[1])
        if key not in seen:
            seen.add(key)
            kept.append(item)
        if len(kept) == POPULATION:
            break
    return kept


def _crossover(mother: list[int], father: list[int], rng: random.Random) -> list[int]:
    """Two-point crossover (Hartmann 1998): the mother's first q activities, the father's
    next r - q not yet taken, then the rest in the mother's order; precedence-feasible."""
    q = rng.randrange(1, len(mother)) if len(mother) > 1 else 0
    head = mother[:q]
    taken = set(head)
    r = rng.randrange(q, len(mother) + 1)
    middle = [j for j in father if j not in taken][: r - q]
    taken.update(middle)
    return head + middle + [j for j in mother if j not in taken]


def _mutate(order: list[int], successors, rng: random.Random) -> None:
    """Swap neighbours with probability MUTATION unless the first precedes the second."""
    for i in range(len(order) - 1):
        if rng.random() < MUTATION and order[i + 1] not in successors[order[i]]:
            order[i], order[i + 1] = order[i + 1], order[i]


def _regret_sample(instance: Instance, lf: list[int], rng: random.Random) -> list[int]:
    """Regret-based biased random sampling (Kolisch 1996) with LFT priorities."""
    missing = [len(p) for p in instance.predecessors]
    eligible = [j for j in range(instance.n) if missing[j] == 0]
    order = []
    while eligible:
        worst = max(lf[j] for j in eligible)
        weights = [worst - lf[j] + 1 for j in eligible]
        i = rng.choices(range(len(eligible)), weights=weights)[0]
        j = eligible.pop(i)
        order.append(j)
        for s in instance.successors[j]:
            missing[s] -= 1
            if missing[s] == 0:
                eligible.append(s)
    return order
