"""Each link type with a lag, a lead and no lag, checked against MS Project's arithmetic.

X (5 days) runs Mon 2026-01-05 to Fri 01-09; P (5 days) follows it, Mon 01-12 to
Fri 01-16; S (3 days) hangs off P with the link under test.
"""

from __future__ import annotations

import pytest

from accord.scheduling import Link, LinkType, schedule
from tests.scheduling.helpers import d, fs, net


@pytest.mark.parametrize(
    ("link_type", "lag", "start", "finish"),
    [
        (LinkType.FS, 0, "2026-01-19", "2026-01-21"),  # next working day after Friday
        (LinkType.FS, 2, "2026-01-21", "2026-01-23"),
        (LinkType.FS, -2, "2026-01-15", "2026-01-19"),  # a lead overlaps P's last days
        (LinkType.SS, 0, "2026-01-12", "2026-01-14"),
        (LinkType.SS, 2, "2026-01-14", "2026-01-16"),
        (LinkType.SS, -2, "2026-01-08", "2026-01-12"),
        (LinkType.FF, 0, "2026-01-14", "2026-01-16"),
        (LinkType.FF, 2, "2026-01-16", "2026-01-20"),
        (LinkType.FF, -2, "2026-01-12", "2026-01-14"),
        (LinkType.SF, 0, "2026-01-07", "2026-01-09"),  # finishes as P starts
        (LinkType.SF, 2, "2026-01-09", "2026-01-13"),
        (LinkType.SF, -2, "2026-01-05", "2026-01-07"),
    ],
)
def test_link_types_and_lags(link_type, lag, start, finish):
    plan = schedule(
        net([("X", 5), ("P", 5), ("S", 3)], [fs("X", "P"), Link("P", "S", link_type, lag)])
    )
    s = plan.row("S")
    assert (s.early_start, s.early_finish) == (d(start), d(finish))


def test_no_activity_starts_before_the_project_start_even_with_a_lead():
    plan = schedule(net([("P", 2), ("S", 3)], [Link("P", "S", LinkType.SS, -5)]))
    assert plan.row("S").early_start == d("2026-01-05")


def test_late_dates_honour_the_link_type():
    # P (5) -SS+2-> S (3): S runs Wed 01-07 to Fri 01-09, with P.
    plan = schedule(net([("P", 5), ("S", 3)], [Link("P", "S", LinkType.SS, 2)]))
    p = plan.row("P")
    assert plan.project_finish == d("2026-01-09")
    assert (p.late_start, p.late_finish) == (d("2026-01-05"), d("2026-01-09"))
    assert p.total_float == 0  # P itself ends the project
    assert plan.row("S").total_float == 0


def test_free_float_is_measured_on_the_link_type():
    # FF+1: S must finish a day after P; S is short, so P's finish drives it.
    plan = schedule(net([("P", 5), ("S", 2), ("Q", 8)], [Link("P", "S", LinkType.FF, 1)]))
    assert plan.row("S").early_finish == d("2026-01-12")
    assert plan.row("P").free_float == 0
    assert plan.row("S").free_float == plan.row("S").total_float == 2
