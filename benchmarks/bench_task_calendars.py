"""Task calendars: the cost of activities on calendars of their own.

Run: ``python -m benchmarks.bench_task_calendars``. The peer is Accord itself on the
same network with every activity on the site calendar (the single-calendar fast path),
in the same run: the figure is what the conversions between calendars add.
"""

from __future__ import annotations

from dataclasses import replace

from accord.scheduling import Calendar, Network, schedule
from benchmarks.common import best_of, machine, random_network

SEVEN = Calendar(working_weekdays=frozenset(range(7)), name="Seven days a week")


def with_task_calendars(network: Network, every: int) -> Network:
    """Every ``every``-th activity on a seven-day calendar (a fermentation, a hold)."""
    acts = [
        replace(a, calendar=SEVEN) if k % every == 0 else a
        for k, a in enumerate(network.activities)
    ]
    return replace(network, activities=acts)


def main() -> None:
    print(f"Task-calendar benchmark on {machine()}")
    for n, mixed in ((10_000, False), (100_000, True)):
        single = random_network(n, seed=2, mixed=mixed)
        for every in (5, 2):
            multi = with_task_calendars(single, every)
            plan = schedule(multi)
            cross = sum(
                1
                for x in multi.links
                if (int(x.predecessor[1:]) % every == 0) != (int(x.successor[1:]) % every == 0)
            )
            times = best_of(
                {
                    "one calendar": lambda net=single: schedule(net),
                    "task calendars": lambda net=multi: schedule(net),
                },
                repeats=5 if n <= 10_000 else 3,
            )
            kind = "mixed links, holiday calendar" if mixed else "finish-to-start"
            print(
                f"\n{n:,} activities ({kind}), 1 in {every} on a seven-day calendar, "
                f"{cross:,} of {len(multi.links):,} links between calendars "
                f"(finish {plan.project_finish})"
            )
            for name, seconds in times.items():
                ratio = seconds / times["one calendar"]
                print(f"  {name:<16} {seconds * 1000:9.1f} ms   {ratio:.2f}x the one-calendar time")


if __name__ == "__main__":
    main()
