"""The sponsor clocks of a deviation: the sweep warns the owner, the project's QA lead
and QA's approvers before the time to tell the sponsor (or to send the preliminary
summary) runs out and when it has, once per stage; a notice stops the clock."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from accord.core.periodic import SCHEDULE
from accord.notifications.models import Notification
from accord.quality.services.deviation_notices import deviation_notify_sponsor
from accord.quality.sweeps import clock_stage, deviation_clock_sweep
from tests.deviation_helpers import agreement_for, raise_deviation, second_qa


def _clock_notes(person):
    return Notification.objects.filter(recipient=person, kind="deviation_clock")


def test_the_sweep_is_scheduled():
    assert "accord.quality.sweeps.deviation_clock_sweep" in {entry.func for entry in SCHEDULE}


@pytest.mark.req("R-DEV-7")
def test_qa_is_warned_before_the_notification_clock_lapses_and_when_it_has(world):
    agreement_for(world, notify={"critical": 24})
    rhea = second_qa(world)
    deviation = raise_deviation(
        world, classification="critical", discovered_at=timezone.now() - dt.timedelta(hours=2)
    )
    assert deviation.notify_by == deviation.discovered_at + dt.timedelta(hours=24)
    assert clock_stage(deviation, "notify", timezone.now()) is None
    assert deviation_clock_sweep() == 0
    soon = deviation.notify_by - dt.timedelta(hours=5)
    assert clock_stage(deviation, "notify", soon) == "soon"
    delivered = deviation_clock_sweep(soon)
    # The owner (Alice), the project's QA lead (Quinn) and QA's other approver (Rhea).
    for person in (world.pm_alice, world.qa_quinn, rhea):
        [note] = _clock_notes(person)
        assert "tell Aurora Therapeutics by" in note.title
    assert delivered == 3
    assert deviation_clock_sweep(soon + dt.timedelta(minutes=15)) == 0  # once per stage
    assert not Notification.objects.filter(
        recipient__in=[world.sponsor_a_manager, world.sponsor_b_manager], kind="deviation_clock"
    ).exists()
    Notification.objects.update(read_at=timezone.now())
    lapsed = deviation.notify_by + dt.timedelta(minutes=1)
    assert deviation_clock_sweep(lapsed) == 3
    assert "ran out" in _clock_notes(world.pm_alice).latest("pk").title


def test_a_recorded_notice_stops_the_clock(world):
    agreement_for(world, notify={"major": 24})
    deviation = raise_deviation(world, classification="major")
    deviation_notify_sponsor(
        actor=world.pm_alice,
        deviation=deviation,
        sent_at=timezone.now(),
        recipients="Maya Aurora",
        how="call",
        content="Told.",
    )
    deviation.refresh_from_db()
    assert clock_stage(deviation, "notify", deviation.notify_by + dt.timedelta(hours=1)) is None
    assert deviation_clock_sweep(deviation.notify_by + dt.timedelta(hours=1)) == 0


def test_the_summary_clock_warns_two_days_ahead_and_when_lapsed(world):
    agreement_for(world, notify={"major": 720}, summary_days=5)
    deviation = raise_deviation(world, classification="major")
    zone = timezone.get_current_timezone()
    due = deviation.summary_due
    before = dt.datetime.combine(due - dt.timedelta(days=3), dt.time(12), tzinfo=zone)
    ahead = dt.datetime.combine(due - dt.timedelta(days=1), dt.time(12), tzinfo=zone)
    after = dt.datetime.combine(due + dt.timedelta(days=1), dt.time(12), tzinfo=zone)
    assert clock_stage(deviation, "summary", before) is None
    assert clock_stage(deviation, "summary", ahead) == "soon"
    assert clock_stage(deviation, "summary", after) == "lapsed"
    deviation_clock_sweep(ahead)
    assert _clock_notes(world.pm_alice).filter(title__contains="preliminary summary").exists()


def test_no_clock_no_warning(world):
    deviation = raise_deviation(world, classification="minor")
    assert deviation.notify_by is None
    assert deviation_clock_sweep(timezone.now() + dt.timedelta(days=60)) == 0
