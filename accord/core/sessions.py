"""Expired sessions are deleted daily (periodic entry ``core.sessions_purge``).

Django keeps a session row until it is cleared; signed-out and timed-out people would
otherwise leave their rows in the table for ever."""

from __future__ import annotations

from importlib import import_module

from django.conf import settings


def sessions_purge() -> None:
    """Delete the sessions whose expiry date has passed."""
    engine = import_module(settings.SESSION_ENGINE)
    engine.SessionStore.clear_expired()
