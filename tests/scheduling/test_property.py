"""Property: on random finish-to-start networks, CPM agrees with networkx longest paths."""

from __future__ import annotations

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.scheduling import Activity, Link, schedule
from tests.scheduling.helpers import net


@st.composite
def fs_networks(draw):
    n = draw(st.integers(min_value=1, max_value=25))
    durations = draw(st.lists(st.integers(0, 15), min_size=n, max_size=n))
    pairs = [(i, j) for j in range(n) for i in range(j)]
    chosen = draw(st.lists(st.sampled_from(pairs), unique=True, max_size=3 * n)) if pairs else []
    order = draw(st.permutations(range(n)))  # ids and input order unrelated to topology
    return durations, chosen, order


def _oracle(durations, edges):
    """Longest paths with networkx: each activity is an edge in_v -> out_v of its length."""
    g = nx.DiGraph()
    for v, length in enumerate(durations):
        g.add_edge(("in", v), ("out", v), weight=length)
        g.add_edge("source", ("in", v), weight=0)
        g.add_edge(("out", v), "sink", weight=0)
    for i, j in edges:
        g.add_edge(("out", i), ("in", j), weight=0)
    total = nx.dag_longest_path_length(g)
    critical = set()
    for v, length in enumerate(durations):
        before = nx.dag_longest_path_length(g.subgraph(nx.ancestors(g, ("in", v)) | {("in", v)}))
        after = nx.dag_longest_path_length(g.subgraph(nx.descendants(g, ("out", v)) | {("out", v)}))
        if before + length + after == total:
            critical.add(v)
    return total, critical


@settings(max_examples=150, deadline=None)
@given(fs_networks())
def test_duration_and_critical_activities_match_networkx(case):
    durations, edges, order = case
    acts = [Activity(f"T{v}", "", durations[v]) for v in order]
    links = [Link(f"T{i}", f"T{j}") for i, j in edges]
    plan = schedule(net(acts, links))
    total, critical = _oracle(durations, edges)
    assert plan.project_duration == total
    ours = {int(i[1:]) for i, c in zip(plan.ids, plan.critical, strict=True) if c}
    assert ours == critical
    assert all(f >= 0 for f in plan.total_float)
    assert all(0 <= ff <= tf for ff, tf in zip(plan.free_float, plan.total_float, strict=True))
