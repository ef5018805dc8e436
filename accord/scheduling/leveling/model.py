"""The leveling problem and its results: plain data, checked once when compiled.

Periods are integer days from an origin (period 0). Calendars and capacities are numpy
arrays that may stop short of the schedule: beyond its end a calendar repeats the weekly
pattern of its last 7 periods and a capacity keeps its last value (see ``timeline.py``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

LINK_TYPES = ("FS", "SS", "FF", "SF")


@dataclass(frozen=True)
class Job:
    """One task to place. ``duration`` counts working periods of its own calendar."""

    id: str
    duration: int
    calendar: int = 0
    release: int = 0
    fixed_start: int | None = None
    demands: Mapping[str, int] = field(default_factory=dict)
    priority: int = 0
    due: int | None = None
    group: str = ""


@dataclass(frozen=True)
class Precedence:
    """A minimum time lag between two jobs; ``lag`` counts working periods of the successor."""

    predecessor: str
    successor: str
    type: str = "FS"
    lag: int = 0


@dataclass(frozen=True)
class Problem:
    """A portfolio to level: calendars, resource capacity over time, jobs and their links."""

    calendars: Sequence[np.ndarray]
    capacity: Mapping[str, np.ndarray]
    jobs: Sequence[Job]
    links: Sequence[Precedence] = ()


@dataclass
class Leveled:
    """A schedule of every job and how far leveling moved it and its group."""

    start: dict[str, int]
    finish: dict[str, int]
    delay: dict[str, int]
    group_finish: dict[str, int]
    group_delay: dict[str, int]
    unplaceable: list[str]
    schedules_evaluated: int
    seconds: float
    # added beyond the agreed interface
    early_start: dict[str, int] = field(default_factory=dict)
    early_finish: dict[str, int] = field(default_factory=dict)
    tardiness: dict[str, int] = field(default_factory=dict)  # jobs with a due period only

    @property
    def total_tardiness(self) -> int:
        return sum(self.tardiness.values())

    @property
    def sum_of_group_finishes(self) -> int:
        return sum(self.group_finish.values())


@dataclass(frozen=True)
class Overload:
    """Consecutive periods in which the jobs on a resource need more than it offers."""

    resource: str
    first: int
    last: int  # inclusive
    peak_load: int
    capacity: int  # the smallest capacity within first..last
    jobs: tuple[str, ...]


def _int(value, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise ValueError(f"{what} must be an integer, got {value!r}")
    return int(value)


def check_problem(problem: Problem) -> None:
    """Raise ``ValueError`` naming the first thing wrong with ``problem``."""
    calendars = list(problem.calendars)
    if not calendars:
        raise ValueError("the problem has no calendar (at least one is needed)")
    for c, cal in enumerate(calendars):
        arr = np.asarray(cal)
        if arr.ndim != 1 or arr.size == 0:
            raise ValueError(f"calendar {c} must be a non-empty one-dimensional array")
        if not arr[-min(7, arr.size) :].astype(bool).any():
            raise ValueError(
                f"calendar {c} has no working period in its last week, which it repeats "
                "forever: work on it could never finish"
            )
    for rid, cap in problem.capacity.items():
        arr = np.asarray(cap)
        if arr.ndim != 1 or arr.size == 0:
            raise ValueError(f"the capacity of resource {rid!r} must be a non-empty array")
        whole = np.issubdtype(arr.dtype, np.integer) or np.issubdtype(arr.dtype, np.bool_)
        if not whole and not np.all(np.equal(np.mod(arr, 1), 0)):
            raise ValueError(f"the capacity of resource {rid!r} must be whole units")
        if (arr < 0).any():
            raise ValueError(f"resource {rid!r} has a negative capacity")
    seen: set[str] = set()
    for job in problem.jobs:
        if not isinstance(job.id, str) or not job.id:
            raise ValueError(f"a job has no id ({job.id!r})")
        if job.id in seen:
            raise ValueError(f"job {job.id!r} appears twice")
        seen.add(job.id)
        if _int(job.duration, f"the duration of job {job.id!r}") < 0:
            raise ValueError(f"job {job.id!r} has a negative duration ({job.duration})")
        cal = _int(job.calendar, f"the calendar of job {job.id!r}")
        if not 0 <= cal < len(calendars):
            raise ValueError(
                f"job {job.id!r} uses calendar {cal}, but there are only {len(calendars)}"
            )
        if _int(job.release, f"the release of job {job.id!r}") < 0:
            raise ValueError(f"job {job.id!r} is released before the origin ({job.release})")
        if job.fixed_start is not None and _int(job.fixed_start, "a fixed start") < 0:
            raise ValueError(f"job {job.id!r} is fixed before the origin ({job.fixed_start})")
        if job.due is not None:
            _int(job.due, f"the due period of job {job.id!r}")
        _int(job.priority, f"the priority of job {job.id!r}")
        for rid, q in job.demands.items():
            if rid not in problem.capacity:
                raise ValueError(f"job {job.id!r} needs resource {rid!r}, which has no capacity")
            if _int(q, f"the demand of job {job.id!r} for {rid!r}") < 0:
                raise ValueError(f"job {job.id!r} has a negative demand for {rid!r}")
    for link in problem.links:
        for end in (link.predecessor, link.successor):
            if end not in seen:
                raise ValueError(
                    f"the link {link.predecessor!r} -> {link.successor!r} names an unknown "
                    f"job {end!r}"
                )
        if link.predecessor == link.successor:
            raise ValueError(f"job {link.predecessor!r} is linked to itself")
        if link.type not in LINK_TYPES:
            raise ValueError(
                f"the link {link.predecessor!r} -> {link.successor!r} has type {link.type!r}; "
                f"use one of {', '.join(LINK_TYPES)}"
            )
        _int(link.lag, f"the lag of the link {link.predecessor!r} -> {link.successor!r}")
