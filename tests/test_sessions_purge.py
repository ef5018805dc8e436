"""Expired sessions are deleted by a daily periodic entry."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.sessions.models import Session
from django.utils import timezone
from django.utils.module_loading import import_string

from accord.core import periodic
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def _keys() -> set[str]:
    return set(Session.objects.values_list("session_key", flat=True))


def test_the_daily_purge_deletes_expired_sessions_and_keeps_live_ones(world):
    before = _keys()
    client_for(world.pm_alice)
    client_for(world.qa_quinn)
    expired, live = sorted(_keys() - before)
    Session.objects.filter(session_key=expired).update(
        expire_date=timezone.now() - dt.timedelta(seconds=1)
    )
    entry = next(e for e in periodic.SCHEDULE if e.name == "core.sessions_purge")
    assert entry.daily_at is not None
    import_string(entry.func)()  # what the worker runs once a day
    assert expired not in _keys() and live in _keys()
