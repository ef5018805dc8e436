"""5S areas, audits and their actions, and the technology register through the API, through
the same services as their pages (CDMO staff only: sponsor users get 403 before any
lookup). Registered on the improvement router, which owns these paths."""

from __future__ import annotations

import datetime as dt

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Schema, Status

from accord.accounts.models import Site
from accord.accounts.selectors import sites_visible_to
from accord.core.api import InputSchema
from accord.core.api_fields import api_field_names
from accord.core.concurrency import expected_version
from accord.improvement import selectors, services
from accord.improvement.api import (
    AuditOut,
    CapabilityOut,
    _audit,
    _staff,
    _staff_user,
    list_capabilities,
    router,
)
from accord.improvement.models import (
    Capability,
    CapabilitySite,
    FiveSAction,
    FiveSArea,
    FiveSAudit,
)
from accord.improvement.models.capabilities import Qualification


class AreaOut(Schema):
    id: int
    site_id: int
    site_name: str
    name: str
    description: str
    is_active: bool
    audits: int
    last_audited_on: dt.date | None
    last_total: int | None


class AreaIn(InputSchema):
    site_id: int
    name: str = Field(..., min_length=1, max_length=200)
    description: str = Field("", max_length=5000)


class ActionOut(Schema):
    id: int
    audit_id: int
    what: str
    owner_id: int
    owner_name: str
    due_on: dt.date
    done_on: dt.date | None


class AuditDetailOut(AuditOut):
    notes: dict[str, str]
    actions: list[ActionOut]


class ActionIn(InputSchema):
    what: str = Field(..., min_length=1, max_length=300)
    owner_id: int
    due_on: dt.date


class DoneIn(InputSchema):
    done_on: dt.date | None = Field(None, description="Today if not given")


class CapabilityIn(InputSchema):
    name: str = Field(..., min_length=1, max_length=200)
    category: Capability.Category
    description: str = Field("", max_length=5000)


class CapabilitySiteIn(InputSchema):
    status: Qualification
    qualified_on: dt.date | None = None
    evidence: str = Field("", max_length=5000, description="The qualification report")
    version: int | None = Field(None, ge=1, description="Or send `If-Match` (an existing entry)")


def _area(area: FiveSArea) -> dict:
    audits = sorted(area.audits.all(), key=lambda a: a.audited_on)
    last = audits[-1] if audits else None
    return {
        "id": area.pk,
        "site_id": area.site_id,
        "site_name": area.site.name,
        "name": area.name,
        "description": area.description,
        "is_active": area.is_active,
        "audits": len(audits),
        "last_audited_on": last.audited_on if last else None,
        "last_total": last.total if last else None,
    }


def _action(action: FiveSAction) -> dict:
    return {
        "id": action.pk,
        "audit_id": action.audit_id,
        "what": action.what,
        "owner_id": action.owner_id,
        "owner_name": action.owner.printed_name,
        "due_on": action.due_on,
        "done_on": action.done_on,
    }


def _audit_detail(audit: FiveSAudit) -> dict:
    from accord.improvement.models.fives import FIVE_S

    return {
        **_audit(audit),
        "notes": {name: getattr(audit, f"{name}_notes", "") for name, _, _ in FIVE_S},
        "actions": [_action(a) for a in audit.actions.select_related("owner").order_by("pk")],
    }


def _visible_audit(request: HttpRequest, audit_id: int) -> FiveSAudit:
    _staff(request)
    return get_object_or_404(
        selectors.five_s_audits_visible_to(request.user).select_related("area", "auditor"),
        pk=audit_id,
    )


@router.get("/improvement/areas", response=list[AreaOut], summary="5S areas (CDMO staff)")
def list_areas(request: HttpRequest, site_id: int | None = None):
    _staff(request)
    areas = selectors.five_s_areas_visible_to(request.user).prefetch_related("audits")
    if site_id is not None:
        areas = areas.filter(site_id=site_id)
    return [_area(area) for area in areas.order_by("site__name", "name")]


@router.post("/improvement/areas", response={201: AreaOut}, summary="Add a 5S area")
def create_area(request: HttpRequest, payload: AreaIn):
    _staff(request)
    site: Site = get_object_or_404(sites_visible_to(request.user), pk=payload.site_id)
    area = services.five_s_area_create(
        actor=request.user, site=site, name=payload.name, description=payload.description
    )
    return Status(201, _area(area))


@router.get(
    "/improvement/audits/{audit_id}",
    response=AuditDetailOut,
    summary="One 5S audit: scores, notes and the actions it raised",
)
def get_audit(request: HttpRequest, audit_id: int):
    return _audit_detail(_visible_audit(request, audit_id))


@router.post(
    "/improvement/audits/{audit_id}/actions",
    response={201: ActionOut},
    summary="Add an action to a 5S audit (its owner and due date)",
)
def add_audit_action(request: HttpRequest, audit_id: int, payload: ActionIn):
    audit = _visible_audit(request, audit_id)
    with api_field_names({"owner": "owner_id"}):
        action = services.five_s_action_add(
            actor=request.user,
            audit=audit,
            what=payload.what,
            owner=_staff_user(payload.owner_id),
            due_on=payload.due_on,
        )
    return Status(201, _action(action))


@router.post(
    "/improvement/audit-actions/{action_id}/done",
    response=ActionOut,
    summary="Mark a 5S action done (its owner, or whoever may change audits)",
)
def audit_action_done(request: HttpRequest, action_id: int, payload: DoneIn):
    _staff(request)
    audits = selectors.five_s_audits_visible_to(request.user)
    action = get_object_or_404(
        FiveSAction.objects.filter(audit__in=audits).select_related("owner"), pk=action_id
    )
    action = services.five_s_action_done(actor=request.user, action=action, done_on=payload.done_on)
    return _action(FiveSAction.objects.select_related("owner").get(pk=action.pk))


def _capability(request: HttpRequest, capability_id: int) -> dict:
    rows = list_capabilities(request)
    return next(row for row in rows if row["id"] == capability_id)


@router.post(
    "/improvement/capabilities",
    response={201: CapabilityOut},
    summary="Add a capability to the technology register",
)
def create_capability(request: HttpRequest, payload: CapabilityIn):
    _staff(request)
    capability = services.capability_create(
        actor=request.user,
        name=payload.name,
        category=payload.category.value,
        description=payload.description,
    )
    return Status(201, _capability(request, capability.pk))


@router.put(
    "/improvement/capabilities/{capability_id}/sites/{site_id}",
    response=CapabilityOut,
    summary="Where a site stands with a capability (qualified: the date and the evidence)",
)
def set_capability_site(
    request: HttpRequest, capability_id: int, site_id: int, payload: CapabilitySiteIn
):
    _staff(request)
    capability = get_object_or_404(
        selectors.capabilities_visible_to(request.user), pk=capability_id
    )
    site = get_object_or_404(sites_visible_to(request.user), pk=site_id)
    exists = CapabilitySite.objects.filter(capability=capability, site=site).exists()
    services.capability_site_set(
        actor=request.user,
        capability=capability,
        site=site,
        status=payload.status.value,
        qualified_on=payload.qualified_on,
        evidence=payload.evidence,
        version=expected_version(request, payload.version) if exists else None,
    )
    return _capability(request, capability.pk)
