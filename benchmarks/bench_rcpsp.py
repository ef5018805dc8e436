"""Resource levelling (RCPSP): Accord's scheduler against the single-pass LFT rule and
OR-Tools CP-SAT, on ProGen-style instances of 30 and 120 activities (or PSPLIB files).

Run: ``python -m benchmarks.bench_rcpsp`` (``make bench`` runs every benchmark);
``--j30 4 --j120 2 --cpsat-seconds 5`` for a quick look; ``--sm DIR`` to run on PSPLIB
``.sm`` files (j30, j120, ...) instead of generated ones.

For each instance, in the same run: (a) the single-pass serial schedule with the latest
finish priority, (b) Accord's ``schedule`` with a time limit of one second, (c) CP-SAT
(interval variables, one cumulative constraint per resource, minimise the makespan) with
its own limit, recording whether it proved the optimum. Every schedule is checked with
``validate``. Deviations are reported as the literature does (Kolisch & Hartmann): the
mean of (makespan - reference) / reference, in per cent, over the instances; against
the critical-path lower bound for the j120-like shape in particular, since the optimum is
mostly unknown there.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from pathlib import Path

from accord.scheduling.rcpsp import baseline, generator, improve, model, psplib
from benchmarks.common import machine

NC = (1.5, 1.8, 2.1)
RF = (0.25, 0.5, 0.75, 1.0)
# PSPLIB's resource strengths: j30 from 0.2 to 1.0; j120 from 0.1 to 0.5, since above 0.5
# most instances of 120 activities are solved by the critical path alone.
RS = {30: (0.2, 0.5, 0.7, 1.0), 120: (0.1, 0.2, 0.3, 0.4, 0.5)}
RESOURCES = 4


def cpsat(instance: model.Instance, seconds: float, workers: int) -> tuple[int, bool, float]:
    """The best makespan CP-SAT finds within ``seconds``, whether it is proved optimal,
    and the time taken."""
    from ortools.sat.python import cp_model

    n = len(instance.durations)
    horizon = sum(instance.durations)
    cp = cp_model.CpModel()
    starts = [cp.new_int_var(0, horizon, f"s{j}") for j in range(n)]
    intervals = [
        cp.new_fixed_size_interval_var(starts[j], instance.durations[j], f"i{j}") for j in range(n)
    ]
    for j, succ in enumerate(instance.successors):
        for s in succ:
            cp.add(starts[s] >= starts[j] + instance.durations[j])
    for k, capacity in enumerate(instance.capacities):
        used = [j for j in range(n) if instance.demands[j][k] > 0 and instance.durations[j] > 0]
        if used:
            cp.add_cumulative(
                [intervals[j] for j in used], [instance.demands[j][k] for j in used], capacity
            )
    makespan = cp.new_int_var(0, horizon, "makespan")
    for j in range(n):
        cp.add(makespan >= starts[j] + instance.durations[j])
    cp.minimize(makespan)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = seconds
    solver.parameters.num_workers = workers
    solver.parameters.random_seed = 0
    began = time.perf_counter()
    status = solver.solve(cp)
    took = time.perf_counter() - began
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        raise RuntimeError(f"CP-SAT found no schedule for {instance.name}")
    found = [solver.value(v) for v in starts]
    problems = model.validate(instance, found)
    assert not problems, problems
    return int(solver.value(makespan)), status == cp_model.OPTIMAL, took


def generated(n: int, count: int, seed: int) -> list[model.Instance]:
    """``count`` instances of ``n`` activities spread over the NC x RF x RS grid: its
    cells in a fixed shuffled order, one instance per cell in turn."""
    cells = [(nc, rf, rs) for nc in NC for rf in RF for rs in RS[n]]
    random.Random(seed).shuffle(cells)
    out = []
    for i in range(count):
        nc, rf, rs = cells[i % len(cells)]
        out.append(
            generator.generate(n, resources=RESOURCES, nc=nc, rf=rf, rs=rs, seed=seed * 1000 + i)
        )
    return out


def pct(value: float, reference: float) -> float:
    return 100.0 * (value - reference) / reference if reference else 0.0


def run(label: str, instances: list[model.Instance], args: argparse.Namespace) -> None:
    rows = []
    for inst in instances:
        lb = model.critical_path_bound(inst)
        lft = baseline.single_pass_lft(inst)
        assert not model.validate(inst, lft.starts), inst.name
        began = time.perf_counter()
        acc = improve.schedule(inst, time_limit=args.accord_seconds, seed=0)
        took = time.perf_counter() - began
        problems = model.validate(inst, acc.starts)
        assert not problems, (inst.name, problems)
        if args.cpsat_seconds > 0:
            cp, optimal, cp_took = cpsat(inst, args.cpsat_seconds, args.workers)
        else:
            cp, optimal, cp_took = None, False, 0.0
        rows.append((inst.name, lb, lft.makespan, acc.makespan, took, cp, optimal, cp_took))
        if args.verbose:
            print(
                f"  {inst.name}: LB {lb}, LFT {lft.makespan}, Accord {acc.makespan} "
                f"({took:.2f} s, {acc.schedules_generated} schedules), CP-SAT {cp}"
                f"{' optimal' if optimal else ''} ({cp_took:.1f} s)"
            )
    if not rows:
        print(f"{label}: no instances")
        return
    mean = statistics.fmean
    print(f"\n{label}: {len(rows)} instances")
    print(f"  mean critical-path bound  {mean(r[1] for r in rows):8.2f}")
    print(f"  mean makespan, single LFT {mean(r[2] for r in rows):8.2f}")
    print(f"  mean makespan, Accord     {mean(r[3] for r in rows):8.2f}")
    if args.cpsat_seconds > 0:
        print(f"  mean makespan, CP-SAT     {mean(r[5] for r in rows):8.2f}")
        print(
            f"  Accord vs CP-SAT          {mean(pct(r[3], r[5]) for r in rows):+8.2f} % "
            f"(equal on {sum(r[3] == r[5] for r in rows)}, better on "
            f"{sum(r[3] < r[5] for r in rows)})"
        )
    print(f"  Accord vs single LFT      {mean(pct(r[3], r[2]) for r in rows):+8.2f} %")
    print(
        f"  Accord vs CP bound        {mean(pct(r[3], r[1]) for r in rows):+8.2f} % "
        f"(at the bound on {sum(r[3] == r[1] for r in rows)}, single LFT already on "
        f"{sum(r[2] == r[1] for r in rows)})"
    )
    print(f"  single LFT vs CP bound    {mean(pct(r[2], r[1]) for r in rows):+8.2f} %")
    if args.cpsat_seconds > 0:
        print(f"  CP-SAT vs CP bound        {mean(pct(r[5], r[1]) for r in rows):+8.2f} %")
        print(
            f"  CP-SAT optimal            {sum(r[6] for r in rows)} of {len(rows)} "
            f"(limit {args.cpsat_seconds:g} s x {args.workers} workers, "
            f"mean {mean(r[7] for r in rows):.1f} s)"
        )
    print(
        f"  Accord seconds/instance   mean {mean(r[4] for r in rows):.2f}, "
        f"max {max(r[4] for r in rows):.2f} (limit {args.accord_seconds:g} s)"
    )


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--j30", type=int, default=24, help="generated instances of 30 activities")
    p.add_argument("--j120", type=int, default=12, help="generated instances of 120")
    p.add_argument("--seed", type=int, default=1, help="seed of the generated instances")
    p.add_argument("--accord-seconds", type=float, default=1.0)
    p.add_argument(
        "--cpsat-seconds", type=float, default=10.0, help="CP-SAT time limit; 0 skips CP-SAT"
    )
    p.add_argument("--workers", type=int, default=2, help="CP-SAT worker threads")
    p.add_argument("--sm", type=Path, help="a directory of PSPLIB .sm files to run instead")
    p.add_argument("--limit", type=int, help="with --sm: at most this many files")
    p.add_argument("-v", "--verbose", action="store_true", help="one line per instance")
    args = p.parse_args(argv)
    print(f"RCPSP benchmark on {machine()}")
    if args.sm:
        files = sorted(args.sm.glob("*.sm"))[: args.limit]
        run(f"{args.sm} (.sm files)", [psplib.read_sm_file(f) for f in files], args)
        return
    for n, count in ((30, args.j30), (120, args.j120)):
        run(
            f"{n} activities, {RESOURCES} resources, NC {NC} x RF {RF} x RS {RS[n]}",
            generated(n, count, args.seed),
            args,
        )


if __name__ == "__main__":
    main()
