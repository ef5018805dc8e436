"""Every periodic sweep of Accord, declared in one place.

Each entry names a function (a dotted path to a callable taking no arguments) and how
often it runs. The job runner (``accord.core.jobs``) makes each entry run once per period
whatever the number of workers; apps add their sweeps here rather than scheduling work
themselves, so an operator reads one list to know what runs when.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Periodic:
    name: str  # unique and stable, e.g. "notifications.digest"
    func: str  # dotted path of a function that takes no arguments
    description: str  # what it does, for operators (shown on the jobs page)
    every: dt.timedelta | None = None  # run every this long ...
    daily_at: dt.time | None = None  # ... or once a day at this local time (TIME_ZONE)

    def __post_init__(self) -> None:
        if (self.every is None) == (self.daily_at is None):
            raise ValueError(f"{self.name}: give either every= or daily_at=, not both.")


SCHEDULE: tuple[Periodic, ...] = (
    Periodic(
        name="accounts.signin_locks_purge",
        func="accord.accounts.access.signin_locks_purge",
        description="Forget sign-in failure counts whose window and lock are over.",
        daily_at=dt.time(3, 30),
    ),
)
