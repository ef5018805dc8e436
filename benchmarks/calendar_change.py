"""What a site calendar change costs: rescheduling every open plan of the demo's Visp
site, against the scheduling engine alone on the same plans.

    python benchmarks/calendar_change.py [--runs 5]

Builds a throw-away SQLite database with the demo data (the real public holidays of both
sites included), then times, in one run: adding a holiday to Visp with every open plan
rescheduled in the request (each plan in its own transaction, moved dates stored, one
audit event per moved plan), taking it out again, and the preview of a year's public
holidays. The peer is the engine scheduling the same networks in memory: the ratio is
what loading the plans, storing the moved dates and the audit trail add.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _timed(function, runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return min(times), statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="accord-calendar-bench-")
    os.environ.update(
        DATABASE_URL=f"sqlite:///{folder}/bench.sqlite3",
        ACCORD_VAR_DIR=folder,
        ACCORD_ENV="development",
        DEBUG="false",
        ACCORD_BACKGROUND="inline",
        DJANGO_SETTINGS_MODULE="accord.settings",
    )
    import django

    django.setup()
    from django.core.management import call_command

    from accord.accounts.models import Site, User
    from accord.planning import calendars
    from accord.planning.scheduling import network_of
    from accord.planning.selectors import plan_of
    from accord.projects.models import Project
    from accord.scheduling import schedule

    call_command("migrate", verbosity=0)
    call_command("demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    site = Site.objects.get(code="VSP")
    planner = User.objects.get(username="ops.omar")
    ids = calendars.open_plans_of(site)
    calendars.changes.SYNC_RESCHEDULE_LIMIT = len(ids)  # time it in the request
    projects = [Project.objects.select_related("site").get(pk=pk) for pk in ids]
    networks = [network_of(p, *plan_of(p)) for p in projects]
    tasks = sum(len(n.activities) for n in networks)
    day = dt.date(dt.date.today().year, 12, 29)
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)

    def add_and_remove() -> None:
        calendars.calendar_day_add(
            actor=planner, site=site, date=day, kind="holiday", name="Benchmark shutdown"
        )
        calendars.calendar_day_remove(actor=planner, site=site, date=day, reason="Benchmark")

    def engine_twice() -> None:
        for _ in range(2):
            for network in networks:
                schedule(network)

    change_best, change_median = _timed(add_and_remove, args.runs)
    engine_best, _ = _timed(engine_twice, args.runs)
    preview_best, _ = _timed(lambda: calendars.holiday_import_preview(site, day.year + 1), 3)
    per_change = change_best / 2
    print(f"Visp: {len(ids)} open plans, {tasks} tasks")
    print(
        f"calendar change, all open plans rescheduled and stored: {per_change * 1000:.0f} ms "
        f"(median {change_median / 2 * 1000:.0f} ms)"
    )
    print(
        f"engine alone, same plans in memory: {engine_best / 2 * 1000:.0f} ms "
        f"-> ratio {per_change / (engine_best / 2):.1f}x"
    )
    print(f"public-holiday preview of a year: {preview_best * 1000:.1f} ms")


if __name__ == "__main__":
    main()
