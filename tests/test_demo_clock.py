"""The demo's story clock (accord.core.clock): demo only, refused in production; inside it
"now" is the story's moment for audit events, signatures and record times, and never
runs ahead of the real time. A status report made for a past period shows what was true
then: later records are left out, change orders and health as they stood."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from accord.audit.models import AuditEvent
from accord.core import clock
from accord.delays.services import delay_mark_communicated, delay_record
from accord.projects.services import project_update
from accord.reports import services as reports

pytestmark = pytest.mark.django_db

ZURICH = ZoneInfo("Europe/Zurich")


def _moment(days_ago: int, hour: int = 10) -> dt.datetime:
    day = timezone.localdate() - dt.timedelta(days=days_ago)
    return dt.datetime.combine(day, dt.time(hour), tzinfo=ZURICH)


def test_the_story_clock_is_refused_in_production(settings):
    settings.ACCORD_ENV = "production"
    with pytest.raises(clock.StoryClockRefused, match="production"), clock.story_clock():
        pass
    real = timezone.now
    assert timezone.now is real  # nothing was patched


def test_outside_the_demo_the_real_time_is_used_always(world):
    before = timezone.now()
    assert clock.now() >= before
    with pytest.raises(clock.StoryClockRefused), clock.story_moment(_moment(3)):
        pass


@pytest.mark.req("AT-9")
def test_inside_the_story_now_is_the_steps_moment_and_moves_forward(world):
    when = _moment(30, 9)
    with clock.story_clock(), clock.story_moment(when):
        assert clock.today() == when.date()  # "today" is the story's day too
        project_update(
            actor=world.pm_alice,
            project=world.project_a,
            health="amber",
            health_reason="Waiting for the cell bank",
            reason="Review",
        )
        first, second = clock.now(), clock.now()
        assert second > first  # every reading moves on a little
        world.project_a.refresh_from_db()
        assert timezone.localtime(world.project_a.updated_at).date() == when.date()
    event = AuditEvent.objects.filter(action="projects.project.updated").latest("seq")
    assert timezone.localtime(event.occurred_at).date() == when.date()
    assert timezone.localtime(event.occurred_at).hour == 9
    assert clock.now() >= timezone.now() - dt.timedelta(seconds=5)  # real time again


def test_a_story_moment_never_lies_ahead_of_the_real_time(world):
    ahead = timezone.now() + dt.timedelta(days=2)
    with clock.story_clock(), clock.story_moment(ahead):
        assert clock.now() <= timezone.now()


def test_a_report_for_a_past_period_shows_what_was_true_then(world):
    project = world.project_a
    period_start, period_end = (timezone.localdate() - dt.timedelta(days=d) for d in (41, 28))
    thirty_five, ten = _moment(35), _moment(10)
    with clock.story_clock():
        with clock.story_moment(thirty_five):
            project_update(
                actor=world.pm_alice,
                project=project,
                health="amber",
                health_reason="Cell bank release late",
                reason="Status review",
            )
        with clock.story_moment(ten):
            later = delay_record(
                actor=world.pm_alice,
                project=project,
                title="Filter integrity failure on the second run",
                cause="batch_failure",
                occurred_on=ten.date(),
                days_lost=6,
                description="The second run's filter failed its integrity test.",
            )
            delay_mark_communicated(
                actor=world.pm_alice,
                delay=later,
                informed_on=ten.date(),
                how="call",
                informed_by=world.pm_alice,
            )
            project_update(
                actor=world.pm_alice,
                project=project,
                health="red",
                health_reason="Second run failed",
                reason="Status review",
            )
    report = reports.status_report_create(
        actor=world.pm_alice, project=project, period_start=period_start, period_end=period_end
    )
    content = report.content
    assert content["health"]["rag"] == "amber"
    assert content["health"]["reason"] == "Cell bank release late"
    titles = [row["title"] for row in content["delays"]["items"]]
    assert later.title not in titles
    # Made after the period (now, by the world's set-up): not in a report of the past.
    assert world.change_order_a_sent.title not in [r["title"] for r in content["change_orders"]]
    assert world.risk_a_shared.title not in [r["title"] for r in content["risks"]]
