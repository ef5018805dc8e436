"""Throughput of the job queue: how fast real workers drain N small jobs.

    python benchmarks/jobs_throughput.py [--jobs 500] [--workers 2] [--database-url URL]

Builds a throw-away SQLite database (or migrates the PostgreSQL database given), enqueues
N jobs in one transaction, starts ``--workers`` ``accord worker`` processes (2 worker
processes each) and times from their start until every job is done, then again for the
same jobs run inline in this process (the job wrapper without the queue), the named peer:
the difference is what the queue, the claim and the heartbeat add per job.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def noop(number: int) -> None:
    """The job: nothing, so that the figure is the queue's own cost."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=500)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="accord-jobs-bench-")
    url = args.database_url or f"sqlite:///{folder}/bench.sqlite3"
    os.environ.update(
        DATABASE_URL=url,
        ACCORD_VAR_DIR=folder,
        ACCORD_ENV="development",
        ACCORD_JOBS_POLL_MS="50",
        DJANGO_SETTINGS_MODULE="accord.settings",
    )
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.test import override_settings

    from accord.core import jobs
    from accord.core.models import Job
    from benchmarks.jobs_throughput import noop  # by its module name, for the workers

    call_command("migrate", verbosity=0)
    Job.objects.filter(func__startswith="benchmarks.").delete()
    with transaction.atomic():
        for number in range(args.jobs):
            jobs.enqueue(noop, number)
    connection.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    accord = str(Path(sys.executable).with_name("accord"))
    started = time.perf_counter()
    workers = [
        subprocess.Popen(
            [accord, "worker"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        for _ in range(args.workers)
    ]
    try:
        pending = Job.objects.filter(func__startswith="benchmarks.").exclude(status="done")
        while pending.exists():
            time.sleep(0.05)
        queued = time.perf_counter() - started
    finally:
        for worker in workers:
            os.killpg(worker.pid, signal.SIGTERM)
        for worker in workers:
            worker.wait()
    Job.objects.filter(func__startswith="benchmarks.").delete()
    with override_settings(ACCORD_JOBS="inline"):
        started = time.perf_counter()
        for number in range(args.jobs):
            jobs.enqueue(noop, number)
        inline = time.perf_counter() - started
    Job.objects.filter(func__startswith="benchmarks.").delete()
    print(f"database: {connection.vendor}; {args.jobs} jobs; {args.workers} workers x 2 processes")
    print(
        f"queue, from worker start to all done: {queued:.1f} s "
        f"({args.jobs / queued:.0f} jobs/s, start-up included)"
    )
    print(
        f"inline (peer, same wrapper, no queue): {inline:.2f} s ({args.jobs / inline:.0f} jobs/s)"
    )


if __name__ == "__main__":
    main()
