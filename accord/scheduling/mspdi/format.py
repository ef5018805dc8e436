"""Vocabulary of Microsoft Project's XML format (MSPDI) shared by the reader and writer.

Codes follow Microsoft's MSPDI schema (``mspdi_pj12.xsd``): durations are ISO 8601
(``PT16H0M0S``) measured in working time, lags are tenths of a minute, and the day
length comes from the project's ``MinutesPerDay`` (480 unless stated).
"""

from __future__ import annotations

import re

from accord.scheduling.calendar import Calendar
from accord.scheduling.model import ConstraintType, LinkType

NAMESPACE = "http://schemas.microsoft.com/project"
DEFAULT_MINUTES_PER_DAY = 480

# PredecessorLink/Type
LINK_TYPE_BY_CODE = {0: LinkType.FF, 1: LinkType.FS, 2: LinkType.SF, 3: LinkType.SS}
LINK_CODE_BY_TYPE = {v: k for k, v in LINK_TYPE_BY_CODE.items()}

# Task/ConstraintType (0 is "as soon as possible", 1 "as late as possible")
CONSTRAINT_BY_CODE = {
    2: ConstraintType.MSO,
    3: ConstraintType.MFO,
    4: ConstraintType.SNET,
    5: ConstraintType.SNLT,
    6: ConstraintType.FNET,
    7: ConstraintType.FNLT,
}
CONSTRAINT_CODE_BY_TYPE = {v: k for k, v in CONSTRAINT_BY_CODE.items()}
ASAP, ALAP = 0, 1

# Duration and lag formats: 7 is days; the elapsed variants count calendar time and the
# percentage ones a share of the predecessor's duration.
FORMAT_DAYS = 7
RESOURCE_WORK = 1  # a resource's Type: 0 material, 1 work (people), 2 cost
ELAPSED_FORMATS = {4, 6, 8, 10, 12, 36, 38, 40, 42, 44}
PERCENT_FORMATS = {19, 20}
# Elapsed durations run round the clock: an activity with one works on this calendar.
CONTINUOUS = Calendar(working_weekdays=frozenset(range(7)), name="Elapsed (every day)")

# Extended attributes used by MS Project's PERT analysis for three-point estimates.
FIELD_DURATION1, FIELD_DURATION2, FIELD_DURATION3 = 188743783, 188743784, 188743785
ESTIMATE_FIELDS = (FIELD_DURATION1, FIELD_DURATION2, FIELD_DURATION3)
ESTIMATE_FIELD_NAMES = {
    FIELD_DURATION1: "Duration1",
    FIELD_DURATION2: "Duration2",
    FIELD_DURATION3: "Duration3",
}


# Task fields the reader uses, and those it may ignore because MS Project derives them
# (dates, slack, costs, work) or they carry no scheduling meaning (notes, hyperlinks).
# Any other field is reported as not understood.
def _names(text: str) -> frozenset[str]:
    return frozenset(text.split())


TASK_FIELDS_READ = _names(
    """
Active ActualFinish ActualStart CalendarUID ConstraintDate ConstraintType Deadline
Duration DurationFormat ExtendedAttribute ExternalTask ID IsNull IsSubproject
LevelingDelay LevelingDelayFormat Manual Milestone Name OutlineLevel OutlineNumber
PercentComplete PredecessorLink Recurring RemainingDuration Summary UID
"""
)
TASK_FIELDS_DERIVED = _names(
    """
ACWP ActualCost ActualDuration ActualOvertimeCost ActualOvertimeWork
ActualOvertimeWorkProtected ActualWork ActualWorkProtected BCWP BCWS Baseline CV
CommitmentFinish CommitmentStart CommitmentType Contact Cost CreateDate Critical
DisplayAsSummary DurationText EarlyFinish EarlyStart EarnedValueMethod EffortDriven
Estimated ExternalTaskProject Finish FinishSlack FinishText FinishVariance FixedCost
FixedCostAccrual FreeSlack GUID HideBar Hyperlink HyperlinkAddress HyperlinkSubAddress
IgnoreResourceCalendar IsPublished IsSubprojectReadOnly LateFinish LateStart
LevelAssignments LevelingCanSplit ManualDuration ManualFinish ManualStart Notes
OutlineCode OverAllocated OvertimeCost OvertimeWork PercentWorkComplete
PhysicalPercentComplete PreLeveledFinish PreLeveledStart Priority Project RegularWork
RemainingCost RemainingOvertimeCost RemainingOvertimeWork RemainingWork Resume
ResumeValid Rollup Start StartSlack StartText StartVariance StatusManager Stop
SubprojectName TimephasedData TotalSlack Type WBS WBSLevel Work WorkVariance
"""
)
TASK_FIELDS_KNOWN = TASK_FIELDS_READ | TASK_FIELDS_DERIVED

_DURATION = re.compile(
    r"^-?P(?:(?P<years>\d+(?:\.\d+)?)Y)?(?:(?P<months>\d+(?:\.\d+)?)M)?"
    r"(?:(?P<days>\d+(?:\.\d+)?)D)?(?:T(?:(?P<hours>\d+(?:\.\d+)?)H)?"
    r"(?:(?P<minutes>\d+(?:\.\d+)?)M)?(?:(?P<seconds>\d+(?:\.\d+)?)S)?)?$"
)


def parse_duration_minutes(text: str, minutes_per_day: float) -> float:
    """Working minutes of an MSPDI duration such as ``PT40H0M0S`` (``D`` = one day)."""
    match = _DURATION.match(text.strip())
    if not match:
        raise ValueError(f"not an ISO 8601 duration: {text!r}")
    parts = {k: float(v) if v else 0.0 for k, v in match.groupdict().items()}
    minutes = (
        parts["days"] * minutes_per_day
        + parts["hours"] * 60
        + parts["minutes"]
        + parts["seconds"] / 60
    )
    if parts["years"] or parts["months"]:
        raise ValueError(f"years and months are not working time: {text!r}")
    return -minutes if text.strip().startswith("-") else minutes


def format_duration(days: float, minutes_per_day: int = DEFAULT_MINUTES_PER_DAY) -> str:
    """``PT<h>H<m>M0S`` for a number of working days."""
    total = round(days * minutes_per_day)
    return f"PT{total // 60}H{total % 60}M0S"
