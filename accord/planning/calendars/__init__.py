"""Site calendars: the days a site rests or works besides its Monday-to-Friday week, the
public holidays it keeps, and the calendar every plan of the site is scheduled on.

A plan's working days are, in order:

1. Monday to Friday;
2. minus the site's holidays (public holidays imported from the ``holidays`` package
   for the site's country and region, and closures planners enter);
3. plus the site's extra working days (a Saturday shift before a campaign);
4. then the project's own exceptions (kept from an imported MS Project calendar) win
   for their dates: the team works on a site holiday, or rests on a site working day.

Any change to a site's calendar reschedules the site's open plans (planned, active or on
hold; completed and cancelled plans keep the dates they had). A few are rescheduled in
the request, so the planner sees the new dates at once; more go to a background job.

The package: ``days`` (reading a site's and a project's calendar), ``holidays`` (public
holidays by country and region), ``changes`` (audited changes and the rescheduling they
cause), ``msproject`` (exceptions from an imported MS Project file). Its names are
re-exported here, so callers write ``calendars.calendar_day_add``.
"""

from accord.planning.calendars.changes import (
    OPEN_STATUSES,
    SYNC_RESCHEDULE_LIMIT,
    ImportResult,
    Rescheduled,
    calendar_authorize,
    calendar_day_add,
    calendar_day_remove,
    calendar_day_update,
    day_token,
    holiday_import,
    open_plans_of,
    plan_reschedule_for_calendar,
    plans_reschedule_job,
    site_plans_reschedule,
    site_region_set,
)
from accord.planning.calendars.days import (
    CALENDAR_PERMISSION,
    FIRST_YEAR,
    LAST_YEAR,
    CalendarDay,
    DayKind,
    project_calendar,
    project_days,
    site_calendar,
    site_day,
    site_days,
)
from accord.planning.calendars.holidays import (
    ImportRow,
    check_region,
    country_choices,
    holiday_import_preview,
    public_holidays,
    region_text,
    subdivision_choices,
)
from accord.planning.calendars.msproject import project_days_from_file

__all__ = [
    "CALENDAR_PERMISSION",
    "FIRST_YEAR",
    "LAST_YEAR",
    "OPEN_STATUSES",
    "SYNC_RESCHEDULE_LIMIT",
    "CalendarDay",
    "DayKind",
    "ImportResult",
    "ImportRow",
    "Rescheduled",
    "calendar_authorize",
    "calendar_day_add",
    "calendar_day_remove",
    "calendar_day_update",
    "check_region",
    "country_choices",
    "day_token",
    "holiday_import",
    "holiday_import_preview",
    "open_plans_of",
    "plan_reschedule_for_calendar",
    "plans_reschedule_job",
    "project_calendar",
    "project_days",
    "project_days_from_file",
    "public_holidays",
    "region_text",
    "site_calendar",
    "site_day",
    "site_days",
    "site_plans_reschedule",
    "site_region_set",
    "subdivision_choices",
]
