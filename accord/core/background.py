"""Work that outlives the request that asked for it.

A job starts once the transaction that created its record has committed, in a daemon
thread of the same process, under the ``job`` audit channel, and closes its own database
connections when it ends. There is no broker to run or lose: a job whose process dies
stops reporting progress, and its record says so (see ``Simulation.heartbeat_at``).

``ACCORD_BACKGROUND=inline`` runs jobs at once in the caller instead (tests, and a
server where threads are unwelcome).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from django.conf import settings
from django.db import connections, transaction

from accord.core import context

log = logging.getLogger(__name__)


def run_after_commit(job: Callable[..., object], *args: object, name: str) -> None:
    """Run ``job(*args)`` after the current transaction commits (at once if inline)."""
    if settings.ACCORD_BACKGROUND == "inline":
        job(*args)
        return

    def start() -> None:
        threading.Thread(target=_run, args=(job, args), name=name, daemon=True).start()

    transaction.on_commit(start)


def _run(job: Callable[..., object], args: tuple[object, ...]) -> None:
    try:
        with context.acting(via=context.JOB):
            job(*args)
    except Exception:  # the job records its own failure; this is the last resort
        log.exception("background job %s failed", getattr(job, "__name__", job))
    finally:
        connections.close_all()
