"""Server time of a 500-task project's pages, of rescheduling after a task edit, and of a
stored schedule-risk run.

    python benchmarks/plan_pages.py [--tasks 500]

Builds a throw-away SQLite database with the demo data and one extra 500-task plan,
then times, in one run, the project page, the plan (task table), the Gantt data and an
edit of one task (which reschedules the whole plan), each against the scheduling
engine's own time on the same network as the named peer: the difference is what the
web layer and the database add.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _best(function, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return min(times), statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=500)
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="accord-plan-bench-")
    os.environ.update(
        DATABASE_URL=f"sqlite:///{folder}/bench.sqlite3",
        ACCORD_VAR_DIR=folder,
        ACCORD_ENV="development",
        DEBUG="false",
        ACCORD_JOBS="inline",  # time the whole run, not just the request
        DJANGO_SETTINGS_MODULE="accord.settings",
    )
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client
    from django.urls import reverse

    from accord.accounts.models import User
    from accord.planning import services, simulations
    from accord.planning.models import Task
    from accord.planning.scheduling import network_of
    from accord.planning.selectors import plan_of
    from accord.projects.models import Project
    from accord.scheduling import schedule, simulate
    from tests.test_plan_scale import big_plan

    call_command("migrate", verbosity=0)
    call_command("demo", verbosity=0)
    project = Project.objects.get(code="KRW-3307-CS")
    big = Project.objects.create(
        sponsor=project.sponsor,
        code="BENCH-500",
        title="Benchmark plan",
        modality="biologic",
        phase="clinical",
        site=project.site,
        start_date=project.start_date,
    )
    big_plan(big, args.tasks)
    user = User.objects.get(username="pm.alice")
    client = Client()
    client.force_login(user)
    task = Task.objects.filter(project=big, kind="task").order_by("uid")[args.tasks // 2]
    tasks, links = plan_of(big)
    engine = _best(lambda: schedule(network_of(big, tasks, links)))
    pages = {
        "project page": reverse("projects:detail", args=[big.pk]),
        "plan (task table)": reverse("planning:plan", args=[big.pk]),
        "Gantt data (JSON)": reverse("planning:gantt_data", args=[big.pk]),
    }
    print(f"{args.tasks}-task plan, SQLite, DEBUG off; best and median of 7 runs")
    line = "  {:<34} {:7.1f} ms  (median {:.1f}){}"
    print(line.format("engine schedule() alone (peer)", engine[0] * 1000, engine[1] * 1000, ""))
    for label, url in pages.items():
        client.get(url)
        best, median = _best(lambda url=url: client.get(url))
        ratio = f"  = {best / engine[0]:.1f}x the engine"
        print(line.format(label, best * 1000, median * 1000, ratio))
    durations = iter(range(2, 100))
    best, median = _best(
        lambda: services.task_update(actor=user, task=task, duration_days=next(durations))
    )
    ratio = f"  = {best / engine[0]:.1f}x the engine"
    print(line.format("edit one task + reschedule", best * 1000, median * 1000, ratio))

    # A stored, audited schedule-risk run (inline, as below INLINE_CELLS) against the
    # engine's simulate() alone on the same network.
    iterations = 50_000
    network = network_of(big, tasks, links)
    seeds = iter(range(1, 100))
    alone = _best(lambda: simulate(network, iterations=iterations, seed=1), runs=3)
    print(f"Monte Carlo, {iterations:,} iterations on the {args.tasks}-task plan; best of 3")
    print(line.format("engine simulate() alone (peer)", alone[0] * 1000, alone[1] * 1000, ""))
    stored = _best(
        lambda: simulations.simulation_request(
            actor=user, project=big, iterations=iterations, distribution="pert", seed=next(seeds)
        ),
        runs=3,
    )
    ratio = f"  = {stored[0] / alone[0]:.2f}x the engine"
    print(line.format("simulation_request (stored run)", stored[0] * 1000, stored[1] * 1000, ratio))


if __name__ == "__main__":
    main()
