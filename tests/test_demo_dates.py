"""The demo follows the week it is loaded in: its "today" is that week's Monday (or the
week of ``ACCORD_DEMO_DATE``), and every demo date is an offset from it, so reviews,
follow-ups and action items are a mix of done, due and overdue whenever it is loaded.

The dates of a loaded demo are checked against its reference week in test_demo.py (one
load serves both: a load costs about a minute)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from accord.demo.builder import demo_load
from accord.demo.data import DemoConflict, reference_date_for
from accord.projects.models import Project


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
