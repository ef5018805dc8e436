"""A leveling hold (``Activity.level_start``) delays remaining work like a start bound of its
own, beside the planner's constraint, and its successors follow."""

from datetime import date

from accord.scheduling import Activity, Constraint, ConstraintType, Link, Network, schedule

MONDAY = date(2026, 3, 2)


def test_level_start_delays_the_activity_and_its_successors():
    net = Network(
        activities=[
            Activity("A", duration=3, level_start=date(2026, 3, 9)),
            Activity("B", duration=2),
        ],
        links=[Link("A", "B")],
        project_start=MONDAY,
    )
    rows = {r.id: r for r in schedule(net).rows()}
    assert rows["A"].early_start == date(2026, 3, 9)
    assert rows["B"].early_start == date(2026, 3, 12)


def test_level_start_and_a_constraint_both_hold_the_later_wins():
    snet = Constraint(ConstraintType.SNET, date(2026, 3, 16))
    net = Network(
        activities=[Activity("A", duration=1, constraint=snet, level_start=date(2026, 3, 9))],
        project_start=MONDAY,
    )
    assert schedule(net).rows()[0].early_start == date(2026, 3, 16)


def test_level_start_on_a_weekend_means_the_next_working_day():
    net = Network(
        activities=[Activity("A", duration=1, level_start=date(2026, 3, 7))],
        project_start=MONDAY,
    )
    assert schedule(net).rows()[0].early_start == date(2026, 3, 9)
