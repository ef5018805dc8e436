"""Health checks for load balancers and orchestrators (docs/deployment.md).

``/healthz`` (liveness): the process answers; no database, nothing else.
``/readyz`` (readiness): this node can serve: the database answers a query within about
two seconds, and the job queue's table answers too (jobs can be queued). Whether a
worker is running is not part of readiness: web nodes would leave the load balancer
because a worker stopped; the jobs page and its monitoring say that (docs/operations.md).

Both answer JSON, are never cached and reveal nothing beyond which check failed: no
versions, host names or error text. ``HealthCheckMiddleware`` answers them before the
session, authentication and host checks run, so they never touch a session.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.http import HttpRequest, JsonResponse
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger("accord.health")

READY_TIMEOUT_MS = 2000


def _answer(body: dict, status: int = 200) -> JsonResponse:
    response = JsonResponse(body, status=status)
    add_never_cache_headers(response)
    return response


def healthz(request: HttpRequest) -> JsonResponse:
    """Liveness: the process is up and answering. Touches no database."""
    return _answer({"status": "ok"})


@contextmanager
def _short_statements() -> Iterator[None]:
    """On PostgreSQL, statements in the block give up after READY_TIMEOUT_MS. (On SQLite
    a transaction would take the write lock: reads there need none.)"""
    if connection.vendor != "postgresql":
        yield
        return
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"SET LOCAL statement_timeout = {READY_TIMEOUT_MS}")
        yield


def _database_ok() -> bool:
    try:
        with _short_statements(), connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        logger.warning("Readiness: the database did not answer.", exc_info=True)
        return False


def _queue_ok() -> bool:
    if settings.ACCORD_JOBS != "queue":
        return True  # jobs run in the caller: there is no queue to reach
    from django_q.models import OrmQ

    try:
        with _short_statements():
            OrmQ.objects.only("pk").first()
    except DatabaseError:
        logger.warning("Readiness: the job queue's table did not answer.", exc_info=True)
        return False
    return True


def readyz(request: HttpRequest) -> JsonResponse:
    """Readiness: 200 when the database and the job queue answer; else 503 naming them."""
    failed = []
    if not _database_ok():
        failed.append("database")
    elif not _queue_ok():
        failed.append("queue")
    if failed:
        return _answer({"status": "unavailable", "failed": failed}, status=503)
    return _answer({"status": "ok"})


def slow_for_tests(request: HttpRequest) -> JsonResponse:
    """Sleep ``?seconds=`` (at most 10) and answer: a request in flight for the graceful
    shutdown test. Routed only when ACCORD_ENV=test (accord/urls.py)."""
    try:
        seconds = min(max(float(request.GET.get("seconds", "0")), 0.0), 10.0)
    except ValueError:
        seconds = 0.0
    logger.info("Test request: sleeping %s s.", seconds)
    time.sleep(seconds)
    return _answer({"status": "ok", "slept": seconds})
