"""SLA clocks in working time, against cases worked out by hand.

The site works Monday to Friday 08:00-12:00 and 13:00-17:00 in Zurich (8 hours a day,
a lunch break), unless a case says otherwise. Every expected moment below was counted
on a calendar, not computed: the comment beside it shows the count.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.service.clocks import (
    CalendarError,
    ClockState,
    WorkingTime,
    add_working_time,
    clock,
    describe,
    format_hours,
    merge_pauses,
    next_working_moment,
    parse_hours,
    working_time_between,
)

ZURICH = ZoneInfo("Europe/Zurich")
NEW_YORK = ZoneInfo("America/New_York")
H = dt.timedelta(hours=1)
OFFICE = WorkingTime.weekly(ZURICH, "08:00-12:00, 13:00-17:00")


def at(text: str, zone: ZoneInfo = ZURICH) -> dt.datetime:
    """A local wall time in Zurich (or ``zone``): "2026-11-30 09:00"."""
    return dt.datetime.fromisoformat(text).replace(tzinfo=zone)


def local(moment: dt.datetime, zone: ZoneInfo = ZURICH) -> str:
    return moment.astimezone(zone).strftime("%a %Y-%m-%d %H:%M %Z")


# --------------------------------------------------------------------------- due times


@pytest.mark.parametrize(
    ("start", "hours", "due"),
    [
        # Mon 09:00 + 2 h, inside the morning.
        ("2026-11-30 09:00", 2, "Mon 2026-11-30 11:00 CET"),
        # Mon 11:00 + 2 h: 11-12 (1 h), lunch, 13-14 (1 h).
        ("2026-11-30 11:00", 2, "Mon 2026-11-30 14:00 CET"),
        # Mon 16:00 + 4 h: 16-17 (1 h), the night, Tue 08-11 (3 h).
        ("2026-11-30 16:00", 4, "Tue 2026-12-01 11:00 CET"),
        # Fri 15:00 + 8 h: Fri 15-17 (2 h), the weekend, Mon 08-12 (4 h) and 13-15 (2 h).
        ("2026-12-04 15:00", 8, "Mon 2026-12-07 15:00 CET"),
        # Sat 10:00 + 1 h: nothing counts before Mon 08:00, so Mon 09:00.
        ("2026-12-05 10:00", 1, "Mon 2026-12-07 09:00 CET"),
        # Raised at lunch, Mon 12:30 + 30 min: from 13:00, so 13:30.
        ("2026-11-30 12:30", 0.5, "Mon 2026-11-30 13:30 CET"),
        # Exactly the end of the day: Mon 08:00 + 8 h is Mon 17:00, not Tue 08:00.
        ("2026-11-30 08:00", 8, "Mon 2026-11-30 17:00 CET"),
        # Zero target: due at once.
        ("2026-11-30 09:15", 0, "Mon 2026-11-30 09:15 CET"),
    ],
)
def test_due_times_cross_lunch_nights_and_weekends(start, hours, due):
    assert local(add_working_time(OFFICE, at(start), hours * H)) == due


def test_holidays_are_skipped_and_extra_working_days_count():
    christmas = WorkingTime.weekly(
        ZURICH,
        "08:00-12:00, 13:00-17:00",
        holidays=[dt.date(2026, 12, 25), dt.date(2026, 12, 28)],
        extra_days=[dt.date(2026, 12, 27)],  # a Sunday campaign shift, on Monday's hours
    )
    # Thu 24 Dec 16:00 + 10 h: Thu 16-17 (1 h); Fri 25 holiday; Sat off; Sun 27 worked
    # 08-12, 13-17 (8 h, 9 in all); Mon 28 holiday; Tue 29 08-09 (1 h).
    due = add_working_time(christmas, at("2026-12-24 16:00"), 10 * H)
    assert local(due) == "Tue 2026-12-29 09:00 CET"
    assert working_time_between(christmas, at("2026-12-24 16:00"), due) == 10 * H
    assert christmas.hours_on(dt.date(2026, 12, 26)) == ()


def test_the_working_day_start_is_when_a_sponsor_is_told_of_a_concern_raised_at_night():
    assert local(next_working_moment(OFFICE, at("2026-12-05 22:40"))) == "Mon 2026-12-07 08:00 CET"
    assert local(next_working_moment(OFFICE, at("2026-12-07 12:10"))) == "Mon 2026-12-07 13:00 CET"
    assert next_working_moment(OFFICE, at("2026-12-07 09:10")) == at("2026-12-07 09:10")


def test_working_time_between_two_moments():
    # Fri 16:00 to Tue 09:30: Fri 1 h, Mon 8 h, Tue 1.5 h.
    spent = working_time_between(OFFICE, at("2026-12-04 16:00"), at("2026-12-08 09:30"))
    assert spent == dt.timedelta(hours=10, minutes=30)
    assert working_time_between(OFFICE, at("2026-12-08 09:30"), at("2026-12-04 16:00")) == 0 * H


# --------------------------------------------------------------------------- pauses


def test_waiting_on_the_sponsor_pauses_the_clock_and_moves_the_due_time():
    # Mon 09:00, target 4 h. Worked 09-10 (1 h); waiting on the sponsor from Mon 10:00 to
    # Tue 10:00 (paused: Mon 10-12, 13-17 and Tue 08-10, 8 working hours); then Tue 10-12
    # (2 h) and 13-14 (1 h): due Tue 14:00, where without the pause it was Mon 14:00.
    pause = (at("2026-11-30 10:00"), at("2026-12-01 10:00"))
    state = clock(
        OFFICE,
        started_at=at("2026-11-30 09:00"),
        target=4 * H,
        now=at("2026-12-01 11:00"),
        pauses=[pause],
    )
    assert local(state.due_at) == "Tue 2026-12-01 14:00 CET"
    assert state.paused == 8 * H
    assert state.elapsed == 2 * H  # Mon 09-10 and Tue 10-11
    # The warning point (3 h of 4) moves with the pause too: Tue 12:00, so still running.
    assert local(state.warn_at) == "Tue 2026-12-01 12:00 CET"
    assert state.state is ClockState.RUNNING


def test_an_open_pause_has_no_due_time_until_the_sponsor_answers():
    state = clock(
        OFFICE,
        started_at=at("2026-11-30 09:00"),
        target=4 * H,
        now=at("2026-12-02 09:00"),
        pauses=[(at("2026-11-30 10:00"), None)],
    )
    assert state.state is ClockState.PAUSED
    assert state.due_at is None and state.elapsed == 1 * H
    # Mon 10-12, 13-17 (6 h), Tue (8 h), Wed 08-09 (1 h) spent waiting.
    assert state.paused == 15 * H
    assert state.remaining == 3 * H


def test_overlapping_pauses_count_once():
    merged = merge_pauses(
        [
            (at("2026-11-30 10:00"), at("2026-11-30 11:00")),
            (at("2026-11-30 10:30"), at("2026-11-30 14:00")),
            (at("2026-11-30 16:00"), at("2026-11-30 15:00")),  # ends before it starts: none
        ]
    )
    assert merged == [(at("2026-11-30 10:00"), at("2026-11-30 14:00"))]
    # Mon 08:00 + 4 h with 10-14 paused: 08-10 (2 h), 14-16 (2 h).
    assert local(add_working_time(OFFICE, at("2026-11-30 08:00"), 4 * H, merged)) == (
        "Mon 2026-11-30 16:00 CET"
    )


# --------------------------------------------------------------------------- states


def test_a_clock_warns_at_three_quarters_then_breaches_and_says_by_how_much():
    start = at("2026-11-30 08:00")
    # Target 8 h from Mon 08:00: due Mon 17:00; 75 % (6 h) at Mon 15:00.
    running = clock(OFFICE, started_at=start, target=8 * H, now=at("2026-11-30 14:59"))
    assert running.state is ClockState.RUNNING
    assert local(running.warn_at) == "Mon 2026-11-30 15:00 CET"
    at_risk = clock(OFFICE, started_at=start, target=8 * H, now=at("2026-11-30 15:00"))
    assert at_risk.state is ClockState.AT_RISK
    # Tue 09:30: late by 1.5 working hours (the night does not count).
    late = clock(OFFICE, started_at=start, target=8 * H, now=at("2026-12-01 09:30"))
    assert late.state is ClockState.BREACHED
    assert late.late_by == dt.timedelta(hours=1, minutes=30)
    assert late.remaining == -dt.timedelta(hours=1, minutes=30)


def test_a_stopped_clock_is_met_or_late_for_good():
    start = at("2026-11-30 09:00")
    met = clock(
        OFFICE,
        started_at=start,
        target=2 * H,
        now=at("2026-12-10 09:00"),
        stopped_at=at("2026-11-30 11:00"),  # exactly on time
    )
    assert met.state is ClockState.MET and met.late_by == 0 * H and met.elapsed == 2 * H
    # Due Mon 11:00, answered Tue 09:00: late by Mon 11-12, 13-17 and Tue 08-09 = 6 h.
    late = clock(
        OFFICE,
        started_at=start,
        target=2 * H,
        now=at("2026-12-10 09:00"),
        stopped_at=at("2026-12-01 09:00"),
    )
    assert late.state is ClockState.BREACHED and late.late_by == 6 * H


def test_a_breach_before_a_pause_stays_a_breach():
    state = clock(
        OFFICE,
        started_at=at("2026-11-30 09:00"),
        target=1 * H,
        now=at("2026-12-01 09:00"),
        pauses=[(at("2026-11-30 11:00"), None)],
    )
    assert state.state is ClockState.BREACHED
    assert state.late_by == 1 * H  # 10:00 to 11:00, then paused


# --------------------------------------------------------------------------- daylight saving


def test_office_hours_stay_at_eight_local_across_the_spring_change():
    # Clocks in Zurich go forward on Sun 29 Mar 2026. Fri 27 Mar 16:00 CET + 2 h:
    # Fri 16-17 (1 h), Mon 30 Mar 08-09 CEST (1 h). In UTC the working day now starts
    # at 06:00, not 07:00.
    due = add_working_time(OFFICE, at("2026-03-27 16:00"), 2 * H)
    assert local(due) == "Mon 2026-03-30 09:00 CEST"
    assert due.astimezone(dt.UTC).hour == 7


@pytest.mark.parametrize(
    ("start", "due"),
    [
        # Sat 28 Mar 12:00 CET + 24 h on a 24/7 line: Sunday has 23 hours, so 13:00 CEST.
        ("2026-03-28 12:00", "Sun 2026-03-29 13:00 CEST"),
        # Sat 24 Oct 12:00 CEST + 24 h: Sunday 25 Oct has 25 hours, so 11:00 CET.
        ("2026-10-24 12:00", "Sun 2026-10-25 11:00 CET"),
    ],
)
def test_a_round_the_clock_line_counts_the_real_hours_of_a_daylight_saving_day(start, due):
    line = WorkingTime.weekly(ZURICH, "00:00-24:00", days=range(7))
    assert local(add_working_time(line, at(start), 24 * H)) == due


def test_a_night_shift_on_the_autumn_change_works_the_hour_twice():
    # 22:00-24:00 and 00:00-06:00 every night: the night of 24-25 Oct 2026 has 9 real
    # hours (02:00-03:00 happens twice), the night of 28-29 Mar 7 (02:00-03:00 is skipped).
    nights = WorkingTime.weekly(ZURICH, "00:00-06:00, 22:00-24:00", days=range(7))
    autumn = working_time_between(nights, at("2026-10-24 22:00"), at("2026-10-25 06:00"))
    spring = working_time_between(nights, at("2026-03-28 22:00"), at("2026-03-29 06:00"))
    assert (autumn, spring) == (9 * H, 7 * H)


def test_the_sponsor_reads_the_same_due_time_in_its_own_zone():
    due = add_working_time(OFFICE, at("2026-11-30 11:00"), 2 * H)  # Mon 14:00 in Zurich
    assert local(due, NEW_YORK) == "Mon 2026-11-30 08:00 EST"


# --------------------------------------------------------------------------- input


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("8-17", "HH:MM-HH:MM"),
        ("17:00-08:00", "ends before it starts"),
        ("08:00-12:00, 11:00-17:00", "overlap"),
        ("08:61-12:00", "not a time of day"),
        ("08:00-24:30", "not a time of day"),
    ],
)
def test_bad_working_hours_are_refused_with_the_reason(text, problem):
    with pytest.raises(CalendarError, match=problem):
        parse_hours(text)


def test_working_hours_read_back_as_written():
    assert format_hours(parse_hours("13:00-17:00,08:00-12:00")) == "08:00-12:00, 13:00-17:00"
    assert parse_hours("") == ()


def test_a_calendar_without_working_time_is_refused():
    with pytest.raises(CalendarError, match="no working time"):
        WorkingTime.weekly(ZURICH, "")
    closed = WorkingTime.weekly(
        ZURICH,
        "08:00-17:00",
        holidays=[dt.date(2026, 1, 1) + dt.timedelta(days=n) for n in range(1200)],
    )
    with pytest.raises(CalendarError, match="No working time"):
        add_working_time(closed, at("2026-01-01 09:00"), H)


def test_naive_moments_are_refused():
    with pytest.raises(ValueError, match="no time zone"):
        add_working_time(OFFICE, dt.datetime(2026, 11, 30, 9), H)


def test_spans_read_for_people():
    assert describe(dt.timedelta(minutes=45)) == "45 min"
    assert describe(dt.timedelta(hours=3, minutes=20)) == "3 h 20 min"
    assert describe(dt.timedelta(hours=17), hours_per_day=8) == "2 d 1 h"
    assert describe(-dt.timedelta(hours=2)) == "-2 h"


# --------------------------------------------------------------------------- properties

SHAPES = [
    OFFICE,
    WorkingTime.weekly(ZURICH, "06:00-14:00, 14:30-22:30", days=range(6)),
    WorkingTime.weekly(ZURICH, "00:00-06:00, 22:00-24:00", days=range(7)),
    WorkingTime.weekly(
        "Asia/Tokyo", "09:00-18:00", holidays=[dt.date(2026, 5, 4), dt.date(2026, 5, 5)]
    ),
]
moments = st.datetimes(
    min_value=dt.datetime(2026, 1, 1),
    max_value=dt.datetime(2027, 12, 31),
    timezones=st.just(ZURICH),
)
minutes = st.integers(min_value=0, max_value=60 * 80)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(SHAPES),
    moments,
    minutes,
    st.lists(st.tuples(moments, st.integers(1, 60 * 60)), max_size=3),
)
def test_adding_working_time_and_measuring_it_agree(working, start, target, raw_pauses):
    pauses = merge_pauses((a, a + dt.timedelta(minutes=m)) for a, m in raw_pauses)
    duration = dt.timedelta(minutes=target)
    due = add_working_time(working, start, duration, pauses)
    assert due >= start
    assert working_time_between(working, start, due, pauses) == duration
    # Nothing earlier reaches the target, and one more minute of target is never earlier.
    later = add_working_time(working, start, duration + dt.timedelta(minutes=1), pauses)
    assert later > due
