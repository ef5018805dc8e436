"""Calendar exceptions read from an imported MS Project file."""

from __future__ import annotations

from accord.accounts.models import User
from accord.audit.services import audit_record, created
from accord.planning.calendars.days import site_calendar
from accord.planning.models import (
    CalendarSource,
    ProjectCalendarException,
)
from accord.projects.models import Project
from accord.scheduling import Calendar

# --------------------------------------------------------------------------- MS Project


def project_days_from_file(
    *, actor: User | None, project: Project, calendar: Calendar
) -> tuple[int, list[str]]:
    """Keep an imported MS Project calendar's exceptions as the project's own days.

    The file's non-working days add to the site's holidays; its working days win over
    the site's holidays and weekends; the site's holidays the file does not mention stay
    non-working (the site is closed). Returns how many days were kept and what could
    not be, in words.
    """
    site = site_calendar(project.site)
    existing = set(
        ProjectCalendarException.objects.filter(project=project).values_list("date", flat=True)
    )
    kept = []
    for date in sorted(calendar.holidays):
        if site.is_working_day(date) and date not in existing:
            name = calendar.names.get(date) or "Non-working day (MS Project)"
            kept.append(ProjectCalendarException(date=date, working=False, name=name[:100]))
    for date in sorted(calendar.extra_working_days):
        if not site.is_working_day(date) and date not in existing:
            name = calendar.names.get(date) or "Working day (MS Project)"
            kept.append(ProjectCalendarException(date=date, working=True, name=name[:100]))
    for exception in kept:
        exception.project = project
        exception.source = CalendarSource.MS_PROJECT
    ProjectCalendarException.objects.bulk_create(kept)
    notes = []
    weekdays = sorted(calendar.working_weekdays)
    if weekdays != [0, 1, 2, 3, 4]:
        names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        notes.append(
            "the file's calendar works on "
            + ", ".join(names[d] for d in weekdays)
            + f"; Accord plans on the site's Monday-to-Friday week ({project.site.code}), so "
            "add the weekend days that are worked as extra working days"
        )
    ignored = sorted(
        d
        for d in site.holidays
        if d not in calendar.holidays and d not in calendar.extra_working_days
    )
    first = project.start_date
    if first is not None:
        ignored = [d for d in ignored if d >= first]
    if ignored:
        shown = ", ".join(f"{d:%d %b %Y}" for d in ignored[:6])
        more = f" and {len(ignored) - 6} more" if len(ignored) > 6 else ""
        notes.append(
            f"{len(ignored)} holiday(s) of site {project.site.code} that the file does not "
            f"list stay non-working days of this plan: {shown}{more}"
        )
    if kept:
        audit_record(
            actor=actor,
            action="planning.calendar.project_days_imported",
            target=project,
            parent=project.sponsor,
            changes=created(
                {
                    "days": [
                        f"{e.date.isoformat()} {e.name} ({'working' if e.working else 'rest'})"
                        for e in kept
                    ]
                }
            ),
        )
    return len(kept), notes
