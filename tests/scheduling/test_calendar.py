"""Working-day calendars: weekends, holidays, extra working days."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from accord.scheduling import Calendar, InvalidNetworkError, schedule
from tests.scheduling.helpers import d, fs, net

EASTER = Calendar(holidays={d("2026-04-03"), d("2026-04-06")})  # Good Friday, Easter Monday


def test_work_skips_weekends():
    plan = schedule(net([("A", 7)], project_start=d("2026-01-08")))  # a Thursday
    assert plan.row("A").early_finish == d("2026-01-16")  # Thu, Fri, Mon-Fri


def test_a_project_starting_on_a_weekend_starts_on_monday():
    plan = schedule(net([("A", 1)], project_start=d("2026-01-10")))
    assert plan.project_start == plan.row("A").early_start == d("2026-01-12")


def test_holidays_stretch_activities_and_move_successors():
    plan = schedule(
        net([("A", 4), ("B", 2)], [fs("A", "B")], project_start=d("2026-03-31"), calendar=EASTER)
    )
    assert plan.row("A").early_finish == d("2026-04-07")  # Tue, Wed, Thu, (Easter), Tue
    assert (plan.row("B").early_start, plan.row("B").early_finish) == (
        d("2026-04-08"),
        d("2026-04-09"),
    )


def test_an_extra_working_saturday_counts():
    cal = Calendar(extra_working_days={d("2026-01-10")})
    plan = schedule(net([("A", 6)], calendar=cal))
    assert plan.row("A").early_finish == d("2026-01-10")


def test_a_six_day_week():
    cal = Calendar(working_weekdays={0, 1, 2, 3, 4, 5})
    plan = schedule(net([("A", 6), ("B", 1)], [fs("A", "B")], calendar=cal))
    assert plan.row("A").early_finish == d("2026-01-10")
    assert plan.row("B").early_start == d("2026-01-12")


def test_lags_count_working_days_across_holidays():
    plan = schedule(
        net([("A", 2), ("B", 1)], [fs("A", "B", 1)], project_start=d("2026-04-01"), calendar=EASTER)
    )
    # A: Wed 04-01, Thu 04-02; one working day of lag (Tue 04-07); B on Wed 04-08.
    assert plan.row("B").early_start == d("2026-04-08")


def test_late_dates_cross_holidays_backwards():
    plan = schedule(net([("A", 1), ("B", 6)], project_start=d("2026-03-30"), calendar=EASTER))
    # B: Mon 03-30 .. Wed 04-08 (six working days). A may finish as late as 04-08.
    assert plan.row("B").early_finish == d("2026-04-08")
    assert plan.row("A").late_start == d("2026-04-08")
    assert plan.row("A").total_float == 5


def test_calendar_helpers():
    assert EASTER.add_working_days(d("2026-04-02"), 1) == d("2026-04-07")
    assert EASTER.add_working_days(d("2026-04-07"), -1) == d("2026-04-02")
    assert EASTER.add_working_days(d("2026-04-04"), 0) == d("2026-04-07")
    assert EASTER.working_days_between(d("2026-03-30"), d("2026-04-13")) == 8
    assert not EASTER.is_working_day(d("2026-04-06"))
    assert EASTER.next_working_day(d("2026-04-03")) == d("2026-04-07")
    assert EASTER.previous_working_day(d("2026-04-06")) == d("2026-04-02")


@pytest.mark.parametrize("days", [26_000, -2_600, 1, -1])
def test_dates_far_from_the_start_agree_with_numpy_busday_offset(days):
    expected = np.busday_offset("2026-01-05", days).astype(object)
    assert Calendar().add_working_days(date(2026, 1, 5), days) == expected


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"working_weekdays": set()}, "no working weekday"),
        ({"working_weekdays": {7}}, r"0 \(Monday\) to 6"),
        (
            {"holidays": {d("2026-01-10")}, "extra_working_days": {d("2026-01-10")}},
            "both a holiday and an extra working day",
        ),
    ],
)
def test_bad_calendars_are_refused(kwargs, message):
    with pytest.raises(InvalidNetworkError, match=message):
        Calendar(**kwargs)
