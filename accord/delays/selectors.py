"""Reads of delays that depend on who is asking, and the figures the charts are drawn from.

Sponsor users see a delay only once it has been communicated to them; everything else
about delays (and every delay of another sponsor) is simply not there.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, F, Max, Q, QuerySet, Sum
from django.db.models.functions import TruncMonth

from accord.delays.models import Delay
from accord.projects.selectors import projects_visible_to

COMMUNICATED = Q(sponsor_informed_on__isnull=False)


def delays_visible_to(user) -> QuerySet[Delay]:
    delays = Delay.objects.select_related(
        "project__sponsor", "project__site", "sponsor_informed_by"
    )
    if not (user and user.is_authenticated and user.is_active):
        return delays.none()
    if not user.has_perm("delays.view_delay"):
        return delays.none()
    delays = delays.filter(project__in=projects_visible_to(user))
    if user.is_cdmo_staff:
        return delays
    if user.is_sponsor_user:
        return delays.filter(COMMUNICATED)
    return delays.none()


def delays_filter(
    queryset: QuerySet[Delay],
    *,
    cause: str = "",
    communicated: bool | None = None,
    site_id: int | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    sponsor_id: int | None = None,
) -> QuerySet[Delay]:
    """Narrow an already visibility-filtered queryset; never widens it."""
    if cause:
        queryset = queryset.filter(cause=cause)
    if communicated is not None:
        queryset = queryset.filter(COMMUNICATED if communicated else ~COMMUNICATED)
    if site_id:
        queryset = queryset.filter(project__site_id=site_id)
    if sponsor_id:
        queryset = queryset.filter(project__sponsor_id=sponsor_id)
    if start:
        queryset = queryset.filter(occurred_on__gte=start)
    if end:
        queryset = queryset.filter(occurred_on__lte=end)
    return queryset


@dataclass(frozen=True)
class DelaySummary:
    delays: int
    days_lost: int
    communicated: int

    @property
    def awaiting(self) -> int:
        return self.delays - self.communicated


def delay_summary(delays: QuerySet[Delay]) -> DelaySummary:
    totals = delays.order_by().aggregate(
        count=Count("id"), days=Sum("days_lost"), communicated=Count("id", filter=COMMUNICATED)
    )
    return DelaySummary(totals["count"], totals["days"] or 0, totals["communicated"])


@dataclass(frozen=True)
class ParetoBar:
    cause: str
    label: str
    days: int
    delays: int
    share: float  # percent of all days lost
    cumulative: float  # percent of all days lost by this cause and the bigger ones


def delay_pareto(delays: QuerySet[Delay]) -> list[ParetoBar]:
    """Days lost by cause, biggest first, with the cumulative share: the few causes that
    cost most of the time stand out. One query, whatever the number of delays."""
    rows = list(
        delays.order_by()
        .values("cause")
        .annotate(days=Sum("days_lost"), count=Count("id"))
        .order_by("-days", "cause")
    )
    total = sum(row["days"] for row in rows)
    labels = dict(Delay.Cause.choices)
    bars, running = [], 0
    for row in rows:
        running += row["days"]
        bars.append(
            ParetoBar(
                cause=row["cause"],
                label=labels.get(row["cause"], row["cause"]),
                days=row["days"],
                delays=row["count"],
                share=round(100 * row["days"] / total, 1),
                cumulative=round(100 * running / total, 1),
            )
        )
    return bars


@dataclass(frozen=True)
class TrendPoint:
    month: dt.date  # the first day of the month
    days: int
    delays: int


def delay_trend(delays: QuerySet[Delay]) -> list[TrendPoint]:
    """Days lost per month of occurrence, from the first month with a delay to the last;
    months without one are there with zero, so the trend's time axis is honest."""
    rows = (
        delays.order_by()
        .annotate(month=TruncMonth("occurred_on"))
        .values("month")
        .annotate(days=Sum("days_lost"), count=Count("id"))
        .order_by("month")
    )
    by_month = {_month(row["month"]): (row["days"], row["count"]) for row in rows}
    if not by_month:
        return []
    points = []
    month, last = min(by_month), max(by_month)
    while month <= last:
        days, count = by_month.get(month, (0, 0))
        points.append(TrendPoint(month, days, count))
        month = (month + dt.timedelta(days=32)).replace(day=1)
    return points


def _month(value: dt.date | dt.datetime) -> dt.date:
    # TruncMonth of a date column is a date; some backends hand back a datetime.
    return value.date() if isinstance(value, dt.datetime) else value


def delay_totals_by_project(delays: QuerySet[Delay]) -> QuerySet:
    """One row per project: delays, days lost, how many communicated and the latest one."""
    return (
        delays.order_by()
        .values("project_id")
        .annotate(
            project_code=F("project__code"),
            project_title=F("project__title"),
            sponsor_name=F("project__sponsor__name"),
            site_code=F("project__site__code"),
            count=Count("id"),
            days=Sum("days_lost"),
            communicated=Count("id", filter=COMMUNICATED),
            latest=Max("occurred_on"),
        )
        .order_by("-days", "project_code")
    )


def delays_in(projects, start: dt.date, end: dt.date) -> QuerySet[Delay]:
    """The delays of ``projects`` that occurred from ``start`` to ``end`` (scorecards)."""
    return (
        Delay.objects.filter(project__in=projects, occurred_on__gte=start, occurred_on__lte=end)
        .select_related("project")
        .order_by("occurred_on", "pk")
    )
