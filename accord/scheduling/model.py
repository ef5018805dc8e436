"""The network model: activities, links, constraints, progress and estimates.

Everything here is plain, immutable data. Durations and lags are whole working days of
the network's calendar; dates are ``datetime.date``. Nothing is computed here: see
:func:`accord.scheduling.schedule`, :func:`~accord.scheduling.pert` and
:func:`~accord.scheduling.simulate`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from accord.scheduling.calendar import Calendar
from accord.scheduling.errors import InvalidNetworkError


class LinkType(StrEnum):
    """How a successor depends on a predecessor (the four relationships of MS Project/P6)."""

    FS = "FS"  # successor starts after the predecessor finishes
    SS = "SS"  # successor starts after the predecessor starts
    FF = "FF"  # successor finishes after the predecessor finishes
    SF = "SF"  # successor finishes after the predecessor starts

    @property
    def from_finish(self) -> bool:
        """True when the link is measured from the predecessor's finish."""
        return self in (LinkType.FS, LinkType.FF)

    @property
    def to_finish(self) -> bool:
        """True when the link constrains the successor's finish."""
        return self in (LinkType.FF, LinkType.SF)


class ConstraintType(StrEnum):
    """Date constraints, as in MS Project. "No earlier than" ones delay an activity;
    "no later than" and "must" ones hold it to its date even against the logic, unless
    :func:`~accord.scheduling.schedule` is told not to honour constraints. Either way,
    a date the logic cannot meet shows as negative float."""

    SNET = "start no earlier than"
    SNLT = "start no later than"
    FNET = "finish no earlier than"
    FNLT = "finish no later than"
    MSO = "must start on"
    MFO = "must finish on"

    @property
    def on_start(self) -> bool:
        return self in (ConstraintType.SNET, ConstraintType.SNLT, ConstraintType.MSO)


@dataclass(frozen=True, slots=True)
class Constraint:
    """A date constraint; a finish date is the last working day of the activity."""

    type: ConstraintType
    date: date


@dataclass(frozen=True, slots=True)
class ThreePoint:
    """Optimistic, most likely and pessimistic durations in working days."""

    optimistic: float
    most_likely: float
    pessimistic: float

    def __post_init__(self) -> None:
        if not 0 <= self.optimistic <= self.most_likely <= self.pessimistic:
            raise InvalidNetworkError(
                "a three-point estimate needs 0 <= optimistic <= most likely <= pessimistic, "
                f"got {self.optimistic}, {self.most_likely}, {self.pessimistic}"
            )

    @property
    def expected(self) -> float:
        """PERT mean ``(o + 4m + p) / 6``."""
        return (self.optimistic + 4 * self.most_likely + self.pessimistic) / 6

    @property
    def variance(self) -> float:
        """PERT variance ``((p - o) / 6) ** 2``."""
        return ((self.pessimistic - self.optimistic) / 6) ** 2


@dataclass(frozen=True, slots=True)
class Activity:
    """One activity. ``duration`` 0 makes it a milestone.

    Progress: ``actual_start`` and ``actual_finish`` are dates work really started and
    finished (the finish is the last day worked). A started, unfinished activity has
    ``remaining_duration`` working days left from the data date; when it is not given it
    is ``duration`` minus the working days already elapsed, and at least 1.
    ``parent`` makes this activity a child of a summary activity, whose dates roll up.
    ``level_start`` is where resource leveling holds the activity: its remaining work starts
    no earlier than that date. It is a bound of its own, beside any date constraint, so
    clearing leveling never touches the planner's constraints (MS Project keeps its leveling
    delay apart from constraints for the same reason).
    ``calendar`` is the activity's own calendar (None: the network's). Its duration,
    constraint dates and floats are then working days of that calendar, and lags on links
    into it count on it (the successor's calendar, Primavera's default).
    ``alap`` schedules it as late as possible: its early dates are moved as late as they
    can go without moving any successor or the project finish (its free float becomes 0).
    """

    id: str
    name: str = ""
    duration: int = 0
    constraint: Constraint | None = None
    actual_start: date | None = None
    actual_finish: date | None = None
    remaining_duration: int | None = None
    estimate: ThreePoint | None = None
    parent: str | None = None
    level_start: date | None = None
    calendar: Calendar | None = None
    alap: bool = False


@dataclass(frozen=True, slots=True)
class Link:
    """``predecessor`` -> ``successor`` with a signed lag in working days.

    Lag 0 means "immediately": for FS, the successor starts on the next working day after
    the predecessor's last day. A negative lag is a lead.
    """

    predecessor: str
    successor: str
    type: LinkType = LinkType.FS
    lag: int = 0


@dataclass(frozen=True, slots=True)
class Resource:
    """A person (a work resource) who works on activities; the engine does not level
    them, the plan only names them (MS Project's resource sheet)."""

    id: str
    name: str


@dataclass(frozen=True, slots=True)
class Assignment:
    """``resource`` works on ``activity``, in a ``role`` (e.g. "Operator")."""

    activity: str
    resource: str
    role: str = ""


@dataclass(frozen=True)
class Network:
    """A plan: activities, links, a calendar, a project start and optionally a data date.

    ``data_date`` is the first day of remaining work (Primavera's convention): actual
    dates are before it, and no remaining work is scheduled before it.
    """

    activities: Sequence[Activity]
    links: Sequence[Link] = ()
    project_start: date = field(default_factory=date.today)
    calendar: Calendar = field(default_factory=Calendar)
    data_date: date | None = None
    name: str = ""
