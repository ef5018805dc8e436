"""Site calendars through the API: read a year, add, change and remove days, set the
site's holiday region, preview and import a year of public holidays. CDMO staff only;
writes need ``planning.manage_calendar`` and reschedule the site's open plans."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Query, Router, Status
from ninja.errors import HttpError

from accord.accounts.models import Site
from accord.accounts.selectors import sites_visible_to
from accord.core.api import ErrorOut
from accord.core.concurrency import expected_token
from accord.planning import calendars
from accord.planning.calendar_schemas import (
    DayChangeOut,
    DayIn,
    DayOut,
    DayRemoveIn,
    DayUpdateIn,
    ImportIn,
    ImportOut,
    ImportRowOut,
    RegionIn,
    RegionOut,
    RescheduledOut,
    SiteCalendarOut,
)
from accord.projects.selectors import projects_visible_to

router = Router(tags=["Site calendars"])


def _site(request: HttpRequest, site_id: int) -> Site:
    # Staff only, refused before any lookup (a sponsor learns nothing about ids).
    if not (request.user.is_cdmo_staff and request.user.has_perm("planning.view_holiday")):
        raise PermissionDenied("Site calendars are for CDMO staff.")
    return get_object_or_404(sites_visible_to(request.user), pk=site_id)


def _site_with_country(request: HttpRequest, site_id: int) -> Site:
    """The site, if it says which country's holidays it keeps: otherwise the request is
    fine and the site is not ready for it, a conflict (409) and not bad input (422)."""
    site = _site(request, site_id)
    if not site.country_code:
        raise HttpError(409, f"Give {site.name} its country first, to know its holidays.")
    return site


def _day(day: calendars.CalendarDay) -> dict:
    return {
        "date": day.date,
        "kind": day.kind,
        "kind_label": day.kind_label,
        "name": day.name,
        "source": day.source,
        "source_label": day.source_label,
        "own": day.own,
        "token": calendars.day_token(day),
    }


def _outcome(outcome: calendars.Rescheduled) -> dict:
    return {"rescheduled": outcome.now, "queued": outcome.queued}


def _date(value: str) -> dt.date:
    """The day of the path, read after the permission check (YYYY-MM-DD)."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValidationError({"date": ["Write the date as YYYY-MM-DD."]}) from None


def _year(year: int | None) -> int:
    return year or timezone.localdate().year


@router.get("/sites/{site_id}/calendar", response=SiteCalendarOut, summary="A site's calendar")
def get_site_calendar(
    request: HttpRequest, site_id: int, year: int | None = Query(None, ge=2000, le=2100)
):
    site = _site(request, site_id)
    year = _year(year)
    return {
        "site_id": site.pk,
        "site_code": site.code,
        "country_code": site.country_code,
        "subdivision": site.subdivision,
        "year": year,
        "days": [_day(d) for d in calendars.site_days(site, year)],
    }


@router.post(
    "/sites/{site_id}/calendar/days",
    response={201: DayChangeOut},
    summary="Add a holiday or an extra working day (reschedules the site's open plans)",
)
def add_calendar_day(request: HttpRequest, site_id: int, payload: DayIn):
    site = _site(request, site_id)
    day, outcome = calendars.calendar_day_add(
        actor=request.user,
        site=site,
        date=payload.date,
        kind=payload.kind.value,
        name=payload.name,
        reason=payload.reason,
    )
    return Status(201, {"day": _day(day), **_outcome(outcome)})


@router.patch(
    "/sites/{site_id}/calendar/days/{date}",
    response=DayChangeOut,
    summary="Rename a day, or turn a holiday into a working day or back (needs a reason)",
)
def change_calendar_day(request: HttpRequest, site_id: int, date: str, payload: DayUpdateIn):
    site = _site(request, site_id)
    day, outcome = calendars.calendar_day_update(
        actor=request.user,
        site=site,
        date=_date(date),
        kind=payload.kind.value if payload.kind else None,
        name=payload.name,
        reason=payload.reason,
        token=expected_token(request, payload.token),
    )
    return {"day": _day(day), **_outcome(outcome)}


@router.delete(
    "/sites/{site_id}/calendar/days/{date}",
    response=RescheduledOut,
    summary="Take a day out of the site's calendar (needs a reason)",
)
def remove_calendar_day(request: HttpRequest, site_id: int, date: str, payload: DayRemoveIn):
    site = _site(request, site_id)
    outcome = calendars.calendar_day_remove(
        actor=request.user,
        site=site,
        date=_date(date),
        reason=payload.reason,
        token=expected_token(request, payload.token),
    )
    return _outcome(outcome)


@router.put(
    "/sites/{site_id}/calendar/region",
    response=RegionOut,
    summary="Which country's and region's public holidays the site keeps",
)
def set_site_region(request: HttpRequest, site_id: int, payload: RegionIn):
    site = calendars.site_region_set(
        actor=request.user, site=_site(request, site_id), **payload.model_dump()
    )
    return {"site_id": site.pk, "country_code": site.country_code, "subdivision": site.subdivision}


@router.get(
    "/sites/{site_id}/calendar/public-holidays",
    response={200: list[ImportRowOut], 409: ErrorOut},
    summary="Preview a year of public holidays: what an import would add, and what not",
)
def preview_public_holidays(
    request: HttpRequest, site_id: int, year: int = Query(..., ge=2000, le=2100)
):
    site = _site_with_country(request, site_id)
    return calendars.holiday_import_preview(site, year)


@router.post(
    "/sites/{site_id}/calendar/public-holidays",
    response=ImportOut,
    summary="Import a year of public holidays (idempotent: a second import adds nothing)",
)
def import_public_holidays(request: HttpRequest, site_id: int, payload: ImportIn):
    site = _site_with_country(request, site_id)
    result = calendars.holiday_import(actor=request.user, site=site, year=payload.year)
    return {"added": result.added, "skipped": result.skipped, **_outcome(result.rescheduled)}


@router.get(
    "/projects/{project_id}/calendar",
    response=list[DayOut],
    summary="The days a project's plan is scheduled on: its site's and its own",
)
def get_project_calendar(
    request: HttpRequest, project_id: int, year: int | None = Query(None, ge=2000, le=2100)
):
    if not (request.user.is_cdmo_staff and request.user.has_perm("planning.view_holiday")):
        raise PermissionDenied("Calendars are for CDMO staff.")
    project = get_object_or_404(
        projects_visible_to(request.user).select_related("site"), pk=project_id
    )
    year = _year(year)
    return [_day(d) for d in calendars.project_days(project) if d.date.year == year]
