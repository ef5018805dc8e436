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
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.urls import reverse

from accord.accounts.models import Site, User
from accord.audit.services import audit_record, created, type_label
from accord.core import concurrency
from accord.core.permissions import require
from accord.planning.models import (
    CalendarSource,
    ExtraWorkingDay,
    Holiday,
    ProjectCalendarException,
    Task,
)
from accord.projects.models import Project
from accord.scheduling import Calendar

CALENDAR_PERMISSION = "planning.manage_calendar"
OPEN_STATUSES = (Project.Status.PLANNED, Project.Status.ACTIVE, Project.Status.ON_HOLD)
# Up to this many open plans are rescheduled in the request; more in the background.
SYNC_RESCHEDULE_LIMIT = 3
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


# --------------------------------------------------------------------------- public holidays


def _words(class_name: str) -> str:
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", class_name)


@functools.cache
def country_choices() -> list[tuple[str, str]]:
    """``(ISO code, name)`` of every country the ``holidays`` package knows."""
    import holidays
    from holidays.registry import COUNTRIES

    supported = holidays.list_supported_countries()
    names = {entry[1]: _words(entry[0]) for entry in COUNTRIES.values()}
    return sorted(((code, names.get(code, code)) for code in supported), key=lambda c: c[1])


@functools.cache
def subdivision_choices(country_code: str) -> list[tuple[str, str]]:
    """``(code, "code · name")`` of the regions of a country (empty if it has none)."""
    import holidays

    codes = holidays.list_supported_countries().get(country_code, [])
    if not codes:
        return []
    aliases = getattr(holidays.country_holidays(country_code), "subdivisions_aliases", {})
    names: dict[str, str] = {}
    for name, code in aliases.items():
        names.setdefault(code, name)
    return [(code, f"{code} · {names[code]}" if code in names else code) for code in codes]


def region_text(country_code: str, subdivision: str = "") -> str:
    """ "Switzerland, Valais (VS)": a region as a person reads it ("" when unset)."""
    if not country_code:
        return ""
    country = dict(country_choices()).get(country_code, country_code)
    if not subdivision:
        return country
    label = dict(subdivision_choices(country_code)).get(subdivision, subdivision)
    name = label.split(" · ", 1)[-1]
    return f"{country}, {name} ({subdivision})" if name != subdivision else f"{country}, {name}"


def _check_region(country_code: str, subdivision: str) -> None:
    countries = dict(country_choices())
    if country_code not in countries:
        raise ValidationError(
            {"country_code": ["Choose a country whose public holidays Accord knows."]}
        )
    regions = [code for code, _ in subdivision_choices(country_code)]
    if subdivision and subdivision not in regions:
        raise ValidationError(
            {
                "subdivision": [
                    f"{countries[country_code]} has no region {subdivision!r}; use one of "
                    + ", ".join(regions)
                    + "."
                ]
            }
        )


def public_holidays(site: Site, year: int) -> list[tuple[dt.date, str]]:
    """The public holidays of the site's country and region in ``year``, by date."""
    import holidays

    if not site.country_code:
        raise ValidationError(
            {"country_code": [f"Give {site.name} its country first, to know its holidays."]}
        )
    _check_year(year)
    cls = holidays.country_holidays(site.country_code)
    language = "en_US" if "en_US" in getattr(cls, "supported_languages", ()) else None
    found = holidays.country_holidays(
        site.country_code,
        subdiv=site.subdivision or None,
        years=year,
        language=language,
        categories=("public",),
    )
    return sorted((day, str(name)) for day, name in found.items())


def _check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError({"year": [f"Choose a year from {FIRST_YEAR} to {LAST_YEAR}."]})


@dataclass(frozen=True)
class ImportRow:
    date: dt.date
    name: str
    status: str  # "new", "present" or "conflict"
    note: str = ""

    @property
    def is_new(self) -> bool:
        return self.status == "new"


def holiday_import_preview(site: Site, year: int) -> list[ImportRow]:
    """What importing ``year``'s public holidays would add to the site, and what not."""
    existing = {d.date: d for d in site_days(site, year)}
    rows = []
    for day, name in public_holidays(site, year):
        there = existing.get(day)
        if there is None:
            rows.append(ImportRow(day, name, "new"))
        elif there.is_holiday:
            note = f"In the calendar as “{there.name}”." if there.name != name else ""
            rows.append(ImportRow(day, name, "present", note))
        else:
            rows.append(
                ImportRow(
                    day,
                    name,
                    "conflict",
                    f"The site works that day (extra working day “{there.name}”); remove it "
                    "first to keep the holiday.",
                )
            )
    return rows


# --------------------------------------------------------------------------- writing


def calendar_authorize(actor: User | None) -> None:
    if actor is None:
        return  # the demo loader
    require(actor, CALENDAR_PERMISSION)
    if not actor.is_cdmo_staff:
        raise PermissionDenied("Only CDMO planners change site calendars.")


def _lock(site: Site) -> Site:
    return Site.objects.select_for_update().get(pk=site.pk)


def _fmt(day: dt.date) -> str:
    return f"{day:%a %d %b %Y}"


def _check_day(site: Site, date: dt.date, kind: str, name: str) -> None:
    errors: dict[str, list[str]] = {}
    if kind not in DayKind.values:
        errors["kind"] = ["Choose a holiday or an extra working day."]
    if not name.strip():
        errors["name"] = ["Say what the day is (e.g. Christmas shutdown, Saturday campaign shift)."]
    if not FIRST_YEAR <= date.year <= LAST_YEAR:
        errors["date"] = [f"Choose a date from {FIRST_YEAR} to {LAST_YEAR}."]
    elif kind == DayKind.WORKING and date.weekday() < 5:
        errors["date"] = [
            f"{_fmt(date)} is a weekday, a working day already: an extra working day is a "
            "weekend day the site works."
        ]
    if errors:
        raise ValidationError(errors)


def _store(site: Site, day: CalendarDay) -> None:
    if day.is_holiday:
        Holiday.objects.create(site=site, date=day.date, name=day.name, source=day.source)
    else:
        ExtraWorkingDay.objects.create(site=site, date=day.date, name=day.name)


def _delete(site: Site, date: dt.date) -> None:
    Holiday.objects.filter(site=site, date=date).delete()
    ExtraWorkingDay.objects.filter(site=site, date=date).delete()


def _day_state(day: CalendarDay | None) -> str | None:
    """The day as a reader of the audit trail needs it, in words."""
    if day is None:
        return None
    kind = "site closed" if day.is_holiday else "extra working day"
    return f"{_fmt(day.date)}: {day.name} ({kind})"


def day_token(day: CalendarDay) -> str:
    """The fingerprint of a calendar day as an editor saw it: an edit page and the API
    send it back, and a day someone changed since is refused rather than overwritten."""
    return concurrency.state_token([day.date, day.kind, day.name, day.source])


def _check_unchanged(before: CalendarDay, token: str | None) -> None:
    concurrency.check_token(day_token(before), token, what="calendar day")


def _record(
    *, actor: User | None, site: Site, action: str, before, after, reason: str, date: dt.date
) -> None:
    audit_record(
        actor=actor,
        action=action,
        target=None,
        target_ref=(type_label(Site), str(site.pk), f"{site.code} calendar: {_fmt(date)}"),
        parent=site,
        changes={"day": [_day_state(before), _day_state(after)]},
        reason=reason,
    )


@dataclass(frozen=True)
class Rescheduled:
    """What a calendar change did to the site's open plans."""

    now: list[str]  # project codes rescheduled in the request
    queued: list[str]  # project codes left to a background job

    def message(self) -> str:
        if self.queued:
            return (
                f"{len(self.queued)} open plans of the site are being rescheduled in the "
                "background; you will be told when they are done."
            )
        if self.now:
            return "Rescheduled: " + ", ".join(self.now) + "."
        return "No open plan uses this calendar yet."


@transaction.atomic
def calendar_day_add(
    *,
    actor: User | None,
    site: Site,
    date: dt.date,
    kind: str,
    name: str,
    reason: str = "",
    source: str = CalendarSource.PLANNER,
) -> tuple[CalendarDay, Rescheduled]:
    """Add a holiday or an extra working day to a site, and reschedule its open plans."""
    calendar_authorize(actor)
    site = _lock(site)
    _check_day(site, date, kind, name)
    there = site_day(site, date)
    if there is not None:
        raise ValidationError(
            {
                "date": [
                    f"{_fmt(date)} is already in the calendar ({there.name}, "
                    f"{there.kind_label.lower()}): change that day instead."
                ]
            }
        )
    day = CalendarDay(date, kind, name.strip(), source)
    _store(site, day)
    outcome = site_plans_reschedule(actor=actor, site=site, why=f"{day.name} ({_fmt(date)})")
    _record(
        actor=actor,
        site=site,
        action="planning.calendar.day_added",
        before=None,
        after=day,
        reason=reason,
        date=date,
    )
    return day, outcome


@transaction.atomic
def calendar_day_update(
    *,
    actor: User,
    site: Site,
    date: dt.date,
    kind: str | None = None,
    name: str | None = None,
    reason: str = "",
    token: str | None = None,
) -> tuple[CalendarDay, Rescheduled]:
    """Rename a day or turn a holiday into a working day (or back). Turning a day around
    moves plans, so it needs a reason. ``token`` is the ``day_token`` the editor read."""
    calendar_authorize(actor)
    site = _lock(site)
    before = site_day(site, date)
    if before is None:
        raise ValidationError({"date": [f"{_fmt(date)} is not in the site's calendar."]})
    _check_unchanged(before, token)
    after = CalendarDay(
        date,
        kind or before.kind,
        (name if name is not None else before.name).strip(),
        before.source if (kind or before.kind) == before.kind else CalendarSource.PLANNER,
    )
    _check_day(site, date, after.kind, after.name)
    if after == before:
        return before, Rescheduled([], [])
    turned = after.kind != before.kind
    if turned and not reason.strip():
        raise ValidationError(
            {"reason": ["Say why the day changes between holiday and working day."]}
        )
    _delete(site, date)
    _store(site, after)
    outcome = (
        site_plans_reschedule(actor=actor, site=site, why=f"{after.name} ({_fmt(date)})")
        if turned
        else Rescheduled([], [])
    )
    _record(
        actor=actor,
        site=site,
        action="planning.calendar.day_changed",
        before=before,
        after=after,
        reason=reason,
        date=date,
    )
    return after, outcome


@transaction.atomic
def calendar_day_remove(
    *, actor: User, site: Site, date: dt.date, reason: str, token: str | None = None
) -> Rescheduled:
    """Take a day out of the site's calendar (it follows the week again); needs a reason.
    ``token`` is the ``day_token`` the editor read."""
    calendar_authorize(actor)
    site = _lock(site)
    before = site_day(site, date)
    if before is None:
        raise ValidationError({"date": [f"{_fmt(date)} is not in the site's calendar."]})
    _check_unchanged(before, token)
    if not reason.strip():
        raise ValidationError({"reason": [f"Say why {before.name} leaves the calendar."]})
    _delete(site, date)
    outcome = site_plans_reschedule(
        actor=actor, site=site, why=f"{before.name} ({_fmt(date)}) removed"
    )
    _record(
        actor=actor,
        site=site,
        action="planning.calendar.day_removed",
        before=before,
        after=None,
        reason=reason,
        date=date,
    )
    return outcome


@transaction.atomic
def site_region_set(
    *, actor: User | None, site: Site, country_code: str, subdivision: str = "", reason: str = ""
) -> Site:
    """Say which country's (and region's) public holidays the site keeps."""
    calendar_authorize(actor)
    site = _lock(site)
    country_code = country_code.strip().upper()
    subdivision = subdivision.strip().upper()
    regions = {code.upper(): code for code, _ in subdivision_choices(country_code)}
    subdivision = regions.get(subdivision, subdivision)
    _check_region(country_code, subdivision)
    before = region_text(site.country_code, site.subdivision)
    if (site.country_code, site.subdivision) == (country_code, subdivision):
        return site
    site.country_code, site.subdivision = country_code, subdivision
    site.save(update_fields=["country_code", "subdivision"])
    audit_record(
        actor=actor,
        action="accounts.site.holiday_region_set",
        target=site,
        parent=site.organization,
        changes={"holiday_region": [before or None, region_text(country_code, subdivision)]},
        reason=reason,
    )
    return site


@dataclass(frozen=True)
class ImportResult:
    added: list[ImportRow]
    skipped: list[ImportRow]
    rescheduled: Rescheduled


@transaction.atomic
def holiday_import(*, actor: User | None, site: Site, year: int) -> ImportResult:
    """Add ``year``'s public holidays the site lacks. Importing again adds nothing."""
    calendar_authorize(actor)
    site = _lock(site)
    rows = holiday_import_preview(site, year)
    added = [row for row in rows if row.is_new]
    skipped = [row for row in rows if not row.is_new]
    if not added:
        return ImportResult([], skipped, Rescheduled([], []))
    for row in added:
        _store(site, CalendarDay(row.date, DayKind.HOLIDAY, row.name, CalendarSource.PUBLIC))
    region = region_text(site.country_code, site.subdivision)
    outcome = site_plans_reschedule(
        actor=actor, site=site, why=f"public holidays of {year} ({region}) imported"
    )
    audit_record(
        actor=actor,
        action="planning.calendar.holidays_imported",
        target=site,
        parent=site.organization,
        changes=created(
            {
                "year": year,
                "region": region,
                "holidays": [f"{row.date.isoformat()} {row.name}" for row in added],
            }
        ),
    )
    return ImportResult(added, skipped, outcome)


# --------------------------------------------------------------------------- rescheduling


def open_plans_of(site: Site) -> list[int]:
    """Ids of the site's projects whose plans still move: planned, active or on hold."""
    return list(
        Project.objects.filter(site=site, status__in=OPEN_STATUSES, tasks__isnull=False)
        .distinct()
        .order_by("code")
        .values_list("pk", flat=True)
    )


def site_plans_reschedule(*, actor: User | None, site: Site, why: str) -> Rescheduled:
    """Reschedule the site's open plans on its changed calendar: in this transaction when
    they are few, else in one background job queued after the commit."""
    from accord.core.jobs import enqueue

    ids = open_plans_of(site)
    codes = list(Project.objects.filter(pk__in=ids).order_by("code").values_list("code", flat=True))
    reason = f"Site calendar of {site.code} changed: {why}"
    if len(ids) <= SYNC_RESCHEDULE_LIMIT:
        for project_id in ids:
            plan_reschedule_for_calendar(project_id, actor=actor, reason=reason)
        return Rescheduled(codes, [])
    enqueue(
        plans_reschedule_job,
        site.pk,
        ids,
        reason,
        actor.pk if actor is not None else None,
        requested_by=actor,
        name=f"Reschedule {len(ids)} open plans of {site.code} on its new calendar",
        url=reverse("planning:site_calendar", args=[site.pk]),
    )
    return Rescheduled([], codes)


def plan_reschedule_for_calendar(project_id: int, *, actor: User | None, reason: str) -> bool:
    """Reschedule one plan; record an event when its dates moved. True if they did."""
    from accord.planning.scheduling import reschedule

    with transaction.atomic():
        project = Project.objects.select_for_update().select_related("site").get(pk=project_id)
        if project.status not in OPEN_STATUSES:
            return False  # closed since the job was queued: its dates are history
        tasks = Task.objects.filter(project=project)
        before = {
            pk: dates for pk, *dates in tasks.values_list("pk", "early_start", "early_finish")
        }
        result = reschedule(project)
        if result is None:
            return False
        after = {pk: dates for pk, *dates in tasks.values_list("pk", "early_start", "early_finish")}
        moved = sum(1 for pk, dates in after.items() if before.get(pk) != dates)
        if not moved:
            return False
        old_finish = max((dates[1] for dates in before.values() if dates[1]), default=None)
        audit_record(
            actor=actor,
            action="planning.plan.rescheduled",
            target=project,
            parent=project.sponsor,
            changes={
                "finish": [
                    old_finish.isoformat() if old_finish else None,
                    result.project_finish.isoformat(),
                ],
                "tasks_moved": [None, moved],
            },
            reason=reason,
        )
        return True


def plans_reschedule_job(
    site_id: int, project_ids: list[int], reason: str, actor_id: int | None
) -> None:
    """The background job: each plan in its own transaction, so one plan the engine
    refuses does not hold back the others; the job fails naming the plans it left."""
    actor = User.objects.filter(pk=actor_id).first() if actor_id else None
    failed = []
    for project_id in project_ids:
        try:
            plan_reschedule_for_calendar(project_id, actor=actor, reason=reason)
        except ValidationError as exc:
            code = Project.objects.filter(pk=project_id).values_list("code", flat=True).first()
            failed.append(f"{code}: {'; '.join(exc.messages)}")
    if failed:
        raise RuntimeError("Plans not rescheduled: " + " | ".join(failed))


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
