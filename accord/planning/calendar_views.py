"""Site calendars: the year view of a site's holidays and extra working days, entering
and changing them, importing a year of public holidays, and a project's own calendar."""

from __future__ import annotations

import calendar as pycalendar
import datetime as dt
from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone

from accord.accounts.decorators import staff_required
from accord.accounts.models import Site
from accord.accounts.selectors import sites_visible_to
from accord.core.errors import apply_to_form
from accord.planning import calendars
from accord.planning.calendars import CALENDAR_PERMISSION, CalendarDay
from accord.planning.forms import (
    CalendarDayEditForm,
    CalendarDayForm,
    CalendarDayRemoveForm,
    HolidayImportForm,
    SiteRegionForm,
)
from accord.projects.selectors import projects_visible_to

VIEW_PERMISSION = "planning.view_holiday"


@dataclass(frozen=True)
class Cell:
    date: dt.date
    in_month: bool
    state: str  # "", "weekend", "holiday", "working"
    name: str = ""
    own: bool = False

    @property
    def label(self) -> str:
        text = f"{self.date:%A %d %B %Y}"
        if self.state == "holiday":
            return f"{text}: {self.name} (not worked)"
        if self.state == "working":
            return f"{text}: {self.name} (worked)"
        if self.state == "weekend":
            return f"{text}: weekend"
        return text


@dataclass(frozen=True)
class Month:
    name: str
    weeks: list[list[Cell]]
    rest_days: int  # holidays on weekdays: working days the month loses
    extra_days: int


def year_grid(year: int, days: list[CalendarDay]) -> list[Month]:
    """Twelve month tables (Monday first) with each day's state."""
    by_date = {d.date: d for d in days}
    grid = pycalendar.Calendar(firstweekday=0)
    months = []
    for number in range(1, 13):
        weeks = []
        for week in grid.monthdatescalendar(year, number):
            cells = []
            for day in week:
                entry = by_date.get(day)
                if entry is not None:
                    state = "holiday" if entry.is_holiday else "working"
                    cells.append(Cell(day, day.month == number, state, entry.name, entry.own))
                else:
                    state = "weekend" if day.weekday() >= 5 else ""
                    cells.append(Cell(day, day.month == number, state))
            weeks.append(cells)
        in_month = [d for d in days if d.date.month == number and d.date.year == year]
        months.append(
            Month(
                pycalendar.month_name[number],
                weeks,
                sum(1 for d in in_month if d.is_holiday and d.date.weekday() < 5),
                sum(1 for d in in_month if not d.is_holiday),
            )
        )
    return months


def _year(request: HttpRequest) -> int:
    try:
        year = int(request.GET.get("year") or timezone.localdate().year)
    except ValueError:
        raise Http404("No such year.") from None
    if not calendars.FIRST_YEAR <= year <= calendars.LAST_YEAR:
        raise Http404("No such year.")
    return year


def _site(request: HttpRequest, pk: int) -> Site:
    return get_object_or_404(sites_visible_to(request.user), pk=pk)


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise Http404("Not a date.") from None


def _can_edit(request: HttpRequest) -> bool:
    return request.user.has_perm(CALENDAR_PERMISSION)


def _calendar_url(site: Site, year: int) -> str:
    return f"{reverse('planning:site_calendar', args=[site.pk])}?year={year}"


def _outcome(request: HttpRequest, outcome: calendars.Rescheduled) -> None:
    if outcome.now or outcome.queued:
        messages.info(request, outcome.message())


@staff_required(VIEW_PERMISSION)
def calendar_list(request: HttpRequest) -> HttpResponse:
    year = timezone.localdate().year
    today = timezone.localdate()
    rows = []
    for site in sites_visible_to(request.user).order_by("code"):
        days = calendars.site_days(site, year)
        upcoming = next((d for d in calendars.site_days(site) if d.date >= today), None)
        rows.append(
            {
                "site": site,
                "region": _region_label(site),
                "holidays": sum(1 for d in days if d.is_holiday),
                "working": sum(1 for d in days if not d.is_holiday),
                "next": upcoming,
                "open_plans": len(calendars.open_plans_of(site)),
            }
        )
    return render(request, "planning/calendar_list.html", {"rows": rows, "year": year})


@staff_required(VIEW_PERMISSION)
def site_calendar(request: HttpRequest, pk: int) -> HttpResponse:
    site = _site(request, pk)
    year = _year(request)
    form = CalendarDayForm(request.POST or None)
    if request.method == "POST":
        if not _can_edit(request):
            raise PermissionDenied("Your roles do not allow you to change site calendars.")
        if form.is_valid():
            data = form.cleaned_data
            try:
                day, outcome = calendars.calendar_day_add(actor=request.user, site=site, **data)
            except ValidationError as exc:
                apply_to_form(form, exc)
            else:
                messages.success(request, f"{day.name} ({day.date:%d %b %Y}) was added.")
                _outcome(request, outcome)
                return redirect(_calendar_url(site, day.date.year))
    days = calendars.site_days(site, year)
    return render(
        request,
        "planning/site_calendar.html",
        {
            "site": site,
            "year": year,
            "months": year_grid(year, days),
            "days": days,
            "form": form,
            "can_edit": _can_edit(request),
            "region": _region_label(site),
            "open_plans": len(calendars.open_plans_of(site)),
            "today": timezone.localdate(),
        },
    )


def _region_label(site: Site) -> str:
    return calendars.region_text(site.country_code, site.subdivision)


@staff_required(CALENDAR_PERMISSION)
def calendar_day_edit(request: HttpRequest, pk: int, date: str) -> HttpResponse:
    site = _site(request, pk)
    day = calendars.site_day(site, _date(date))
    if day is None:
        raise Http404("No such day in the calendar.")
    form = CalendarDayEditForm(
        request.POST or None,
        initial={"kind": day.kind, "name": day.name, "token": calendars.day_token(day)},
    )
    if request.method == "POST" and form.is_valid():
        try:
            day, outcome = calendars.calendar_day_update(
                actor=request.user, site=site, date=day.date, **form.cleaned_data
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{day.name} ({day.date:%d %b %Y}) was saved.")
            _outcome(request, outcome)
            return redirect(_calendar_url(site, day.date.year))
    return render(
        request, "planning/calendar_day_form.html", {"site": site, "day": day, "form": form}
    )


@staff_required(CALENDAR_PERMISSION)
def calendar_day_remove(request: HttpRequest, pk: int, date: str) -> HttpResponse:
    site = _site(request, pk)
    day = calendars.site_day(site, _date(date))
    if day is None:
        raise Http404("No such day in the calendar.")
    form = CalendarDayRemoveForm(request.POST or None, initial={"token": calendars.day_token(day)})
    if request.method == "POST" and form.is_valid():
        try:
            outcome = calendars.calendar_day_remove(
                actor=request.user,
                site=site,
                date=day.date,
                reason=form.cleaned_data["reason"],
                token=form.cleaned_data["token"],
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{day.name} ({day.date:%d %b %Y}) left the calendar.")
            _outcome(request, outcome)
            return redirect(_calendar_url(site, day.date.year))
    return render(
        request,
        "planning/calendar_day_remove.html",
        {"site": site, "day": day, "form": form, "open_plans": len(calendars.open_plans_of(site))},
    )


@staff_required(CALENDAR_PERMISSION)
def holiday_import(request: HttpRequest, pk: int) -> HttpResponse:
    """GET: the preview of a year's public holidays; POST: add the new ones."""
    site = _site(request, pk)
    data = request.POST if request.method == "POST" else request.GET
    form = HolidayImportForm(data or None, initial={"year": timezone.localdate().year + 1})
    rows = None
    if form.is_bound and form.is_valid():
        year = form.cleaned_data["year"]
        try:
            if request.method == "POST":
                result = calendars.holiday_import(actor=request.user, site=site, year=year)
            else:
                rows = calendars.holiday_import_preview(site, year)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            if request.method == "POST":
                if result.added:
                    messages.success(
                        request,
                        f"{len(result.added)} public holidays of {year} were added to {site.name}.",
                    )
                    _outcome(request, result.rescheduled)
                else:
                    messages.info(
                        request,
                        f"Nothing to add: the public holidays of {year} are already in the "
                        "calendar.",
                    )
                return redirect(_calendar_url(site, year))
    return render(
        request,
        "planning/holiday_import.html",
        {
            "site": site,
            "form": form,
            "rows": rows,
            "new_count": sum(1 for row in rows or [] if row.is_new),
            "region": _region_label(site),
            "open_plans": len(calendars.open_plans_of(site)),
        },
    )


@staff_required(CALENDAR_PERMISSION)
def site_region(request: HttpRequest, pk: int) -> HttpResponse:
    site = _site(request, pk)
    country = request.GET.get("country_code") or site.country_code
    form = SiteRegionForm(
        request.POST or None,
        country=country,
        initial={"country_code": country, "subdivision": site.subdivision},
    )
    form.fields["country_code"].widget.attrs.update(
        {
            "hx-get": reverse("planning:site_region", args=[site.pk]),
            "hx-target": "#region-field",
            "hx-select": "#region-field",
            "hx-swap": "outerHTML",
        }
    )
    if request.method == "POST" and form.is_valid():
        try:
            calendars.site_region_set(actor=request.user, site=site, **form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{site.name} keeps the public holidays of its region.")
            return redirect("planning:holiday_import", pk=site.pk)
    return render(request, "planning/site_region.html", {"site": site, "form": form})


@staff_required(VIEW_PERMISSION)
def project_calendar(request: HttpRequest, pk: int) -> HttpResponse:
    """The calendar one project's plan is scheduled on: its site's, and its own days."""
    project = get_object_or_404(projects_visible_to(request.user).select_related("site"), pk=pk)
    year = _year(request)
    days = calendars.project_days(project)
    in_year = [d for d in days if d.date.year == year]
    return render(
        request,
        "planning/project_calendar.html",
        {
            "project": project,
            "year": year,
            "months": year_grid(year, in_year),
            "days": in_year,
            "own": [d for d in days if d.own],
            "today": timezone.localdate(),
        },
    )
