"""Leveling a portfolio against real capacity: a pure library, no Django.

Jobs on working calendars, FS/SS/FF/SF links with lags in the successor's working
periods, capacity that changes over time, releases, started (fixed) jobs and priorities.
See the "Leveling a portfolio" section of ``docs/scheduling.md``.
"""

from accord.scheduling.leveling.check import check, overloads
from accord.scheduling.leveling.model import Job, Leveled, Overload, Precedence, Problem
from accord.scheduling.leveling.search import early_schedule, level, single_pass

__all__ = [
    "Job",
    "Leveled",
    "Overload",
    "Precedence",
    "Problem",
    "check",
    "early_schedule",
    "level",
    "overloads",
    "single_pass",
]
