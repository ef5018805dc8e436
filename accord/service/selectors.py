"""Reads of SLA policies and service hours, as the person asking may see them."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from django.db.models import F, Q, QuerySet

from accord.accounts.models import Organization, Site
from accord.service.clocks import WorkingTime, parse_hours
from accord.service.models import DEFAULT_HOURS, WEEKDAYS, ServiceHours, SlaPolicy, SlaTarget


def _active(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


def sla_policies_visible_to(user) -> QuerySet[SlaPolicy]:
    """Staff see every policy; a sponsor user sees the one that applies to its company:
    its own, or the CDMO-wide one while it has none (the promise it was made)."""
    policies = SlaPolicy.objects.select_related("sponsor")
    if not _active(user) or not user.has_perm("service.view_slapolicy"):
        return policies.none()
    if user.is_cdmo_staff:
        return policies
    if SlaPolicy.objects.filter(sponsor_id=user.organization_id).exists():
        return policies.filter(sponsor_id=user.organization_id)
    return policies.filter(sponsor__isnull=True)


def sla_targets_visible_to(user) -> QuerySet[SlaTarget]:
    return SlaTarget.objects.filter(policy__in=sla_policies_visible_to(user))


def service_hours_visible_to(user) -> QuerySet[ServiceHours]:
    if not _active(user) or not user.is_cdmo_staff:
        return ServiceHours.objects.none()
    return ServiceHours.objects.select_related("site")


def sla_policy_for(sponsor: Organization) -> SlaPolicy:
    """The policy that applies to ``sponsor``: its own, else the CDMO-wide one."""
    policy = (
        SlaPolicy.objects.filter(Q(sponsor=sponsor) | Q(sponsor__isnull=True))
        .prefetch_related("targets")
        .order_by(F("sponsor_id").asc(nulls_last=True))  # the sponsor's own first
        .first()
    )
    if policy is None:
        raise SlaPolicy.DoesNotExist("There is no CDMO-wide SLA policy: run the migrations.")
    return policy


def sla_policy_for_default() -> SlaPolicy:
    """The CDMO-wide policy (every sponsor without one of its own gets it)."""
    return SlaPolicy.objects.prefetch_related("targets").get(sponsor__isnull=True)


def service_hours_of(site: Site) -> ServiceHours | None:
    return ServiceHours.objects.filter(site=site).first()


def service_week(site: Site) -> tuple[str, ...]:
    """The site's service hours, Monday first (office hours on weekdays if never set)."""
    hours = ServiceHours.objects.filter(site=site).first()
    if hours is None:
        return tuple(DEFAULT_HOURS if day < 5 else "" for day in range(len(WEEKDAYS)))
    return hours.week()


def working_time_for(site: Site) -> WorkingTime:
    """When the SLA clocks of ``site`` run: its service hours in its time zone, less the
    holidays of its calendar, plus the weekend days it works."""
    from accord.planning.calendars import site_days

    days = site_days(site)
    return WorkingTime(
        zone=ZoneInfo(site.time_zone),
        week=tuple(parse_hours(text) for text in service_week(site)),
        holidays=frozenset(day.date for day in days if day.is_holiday),
        extra_days=frozenset(day.date for day in days if not day.is_holiday),
    )
