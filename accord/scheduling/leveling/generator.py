"""Random CDMO-like portfolios for tests and benchmarks.

A portfolio of projects over about three years of days from a Monday: GMP suites and
reactors of one or two units, chromatography systems, QC analyst pools of four to eight
people; a 5-day calendar with public holidays and a 7-day one for fermentation and
stability work. A project is a network with locality (each task follows one to three of
the tasks shortly before it), mostly FS links with some SS, FF and SF and lags, and uses
the equipment of its own few "home" suites. Some projects have started (their first
tasks are fixed before the data date); committed projects carry a due period and the
highest priority, tentative ones the lowest. One suite closes two weeks for
requalification and one reactor only arrives after six months.
"""

from __future__ import annotations

import numpy as np

from accord.scheduling.leveling.model import Job, Precedence, Problem

DATA_DATE = 28  # periods 0..27 are the past: started work sits there
YEARS = 3
HOLIDAYS = ((0, 1), (3, 29), (4, 1), (4, 8), (4, 29), (7, 25), (11, 24), (11, 25))  # (month, day)


def five_day_calendar(days: int) -> np.ndarray:
    """Monday to Friday from a Monday at period 0, less eight holidays a year."""
    cal = np.tile(np.array([1, 1, 1, 1, 1, 0, 0], dtype=bool), days // 7 + 1)[:days]
    for year in range(days // 365 + 1):
        for month, day in HOLIDAYS:
            t = year * 365 + month * 30 + day
            if t < days:
                cal[t] = False
    return cal


def resources(rng: np.random.Generator, days: int, scale: float) -> dict[str, np.ndarray]:
    """About 30 resources; ``scale`` multiplies every capacity (at least one unit)."""

    def units(base: int) -> int:
        return max(1, round(base * scale))

    caps: dict[str, np.ndarray] = {}
    for i in range(8):
        caps[f"suite-{i + 1}"] = np.array([units(1)])
    for i in range(8):
        caps[f"reactor-{i + 1}"] = np.array([units(int(rng.integers(1, 3)))])
    for i in range(6):
        caps[f"chrom-{i + 1}"] = np.array([units(int(rng.integers(1, 3)))])
    for i in range(6):
        size = units(int(rng.integers(4, 9)))
        pool = np.full(days, size)
        pool[350:365] = max(1, size // 2)  # the year-end holidays thin the analyst pools
        caps[f"qc-{i + 1}"] = pool
    for name in ("fill-finish", "lyophiliser"):
        caps[name] = np.array([units(1)])
    closed = np.full(days, units(1), dtype=np.int64)
    closed[140:154] = 0  # requalification: two weeks closed
    caps["suite-3"] = closed
    arriving = np.zeros(days, dtype=np.int64)
    arriving[180:] = units(1)  # a new reactor from month six
    caps["reactor-8"] = arriving
    return caps


def portfolio(
    projects: int = 22,
    tasks: tuple[int, int] = (60, 200),
    *,
    seed: int = 0,
    capacity: float = 1.0,
    seven_day: float = 0.1,
    started: float = 0.3,
    committed: float = 0.3,
    tentative: float = 0.2,
    spread: int = 365,
) -> Problem:
    """A random portfolio of ``projects`` projects of ``tasks`` (min, max) tasks each,
    starting over the first ``spread`` days, with capacities multiplied by ``capacity``.
    ``seven_day`` is the share of tasks on the 7-day calendar (0 gives a single calendar)."""
    rng = np.random.default_rng(seed)
    days = 365 * YEARS
    calendars = [five_day_calendar(days), np.ones(7, dtype=bool)]
    caps = resources(rng, days, capacity)
    names = sorted(caps)
    pools = [r for r in names if r.startswith("qc-")]
    equipment = [r for r in names if r not in pools]
    jobs: list[Job] = []
    links: list[Precedence] = []
    kinds = np.array(["FS", "SS", "FF", "SF"])
    for p in range(projects):
        group = f"P{p + 1:02d}"
        n = int(rng.integers(tasks[0], tasks[1] + 1))
        home = list(rng.choice(equipment, size=5, replace=False)) + [str(rng.choice(pools))]
        is_started = rng.random() < started
        release = DATA_DATE + (0 if is_started else int(rng.integers(0, spread)))
        level = rng.choice([2, 1, 0], p=[committed, 1 - committed - tentative, tentative])
        ids = [f"{group}-T{t + 1:03d}" for t in range(n)]
        for t in range(n):
            duration = 0 if rng.random() < 0.03 else int(rng.integers(1, 21))
            calendar = 1 if rng.random() < seven_day else 0
            demands: dict[str, int] = {}
            for _ in range(int(rng.choice([0, 0, 0, 1, 1, 2]))):
                r = str(rng.choice(home))
                demands[r] = int(rng.integers(1, 3)) if r in pools else 1
            fixed = None
            if is_started and t < 3:
                fixed = int(rng.integers(0, DATA_DATE - 5))
            jobs.append(
                Job(
                    ids[t],
                    duration,
                    calendar=calendar,
                    release=release,
                    fixed_start=fixed,
                    demands=demands if duration else {},
                    priority=int(level),
                    group=group,
                )
            )
            if t and fixed is None:
                window = range(max(0, t - 12), t)
                for q in sorted(set(rng.choice(window, size=int(rng.integers(1, 4))).tolist())):
                    kind = str(kinds[rng.choice(4, p=[0.75, 0.12, 0.1, 0.03])])
                    lag = int(rng.integers(0, 4)) if rng.random() < 0.3 else 0
                    if kind != "SS" and rng.random() < 0.1:
                        lag = -int(rng.integers(1, 3))
                    links.append(Precedence(ids[q], ids[t], kind, lag))
    problem = Problem(calendars, caps, jobs, links)
    return with_due_dates(problem, rng)


def with_due_dates(problem: Problem, rng: np.random.Generator) -> Problem:
    """Give the last task of every committed (priority 2) project a due period some 10 to
    40 % after its unconstrained finish."""
    from dataclasses import replace

    from accord.scheduling.leveling.search import early_schedule

    early = early_schedule(problem)
    last: dict[str, Job] = {}
    for job in problem.jobs:
        if job.priority == 2 and (
            job.group not in last or early.finish[job.id] >= early.finish[last[job.group].id]
        ):
            last[job.group] = job
    due = {}
    for job in last.values():
        begin = min(early.start[j.id] for j in problem.jobs if j.group == job.group)
        length = early.finish[job.id] - begin
        due[job.id] = early.finish[job.id] + int(length * rng.uniform(0.1, 0.4))
    jobs = [replace(j, due=due[j.id]) if j.id in due else j for j in problem.jobs]
    return Problem(problem.calendars, problem.capacity, jobs, problem.links)
