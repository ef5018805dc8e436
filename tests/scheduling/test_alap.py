"""As late as possible: early dates moved by the free float, successors first."""

from __future__ import annotations

from accord.scheduling import Activity, Link, LinkType, schedule
from tests.scheduling.helpers import d, fs, net


def test_an_alap_activity_sits_just_before_its_successor():
    plan = schedule(
        net(
            [
                Activity("A", "Kick-off", 2),
                Activity("B", "Batch", 10),
                Activity("L", "Label printing", 3, alap=True),
                Activity("R", "Release", 1),
            ],
            [fs("A", "B"), fs("A", "L"), fs("B", "R"), fs("L", "R")],
        )
    )
    # A Mon 5 - Tue 6, B Wed 7 - Tue 20, R Wed 21: L (3 days) ends Tue 20, starts Fri 16.
    row = plan.row("L")
    assert (row.early_start, row.early_finish) == (d("2026-01-16"), d("2026-01-20"))
    assert row.free_float == 0 and row.total_float == 0
    assert plan.row("R").early_start == d("2026-01-21")  # nothing else moves


def test_an_alap_chain_packs_against_the_first_activity_that_is_not_alap():
    plan = schedule(
        net(
            [
                Activity("A", "", 1),
                Activity("L1", "", 1, alap=True),
                Activity("L2", "", 1, alap=True),
                Activity("B", "", 6),
            ],
            [fs("A", "L1"), fs("L1", "L2"), fs("A", "B")],
        )
    )
    # A Mon 5, B Tue 6 - Tue 13 finishes the project: L2 on Tue 13, then L1 on Mon 12.
    assert plan.row("L2").early_start == d("2026-01-13")
    assert plan.row("L1").early_start == d("2026-01-12")
    assert plan.row("L1").free_float == plan.row("L2").free_float == 0


def test_an_alap_activity_does_not_delay_a_successor_reached_by_a_start_link():
    plan = schedule(
        net(
            [Activity("A", "", 2), Activity("L", "", 3, alap=True), Activity("B", "", 8)],
            [fs("A", "L"), Link("L", "B", LinkType.SS, 1), fs("A", "B", 2)],
        )
    )
    # B starts Fri 9 (A ends Tue 6, lag 2); SS + 1 lets L start as late as Thu 8.
    assert plan.row("B").early_start == d("2026-01-09")
    assert plan.row("L").early_start == d("2026-01-08")
