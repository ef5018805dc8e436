"""Date constraints, including ones the logic cannot meet (negative float)."""

from __future__ import annotations

from accord.scheduling import Activity, Constraint, ConstraintType, schedule
from tests.scheduling.helpers import d, fs, net


def _chain(constraint: Constraint, on: str = "B", honor: bool = True):
    """A (5 days, 01-05..01-09) -> B (5 days, 01-12..01-16) -> C (2 days)."""
    acts = [
        Activity(i, i, n, constraint=constraint if i == on else None)
        for i, n in (("A", 5), ("B", 5), ("C", 2))
    ]
    return schedule(net(acts, [fs("A", "B"), fs("B", "C")]), honor_constraints=honor)


def test_an_unmeetable_finish_no_later_than_is_honoured_like_ms_project():
    plan = _chain(Constraint(ConstraintType.FNLT, d("2026-01-14")))
    b = plan.row("B")
    assert (b.early_start, b.early_finish) == (d("2026-01-08"), d("2026-01-14"))
    assert b.total_float == 0
    assert plan.row("A").total_float == -2  # A would have to finish two days earlier
    assert plan.row("A").critical
    assert plan.row("C").early_start == d("2026-01-15")


def test_without_honouring_constraints_the_logic_wins_and_float_goes_negative():
    plan = _chain(Constraint(ConstraintType.FNLT, d("2026-01-14")), honor=False)
    b = plan.row("B")
    assert b.early_finish == d("2026-01-16")
    assert b.late_finish == d("2026-01-14")
    assert b.total_float == -2
    assert plan.row("A").total_float == -2  # the shortfall runs back up the chain
    assert plan.row("C").total_float == 0
    assert b.critical and plan.row("A").critical


def test_must_start_on_without_honouring_constraints_follows_the_logic():
    plan = _chain(Constraint(ConstraintType.MSO, d("2026-01-08")), honor=False)
    b = plan.row("B")
    assert (b.early_start, b.late_start) == (d("2026-01-12"), d("2026-01-08"))
    assert b.total_float == -2


def test_must_start_on_overrides_the_logic_and_shows_the_conflict():
    plan = _chain(Constraint(ConstraintType.MSO, d("2026-01-08")))
    b = plan.row("B")
    assert (b.early_start, b.late_start) == (d("2026-01-08"), d("2026-01-08"))
    assert plan.row("C").early_start == d("2026-01-15")
    assert plan.row("A").total_float == -2  # A would have to finish by 01-07


def test_must_finish_on_fixes_the_finish():
    plan = _chain(Constraint(ConstraintType.MFO, d("2026-01-23")))
    b = plan.row("B")
    assert (b.early_start, b.early_finish) == (d("2026-01-19"), d("2026-01-23"))
    assert b.late_finish == d("2026-01-23")
    assert plan.row("A").total_float == 5


def test_start_no_earlier_than_delays_and_gives_float_upstream():
    plan = _chain(Constraint(ConstraintType.SNET, d("2026-01-21")))
    assert plan.row("B").early_start == d("2026-01-21")
    assert plan.row("A").total_float == 7
    assert plan.row("A").free_float == 7


def test_start_no_earlier_than_on_a_weekend_means_monday():
    plan = _chain(Constraint(ConstraintType.SNET, d("2026-01-17")))
    assert plan.row("B").early_start == d("2026-01-19")


def test_finish_no_earlier_than_delays_the_finish():
    plan = _chain(Constraint(ConstraintType.FNET, d("2026-01-20")))
    assert (plan.row("B").early_start, plan.row("B").early_finish) == (
        d("2026-01-14"),
        d("2026-01-20"),
    )


def test_start_no_later_than_limits_the_late_start():
    plan = _chain(Constraint(ConstraintType.SNLT, d("2026-01-12")), on="B")
    assert plan.row("B").late_start == d("2026-01-12")
    assert plan.row("B").total_float == 0
    relaxed = _chain(Constraint(ConstraintType.SNLT, d("2026-01-30")), on="B")
    assert relaxed.row("B").total_float == 0  # the project finish binds first


def test_constraint_on_a_milestone():
    acts = [
        Activity("A", "A", 5),
        Activity("M", "Deadline", 0, constraint=Constraint(ConstraintType.FNLT, d("2026-01-08"))),
    ]
    plan = schedule(net(acts, [fs("A", "M")]))
    assert plan.row("M").early_finish == d("2026-01-08")  # held to its date, 17:00
    assert plan.row("A").total_float == -1
    relaxed = schedule(net(acts, [fs("A", "M")]), honor_constraints=False)
    assert relaxed.row("M").early_finish == d("2026-01-09")
    assert relaxed.row("M").total_float == -1
