"""Writes per second with 8 writers at once, and sign-in latency behind a long write.

    python benchmarks/concurrent_writes.py [--writers 8] [--edits 20] [--tasks 300]
        [--hold 8] [--database sqlite|postgresql|both] [--pg-name accord_bench_writes]

Each writer is a process editing tasks of its own sponsor's project (``task_update``:
one task's duration, then the whole plan rescheduled and the moved dates stored), all
starting at the same moment. Two orderings are measured in the same run:

* **append last** (Accord): ``audit_record`` queues the event and the chain-head lock is
  taken only for the append right before COMMIT;
* **audit first** (the named peer, Accord before): the chain head is locked where the
  event is recorded, before the reschedule, and held to the end of the transaction.
  Reproduced by locking the head row at the start of each edit's transaction.

Then the sign-in latency (the Django test client posting the sign-in form, Argon2
included) with nothing else running, while the writers work, and while one transaction
holds a write for ``--hold`` seconds (a task edit that then stalls before committing),
in both orderings.
The SQLite database lives in a temporary folder; on PostgreSQL ``--pg-name`` is created
afresh on the local server.
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PG_SERVER = "postgres://postgres@127.0.0.1:5432"
PASSWORD = "bench-password-2026-writes"  # noqa: S105 - a throw-away benchmark database


def _setup(writers: int, size: int) -> None:
    from django.core.management import call_command

    from accord.accounts.models import Organization, Role
    from accord.accounts.services import organization_create, site_create, user_create
    from accord.projects.services import project_create
    from tests.test_plan_scale import big_plan

    call_command("migrate", verbosity=0)
    cdmo = organization_create(actor=None, kind="cdmo", name="Bench CDMO", short_name="BEN")
    site = site_create(
        actor=None, organization=cdmo, code="BSI", name="Bench site", city="Visp", country="CH"
    )
    user_create(
        actor=None,
        organization=cdmo,
        username="pm.bench",
        first_name="Pat",
        last_name="Bench",
        email="pm.bench@example.com",
        password=PASSWORD,
        roles=Role.objects.filter(code="project_manager"),
    )
    for number in range(writers):
        sponsor = organization_create(
            actor=None,
            kind=Organization.Kind.SPONSOR,
            name=f"Sponsor {number} Pharma",
            short_name=f"SP{number}",
            sponsor_type="biotech",
        )
        project = project_create(
            actor=None,
            sponsor=sponsor,
            code=f"SP{number}-101",
            title=f"Writer {number} tech transfer",
            modality="small_molecule",
            phase="clinical",
            site=site,
            start_date=dt.date(2026, 1, 5),
        )
        big_plan(project, size, seed=number)


def _edit(number: int, edits: int, ordering: str, start, results) -> None:
    """One writer: ``edits`` task edits on project SP<number>-101, each rescheduling."""
    from django.db import connections, transaction

    from accord.accounts.models import User
    from accord.audit.models import AuditChainHead
    from accord.core.db.busy import is_busy
    from accord.planning.models import Task
    from accord.planning.services import task_update

    connections.close_all()  # never share the parent's connection
    user = User.objects.get(username="pm.bench")
    tasks = list(
        Task.objects.filter(project__code=f"SP{number}-101", kind="task").order_by("uid")[:edits]
    )
    start.wait()
    done = busy = 0
    for index, task in enumerate(tasks):
        try:
            with transaction.atomic():
                if ordering == "audit first":
                    AuditChainHead.objects.select_for_update().get(pk=1)
                task_update(actor=user, task=task, duration_days=task.duration_days + 1 + index % 3)
            done += 1
        except Exception as exc:
            if not is_busy(exc):
                raise
            busy += 1
    results.put((done, busy, time.perf_counter()))
    connections.close_all()


def _throughput(
    writers: int, edits: int, ordering: str
) -> tuple[float, int, int, list[tuple[float, int]]]:
    from django.db import connections

    connections.close_all()
    context = multiprocessing.get_context("fork")
    start, results = context.Barrier(writers + 1), context.Queue()
    processes = [
        context.Process(target=_edit, args=(n, edits, ordering, start, results))
        for n in range(writers)
    ]
    for process in processes:
        process.start()
    start.wait()
    began = time.perf_counter()
    during = _sign_ins(5)  # someone signs in while the writers work
    outcomes = [results.get(timeout=600) for _ in processes]
    for process in processes:
        process.join()
    elapsed = max(finished for _, _, finished in outcomes) - began
    done = sum(d for d, _, _ in outcomes)
    return done / elapsed, done, sum(b for _, b, _ in outcomes), during


def _hold(ordering: str, seconds: float, ready, release) -> None:
    """A write transaction that stalls ``seconds`` before committing."""
    from django.db import connections, transaction

    from accord.accounts.models import User
    from accord.audit.models import AuditChainHead
    from accord.planning.models import Task
    from accord.planning.services import task_update

    connections.close_all()
    user = User.objects.get(username="pm.bench")
    task = Task.objects.filter(project__code="SP0-101", kind="task").order_by("-uid").first()
    with transaction.atomic():
        if ordering == "audit first":
            AuditChainHead.objects.select_for_update().get(pk=1)
        task_update(actor=user, task=task, duration_days=task.duration_days + 1)
        ready.set()
        release.wait(seconds)
    connections.close_all()


def _sign_ins(count: int) -> list[tuple[float, int]]:
    from django.test import Client

    timings = []
    for _ in range(count):
        client = Client()
        started = time.perf_counter()
        response = client.post("/accounts/login/", {"username": "pm.bench", "password": PASSWORD})
        timings.append((time.perf_counter() - started, response.status_code))
    return timings


def _sign_in_line(label: str, timings: list[tuple[float, int]]) -> None:
    seconds = [t for t, _ in timings]
    statuses = sorted({s for _, s in timings})
    print(
        f"  {label:<44} median {statistics.median(seconds) * 1000:7.0f} ms, "
        f"max {max(seconds) * 1000:7.0f} ms, HTTP {'/'.join(map(str, statuses))}"
    )


def _sign_ins_behind_a_hold(ordering: str, seconds: float) -> list[tuple[float, int]]:
    from django.db import connections

    connections.close_all()
    context = multiprocessing.get_context("fork")
    ready, release = context.Event(), context.Event()
    holder = context.Process(target=_hold, args=(ordering, seconds, ready, release))
    holder.start()
    ready.wait(60)
    try:
        return _sign_ins(3)
    finally:
        release.set()
        holder.join()


def _run(database: str, args) -> None:
    import django

    folder = tempfile.mkdtemp(prefix="accord-bench-writes-")
    if database == "sqlite":
        os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
    else:
        import psycopg

        with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {args.pg_name}")
            admin.execute(f"CREATE DATABASE {args.pg_name}")
        os.environ["DATABASE_URL"] = f"{PG_SERVER}/{args.pg_name}"
    os.environ.update(
        DJANGO_SETTINGS_MODULE="accord.settings",
        ACCORD_ENV="development",
        DEBUG="false",
        ACCORD_VAR_DIR=folder,
    )
    django.setup()
    from django.conf import settings

    print(
        f"{database}: {args.writers} writers x {args.edits} edits, {args.tasks}-task plans; "
        f"lock timeout {settings.ACCORD_DB_LOCK_TIMEOUT_MS} ms"
    )
    _setup(args.writers, args.tasks)
    _sign_ins(1)  # warm up: the first request of a process loads templates and URLs
    rates, during = {}, {}
    for ordering in ("append last", "audit first"):
        rate, done, busy, during[ordering] = _throughput(args.writers, args.edits, ordering)
        rates[ordering] = rate
        print(f"  {ordering:<12} {rate:7.1f} writes/s ({done} saved, {busy} answered busy)")
    print(f"  append last / audit first = {rates['append last'] / rates['audit first']:.2f}x")
    _sign_in_line("sign-in, nothing else running", _sign_ins(5))
    for ordering, timings in during.items():
        _sign_in_line(f"sign-in during the {args.writers} writers, {ordering}", timings)
    for ordering in ("append last", "audit first"):
        timings = _sign_ins_behind_a_hold(ordering, args.hold)
        _sign_in_line(f"sign-in behind a {args.hold:.0f} s write, {ordering}", timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--tasks", type=int, default=300)
    parser.add_argument("--hold", type=float, default=8.0)
    parser.add_argument("--database", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--pg-name", default="accord_bench_writes")
    args = parser.parse_args()
    print(f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores")
    databases = ("sqlite", "postgresql") if args.database == "both" else (args.database,)
    if len(databases) > 1:
        # Django is configured once per process: run each database in its own process.
        import subprocess

        for database in databases:
            subprocess.run(
                [sys.executable, __file__, *sys.argv[1:], "--database", database], check=True
            )
        return
    _run(databases[0], args)


if __name__ == "__main__":
    main()
