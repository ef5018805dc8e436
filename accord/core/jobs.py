"""Background jobs: the one door every app uses to run work outside the request.

``enqueue(func, *args, requested_by=user)`` runs ``func(*args)`` once the current
transaction commits, under the ``job`` audit channel. Arguments are plain, JSON-ready
values (ids, not model instances), so a queued job survives a restart of every process.

This module is the interface; the library behind it is chosen and documented in
``docs/operations.md``.
"""

from __future__ import annotations

from collections.abc import Callable

from accord.core.background import run_after_commit


def enqueue(func: Callable[..., object], *args: object, requested_by=None, name: str = "") -> None:
    """Run ``func(*args)`` in the background after the current transaction commits."""
    run_after_commit(func, *args, name=name or getattr(func, "__name__", "job"))
