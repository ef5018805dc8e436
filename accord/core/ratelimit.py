"""Rate limits on the API per token, counted where every node sees them (docs/api.md).

Each authenticated request adds one to its client's count in the current fixed window of
``ACCORD_API_RATE_LIMIT`` (600/minute by default): a single UPSERT on one row per client
(``ApiRateCounter``), in the database every node shares, that returns the new count. The
client is the API token (``request.api_token``, set by the token authentication), or the
user for requests made with a browser session. Over the limit the API answers 429 in its
error shape with ``Retry-After``; every authenticated answer carries
``X-RateLimit-Limit``, ``X-RateLimit-Remaining`` and ``X-RateLimit-Reset`` (the Unix time
the window ends).

Unauthenticated requests are not counted: they are refused before doing any work. When
the count cannot be taken (the database is busy) the request goes through: the limit
protects the service and must not be what takes it down.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import math
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from ninja import NinjaAPI
from ninja.errors import Throttled
from ninja.throttling import BaseThrottle

from accord.core.models import ApiRateCounter

logger = logging.getLogger("accord.api")

_PERIODS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}
# Counts of windows that ended this long ago are of no use (a daily sweep deletes them).
_KEEP_SECONDS = 86400
_SQLITE_WAIT_MS = 50


@dataclass(frozen=True)
class Usage:
    limit: int
    remaining: int
    reset: int  # Unix time at which the window ends


def _now() -> float:
    return time.time()


def current_rate() -> tuple[int, int] | None:
    """(requests, seconds) of ``ACCORD_API_RATE_LIMIT``, or None when it is off."""
    return _parse(settings.ACCORD_API_RATE_LIMIT)


@functools.lru_cache(maxsize=8)
def _parse(text: str) -> tuple[int, int] | None:
    if text == "off":
        return None
    count, period = text.split("/")
    return int(count), _PERIODS[period]


def request_counted(bucket: str, period: int, now: float) -> tuple[int, int]:
    """Count one request of ``bucket`` in the window holding ``now``: one statement.

    Returns the count so far and the window's start. A node whose clock lags behind
    counts in the newer window another node already opened, never resets it.
    """
    table = connection.ops.quote_name(ApiRateCounter._meta.db_table)
    window = int(now // period * period)
    with connection.cursor() as cursor, _brief_wait_on_sqlite(cursor):
        cursor.execute(
            f"INSERT INTO {table} (bucket, window_start, hits) VALUES (%s, %s, 1) "  # noqa: S608 - the table name is the model's own
            f"ON CONFLICT (bucket) DO UPDATE SET "
            f"hits = CASE WHEN {table}.window_start >= excluded.window_start "
            f"THEN {table}.hits + 1 ELSE 1 END, "
            f"window_start = CASE WHEN {table}.window_start >= excluded.window_start "
            f"THEN {table}.window_start ELSE excluded.window_start END "
            f"RETURNING hits, window_start",
            [bucket, window],
        )
        hits, start = cursor.fetchone()
    return hits, start


@contextlib.contextmanager
def _brief_wait_on_sqlite(cursor: Any) -> Iterator[None]:
    """SQLite has one writer: behind a long write transaction, a read of the API would wait
    for it (up to ACCORD_DB_LOCK_TIMEOUT_MS) just to be counted. Wait briefly instead, and
    let the request through uncounted (PostgreSQL locks the user's row only)."""
    if connection.vendor != "sqlite":
        yield
        return
    cursor.execute("PRAGMA busy_timeout")
    previous = cursor.fetchone()[0]
    cursor.execute(f"PRAGMA busy_timeout = {_SQLITE_WAIT_MS}")
    try:
        yield
    finally:
        cursor.execute(f"PRAGMA busy_timeout = {int(previous)}")


class UserRateLimit(BaseThrottle):
    """ninja's throttle hook: runs after authentication, before the input is read."""

    def __init__(self) -> None:
        self._wait = threading.local()  # one instance serves every thread

    def allow_request(self, request: HttpRequest) -> bool:
        self._wait.seconds = None
        rate = current_rate()
        user = getattr(request, "auth", None)
        if rate is None or getattr(user, "pk", None) is None:
            return True
        limit, period = rate
        now = _now()
        token = getattr(request, "api_token", None)
        bucket = f"token:{token.pk}" if token is not None else f"user:{user.pk}"
        try:
            hits, start = request_counted(bucket, period, now)
        except DatabaseError:
            logger.warning(
                "Rate limit not counted (request %s)",
                getattr(request, "request_id", "-"),
                exc_info=True,
            )
            return True
        reset = start + period
        request.accord_rate_limit = Usage(limit=limit, remaining=max(0, limit - hits), reset=reset)
        if hits <= limit:
            return True
        self._wait.seconds = max(1, math.ceil(reset - now))
        return False

    def wait(self) -> float | None:
        return getattr(self._wait, "seconds", None)


def install_rate_limits(api: NinjaAPI) -> None:
    """Count every authenticated request of ``api`` and refuse those over the limit."""
    from accord.core.api import error_response

    def too_many(request: HttpRequest, exc: Throttled) -> HttpResponse:
        count, period = settings.ACCORD_API_RATE_LIMIT.split("/")
        wait = exc.wait or 1
        detail = (
            f"Too many requests: at most {count} a {period} per token (or session). "
            f"Try again in {wait} second{'s' if wait != 1 else ''}."
        )
        response = error_response(api, request, 429, "rate_limited", detail)
        response["Retry-After"] = str(wait)
        return response

    api.throttle = [UserRateLimit()]
    api.add_exception_handler(Throttled, too_many)
    api.add_decorator(_with_rate_limit_headers, mode="view")


def _with_rate_limit_headers(run: Callable[..., HttpResponseBase]) -> Callable:
    @functools.wraps(run)
    def wrapper(request: HttpRequest, **kwargs: Any) -> HttpResponseBase:
        response = run(request, **kwargs)
        usage = getattr(request, "accord_rate_limit", None)
        if usage is not None:
            response["X-RateLimit-Limit"] = str(usage.limit)
            response["X-RateLimit-Remaining"] = str(usage.remaining)
            response["X-RateLimit-Reset"] = str(usage.reset)
        return response

    return wrapper


def rate_counters_purge() -> int:
    """Delete the counts of clients whose last window ended a day ago (a daily sweep)."""
    cutoff = int(_now()) - _KEEP_SECONDS
    return ApiRateCounter.objects.filter(window_start__lt=cutoff).delete()[0]
