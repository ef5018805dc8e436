"""CPM: Accord against a networkx forward/backward pass and pmcontrols.cpm.

Run: ``python -m benchmarks.bench_cpm`` (``make bench`` runs every benchmark).
"""

from __future__ import annotations

import networkx as nx
import pmcontrols

from accord.scheduling import schedule
from benchmarks.common import best_of, machine, random_network, report


def networkx_pass(durations: dict[str, int], edges: list[tuple[str, str]]) -> float:
    """The straightforward CPM: build the graph, walk it in topological order."""
    g = nx.DiGraph()
    g.add_nodes_from(durations)
    g.add_edges_from(edges)
    order = list(nx.topological_sort(g))
    early_finish: dict[str, int] = {}
    for v in order:
        start = max((early_finish[p] for p in g.predecessors(v)), default=0)
        early_finish[v] = start + durations[v]
    finish = max(early_finish.values())
    late_start: dict[str, int] = {}
    for v in reversed(order):
        late_finish = min((late_start[s] for s in g.successors(v)), default=finish)
        late_start[v] = late_finish - durations[v]
    return finish


def main() -> None:
    print(f"CPM benchmark on {machine()}")
    for n in (10_000, 100_000):
        network = random_network(n, seed=1)
        durations = {a.id: a.duration for a in network.activities}
        edges = [(x.predecessor, x.successor) for x in network.links]
        records = [
            {"id": a.id, "duration": a.duration, "predecessors": []} for a in network.activities
        ]
        where = {a.id: i for i, a in enumerate(network.activities)}
        for x in network.links:
            records[where[x.successor]]["predecessors"].append(x.predecessor)
        plan = schedule(network)
        assert networkx_pass(durations, edges) == plan.project_duration
        assert pmcontrols.cpm(records).stats["project_duration"] == plan.project_duration
        times = best_of(
            {
                "accord": lambda network=network: schedule(network),
                "networkx pass": lambda d=durations, e=edges: networkx_pass(d, e),
                "pmcontrols.cpm": lambda r=records: pmcontrols.cpm(r),
            },
            repeats=5 if n <= 10_000 else 3,
        )
        report(
            f"{n:,} finish-to-start activities, {len(edges):,} links, "
            f"project {plan.project_duration:,} working days",
            times,
        )

    mixed = random_network(100_000, seed=2, mixed=True)
    plan = schedule(mixed)
    times = best_of({"accord": lambda: schedule(mixed)}, repeats=3)
    report(
        f"100,000 activities, mixed FS/SS/FF/SF links with lags and leads, holiday "
        f"calendar ({len(mixed.links):,} links, finish {plan.project_finish}); "
        "no peer handles this",
        times,
    )


if __name__ == "__main__":
    main()
