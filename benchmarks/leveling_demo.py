"""Leveling the demo portfolio in the app: reading the plans into a problem, the leveler,
and a whole leveling run through the service (reading, leveling, storing the proposal),
against the single-pass priority rule as the named peer, per scope.

    python benchmarks/leveling_demo.py [--seconds 2]

Builds a throw-away SQLite database with the demo data (a few minutes), then, for the whole
portfolio and for each site: the snapshot (the plans scheduled without holds, demands and
capacities read), the single pass, ``level`` with its time limit, the overloaded periods
before and after, and the sum of project finishes and tardiness of both.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="the leveler's time limit")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="accord-leveling-bench-")
    os.environ.update(
        DATABASE_URL=f"sqlite:///{folder}/bench.sqlite3",
        ACCORD_VAR_DIR=folder,
        ACCORD_ENV="development",
        DEBUG="false",
        ACCORD_JOBS="inline",
        DJANGO_SETTINGS_MODULE="accord.settings",
    )
    import django

    django.setup()
    from django.core.management import call_command

    from accord.accounts.models import Site, User
    from accord.capacity import leveling
    from accord.capacity.problem import snapshot
    from accord.core import clock
    from accord.scheduling.leveling import level, overloads, single_pass

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    call_command("demo", verbosity=0)
    print(f"demo loaded in {time.perf_counter() - started:.0f} s\n")
    print(
        f"{'scope':<10} {'projects':>8} {'tasks':>6} {'links':>6} {'res.':>4} "
        f"{'snapshot':>9} {'single':>8} {'level':>7} {'overloads':>13} "
        f"{'sum of finishes':>17} {'tardiness':>13}"
    )
    for site in (None, *Site.objects.order_by("code")):
        t = time.perf_counter()
        snap = snapshot(start=clock.today(), site=site)
        took_snapshot = time.perf_counter() - t
        problem = snap.problem
        t = time.perf_counter()
        peer = single_pass(problem)
        took_single = time.perf_counter() - t
        t = time.perf_counter()
        ours = level(problem, time_limit=args.seconds, seed=1)
        took_level = time.perf_counter() - t
        before = len(overloads(problem, ours.early_start))
        after = len(overloads(problem, ours.start))
        print(
            f"{site.code if site else 'portfolio':<10} {len(snap.projects):>8} "
            f"{len(problem.jobs):>6} {len(problem.links):>6} {len(problem.capacity):>4} "
            f"{took_snapshot:>8.2f}s {took_single:>7.2f}s {took_level:>6.2f}s "
            f"{before:>6} -> {after:<4} "
            f"{peer.sum_of_group_finishes:>7} / {ours.sum_of_group_finishes:<7} "
            f"{peer.total_tardiness:>5} / {ours.total_tardiness:<5}"
        )
    leveling.TIME_LIMIT = args.seconds
    user = User.objects.get(username="pm.alice")
    t = time.perf_counter()
    run = leveling.leveling_request(actor=user, note="benchmark")
    run.refresh_from_db()
    print(
        f"\nwhole run through the service (portfolio): {time.perf_counter() - t:.2f} s, "
        f"{run.summary['moves']} tasks moved, overloads {len(run.summary['overloads_before'])}"
        f" -> {len(run.summary['overloads_after'])}"
    )


if __name__ == "__main__":
    main()
