"""Shared pieces of the benchmarks: fixed-seed random networks and fair timing.

Every contender gets the same network, converted to its own input format before the
clock starts; each is timed several times, interleaved with the others, and the best
time counts (the least disturbed by the rest of the machine).
"""

from __future__ import annotations

import platform
import time
from collections.abc import Callable
from datetime import date, timedelta

import numpy as np

from accord.scheduling import Activity, Calendar, Link, LinkType, Network, ThreePoint

START = date(2026, 1, 5)
WINDOW = 200  # predecessors are drawn among the 200 activities before: plan-like locality


def random_network(
    n: int, *, seed: int = 1, mixed: bool = False, estimates: bool = False
) -> Network:
    """``n`` activities, each (but the first) with 1-3 predecessors among the previous
    ``WINDOW``; durations 1-20 days. ``mixed`` adds SS/FF/SF links, lags and leads, 5 %
    milestones and a calendar with holidays; ``estimates`` adds three-point estimates
    (optimistic 80 %, pessimistic 100-200 % of the most likely duration)."""
    rng = np.random.default_rng(seed)
    durations = rng.integers(1, 21, size=n)
    if mixed:
        durations[rng.random(n) < 0.05] = 0
    counts = rng.integers(1, 4, size=n)
    spread = rng.uniform(1.0, 2.0, size=n)
    acts = []
    for i in range(n):
        m = int(durations[i])
        estimate = ThreePoint(0.8 * m, m, spread[i] * m) if estimates else None
        acts.append(Activity(f"A{i}", f"Activity {i}", m, estimate=estimate))
    types = [LinkType.FS, LinkType.SS, LinkType.FF, LinkType.SF]
    links = []
    for i in range(1, n):
        preds = np.unique(rng.integers(max(0, i - WINDOW), i, size=counts[i]))
        for p in preds.tolist():
            if mixed:
                kind = types[rng.choice(4, p=[0.7, 0.1, 0.1, 0.1])]
                lag = int(rng.integers(-2, 6))
                links.append(Link(f"A{p}", f"A{i}", kind, lag))
            else:
                links.append(Link(f"A{p}", f"A{i}"))
    calendar = holiday_calendar() if mixed else Calendar()
    return Network(acts, links, project_start=START, calendar=calendar)


def holiday_calendar(years: int = 120) -> Calendar:
    """Ten fixed-date holidays a year for ``years`` years, and a working Saturday."""
    holidays = set()
    for year in range(START.year, START.year + years):
        for month, day in (
            (1, 1),
            (1, 2),
            (5, 1),
            (8, 1),
            (12, 24),
            (12, 25),
            (12, 26),
            (12, 31),
            (6, 15),
            (9, 20),
        ):
            holidays.add(date(year, month, day))
    saturday = START + timedelta(days=5)
    return Calendar(holidays=holidays, extra_working_days={saturday}, name="Site")


def best_of(contenders: dict[str, Callable[[], object]], repeats: int) -> dict[str, float]:
    """Best wall-clock seconds of each contender over ``repeats`` interleaved rounds."""
    best = dict.fromkeys(contenders, float("inf"))
    for _ in range(repeats):
        for name, run in contenders.items():
            began = time.perf_counter()
            run()
            best[name] = min(best[name], time.perf_counter() - began)
    return best


def machine() -> str:
    try:
        with open("/proc/cpuinfo") as handle:
            model = next(
                line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")
            )
    except (OSError, StopIteration):
        model = platform.processor() or "unknown CPU"
    import os

    return (
        f"{model}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"numpy {np.__version__}"
    )


def report(title: str, times: dict[str, float], accord: str = "accord") -> None:
    print(f"\n{title}")
    for name, seconds in times.items():
        ratio = "" if name == accord else f"   accord is {seconds / times[accord]:.1f}x faster"
        print(f"  {name:<28} {seconds * 1000:9.1f} ms{ratio}")
