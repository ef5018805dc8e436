"""Accord's scheduling engine: a pure library (no Django), plain data in and out.

See ``docs/scheduling.md`` for the conventions and examples.
"""

from accord.scheduling.calendar import Calendar
from accord.scheduling.cpm import Schedule, ScheduledActivity, schedule
from accord.scheduling.errors import (
    CycleError,
    InvalidNetworkError,
    MspdiError,
    SchedulingError,
    UnknownActivityError,
)
from accord.scheduling.model import (
    Activity,
    Assignment,
    Constraint,
    ConstraintType,
    Link,
    LinkType,
    Network,
    Resource,
    ThreePoint,
)
from accord.scheduling.montecarlo import RiskResult, simulate
from accord.scheduling.mspdi import MspdiImport, read_mspdi, write_mspdi
from accord.scheduling.pert import PertActivity, PertResult, pert
from accord.scheduling.xer import XerError, XerImport, read_xer

__all__ = [
    "Activity",
    "Assignment",
    "Calendar",
    "Constraint",
    "ConstraintType",
    "CycleError",
    "InvalidNetworkError",
    "Link",
    "LinkType",
    "MspdiError",
    "MspdiImport",
    "Network",
    "PertActivity",
    "PertResult",
    "Resource",
    "RiskResult",
    "Schedule",
    "ScheduledActivity",
    "SchedulingError",
    "ThreePoint",
    "UnknownActivityError",
    "XerError",
    "XerImport",
    "pert",
    "read_mspdi",
    "read_xer",
    "schedule",
    "simulate",
    "write_mspdi",
]
