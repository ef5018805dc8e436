"""A site's calendar days and the calendars plans are scheduled on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import models

from accord.accounts.models import Site
from accord.planning.models import (
    CalendarSource,
    ExtraWorkingDay,
    Holiday,
    ProjectCalendarException,
)
from accord.projects.models import Project
from accord.scheduling import Calendar

CALENDAR_PERMISSION = "planning.manage_calendar"
FIRST_YEAR, LAST_YEAR = 2000, 2100


class DayKind(models.TextChoices):
    HOLIDAY = "holiday", "Holiday (site closed)"
    WORKING = "working", "Extra working day"


@dataclass(frozen=True)
class CalendarDay:
    """One exception to a site's week, whichever table holds it."""

    date: dt.date
    kind: str
    name: str
    source: str = CalendarSource.PLANNER
    own: bool = False  # the project's own exception, not the site's

    @property
    def kind_label(self) -> str:
        return DayKind(self.kind).label

    @property
    def source_label(self) -> str:
        return CalendarSource(self.source).label

    @property
    def is_holiday(self) -> bool:
        return self.kind == DayKind.HOLIDAY


# --------------------------------------------------------------------------- reading


def site_days(site: Site, year: int | None = None) -> list[CalendarDay]:
    """The site's holidays and extra working days, by date (of one year if given)."""
    holidays = Holiday.objects.filter(site=site)
    extras = ExtraWorkingDay.objects.filter(site=site)
    if year is not None:
        holidays = holidays.filter(date__year=year)
        extras = extras.filter(date__year=year)
    days = [CalendarDay(h.date, DayKind.HOLIDAY, h.name, h.source) for h in holidays]
    days += [CalendarDay(w.date, DayKind.WORKING, w.name) for w in extras]
    return sorted(days, key=lambda day: day.date)


def site_day(site: Site, date: dt.date) -> CalendarDay | None:
    return next(iter(d for d in site_days(site) if d.date == date), None)


def _calendar(name: str, days: Iterable[CalendarDay]) -> Calendar:
    days = list(days)
    return Calendar(
        holidays=frozenset(d.date for d in days if d.is_holiday),
        extra_working_days=frozenset(d.date for d in days if not d.is_holiday),
        name=name,
        names={d.date: d.name for d in days},
    )


def site_calendar(site: Site) -> Calendar:
    return _calendar(f"{site.code} calendar", site_days(site))


def project_days(project: Project) -> list[CalendarDay]:
    """The days ``project``'s plan is scheduled on: the site's, with the project's own
    exceptions (``own=True``) winning for their dates."""
    own = {
        e.date: CalendarDay(
            e.date,
            DayKind.WORKING if e.working else DayKind.HOLIDAY,
            e.name,
            e.source,
            own=True,
        )
        for e in ProjectCalendarException.objects.filter(project=project)
    }
    days = [d for d in site_days(project.site) if d.date not in own] + list(own.values())
    return sorted(days, key=lambda day: day.date)


def project_calendar(project: Project) -> Calendar:
    """The calendar ``project``'s plan is scheduled on (see the module's rule)."""
    days = project_days(project)
    name = f"{project.site.code} calendar"
    if any(d.own for d in days):
        name += f" with {project.code}'s own days"
    return _calendar(name, days)
