"""Real worker processes for the tests, and the job functions they run.

``running_workers(n)`` starts ``n`` ``accord worker`` processes (each a django-q2 cluster)
on the test database, with tight heartbeats and scheduler ticks, and stops them after.
The test database must hold committed data (``django_db(transaction=True)``); on SQLite
it is a file (settings: ``DATABASES["default"]["TEST"]["NAME"]``), so workers share it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from django.db import connection
from django.test import override_settings

from accord.accounts.models import User
from accord.audit.services import audit_record

ACCORD = str(Path(sys.executable).with_name("accord"))
ROOT = Path(__file__).resolve().parent.parent
RAN = "test.job.ran"  # the audit action each counting job writes


def database_url() -> str:
    """The test database, as the workers' DATABASE_URL."""
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{settings['NAME']}"
    user = settings.get("USER") or "postgres"
    password = f":{settings['PASSWORD']}" if settings.get("PASSWORD") else ""
    host = settings.get("HOST") or "127.0.0.1"
    port = settings.get("PORT") or 5432
    return f"postgres://{user}{password}@{host}:{port}/{settings['NAME']}"


@contextmanager
def running_workers(count: int, tmp_path: Path, **env: str) -> Iterator[list[subprocess.Popen]]:
    environ = {
        **os.environ,
        "ACCORD_ENV": "test",
        "ACCORD_JOBS": "queue",
        "DATABASE_URL": database_url(),
        "PYTHONPATH": str(ROOT),  # the job functions below live in tests/
        "ACCORD_JOBS_WORKERS": "2",
        "ACCORD_JOBS_POLL_MS": "50",
        "ACCORD_JOBS_HEARTBEAT_SECONDS": "1",
        "ACCORD_JOBS_STALE_SECONDS": "3",
        "ACCORD_JOBS_SCHEDULER_SECONDS": "1",
        "ACCORD_JOBS_RETRY_SECONDS": "0",
        "ACCORD_LOG_LEVEL": "WARNING",
        **env,
    }
    processes = []
    # This process sweeps too (jobs_recover in the tests): with the workers' timings.
    timings = override_settings(
        ACCORD_JOBS_HEARTBEAT_SECONDS=int(environ["ACCORD_JOBS_HEARTBEAT_SECONDS"]),
        ACCORD_JOBS_STALE_SECONDS=int(environ["ACCORD_JOBS_STALE_SECONDS"]),
        ACCORD_JOBS_RETRY_SECONDS=int(environ["ACCORD_JOBS_RETRY_SECONDS"]),
    )
    timings.enable()
    try:
        for number in range(count):
            log = open(tmp_path / f"worker-{number}.log", "w")  # noqa: SIM115 - closed below
            processes.append(
                subprocess.Popen(
                    [ACCORD, "worker"],
                    cwd=ROOT,
                    env=environ,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,  # its cluster processes form one group
                )
            )
            log.close()
        yield processes
    finally:
        for process in processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        timings.disable()
        connection.close()  # the next test starts from a fresh connection


def wait_for(condition: Callable[[], object], *, timeout: float = 30, every: float = 0.05):
    """Poll ``condition`` until it is true; fail the test after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"still waiting after {timeout} s for {condition}")
        time.sleep(every)


# Job functions: module-level, plain arguments, importable by the workers.


def record(key: str, user_id: int | None = None) -> None:
    """Leave one audit event per run of the job, by the user who asked for it."""
    actor = User.objects.get(pk=user_id) if user_id else None
    audit_record(actor=actor, action=RAN, target=None, target_ref=("test.run", key, key))


def sleep_then_record(key: str, seconds: float, user_id: int | None = None) -> None:
    time.sleep(seconds)
    record(key, user_id)


def stop_own_worker() -> None:
    """A job that kills the process running it, every time (a poison job)."""
    os.kill(os.getpid(), signal.SIGKILL)


def fail(message: str) -> None:
    raise RuntimeError(message)
