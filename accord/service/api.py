"""Service levels and service hours through the API, through the same services as the
pages. Sponsor users read the policy that applies to them; staff read all and, with the
permission, change them."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Router, Status

from accord.accounts.models import Organization
from accord.accounts.selectors import sites_visible_to
from accord.core.concurrency import expected_version, set_etag
from accord.service import selectors, services
from accord.service.models import WEEKDAYS, Priority, SlaPolicy
from accord.service.schemas import (
    HoursIn,
    HoursOut,
    PolicyCreateIn,
    PolicyIn,
    PolicyOut,
    PolicyRemoveIn,
)

router = Router(tags=["Service levels"])


def _policy(policy: SlaPolicy) -> dict:
    order = list(Priority.values)
    return {
        "id": policy.pk,
        "sponsor_id": policy.sponsor_id,
        "sponsor_name": policy.sponsor.name if policy.sponsor else None,
        "name": policy.name,
        "warn_at_percent": policy.warn_at_percent,
        "confirm_days": policy.confirm_days,
        "version": policy.version,
        "targets": [
            {
                "priority": target.priority,
                "priority_label": target.get_priority_display(),
                "acknowledge_minutes": target.acknowledge_minutes,
                "first_contact_minutes": target.first_contact_minutes,
                "update_minutes": target.update_minutes,
                "resolve_minutes": target.resolve_minutes,
            }
            for target in sorted(policy.targets.all(), key=lambda t: order.index(t.priority))
        ],
    }


def _targets(payload: PolicyIn) -> dict[str, dict[str, int]]:
    return {
        priority: {
            "acknowledge": row.acknowledge_minutes,
            "first_contact": row.first_contact_minutes,
            "update": row.update_minutes,
            "resolve": row.resolve_minutes,
        }
        for priority, row in payload.targets.items()
    }


def _visible(request: HttpRequest):
    return selectors.sla_policies_visible_to(request.user).prefetch_related("targets")


@router.get("/sla-policies", response=list[PolicyOut], summary="The service levels you may see")
def list_sla_policies(request: HttpRequest):
    return [_policy(policy) for policy in _visible(request)]


@router.get("/sla-policies/{policy_id}", response=PolicyOut, summary="One SLA policy")
def get_sla_policy(request: HttpRequest, response: HttpResponse, policy_id: int):
    policy = get_object_or_404(_visible(request), pk=policy_id)
    set_etag(response, policy)
    return _policy(policy)


@router.post(
    "/sla-policies",
    response={201: PolicyOut},
    summary="Give a sponsor service levels of its own (executives and administrators)",
)
def create_sla_policy(request: HttpRequest, payload: PolicyCreateIn):
    if not request.user.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff set service levels.")
    sponsor = get_object_or_404(
        Organization.objects.filter(kind=Organization.Kind.SPONSOR), pk=payload.sponsor_id
    )
    policy = services.sla_policy_save(
        actor=request.user,
        sponsor=sponsor,
        name=payload.name,
        targets=_targets(payload),
        warn_at_percent=payload.warn_at_percent,
        confirm_days=payload.confirm_days,
        reason=payload.reason,
    )
    return Status(201, _policy(policy))


def _staff_policy(request: HttpRequest, policy_id: int) -> SlaPolicy:
    # Refused before any lookup: a sponsor learns nothing about ids.
    if not request.user.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff set service levels.")
    return get_object_or_404(_visible(request), pk=policy_id)


@router.put(
    "/sla-policies/{policy_id}",
    response=PolicyOut,
    summary="Change a policy (send its version, or If-Match with its ETag)",
)
def change_sla_policy(
    request: HttpRequest, response: HttpResponse, policy_id: int, payload: PolicyIn
):
    policy = _staff_policy(request, policy_id)
    policy = services.sla_policy_save(
        actor=request.user,
        sponsor=policy.sponsor,
        name=payload.name,
        targets=_targets(payload),
        warn_at_percent=payload.warn_at_percent,
        confirm_days=payload.confirm_days,
        reason=payload.reason,
        version=expected_version(request, payload.version),
    )
    set_etag(response, policy)
    return _policy(policy)


@router.delete(
    "/sla-policies/{policy_id}",
    response={204: None},
    summary="End a sponsor's own levels: the CDMO-wide policy applies again",
)
def remove_sla_policy(request: HttpRequest, policy_id: int, payload: PolicyRemoveIn):
    policy = _staff_policy(request, policy_id)
    services.sla_policy_remove(actor=request.user, policy=policy, reason=payload.reason)
    return Status(204, None)


def _hours(site) -> dict:
    stored = selectors.service_hours_of(site)
    return {
        "site_id": site.pk,
        "site_code": site.code,
        "time_zone": site.time_zone,
        **dict(zip(WEEKDAYS, selectors.service_week(site), strict=True)),
        "version": stored.version if stored else None,
    }


def _staff_site(request: HttpRequest, site_id: int):
    if not (request.user.is_cdmo_staff and request.user.has_perm("service.view_servicehours")):
        raise PermissionDenied("Service hours are for CDMO staff.")
    return get_object_or_404(sites_visible_to(request.user), pk=site_id)


@router.get("/sites/{site_id}/service-hours", response=HoursOut, summary="A site's service hours")
def get_service_hours(request: HttpRequest, site_id: int):
    return _hours(_staff_site(request, site_id))


@router.put(
    "/sites/{site_id}/service-hours",
    response=HoursOut,
    summary='Set a site\'s service hours per weekday ("08:00-12:00, 13:00-17:00"; empty: closed)',
)
def set_service_hours(request: HttpRequest, site_id: int, payload: HoursIn):
    site = _staff_site(request, site_id)
    # The first hours of a site replace the default office hours: nothing to be stale on.
    stored = selectors.service_hours_of(site)
    version = expected_version(request, payload.version) if stored is not None else None
    services.service_hours_set(
        actor=request.user,
        site=site,
        week={day: getattr(payload, day) for day in WEEKDAYS},
        reason=payload.reason,
        version=version,
    )
    return _hours(site)
