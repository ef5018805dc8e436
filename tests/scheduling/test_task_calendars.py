"""Task calendars: activities that work on a calendar of their own (issue 16)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.scheduling import (
    Activity,
    Calendar,
    Constraint,
    ConstraintType,
    InvalidNetworkError,
    Link,
    LinkType,
    ThreePoint,
    pert,
    schedule,
    simulate,
)
from tests.scheduling.helpers import d, fs, net

SEVEN = Calendar(working_weekdays=frozenset(range(7)), name="Fermentation (7 days)")
LAB = Calendar(holidays={d("2026-01-13")}, name="Lab (5 days)")


def _tech_transfer(**extra):
    """Lab work (Monday to Friday) around a fermentation that runs every day."""
    acts = [
        Activity("A", "Media prep", 3),  # Mon 5 - Wed 7 Jan
        Activity("F", "Fermentation", 5, calendar=SEVEN),  # Thu 8 - Mon 12
        Activity("B", "Harvest analytics", 2),  # Tue 13 - Wed 14
        Activity("M", "Batch record closed", 0),
        Activity("C", "Seed train check", 1, calendar=SEVEN),
    ]
    links = [fs("A", "F"), fs("F", "B"), fs("B", "M"), fs("A", "C", 2), fs("C", "M")]
    return net(acts, links, **extra)


def test_activities_work_on_their_own_calendar_and_lags_count_on_the_successors():
    plan = schedule(_tech_transfer())
    f, b, c = plan.row("F"), plan.row("B"), plan.row("C")
    assert (f.early_start, f.early_finish) == (d("2026-01-08"), d("2026-01-12"))  # over a weekend
    assert (b.early_start, b.early_finish) == (d("2026-01-13"), d("2026-01-14"))
    # FS + 2 from a Wednesday finish, counted on the seven-day calendar: Thu, Fri, so Sat.
    assert c.early_start == d("2026-01-10")
    # C may finish as late as Wednesday 14 (M's instant): 4 days of its own calendar.
    assert c.late_finish == d("2026-01-14")
    assert c.total_float == 4 and c.free_float == 4
    assert plan.critical_path == ["A", "F", "B", "M"]
    assert plan.project_finish == d("2026-01-14")
    assert plan.project_duration == 8  # working days of the network's calendar


def test_lag_into_a_five_day_activity_counts_five_day_working_days():
    acts = [Activity("F", "Ferment", 2, calendar=SEVEN), Activity("Q", "QC", 1)]
    # F works Mon 5 and Tue 6; FS + 3 on Q's calendar: Wed, Thu, Fri, so Monday 12.
    plan = schedule(net(acts, [fs("F", "Q", 3)]))
    assert plan.row("Q").early_start == d("2026-01-12")
    # The reverse: a seven-day successor of a Friday finish starts on Saturday.
    acts = [Activity("Q", "QC", 5), Activity("F", "Ferment", 2, calendar=SEVEN)]
    plan = schedule(net(acts, [fs("Q", "F")]))
    assert plan.row("F").early_start == d("2026-01-10")
    assert plan.row("F").early_finish == d("2026-01-11")


def test_a_constraint_date_and_progress_read_on_the_activitys_calendar():
    acts = [
        Activity("F", "Ferment", 3, calendar=SEVEN, actual_start=d("2026-01-09")),
        Activity(
            "S",
            "Sampling",
            1,
            calendar=SEVEN,
            constraint=Constraint(ConstraintType.SNET, d("2026-01-17")),
        ),
        Activity("Q", "QC", 2),
    ]
    plan = schedule(net(acts, [fs("F", "Q")], data_date=d("2026-01-10")))
    # Started Friday 9, one seven-day day before the data date (Saturday 10): two of its
    # three days are left, Saturday 10 and Sunday 11.
    assert plan.row("F").early_finish == d("2026-01-11")
    assert plan.row("Q").early_start == d("2026-01-12")
    assert plan.row("S").early_start == d("2026-01-17")  # a Saturday, a working day there


def test_floats_are_days_of_the_activitys_own_calendar():
    acts = [
        Activity("L", "Lab", 10),  # Mon 5 - Fri 16
        Activity("F", "Ferment", 2, calendar=SEVEN),  # Mon 5 - Tue 6
    ]
    plan = schedule(net(acts))
    # F may finish on Friday 16: 10 seven-day days later than Tuesday 6.
    assert plan.row("F").total_float == 10
    assert plan.row("F").late_finish == d("2026-01-16")


def test_pert_and_simulation_refuse_task_calendars_naming_the_limitation():
    network = _tech_transfer()
    acts = [
        replace(a, estimate=ThreePoint(1, 2, 4)) if a.id == "A" else a for a in network.activities
    ]
    network = replace(network, activities=acts)
    with pytest.raises(
        InvalidNetworkError,
        match="network's calendar only, and activity F \\(Fermentation\\) works on "
        "'Fermentation \\(7 days\\)'",
    ):
        pert(network)
    with pytest.raises(InvalidNetworkError, match="network's calendar only"):
        simulate(network, iterations=50, seed=1)


def test_an_activity_on_the_networks_own_calendar_keeps_the_fast_path():
    network = net([Activity("A", "", 3, calendar=Calendar()), Activity("B", "", 2)], [fs("A", "B")])
    from accord.scheduling.prepare import prepare

    assert prepare(network).calendars is None
    assert schedule(network).row("B").early_start == d("2026-01-08")


@st.composite
def _networks(draw):
    n = draw(st.integers(min_value=1, max_value=14))
    durations = draw(st.lists(st.integers(0, 9), min_size=n, max_size=n))
    pairs = [(i, j) for j in range(n) for i in range(j)]
    chosen = draw(st.lists(st.sampled_from(pairs), unique=True, max_size=2 * n)) if pairs else []
    types = draw(
        st.lists(st.sampled_from(list(LinkType)), min_size=len(chosen), max_size=len(chosen))
    )
    lags = draw(st.lists(st.integers(-3, 5), min_size=len(chosen), max_size=len(chosen)))
    alap = draw(st.lists(st.booleans(), min_size=n, max_size=n))
    return durations, list(zip(chosen, types, lags, strict=True)), alap


@settings(max_examples=120, deadline=None)
@given(_networks())
def test_every_activity_on_one_other_calendar_schedules_as_that_single_calendar(case):
    """The multi-calendar arithmetic, with nothing to convert, agrees with the fast path."""
    durations, links, alap = case
    acts = [
        Activity(f"T{i}", "", dur, alap=a)
        for i, (dur, a) in enumerate(zip(durations, alap, strict=True))
    ]
    lk = [Link(f"T{i}", f"T{j}", t, g) for (i, j), t, g in links]
    single = schedule(net(acts, lk, calendar=LAB))
    own = [replace(a, calendar=LAB) for a in acts]
    multi = schedule(net(own, lk, calendar=SEVEN))
    for name in (
        "early_start",
        "early_finish",
        "late_start",
        "late_finish",
        "total_float",
        "free_float",
        "critical",
    ):
        assert np.array_equal(getattr(single, name), getattr(multi, name)), name
    assert single.project_finish == multi.project_finish
