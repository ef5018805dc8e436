"""Monte Carlo schedule risk: Accord against pmcontrols.pert on the same estimates.

Run: ``python -m benchmarks.bench_montecarlo``. Peak memory is measured twice: what the
simulation allocates (tracemalloc, which numpy reports to), and the peak resident set
(VmHWM) of a fresh process that runs only the simulation, interpreter included.
"""

from __future__ import annotations

import subprocess
import sys
import tracemalloc

import pmcontrols

from accord.scheduling import simulate
from benchmarks.common import best_of, machine, random_network, report

N_ACTIVITIES, ITERATIONS = 1_000, 10_000

_CHILD = """
from accord.scheduling import simulate
from benchmarks.common import random_network

def peak_mb():
    with open("/proc/self/status") as status:
        line = next(x for x in status if x.startswith("VmHWM:"))
    return int(line.split()[1]) // 1024

network = random_network({n}, seed=3, estimates=True)
before = peak_mb()
simulate(network, iterations={it}, seed=1)
print(before, peak_mb())
"""


def main() -> None:
    print(f"Monte Carlo benchmark on {machine()}")
    network = random_network(N_ACTIVITIES, seed=3, estimates=True)
    records = [
        {
            "id": a.id,
            "a": a.estimate.optimistic,
            "m": a.estimate.most_likely,
            "b": a.estimate.pessimistic,
            "predecessors": [],
        }
        for a in network.activities
    ]
    where = {a.id: i for i, a in enumerate(network.activities)}
    for x in network.links:
        records[where[x.successor]]["predecessors"].append(x.predecessor)

    ours = simulate(network, iterations=ITERATIONS, seed=1)
    theirs = pmcontrols.pert(records, n_sim=ITERATIONS, seed=1)
    print(
        f"  mean finish: accord {ours.mean_finish_days:.1f} working days, pmcontrols "
        f"{theirs.stats['mc_mean']:.1f}; P80 accord {ours.finish_date_at(80)}"
    )

    times = best_of(
        {
            "accord": lambda: simulate(network, iterations=ITERATIONS, seed=1),
            "pmcontrols.pert": lambda: pmcontrols.pert(records, n_sim=ITERATIONS, seed=1),
        },
        repeats=5,
    )
    report(f"{N_ACTIVITIES:,} activities x {ITERATIONS:,} iterations (PERT-beta)", times)

    tracemalloc.start()
    simulate(network, iterations=ITERATIONS, seed=1)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    child = subprocess.run(
        [sys.executable, "-c", _CHILD.format(n=N_ACTIVITIES, it=ITERATIONS)],
        capture_output=True,
        text=True,
        check=True,
    )
    before, after = map(int, child.stdout.split())
    print(
        f"  peak memory: {peak / 2**20:.0f} MB allocated by the simulation (tracemalloc); "
        f"peak resident set of a process running it: {after} MB ({before} MB before)"
    )


if __name__ == "__main__":
    main()
