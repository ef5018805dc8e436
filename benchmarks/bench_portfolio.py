"""Portfolio leveling: Accord's ``level`` against the single-pass priority rule on generated
CDMO portfolios of about 3,000 tasks, and against OR-Tools CP-SAT on a small one.

Run: ``python -m benchmarks.bench_portfolio`` (``make bench`` runs every benchmark);
``--seconds 1`` is ``level``'s time limit (``--schedules N`` stops it after N SGS passes
instead, which makes the results independent of the machine), ``--cpsat-seconds 0``
skips CP-SAT.

Shapes (``accord/scheduling/leveling/generator.py``, seed fixed): the default portfolio
(22 projects of 60-200 tasks), many small projects (60 of 20-80), few large (8 of
300-450) and the default with twice the capacity (loose). For each: the single serial SGS
pass of the priority rule and ``level`` (once per search seed, ``--seeds 3``: means and
the range of the sums) in the same run, every schedule checked by ``check``; the
sum of group finishes, the total tardiness (only committed projects have due periods) and
their ratios. The exact peer: CP-SAT on a portfolio of about 300 tasks on one 5-day
calendar (the model works in that calendar's working days, where it is exact),
minimising tardiness first and the sum of group finishes second, with its own time limit
and workers; once as generated and once with every job of one priority, since CP-SAT
knows no priority classes (``level`` never lets a lower class take a resource first).
"""

from __future__ import annotations

import argparse
import statistics
import time
from dataclasses import dataclass, replace

import numpy as np

from accord.scheduling.leveling import Leveled, Problem, check, level, single_pass
from accord.scheduling.leveling.generator import portfolio
from accord.scheduling.leveling.kernel import FF, FS, SF, SS, Compiled
from benchmarks.common import machine

SHAPES = {
    "default (22 projects x 60-200 tasks)": dict(projects=22, tasks=(60, 200)),
    "many small (60 x 20-80)": dict(projects=60, tasks=(20, 80)),
    "few large (8 x 300-450)": dict(projects=8, tasks=(300, 450)),
    "loose (default, capacity x 2)": dict(projects=22, tasks=(60, 200), capacity=2.0),
}


def ratio(a: float, b: float) -> str:
    return f"{a / b:.3f}" if b else ("1.000" if a == b else "inf")


@dataclass
class Runs:
    """``level`` run once per search seed: the means, and the range of the sums."""

    seconds: float
    schedules: float
    total: float  # mean sum of group finishes
    tardiness: float  # mean total tardiness
    low: int
    high: int

    def line(self, note: str = "") -> str:
        return (
            f"  level         {self.seconds:6.2f} s   sum of group finishes {self.total:9.1f}"
            f" ({self.low}-{self.high})   tardiness {self.tardiness:8.1f}"
            f"   ({self.schedules:.0f} schedules{note})"
        )


def run_level(problem: Problem, seeds: list[int], **limits) -> Runs:
    took, results = [], []
    for seed in seeds:
        began = time.perf_counter()
        result = level(problem, seed=seed, **limits)
        took.append(time.perf_counter() - began)
        problems = check(problem, result)
        assert not problems, problems[:5]
        results.append(result)
    sums = [r.sum_of_group_finishes for r in results]
    return Runs(
        seconds=statistics.fmean(took),
        schedules=statistics.fmean(r.schedules_evaluated for r in results),
        total=statistics.fmean(sums),
        tardiness=statistics.fmean(r.total_tardiness for r in results),
        low=min(sums),
        high=max(sums),
    )


def compare(label: str, problem: Problem, args) -> Runs:
    began = time.perf_counter()
    rule = single_pass(problem)
    rule_took = time.perf_counter() - began
    problems = check(problem, rule)
    assert not problems, problems[:5]
    seeds = list(range(args.seed, args.seed + args.seeds))
    if args.schedules:
        best = run_level(problem, seeds, time_limit=None, max_schedules=args.schedules)
    else:
        best = run_level(problem, seeds, time_limit=args.seconds)
    n = len(problem.jobs)
    print(f"\n{label}: {n} tasks, {len(problem.links)} links, {len(problem.capacity)} resources")
    print(
        f"  single pass   {rule_took:6.2f} s   sum of group finishes "
        f"{rule.sum_of_group_finishes:9d}              tardiness {rule.total_tardiness:8d}"
    )
    print(best.line(f", means over seeds {seeds[0]}-{seeds[-1]}"))
    print(
        f"  level / single pass: sum of group finishes "
        f"{ratio(best.total, rule.sum_of_group_finishes)}, tardiness "
        f"{ratio(best.tardiness, rule.total_tardiness)}"
    )
    return best


def cpsat(problem: Problem, seconds: float, workers: int, horizon_from: Leveled):
    """CP-SAT's schedule of a single-calendar problem, as starts and finishes in periods,
    and whether it proved the optimum."""
    from ortools.sat.python import cp_model

    c = Compiled(problem)
    if set(c.cal) != {0}:
        raise ValueError("the CP-SAT model handles one calendar only")
    tl = c.timeline
    end = max(horizon_from.finish.values())
    tl.ensure_period(end)
    count, pos = tl.count[0], tl.pos_list[0]
    limit = count[end]
    tl.ensure_index(0, limit + 1)
    m = cp_model.CpModel()
    x = []
    for j in range(c.n):
        if c.fixed[j] is not None:
            v = count[c.fixed[j]]
            x.append(m.new_constant(v))
        else:
            x.append(m.new_int_var(count[c.release[j]], limit, f"x{j}"))
    for s in range(c.n):
        if c.fixed[s] is not None:
            continue
        for p, kind, lag in c.preds[s]:
            ref = x[p] + (c.dur[p] if kind in (FS, FF) else 0)
            point = x[s] + (c.dur[s] if kind in (FF, SF) else 0)
            m.add(point >= ref + lag)
            assert kind in (FS, SS, FF, SF)
    # fixed jobs are booked in the profile (an overload of theirs stays, as in the leveler)
    base = c.base
    if base.shape[1] < tl.H:
        base = np.concatenate([base, tl.cap[:, base.shape[1] :]], axis=1)
    for k in range(len(c.resources)):
        cap = np.maximum(base[k, pos[: limit + 1]], 0)
        top = int(cap.max())
        intervals, demands = [], []
        for j in range(c.n):
            if c.dur[j] and k in c.res[j] and c.fixed[j] is None:
                intervals.append(m.new_fixed_size_interval_var(x[j], c.dur[j], f"i{j}_{k}"))
                demands.append(c.qty[j][c.res[j].index(k)])
        lo = 0
        while lo <= limit:  # capacity below its top becomes fixed blocking intervals
            hi = lo
            while hi + 1 <= limit and cap[hi + 1] == cap[lo]:
                hi += 1
            if cap[lo] < top:
                intervals.append(m.new_fixed_size_interval_var(lo, hi - lo + 1, f"b{k}_{lo}"))
                demands.append(top - int(cap[lo]))
            lo = hi + 1
        if intervals:
            m.add_cumulative(intervals, demands, top)
    finish_of = [p + 1 for p in pos[: limit + 2]]
    groups = {g: [j for j in range(c.n) if c.group[j] == g] for g in c.groups}
    group_ends = []
    for g, members in groups.items():
        idx = m.new_int_var(1, limit + 1, f"G{g}")
        for j in members:
            m.add(idx >= x[j] + c.dur[j])
        end_g = m.new_int_var(0, finish_of[-1], f"F{g}")
        m.add_element(idx - 1, finish_of, end_g)
        group_ends.append(end_g)
    tardies = []
    for j in range(c.n):
        if c.due[j] is not None and c.dur[j]:
            f = m.new_int_var(0, finish_of[-1], f"f{j}")
            m.add_element(x[j] + c.dur[j] - 1, finish_of, f)
            t = m.new_int_var(0, finish_of[-1], f"t{j}")
            m.add(t >= f - c.due[j])
            tardies.append(t)
    weight = len(group_ends) * (finish_of[-1] + 1) + 1
    m.minimize(weight * sum(tardies) + sum(group_ends))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = seconds
    solver.parameters.num_workers = workers
    solver.parameters.random_seed = 0
    began = time.perf_counter()
    status = solver.solve(m)
    took = time.perf_counter() - began
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None, False, took
    start, finish = {}, {}
    for j, jid in enumerate(c.ids):
        v = solver.value(x[j])
        if c.fixed[j] is not None:
            s = c.fixed[j]
        elif c.dur[j]:
            s = pos[v]
        else:
            s = max(tl.first_at_or_after(0, v), c.release[j])
        start[jid] = s
        finish[jid] = pos[v + c.dur[j] - 1] + 1 if c.dur[j] else s
    gf: dict[str, int] = {}
    for j, jid in enumerate(c.ids):
        gf[c.group[j]] = max(gf.get(c.group[j], 0), finish[jid])
    result = Leveled(
        start=start,
        finish=finish,
        delay={},
        group_finish=gf,
        group_delay={},
        unplaceable=[],
        schedules_evaluated=0,
        seconds=took,
        tardiness={
            c.ids[j]: max(0, finish[c.ids[j]] - c.due[j])
            for j in range(c.n)
            if c.due[j] is not None
        },
    )
    return result, status == cp_model.OPTIMAL, took


def exact_peer(args) -> None:
    problem = portfolio(projects=4, tasks=(60, 90), seed=args.seed, seven_day=0.0, spread=120)
    label = "small, one calendar (4 x 60-90)"
    exact_run(label, problem, args)
    # CP-SAT knows no priority classes: without them both solve the same problem
    flat = [replace(j, priority=0) for j in problem.jobs]
    problem = Problem(problem.calendars, problem.capacity, flat, problem.links)
    exact_run(label + ", all of one priority", problem, args)


def exact_run(label: str, problem: Problem, args) -> None:
    best = compare(label, problem, args)
    rule = single_pass(problem)
    seeds = list(range(args.seed, args.seed + args.seeds))
    same = run_level(problem, seeds, time_limit=args.cpsat_seconds)
    print(same.line(", CP-SAT's time limit"))
    found, optimal, took = cpsat(problem, args.cpsat_seconds, args.workers, rule)
    if found is None:
        print(f"  CP-SAT found no schedule in {took:.1f} s")
        return
    problems = check(problem, found)
    assert not problems, problems[:5]
    print(
        f"  CP-SAT        {took:6.2f} s   sum of group finishes "
        f"{found.sum_of_group_finishes:9d}              tardiness {found.total_tardiness:8d}"
        f"   ({'optimal' if optimal else 'not proved optimal'}, "
        f"{args.cpsat_seconds:g} s x {args.workers} workers)"
    )
    first = f"{args.schedules} schedules" if args.schedules else f"{args.seconds:g} s"
    for name, mine in ((first, best), (f"{args.cpsat_seconds:g} s", same)):
        print(
            f"  level ({name}) / CP-SAT: sum of group finishes "
            f"{ratio(mine.total, found.sum_of_group_finishes)}, tardiness "
            f"{ratio(mine.tardiness, found.total_tardiness)}"
        )


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--seconds", type=float, default=1.0, help="level's time limit")
    p.add_argument(
        "--schedules",
        type=int,
        help="stop level at this many SGS passes instead of --seconds (results then do "
        "not depend on the machine's speed or load)",
    )
    p.add_argument("--seed", type=int, default=1, help="seed of the portfolios and the search")
    p.add_argument("--seeds", type=int, default=3, help="search seeds per portfolio")
    p.add_argument("--cpsat-seconds", type=float, default=10.0, help="0 skips CP-SAT")
    p.add_argument("--workers", type=int, default=2, help="CP-SAT worker threads")
    args = p.parse_args(argv)
    print(f"Portfolio leveling benchmark on {machine()}")
    for label, shape in SHAPES.items():
        compare(label, portfolio(seed=args.seed, **shape), args)
    if args.cpsat_seconds > 0:
        exact_peer(args)


if __name__ == "__main__":
    main()
