"""The demo follows the week it is loaded in: its "today" is that week's Monday (or the
week of ``ACCORD_DEMO_DATE``), and every demo date is an offset from it, so reviews,
follow-ups and action items are a mix of done, due and overdue whenever it is loaded."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from unittest import mock

import pytest
from django.db.models import F
from django.utils import timezone

from accord.accounts.models import Organization
from accord.audit import chain
from accord.clients.health import relationship_health_for
from accord.clients.models import FollowUp
from accord.demo.builder import demo_load
from accord.demo.data import DemoConflict, reference_date_for
from accord.meetings.models import ActionItem
from accord.planning.models import Task
from accord.projects.models import Project
from accord.proposals.models import ProposalRevision, Rfp, RfpOutcome
from accord.reports.models import StatusReport
from accord.risks.models import Risk


@contextmanager
def _clock(day: dt.date) -> Iterator[None]:
    """Run as if it were noon on ``day``: the demo refuses to record a future."""
    real = timezone.now
    shift = dt.datetime.combine(day, dt.time(12), tzinfo=dt.UTC) - real()
    with mock.patch("django.utils.timezone.now", lambda: real() + shift):
        yield


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("today", "monday"),
    # A week far from test_demo.py's pinned one (each load costs ~40 s, so one is enough).
    [(dt.date(2027, 3, 3), dt.date(2027, 3, 1))],
)
def test_demo_dates_follow_the_week_it_is_loaded_in(today, monday):
    with _clock(today):
        summary = demo_load(today=today)
        assert summary.reference_date == monday

        started = Project.objects.filter(start_date__lt=monday)
        assert set(started.values_list("data_date", flat=True)) == {monday}
        work = Task.objects.exclude(kind="summary").filter(project__in=started)
        assert not work.filter(actual_start__isnull=True, early_start__lt=monday).exists()
        assert not work.filter(actual_finish__gte=monday).exists()
        assert Project.objects.get(code="NVB-101-TT").start_date == monday - dt.timedelta(weeks=9)

        reviews = Risk.objects.exclude(status="closed")
        overdue = reviews.filter(next_review_date__lt=monday).count()
        assert 3 <= overdue < 0.4 * reviews.count()  # most reviews are ahead
        follow_ups = FollowUp.objects.filter(is_done=False)
        assert follow_ups.filter(due_on__lt=monday).exists()
        assert follow_ups.filter(due_on__gte=monday).exists()
        levels = [
            h.level
            for h in relationship_health_for(Organization.objects.filter(kind="sponsor")).values()
        ]
        assert "red" in levels and "green" in levels, levels

        items = ActionItem.objects.all()
        assert items.filter(status="open", due_on__lt=monday).exists()
        assert items.filter(status="open", due_on__gte=monday).exists()
        assert not items.filter(done_on__gt=monday).exists()
        assert StatusReport.objects.filter(period_end=monday - dt.timedelta(days=1)).exists()

        rfps = Rfp.objects.all()
        assert not rfps.filter(received_on__gt=monday).exists()
        assert rfps.filter(received_on__lt=monday - dt.timedelta(days=240)).exists()
        sent = ProposalRevision.objects.filter(sent_on__isnull=False)
        assert sent.exists() and not sent.filter(sent_on__gt=monday).exists()
        assert not sent.filter(sent_on__lte=F("proposal__rfp__received_on")).exists()
        outcomes = RfpOutcome.objects.all()
        assert outcomes.exists() and not outcomes.filter(decided_on__gt=monday).exists()
        assert not outcomes.filter(decided_on__lt=F("rfp__received_on")).exists()
        won = Project.objects.filter(pk__in=outcomes.filter(kind="won").values("project"))
        assert won.count() == 2 and not won.filter(start_date__lt=monday).exists()
        assert chain.verify().ok
        assert demo_load(today=today).created == 0


@pytest.mark.django_db
def test_demo_date_comes_from_the_environment_and_cannot_lie_ahead(monkeypatch):
    monkeypatch.setenv("ACCORD_DEMO_DATE", "2026-01-07")
    assert reference_date_for() == dt.date(2026, 1, 5)
    monkeypatch.delenv("ACCORD_DEMO_DATE")
    today = timezone.localdate()
    assert reference_date_for() == today - dt.timedelta(days=today.weekday())
    monkeypatch.setenv("ACCORD_DEMO_DATE", "5 Jan 2026")
    with pytest.raises(DemoConflict, match="YYYY-MM-DD"):
        demo_load()
    with pytest.raises(DemoConflict, match="future"):
        demo_load(today=today + dt.timedelta(days=8))
    assert not Project.objects.exists()
