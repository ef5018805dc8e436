"""MS Project fidelity defects (issue 16): each reproduced with a small file or network."""

from __future__ import annotations

import pytest

from accord.scheduling import (
    Activity,
    Calendar,
    Constraint,
    ConstraintType,
    CycleError,
    Link,
    LinkType,
    read_mspdi,
    schedule,
    write_mspdi,
)
from tests.scheduling.helpers import d, fs, net
from tests.scheduling.test_mspdi import _task, _xml


def test_an_elapsed_duration_is_calendar_time_not_working_days():
    # 720 elapsed hours (DurationFormat 8, "ed") are 30 days round the clock.
    tasks = _task(1, "Hold time", "PT720H0M0S", "<DurationFormat>8</DurationFormat>")
    imported = read_mspdi(_xml(tasks))
    (hold,) = imported.network.activities
    assert hold.duration == 30
    assert hold.calendar.working_weekdays == frozenset(range(7))
    row = schedule(imported.network).row("1")
    assert (row.early_start, row.early_finish) == (d("2026-01-05"), d("2026-02-03"))


def test_a_split_task_is_reported_by_name_and_keeps_its_whole_span():
    split = (
        "<Start>2026-01-05T08:00:00</Start><Finish>2026-01-16T17:00:00</Finish>"
        "<Stop>2026-01-07T17:00:00</Stop><Resume>2026-01-12T08:00:00</Resume>"
    )
    imported = read_mspdi(_xml(_task(1, "Stability pull", "PT40H0M0S", split)))
    assert any("task 1 (Stability pull) is split" in note for note in imported.notes)
    # Five days of work spread over two weeks: scheduled as one ten-day stretch.
    assert imported.network.activities[0].duration == 10
    assert schedule(imported.network).row("1").early_finish == d("2026-01-16")


def test_an_unsplit_task_with_stop_and_resume_is_not_reported():
    normal = "<Stop>2026-01-07T17:00:00</Stop><Resume>2026-01-08T08:00:00</Resume>"
    imported = read_mspdi(_xml(_task(1, "Steady", "PT40H0M0S", normal)))
    assert imported.notes == [] and imported.network.activities[0].duration == 5


def _summary_plan():
    return net(
        [
            Activity("S", "Analytics", 0),
            Activity("C1", "Method transfer", 2, parent="S"),  # drives C2: no free float
            Activity("C2", "Method qualification", 3, parent="S"),
            Activity("M", "Report issued", 0, parent="S"),  # reached at the project start
            Activity("X", "Process transfer", 10),
        ],
        [fs("C1", "C2")],
    )


def test_a_summarys_free_float_is_its_own_not_its_smallest_childs():
    plan = schedule(_summary_plan())
    assert plan.row("C1").free_float == 0
    # The summary finishes on Friday 9 (C2); nothing follows it, so it may slip to the
    # project finish on Friday 16: five days, as much as its total float.
    assert plan.row("S").free_float == 5 == plan.row("S").total_float


def test_a_summarys_late_finish_is_a_day_its_children_work():
    plan = schedule(_summary_plan())
    # M is a start milestone whose late instant is the project finish (Monday 19 at
    # 08:00); the summary's late finish is Friday 16, the last day C2 may work.
    assert plan.row("M").late_finish == d("2026-01-19")
    assert plan.row("S").late_finish == d("2026-01-16")
    assert plan.row("C2").late_finish == d("2026-01-16")


def test_out_of_sequence_progress_uses_retained_logic_and_says_so():
    network = net(
        [
            Activity("P", "Column packing", 5, actual_start=d("2026-01-05"), remaining_duration=3),
            Activity(
                "S", "Column qualification", 3, actual_start=d("2026-01-06"), remaining_duration=2
            ),
        ],
        [fs("P", "S")],
        data_date=d("2026-01-07"),
    )
    plan = schedule(network)
    # P finishes its three remaining days Wed 7 - Fri 9; S's remaining two days wait
    # for it: Mon 12 - Tue 13. P is critical, not negative.
    assert plan.row("P").early_finish == d("2026-01-09")
    assert plan.row("S").early_finish == d("2026-01-13")
    assert plan.row("P").total_float == 0
    assert plan.row("S").early_start == plan.row("S").late_start == d("2026-01-06")
    assert plan.out_of_sequence == ["S"] and plan.progress_rule == "retained logic"
    assert any("S started before P finished" in w for w in plan.warnings)


def test_a_start_no_later_than_in_the_past_keeps_remaining_work_after_the_data_date():
    network = net(
        [
            Activity(
                "A", "Buffer prep", 2, constraint=Constraint(ConstraintType.SNLT, d("2026-01-06"))
            )
        ],
        data_date=d("2026-01-12"),
    )
    row = schedule(network, honor_constraints=True).row("A")
    assert row.early_start == d("2026-01-12")  # not Tuesday 6, which is past
    assert row.late_start == d("2026-01-06")
    assert row.total_float == -4


def test_a_must_start_on_in_the_past_is_held_at_the_data_date():
    network = net(
        [Activity("A", "Sampling", 1, constraint=Constraint(ConstraintType.MSO, d("2026-01-06")))],
        data_date=d("2026-01-08"),
    )
    row = schedule(network).row("A")
    assert row.early_start == d("2026-01-08") and row.total_float == -2


def test_a_loop_through_a_summary_names_the_links_behind_it():
    network = net(
        [
            Activity("S", "Upstream", 0),
            Activity("C", "Seed train", 2, parent="S"),
            Activity("X", "Media release", 1),
        ],
        [fs("S", "X"), fs("X", "C")],
    )
    with pytest.raises(CycleError) as caught:
        schedule(network)
    message = str(caught.value)
    assert "X (Media release) -> C (Seed train)" in message
    assert "C -> X is the link S -> X" in message


def test_a_summary_linked_to_its_own_activity_says_so():
    network = net(
        [Activity("S", "Upstream", 0), Activity("C", "Seed", 2, parent="S")], [fs("S", "C")]
    )
    with pytest.raises(CycleError, match=r"the link S -> C \(a summary linked to its own"):
        schedule(network)


def test_an_outline_loop_names_the_parents():
    network = net([Activity("A", "", 1, parent="B"), Activity("B", "", 0, parent="A")])
    with pytest.raises(CycleError, match="the outline has a loop: A is under B, B is under A"):
        schedule(network)


def test_task_calendars_and_as_late_as_possible_survive_a_round_trip(tmp_path):
    seven = Calendar(working_weekdays=frozenset(range(7)), name="Fermenter (7 days)")
    network = net(
        [
            Activity("1", "Inoculation", 1),
            Activity("2", "Fermentation", 6, calendar=seven),
            Activity("3", "Buffer prep", 2, alap=True),
            Activity("4", "Harvest", 1),
        ],
        [fs("1", "2"), fs("2", "4"), fs("1", "3"), Link("3", "4", LinkType.FS, 0)],
    )
    path = tmp_path / "plan.xml"
    write_mspdi(network, path)
    xml = path.read_text()
    assert "<ConstraintType>1</ConstraintType>" in xml and "<CalendarUID>2</CalendarUID>" in xml
    back = read_mspdi(path).network
    acts = {a.id: a for a in back.activities}
    assert acts["2"].calendar.working_weekdays == seven.working_weekdays
    assert acts["3"].alap and not acts["1"].alap
    before, after = schedule(network), schedule(back)
    for aid in "1234":
        assert before.row(aid) == after.row(aid)
    # Fermentation runs Tue 6 - Sun 11; buffer prep sits just before harvest (Mon 12).
    assert after.row("3").early_start == d("2026-01-08")
    assert after.row("3").free_float == 0
