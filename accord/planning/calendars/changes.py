"""Changes to a site's calendar, each audited, and the rescheduling of the site's open
plans that follows (a few in the request, more in a background job)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse

from accord.accounts.models import Site, User
from accord.audit.services import audit_record, created, type_label
from accord.core import concurrency
from accord.core.permissions import require
from accord.planning.calendars.days import (
    CALENDAR_PERMISSION,
    FIRST_YEAR,
    LAST_YEAR,
    CalendarDay,
    DayKind,
    site_day,
)
from accord.planning.calendars.holidays import (
    ImportRow,
    check_region,
    holiday_import_preview,
    region_text,
    subdivision_choices,
)
from accord.planning.models import (
    CalendarSource,
    ExtraWorkingDay,
    Holiday,
    Task,
)
from accord.projects.models import Project

OPEN_STATUSES = (Project.Status.PLANNED, Project.Status.ACTIVE, Project.Status.ON_HOLD)
# Up to this many open plans are rescheduled in the request; more in the background.
SYNC_RESCHEDULE_LIMIT = 3

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
    check_region(country_code, subdivision)
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
