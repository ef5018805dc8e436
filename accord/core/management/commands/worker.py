"""``accord worker``: run background jobs and the periodic schedule."""

from __future__ import annotations

import signal
import threading

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import connections

from accord.core import jobs


class Command(BaseCommand):
    help = (
        "Run background jobs and the periodic schedule (SCHEDULE in accord.core.periodic): a "
        "django-q2 cluster of ACCORD_JOBS_WORKERS processes, and the scheduler every "
        "ACCORD_JOBS_SCHEDULER_SECONDS. Run as many as you like, on one node or several: "
        "each job runs once, each periodic entry once per period. Ctrl-C or SIGTERM stops it "
        "after the jobs in progress."
    )

    def handle(self, *args: object, **options: object) -> None:
        from django_q.brokers import get_broker
        from django_q.cluster import Cluster
        from django_q.scheduler import scheduler

        jobs.schedule_sync()
        connections.close_all()  # the cluster forks its processes next
        cluster = Cluster()
        # Ctrl-C and SIGTERM (the terminal and honcho send both) ask once for a clean stop.
        stopping = threading.Event()
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, lambda *_: stopping.set())
        cluster.start()
        self.stdout.write(
            f"Accord worker {cluster.name} (pid {cluster.pid}): "
            f"{settings.Q_CLUSTER['workers']} worker processes on "
            f"{connections['default'].vendor}; the schedule is checked every "
            f"{settings.ACCORD_JOBS_SCHEDULER_SECONDS} s.",
        )
        broker = get_broker()
        tick = settings.ACCORD_JOBS_SCHEDULER_SECONDS
        while not stopping.is_set() and cluster.sentinel.is_alive():
            scheduler(broker=broker)  # takes due entries under a row lock: once per period
            stopping.wait(tick)
        # A signal to the whole process group (honcho, systemd's default) has already
        # stopped the cluster's processes: their jobs are run again at the next start.
        # A signal to this process alone stops the cluster after the jobs in progress.
        cluster.sentinel.join(1)
        if cluster.sentinel.is_alive():
            cluster.stop()
        connections.close_all()
