"""Recognizing a database that cannot be reached at all: the server is down, restarting,
refusing connections, or the network between it and Accord is cut.

Such a request is answered "temporarily unavailable" (HTTP 503 with ``Retry-After``): a
friendly page, or the API's error shape. Nothing was saved; the same request succeeds
once the database is back, without restarting Accord (a broken connection is dropped at
the end of the request, and PostgreSQL connections are checked before reuse).
"""

from __future__ import annotations

from django.db import InterfaceError, OperationalError

from accord.core.db.busy import is_busy

# connection_exception (08xxx), admin_shutdown, crash_shutdown, cannot_connect_now.
_POSTGRES_GONE = ("57P01", "57P02", "57P03")
_SQLITE_GONE = ("unable to open database file", "disk i/o error")

UNAVAILABLE_MESSAGE = (
    "Accord cannot reach its database right now. Nothing was saved: try again in a "
    "minute. If this lasts, tell your Accord administrator."
)
RETRY_AFTER_SECONDS = 30


def is_unavailable(exc: BaseException | None) -> bool:
    """Whether ``exc`` means "the database could not be reached" (not "busy", not a bug)."""
    if isinstance(exc, InterfaceError):
        return True
    if not isinstance(exc, OperationalError) or is_busy(exc):
        return False
    cause = exc.__cause__
    sqlstate = getattr(cause, "sqlstate", None)
    if cause is not None and type(cause).__module__.startswith("psycopg"):
        # A connection that failed or broke carries no SQL state, or a class 08 one.
        return sqlstate is None or sqlstate.startswith("08") or sqlstate in _POSTGRES_GONE
    return str(exc).lower().startswith(_SQLITE_GONE)
