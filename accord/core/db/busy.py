"""Recognizing a database that could not answer in time: a lock wait or a statement ran
past its limit, a deadlock was broken, or SQLite's single writer stayed busy.

Such a request changed nothing (its transaction was rolled back) and may simply be tried
again, so the user gets "busy, try again" (HTTP 503 with ``Retry-After``), never a bare
server error. The limits are ``ACCORD_DB_LOCK_TIMEOUT_MS`` and
``ACCORD_DB_STATEMENT_TIMEOUT_MS`` (docs/configuration.md).
"""

from __future__ import annotations

import math

from django.conf import settings
from django.db import DatabaseError

# lock_not_available, query_canceled (statement_timeout), deadlock_detected,
# serialization_failure.
_POSTGRES_BUSY = frozenset({"55P03", "57014", "40P01", "40001"})
_SQLITE_BUSY = ("database is locked", "database table is locked", "database schema is locked")

BUSY_MESSAGE = (
    "Accord is busy with other work right now and could not finish this in time. "
    "Nothing was saved: try again in a few seconds."
)


def is_busy(exc: BaseException) -> bool:
    """Whether ``exc`` means "the database was busy", as opposed to a real failure."""
    if not isinstance(exc, DatabaseError):
        return False
    cause = exc.__cause__
    if getattr(cause, "sqlstate", None) in _POSTGRES_BUSY:
        return True
    return str(exc).startswith(_SQLITE_BUSY)


def retry_after_seconds() -> int:
    """What to put in ``Retry-After``: about one lock wait."""
    return max(1, math.ceil(settings.ACCORD_DB_LOCK_TIMEOUT_MS / 1000))
