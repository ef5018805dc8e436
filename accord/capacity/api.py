"""The resource register and the demands of plan tasks through the API, through the same
services as the pages. For the CDMO's staff only: a sponsor's people get 403 on every
operation, before any lookup, whatever the id.

A resource's detail carries its version as the ``ETag``; PATCH, retire and reactivate
take it back as ``If-Match`` (or ``version`` in the body). An availability change has no
version of its own: its ``token`` plays that part."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Status

from accord.accounts.models import Site
from accord.capacity import selectors, services
from accord.capacity.models import Availability, Resource, TaskDemand
from accord.capacity.schemas import (
    ActiveIn,
    AvailabilityIn,
    AvailabilityOut,
    AvailabilityPatchIn,
    DemandIn,
    DemandOut,
    ResourceFilters,
    ResourceIn,
    ResourceOut,
    ResourcePage,
    ResourcePatchIn,
)
from accord.core.api import PageNumberPagination
from accord.core.concurrency import StaleEdit, expected_token, expected_version, set_etag
from accord.core.errors import field_errors
from accord.equipment.models import Equipment
from accord.planning.models import Task
from accord.planning.selectors import tasks_visible_to

router = Router(tags=["Capacity: resources"])


def _availability_out(change: Availability) -> dict:
    return {
        "id": change.pk,
        "resource_id": change.resource_id,
        "starts_on": change.starts_on,
        "ends_on": change.ends_on,
        "units": change.units,
        "unit": change.resource.unit,
        "reason": change.reason,
        "label": services.change_label(change),
        "recorded_by_name": change.recorded_by.printed_name,
        "recorded_at": change.recorded_at,
        "token": services.change_token(change),
    }


def _out(resource: Resource) -> dict:
    equipment = resource.equipment
    changes = sorted(resource.availability.all(), key=lambda c: (c.starts_on, c.pk))
    for change in changes:
        change.resource = resource
    return {
        "id": resource.pk,
        "code": resource.code,
        "name": resource.name,
        "kind": resource.kind,
        "kind_label": resource.get_kind_display(),
        "site_id": resource.site_id,
        "site_name": resource.site.name,
        "equipment_id": resource.equipment_id,
        "equipment_label": f"{equipment.code} {equipment.name}" if equipment else None,
        "capacity": resource.capacity,
        "unit": resource.unit,
        "role": resource.role,
        "role_label": resource.get_role_display(),
        "calendar": resource.calendar,
        "calendar_label": resource.get_calendar_display(),
        "description": resource.description,
        "active": resource.active,
        "active_label": "Active" if resource.active else "Retired",
        "created_at": resource.created_at,
        "availability": [_availability_out(c) for c in changes],
        "version": resource.version,
    }


def _demand_out(demand: TaskDemand) -> dict:
    task, resource = demand.task, demand.resource
    return {
        "id": demand.pk,
        "project_id": task.project_id,
        "project_code": task.project.code,
        "task_id": task.pk,
        "task_name": task.name,
        "resource_id": resource.pk,
        "resource_code": resource.code,
        "resource_name": resource.name,
        "resource_active": resource.active,
        "units": demand.units,
        "unit": resource.unit,
        "label": services.demand_label(demand),
    }


def _staff(request: HttpRequest) -> None:
    # Refused before any lookup: a sponsor user learns nothing about ids.
    user = request.user
    if not (user.is_cdmo_staff and user.has_perm(selectors.VIEW)):
        raise PermissionDenied("The resource register is for the CDMO's staff.")


def _resources(request: HttpRequest):
    return selectors.resources_visible_to(request.user).prefetch_related(
        "availability__recorded_by"
    )


def _resource(request: HttpRequest, resource_id: int) -> Resource:
    _staff(request)
    return get_object_or_404(_resources(request), pk=resource_id)


def _done(request: HttpRequest, response: HttpResponse, resource: Resource) -> dict:
    fresh = _resource(request, resource.pk)
    set_etag(response, fresh)
    return _out(fresh)


def _site(site_id: int) -> Site:
    site = Site.objects.filter(pk=site_id).first()
    if site is None:
        raise ValidationError({"site_id": ["No site with this id."]})
    return site


def _equipment(equipment_id: int | None) -> Equipment | None:
    if equipment_id is None:
        return None
    equipment = Equipment.objects.select_related("site").filter(pk=equipment_id).first()
    if equipment is None:
        raise ValidationError({"equipment_id": ["No equipment with this id."]})
    return equipment


def _renamed(exc: ValidationError, names: dict[str, str]) -> ValidationError:
    if isinstance(exc, StaleEdit):
        return exc  # answered 409 or 412 as it is
    return ValidationError({names.get(f, f): m for f, m in field_errors(exc).items()})


RESOURCE_FIELDS = {"site": "site_id", "equipment": "equipment_id"}


@router.get("/resources", response=ResourcePage, summary="The resource register (CDMO staff)")
def list_resources(
    request: HttpRequest,
    filters: Query[ResourceFilters],
    pagination: Query[PageNumberPagination.Input],
):
    _staff(request)
    rows = _resources(request)
    if filters.q:
        rows = rows.filter(Q(code__icontains=filters.q) | Q(name__icontains=filters.q))
    if filters.site_id is not None:
        rows = rows.filter(site_id=filters.site_id)
    if filters.kind is not None:
        rows = rows.filter(kind=filters.kind)
    if filters.active is not None:
        rows = rows.filter(active=filters.active)
    page = PageNumberPagination().paginate_queryset(rows.order_by("site__name", "code"), pagination)
    page["items"] = [_out(item) for item in page["items"]]
    return page


@router.get("/resources/{resource_id}", response=ResourceOut, summary="One resource")
def get_resource(request: HttpRequest, response: HttpResponse, resource_id: int):
    resource = _resource(request, resource_id)
    set_etag(response, resource)
    return _out(resource)


@router.post("/resources", response={201: ResourceOut}, summary="Add a resource to the register")
def create_resource(request: HttpRequest, response: HttpResponse, payload: ResourceIn):
    _staff(request)
    details = services.ResourceDetails(
        code=payload.code,
        name=payload.name,
        kind=payload.kind.value,
        site=_site(payload.site_id),
        equipment=_equipment(payload.equipment_id),
        capacity=payload.capacity,
        unit=payload.unit,
        calendar=payload.calendar.value,
        role=payload.role.value,
        description=payload.description,
    )
    try:
        resource = services.resource_create(actor=request.user, details=details)
    except ValidationError as exc:
        raise _renamed(exc, RESOURCE_FIELDS) from None
    return Status(201, _done(request, response, resource))


@router.patch("/resources/{resource_id}", response=ResourceOut, summary="Change what a resource is")
def update_resource(
    request: HttpRequest, response: HttpResponse, resource_id: int, payload: ResourcePatchIn
):
    resource = _resource(request, resource_id)
    given = payload.model_dump(exclude_unset=True)
    version = expected_version(request, given.pop("version", None))
    details = services.ResourceDetails(
        code=given.get("code", resource.code),
        name=given.get("name", resource.name),
        kind=str(given.get("kind") or resource.kind),
        site=_site(given["site_id"]) if given.get("site_id") is not None else resource.site,
        equipment=_equipment(given["equipment_id"])
        if "equipment_id" in given
        else resource.equipment,
        capacity=given.get("capacity", resource.capacity),
        unit=given.get("unit", resource.unit),
        calendar=str(given.get("calendar") or resource.calendar),
        role=str(given.get("role") or resource.role),
        description=given.get("description", resource.description),
    )
    try:
        resource = services.resource_update(
            actor=request.user, resource=resource, details=details, version=version
        )
    except ValidationError as exc:
        raise _renamed(exc, RESOURCE_FIELDS) from None
    return _done(request, response, resource)


@router.post(
    "/resources/{resource_id}/retire",
    response=ResourceOut,
    summary="Retire a resource (kept for history, left out of planning), with a reason",
)
def retire_resource(
    request: HttpRequest, response: HttpResponse, resource_id: int, payload: ActiveIn
):
    resource = _resource(request, resource_id)
    resource = services.resource_retire(
        actor=request.user,
        resource=resource,
        reason=payload.reason,
        version=expected_version(request, payload.version),
    )
    return _done(request, response, resource)


@router.post(
    "/resources/{resource_id}/reactivate",
    response=ResourceOut,
    summary="Put a retired resource back into planning",
)
def reactivate_resource(
    request: HttpRequest, response: HttpResponse, resource_id: int, payload: ActiveIn
):
    resource = _resource(request, resource_id)
    resource = services.resource_reactivate(
        actor=request.user,
        resource=resource,
        reason=payload.reason,
        version=expected_version(request, payload.version),
    )
    return _done(request, response, resource)


@router.get(
    "/resources/{resource_id}/availability",
    response=list[AvailabilityOut],
    summary="A resource's availability changes, earliest first",
)
def list_availability(request: HttpRequest, resource_id: int):
    resource = _resource(request, resource_id)
    return _out(resource)["availability"]


@router.post(
    "/resources/{resource_id}/availability",
    response={201: AvailabilityOut},
    summary="Record a change of a resource's capacity over a period (0 units: down)",
)
def add_availability(request: HttpRequest, resource_id: int, payload: AvailabilityIn):
    resource = _resource(request, resource_id)
    change = services.availability_add(
        actor=request.user,
        resource=resource,
        starts_on=payload.starts_on,
        ends_on=payload.ends_on,
        units=payload.units,
        reason=payload.reason,
    )
    return Status(201, _availability_out(change))


def _change(request: HttpRequest, resource_id: int, change_id: int) -> Availability:
    resource = _resource(request, resource_id)
    rows = selectors.availability_visible_to(request.user).filter(resource=resource)
    return get_object_or_404(rows, pk=change_id)


@router.patch(
    "/resources/{resource_id}/availability/{change_id}",
    response=AvailabilityOut,
    summary="Correct an availability change (its token as If-Match, or in the body)",
)
def update_availability(
    request: HttpRequest, resource_id: int, change_id: int, payload: AvailabilityPatchIn
):
    change = _change(request, resource_id, change_id)
    given = payload.model_dump(exclude_unset=True)
    token = expected_token(request, given.pop("token", None))
    change = services.availability_update(
        actor=request.user,
        change=change,
        starts_on=given.get("starts_on", change.starts_on),
        ends_on=given.get("ends_on", change.ends_on),
        units=given.get("units", change.units),
        reason=given.get("reason", change.reason),
        token=token,
    )
    return _availability_out(change)


@router.delete(
    "/resources/{resource_id}/availability/{change_id}",
    response={204: None},
    summary="Remove an availability change; ?reason= says why",
)
def remove_availability(request: HttpRequest, resource_id: int, change_id: int, reason: str = ""):
    change = _change(request, resource_id, change_id)
    services.availability_remove(actor=request.user, change=change, reason=reason)
    return Status(204, None)


# --------------------------------------------------------------------------- demands

DEMAND_FIELDS = {"resource": "resource_id"}


def _task(request: HttpRequest, project_id: int, task_id: int) -> Task:
    _staff(request)
    rows = tasks_visible_to(request.user).select_related("project__site")
    return get_object_or_404(rows, pk=task_id, project_id=project_id)


def _demands(task: Task):
    return TaskDemand.objects.filter(task=task).select_related("resource", "task__project")


@router.get(
    "/projects/{project_id}/plan/tasks/{task_id}/demands",
    response=list[DemandOut],
    summary="The resources a plan task needs (staff)",
)
def list_demands(request: HttpRequest, project_id: int, task_id: int):
    task = _task(request, project_id, task_id)
    return [_demand_out(d) for d in _demands(task).order_by("resource__code")]


@router.put(
    "/projects/{project_id}/plan/tasks/{task_id}/demands/{resource_id}",
    response=DemandOut,
    summary="Set the units of a resource a plan task holds on each working day",
)
def set_demand(
    request: HttpRequest, project_id: int, task_id: int, resource_id: int, payload: DemandIn
):
    task = _task(request, project_id, task_id)
    resource = selectors.resources_visible_to(request.user).filter(pk=resource_id).first()
    if resource is None:
        raise ValidationError({"resource_id": ["No resource with this id."]})
    try:
        demand = services.task_demand_set(
            actor=request.user, task=task, resource=resource, units=payload.units
        )
    except ValidationError as exc:
        raise _renamed(exc, DEMAND_FIELDS) from None
    return _demand_out(_demands(task).get(pk=demand.pk))


@router.delete(
    "/projects/{project_id}/plan/tasks/{task_id}/demands/{resource_id}",
    response={204: None},
    summary="The plan task no longer needs the resource",
)
def remove_demand(request: HttpRequest, project_id: int, task_id: int, resource_id: int):
    task = _task(request, project_id, task_id)
    demand = get_object_or_404(_demands(task), resource_id=resource_id)
    try:
        services.task_demand_remove(actor=request.user, demand=demand)
    except ValidationError as exc:
        raise _renamed(exc, DEMAND_FIELDS) from None
    return Status(204, None)
