"""Progress: actual dates and remaining work re-forecast the rest of the plan."""

from __future__ import annotations

import pytest

from accord.scheduling import Activity, InvalidNetworkError, schedule
from tests.scheduling.helpers import d, fs, net

PLANNED_B_START = d("2026-01-12")  # A (5 days) 01-05..01-09, then B (3 days)


def _plan(a: Activity, data_date: str):
    return schedule(net([a, Activity("B", "B", 3)], [fs("A", "B")], data_date=d(data_date)))


def test_a_slip_pushes_successors_later():
    plan = _plan(
        Activity("A", "A", 5, actual_start=d("2026-01-05"), remaining_duration=3), "2026-01-12"
    )
    a, b = plan.row("A"), plan.row("B")
    assert (a.early_start, a.early_finish) == (d("2026-01-05"), d("2026-01-14"))
    assert (b.early_start, b.early_finish) == (d("2026-01-15"), d("2026-01-19"))
    assert a.critical


def test_an_early_finish_pulls_successors_earlier():
    plan = _plan(
        Activity("A", "A", 5, actual_start=d("2026-01-05"), actual_finish=d("2026-01-07")),
        "2026-01-08",
    )
    a, b = plan.row("A"), plan.row("B")
    assert a.early_finish == d("2026-01-07")
    assert b.early_start == d("2026-01-08") < PLANNED_B_START
    assert not a.critical and a.total_float == 0  # complete work is never critical


def test_remaining_work_defaults_to_what_is_left_of_the_duration():
    plan = _plan(Activity("A", "A", 5, actual_start=d("2026-01-05")), "2026-01-07")
    assert plan.row("A").early_finish == d("2026-01-09")  # two days done, three left
    overrun = _plan(Activity("A", "A", 5, actual_start=d("2026-01-05")), "2026-01-14")
    assert overrun.row("A").early_finish == d("2026-01-14")  # still open: at least a day


def test_nothing_unstarted_is_scheduled_before_the_data_date():
    plan = _plan(Activity("A", "A", 5), "2026-01-14")
    assert plan.row("A").early_start == d("2026-01-14")
    assert plan.row("B").early_start == d("2026-01-21")


def test_started_work_keeps_its_actual_start_as_late_start():
    plan = _plan(
        Activity("A", "A", 5, actual_start=d("2026-01-05"), remaining_duration=1), "2026-01-07"
    )
    a = plan.row("A")
    assert a.late_start == a.early_start == d("2026-01-05")
    assert a.early_finish == d("2026-01-07")


def test_a_completed_milestone_keeps_its_date():
    acts = [Activity("M", "Kick-off", 0, actual_start=d("2026-01-06")), Activity("A", "A", 2)]
    plan = schedule(net(acts, [fs("M", "A")], data_date=d("2026-01-08")))
    assert plan.row("M").early_start == d("2026-01-06")
    assert plan.row("A").early_start == d("2026-01-08")


@pytest.mark.parametrize(
    ("activity", "data_date", "message"),
    [
        (Activity("A", "A", 5, actual_start=d("2026-01-05")), None, "no data date"),
        (Activity("A", "A", 5, actual_finish=d("2026-01-06")), "2026-01-08", "no actual start"),
        (Activity("A", "A", 5, actual_start=d("2026-01-09")), "2026-01-08", "not before"),
        (
            Activity("A", "A", 5, actual_start=d("2026-01-05"), actual_finish=d("2026-01-12")),
            "2026-01-08",
            "not before the data date",
        ),
    ],
)
def test_inconsistent_progress_is_refused(activity, data_date, message):
    with pytest.raises(InvalidNetworkError, match=message):
        schedule(net([activity], data_date=d(data_date) if data_date else None))
