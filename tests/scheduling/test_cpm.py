"""CPM on hand-computed networks: dates, floats, the critical and the longest path."""

from __future__ import annotations

import numpy as np
import pytest

from accord.scheduling import Activity, schedule
from tests.scheduling.helpers import d, fs, net


@pytest.fixture
def foundry():
    """The General Foundry network of Render, Stair & Hanna (durations in days).

    Hand computation (day 0 = Monday 2026-01-05, Monday to Friday):
    ES/EF  A 0-2  B 0-3  C 2-4  D 3-7  E 4-8  F 4-7  G 8-13  H 13-15
    slack  A 0    B 1    C 0    D 1    E 0    F 6    G 0     H 0
    """
    return net(
        [("A", 2), ("B", 3), ("C", 2), ("D", 4), ("E", 4), ("F", 3), ("G", 5), ("H", 2)],
        [
            fs("A", "C"),
            fs("B", "D"),
            fs("C", "E"),
            fs("C", "F"),
            fs("D", "G"),
            fs("E", "G"),
            fs("F", "H"),
            fs("G", "H"),
        ],
    )


def test_it_computes_the_textbook_dates_and_floats(foundry):
    plan = schedule(foundry)
    rows = {r.id: r for r in plan.rows()}
    assert plan.project_duration == 15
    assert plan.project_finish == d("2026-01-23")
    assert (rows["A"].early_start, rows["A"].early_finish) == (d("2026-01-05"), d("2026-01-06"))
    assert (rows["D"].early_start, rows["D"].early_finish) == (d("2026-01-08"), d("2026-01-13"))
    assert (rows["D"].late_start, rows["D"].late_finish) == (d("2026-01-09"), d("2026-01-14"))
    assert (rows["F"].late_start, rows["F"].late_finish) == (d("2026-01-19"), d("2026-01-21"))
    assert (rows["H"].early_start, rows["H"].early_finish) == (d("2026-01-22"), d("2026-01-23"))
    assert {k: r.total_float for k, r in rows.items()} == {
        "A": 0,
        "B": 1,
        "C": 0,
        "D": 1,
        "E": 0,
        "F": 6,
        "G": 0,
        "H": 0,
    }
    assert {k: r.free_float for k, r in rows.items()} == {
        "A": 0,
        "B": 0,
        "C": 0,
        "D": 1,
        "E": 0,
        "F": 6,
        "G": 0,
        "H": 0,
    }
    assert [k for k, r in rows.items() if r.critical] == ["A", "C", "E", "G", "H"]
    assert plan.critical_path == ["A", "C", "E", "G", "H"]


def test_a_threshold_widens_the_critical_set(foundry):
    plan = schedule(foundry, critical_threshold=1)
    assert [i for i, c in zip(plan.ids, plan.critical, strict=True) if c] == [
        "A",
        "B",
        "C",
        "D",
        "E",
        "G",
        "H",
    ]
    assert plan.critical_path == ["A", "C", "E", "G", "H"]  # the longest path is unchanged


def test_it_returns_json_ready_records(foundry):
    record = schedule(foundry).to_records()[6]
    assert record == {
        "id": "G",
        "name": "G",
        "early_start": "2026-01-15",
        "early_finish": "2026-01-21",
        "late_start": "2026-01-15",
        "late_finish": "2026-01-21",
        "total_float": 0,
        "free_float": 0,
        "critical": True,
    }


def test_a_one_day_activity_starts_and_finishes_the_same_day():
    row = schedule(net([("A", 1)])).row("A")
    assert row.early_start == row.early_finish == d("2026-01-05")


def test_milestones_sit_on_the_day_their_driver_finishes():
    plan = schedule(net([("A", 5), ("M", 0), ("B", 2), ("S", 0)], [fs("A", "M"), fs("M", "B")]))
    m, b, s = plan.row("M"), plan.row("B"), plan.row("S")
    assert m.milestone and m.early_start == m.early_finish == d("2026-01-09")  # Friday 17:00
    assert (b.early_start, b.early_finish) == (d("2026-01-12"), d("2026-01-13"))
    assert s.early_start == d("2026-01-05")  # no predecessor: the project start, 08:00
    assert list(plan.milestone_at_day_end[[1, 3]]) == [True, False]


def test_longest_path_follows_driving_links_only():
    # B (5 days) drives the finish; A (3 days) is parallel with 2 days of float.
    plan = schedule(net([("A", 3), ("B", 5), ("C", 1)], [fs("A", "C"), fs("B", "C")]))
    assert plan.critical_path == ["B", "C"]
    assert list(plan.on_longest_path) == [False, True, True]
    assert plan.row("A").free_float == 2


def test_summaries_roll_up_their_children():
    acts = [
        Activity("P", "Phase"),
        Activity("A", "a", 3, parent="P"),
        Activity("B", "b", 2, parent="P"),
        Activity("C", "c", 4),
    ]
    plan = schedule(net(acts, [fs("A", "B"), fs("P", "C")]))
    phase = plan.row("P")
    assert phase.summary and not phase.milestone
    assert (phase.early_start, phase.early_finish) == (d("2026-01-05"), d("2026-01-09"))
    assert phase.duration == 5
    assert plan.row("C").early_start == d("2026-01-12")  # FS from a summary: after its end


def test_it_handles_a_large_network_columnwise():
    n = 20_000
    acts = [Activity(f"A{i}", "", 1 + i % 7) for i in range(n)]
    links = [fs(f"A{i}", f"A{i + 1}") for i in range(0, n - 1, 2)]  # 10,000 pairs
    plan = schedule(net(acts, links))
    assert len(plan) == n
    assert plan.project_duration == max((1 + i % 7) + (1 + (i + 1) % 7) for i in range(0, n, 2))
    assert plan.early_start.dtype == np.dtype("datetime64[D]")
