"""Background jobs: the one door every app uses to run work outside the request.

``enqueue(func, *args, requested_by=user)`` runs ``func(*args)`` once the current
transaction commits, under the ``job`` audit channel. Arguments are plain, JSON-ready
values (ids, not model instances), so a queued job survives a restart of every process.

This module is the interface; the library behind it is chosen and documented in
``docs/operations.md``.
"""

from __future__ import annotations

from collections.abc import Callable

from django.dispatch import Signal

from accord.core.background import run_after_commit

# Sent once a job has ended for good (done, or failed after its last attempt), with
# ``job_name`` (str), ``requested_by`` (a User or None), ``ok`` (bool), ``error`` (str,
# empty when ok) and ``url`` (str: the page of the record the job worked on, or "").
# Notifications listen to it to tell the person who asked.
job_finished = Signal()


def enqueue(
    func: Callable[..., object],
    *args: object,
    requested_by=None,
    name: str = "",
    url: str = "",
) -> None:
    """Run ``func(*args)`` in the background after the current transaction commits.

    ``name`` is what a person reads about the job ("Schedule risk run of AUR-101-TT");
    ``url`` the page of the record it works on.
    """
    run_after_commit(func, *args, name=name or getattr(func, "__name__", "job"))
