"""CPM: Accord against a networkx forward/backward pass, a plain Python two-pass loop and
pmcontrols.cpm, on wide and narrow networks.

The plain loop gets networkx's input (ids) and resolves them; a second row gives it the
activities already numbered, the strictest form of the peer.

Run: ``python -m benchmarks.bench_cpm`` (``make bench`` runs every benchmark);
``--quick`` skips the 100,000-activity wide networks, ``--no-gc`` times with the garbage
collector off. Accord is timed through its compiled kernel and, in the same run,
through its numpy passes (``accord, numpy passes``), so the gain of the kernel shows on
each shape.
"""

from __future__ import annotations

import argparse
import gc
from collections import deque

import networkx as nx
import numpy as np

from accord.scheduling import Activity, Calendar, Link, LinkType, Network, kernel, schedule
from benchmarks.common import START, best_of, holiday_calendar, machine, random_network, report

try:  # a peer for the finish-to-start networks only; absent unless the bench extra is in
    import pmcontrols
except ImportError:  # pragma: no cover - depends on the installation
    pmcontrols = None

FS, SS, FF, SF = 0, 1, 2, 3
COLLECT = True  # garbage collection on while timing, as in a running application
CODES = {LinkType.FS: FS, LinkType.SS: SS, LinkType.FF: FF, LinkType.SF: SF}


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


def plain_loop(durations: dict[str, int], links: list[tuple[str, str, int, int]]) -> int:
    """A plain Python two-pass CPM from networkx's input (durations by activity id) and
    ``(predecessor, successor, type, lag)`` links by id: the ids are numbered first, as
    Accord and networkx resolve them too, then :func:`plain_loop_numbered` runs."""
    number = {aid: i for i, aid in enumerate(durations)}
    numbered = [(number[p], number[s], t, lag) for p, s, t, lag in links]
    return plain_loop_numbered(list(durations.values()), numbered)


def plain_loop_numbered(durations: list[int], links: list[tuple[int, int, int, int]]) -> int:
    """The plain two-pass CPM over lists: Kahn's order, then a forward and a backward
    pass over the four link types with lags, in working days (no dates).

    ``links`` are ``(predecessor, successor, type, lag)`` with activities numbered
    ``0..n-1``; returns the project duration. The early and late starts and finishes are
    all computed, as Accord computes them.
    """
    n = len(durations)
    preds: list[list[tuple[int, int, int]]] = [[] for _ in range(n)]
    succs: list[list[tuple[int, int, int]]] = [[] for _ in range(n)]
    indeg = [0] * n
    for p, s, t, lag in links:
        preds[s].append((p, t, lag))
        succs[p].append((s, t, lag))
        indeg[s] += 1
    queue = deque(i for i in range(n) if indeg[i] == 0)
    order = []
    while queue:
        v = queue.popleft()
        order.append(v)
        for s, _, _ in succs[v]:
            indeg[s] -= 1
            if not indeg[s]:
                queue.append(s)
    es, ef = [0] * n, [0] * n
    for v in order:
        d, start = durations[v], 0
        for p, t, lag in preds[v]:
            if t == FS:
                c = ef[p] + lag
            elif t == SS:
                c = es[p] + lag
            elif t == FF:
                c = ef[p] + lag - d
            else:
                c = es[p] + lag - d
            start = max(start, c)
        es[v], ef[v] = start, start + d
    finish = max(ef)
    ls, lf = [0] * n, [0] * n
    for v in reversed(order):
        d, late = durations[v], finish
        for s, t, lag in succs[v]:
            if t == FS:
                c = ls[s] - lag
            elif t == SS:
                c = ls[s] - lag + d
            elif t == FF:
                c = lf[s] - lag
            else:
                c = lf[s] - lag + d
            late = min(late, c)
        lf[v], ls[v] = late, late - d
    return finish


def narrow_network(n: int, *, seed: int, window: int, chain: int = 0, mixed: bool) -> Network:
    """A network of small topological levels: each activity follows 1-2 of the
    ``window`` activities before it and, with ``chain``, the one just before it except
    every ``chain``-th (long chains). ``mixed``: SS/FF/SF links, lags and leads, 5 %
    milestones and the holiday calendar, as in :func:`benchmarks.common.random_network`."""
    rng = np.random.default_rng(seed)
    durations = rng.integers(1, 21, size=n)
    if mixed:
        durations[rng.random(n) < 0.05] = 0
    acts = [Activity(f"A{i}", f"Activity {i}", int(durations[i])) for i in range(n)]
    types = [LinkType.FS, LinkType.SS, LinkType.FF, LinkType.SF]
    links = []
    for i in range(1, n):
        preds = set(rng.integers(max(0, i - window), i, size=int(rng.integers(1, 3))).tolist())
        if chain and i % chain:
            preds.add(i - 1)
        for p in sorted(preds):
            if mixed:
                kind = types[rng.choice(4, p=[0.7, 0.1, 0.1, 0.1])]
                links.append(Link(f"A{p}", f"A{i}", kind, int(rng.integers(-2, 6))))
            else:
                links.append(Link(f"A{p}", f"A{i}"))
    calendar = holiday_calendar() if mixed else Calendar()
    return Network(acts, links, project_start=START, calendar=calendar)


def accord_numpy(network: Network) -> object:
    previous = kernel.use_compiled(False)
    try:
        return schedule(network)
    finally:
        kernel.use_compiled(previous)


def compare(title: str, network: Network, repeats: int, fs_only: bool) -> None:
    """Time every contender on ``network`` and print the times and ratios."""
    where = {a.id: i for i, a in enumerate(network.activities)}
    durations = {a.id: a.duration for a in network.activities}
    links = [(x.predecessor, x.successor, CODES[x.type], x.lag) for x in network.links]
    numbered_durations = list(durations.values())
    numbered = [(where[p], where[s], t, lag) for p, s, t, lag in links]
    plan = schedule(network)
    levels = plan_levels(network)
    assert plain_loop(durations, links) == plan.project_duration
    assert accord_numpy(network).project_duration == plan.project_duration
    contenders = {
        "accord": lambda: schedule(network),
        "accord, numpy passes": lambda: accord_numpy(network),
        "plain Python loop": lambda: plain_loop(durations, links),
        "plain loop, ids pre-numbered": lambda: plain_loop_numbered(numbered_durations, numbered),
    }
    if fs_only:
        edges = [(x.predecessor, x.successor) for x in network.links]
        assert networkx_pass(durations, edges) == plan.project_duration
        contenders["networkx pass"] = lambda: networkx_pass(durations, edges)
        if pmcontrols is not None:
            records = [
                {"id": a.id, "duration": a.duration, "predecessors": []} for a in network.activities
            ]
            for x in network.links:
                records[where[x.successor]]["predecessors"].append(x.predecessor)
            assert pmcontrols.cpm(records).stats["project_duration"] == plan.project_duration
            contenders["pmcontrols.cpm"] = lambda: pmcontrols.cpm(records)
    gc.collect()
    if not COLLECT:  # as timeit does: the Python peers allocate most, so they gain most
        gc.disable()
    try:
        times = best_of(contenders, repeats=repeats)
    finally:
        gc.enable()
    report(
        f"{title}: {len(network.activities):,} activities, {len(network.links):,} links, "
        f"{levels:,} topological levels ({len(network.activities) / levels:.1f} per level), "
        f"project {plan.project_duration:,} working days",
        times,
    )


def plan_levels(network: Network) -> int:
    from accord.scheduling.prepare import prepare

    return prepare(network).lv.count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="skip the 100,000-activity wide networks"
    )
    parser.add_argument(
        "--no-gc",
        action="store_true",
        help="switch Python's garbage collector off while timing (as timeit does)",
    )
    args = parser.parse_args()
    global COLLECT
    COLLECT = not args.no_gc
    print(f"CPM benchmark on {machine()}")
    built = "built" if kernel.COMPILED else "NOT BUILT (numpy passes only)"
    print(f"Accord's compiled kernel: {built}; garbage collection {'on' if COLLECT else 'off'}")
    compare("Wide, finish-to-start", random_network(10_000, seed=1), 5, fs_only=True)
    if not args.quick:
        compare("Wide, finish-to-start", random_network(100_000, seed=1), 3, fs_only=True)
    compare(
        "Shallow levels, finish-to-start",
        narrow_network(100_000, seed=1, window=16, mixed=False),
        3,
        fs_only=True,
    )
    compare(
        "Deep (long chains), mixed FS/SS/FF/SF with lags and leads, holiday calendar",
        narrow_network(10_000, seed=2, window=30, chain=50, mixed=True),
        5,
        fs_only=False,
    )
    if not args.quick:
        compare(
            "Wide, mixed FS/SS/FF/SF with lags and leads, holiday calendar",
            random_network(100_000, seed=2, mixed=True),
            3,
            fs_only=False,
        )


if __name__ == "__main__":
    main()
