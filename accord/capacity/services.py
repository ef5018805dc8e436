"""Every write of the resource register and of what plan tasks demand of it, each one
transaction with its audit event: ``capacity.resource.<verb>`` (created, updated,
retired, reactivated), ``capacity.availability.<verb>`` (added, changed, removed) and
``capacity.taskdemand.<verb>`` (added, changed, removed).

Operations keeps the register (``capacity.manage_resource``); a task's demands are part
of its plan, so they take the plan permission, like the equipment a task books.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from accord.accounts.models import Site, User
from accord.audit.services import audit_record, created, diff, snapshot
from accord.capacity.models import (
    Availability,
    Resource,
    ResourceCalendar,
    ResourceKind,
    ResourceRole,
    TaskDemand,
)
from accord.core import clock, concurrency
from accord.core.dates import format_day
from accord.core.permissions import require
from accord.equipment.models import Equipment
from accord.planning.assignments import PLAN_PERMISSION
from accord.planning.models import Task
from accord.projects.models import Project
from accord.projects.selectors import projects_visible_to

MANAGE = "capacity.manage_resource"
MAX_UNITS = 500
FIELDS = (
    "code",
    "name",
    "kind",
    "role",
    "site",
    "equipment",
    "capacity",
    "unit",
    "calendar",
    "description",
)
CHANGE_FIELDS = ("starts_on", "ends_on", "units", "reason")
# Tasks that take no time or only follow others hold nothing.
NO_DEMAND_KINDS = {
    Task.Kind.SUMMARY: "A summary follows its tasks; say what the tasks under it need.",
    Task.Kind.MILESTONE: "A milestone takes no time, so it holds no resource.",
    Task.Kind.DECISION: "A decision point takes no time, so it holds no resource.",
}


@dataclass(frozen=True)
class ResourceDetails:
    """What a resource is, as it is created or edited. With ``equipment`` given, an empty
    code or name is taken from the equipment's register entry."""

    code: str
    name: str
    kind: str
    site: Site | None
    equipment: Equipment | None = None
    capacity: int | None = 1
    unit: str = "units"
    calendar: str = ResourceCalendar.SITE
    description: str = ""
    role: str = ResourceRole.OTHER


def _staff(actor: User, permission: str = MANAGE) -> None:
    require(actor, permission)
    if not actor.is_cdmo_staff:
        raise PermissionDenied("The CDMO's staff keep the resource register.")


def _filled(details: ResourceDetails) -> dict[str, object]:
    values = {name: getattr(details, name) for name in FIELDS}
    for name in ("code", "name", "unit", "description"):
        values[name] = (values[name] or "").strip()
    equipment = details.equipment
    if equipment is not None:
        values["code"] = values["code"] or equipment.code
        values["name"] = values["name"] or equipment.name
    values["code"] = values["code"].upper()
    values["unit"] = values["unit"] or "units"
    return values


def _checked(values: dict[str, object], resource: Resource | None) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    code, site, equipment = values["code"], values["site"], values["equipment"]
    own = getattr(resource, "pk", None)
    if not code:
        errors["code"] = ["Give the resource a short code, e.g. VSP-SUITE-2."]
    elif len(code) > 32:
        errors["code"] = ["At most 32 characters."]
    elif Resource.objects.filter(code=code).exclude(pk=own).exists():
        errors["code"] = [f"{code} is in the register already."]
    if not values["name"]:
        errors["name"] = ["Name the resource."]
    elif len(values["name"]) > 200:
        errors["name"] = ["At most 200 characters."]
    if values["kind"] not in ResourceKind.values:
        errors["kind"] = ["Choose equipment or room, or labour pool."]
    if site is None:
        errors["site"] = ["Choose the site the resource belongs to."]
    capacity = values["capacity"]
    if capacity is None or not 1 <= capacity <= MAX_UNITS:
        errors["capacity"] = [f"Give the units available on a working day, 1 to {MAX_UNITS}."]
    if len(values["unit"]) > 40:
        errors["unit"] = ["At most 40 characters."]
    if values["role"] not in ResourceRole.values:
        errors["role"] = ["Choose what the resource is for (its role in plan templates)."]
    if values["calendar"] not in ResourceCalendar.values:
        errors["calendar"] = ["Choose the calendar the resource works on."]
    if equipment is not None:
        if values["kind"] == ResourceKind.LABOUR:
            errors["equipment"] = ["A labour pool stands for people, not for equipment."]
        elif site is not None and equipment.site_id != site.pk:
            errors["equipment"] = [
                f"{equipment.code} is at {equipment.site.name}, not at {site.name}."
            ]
        else:
            taken = Resource.objects.filter(equipment=equipment).exclude(pk=own).first()
            if taken is not None:
                errors["equipment"] = [f"{equipment.code} is resource {taken.code} already."]
    if resource is not None and site is not None and site.pk != resource.site_id:
        elsewhere = _open_demands(resource).exclude(task__project__site=site)
        if elsewhere.exists():
            errors["site"] = [
                f"{resource.code} is needed by tasks of projects at {resource.site.name} "
                f"({_tasks_named(elsewhere)}); remove those demands before moving it."
            ]
    return errors


def _open_demands(resource: Resource):
    return TaskDemand.objects.filter(resource=resource, task__actual_finish__isnull=True)


def _tasks_named(demands, limit: int = 3) -> str:
    rows = list(demands.select_related("task__project").order_by("task__project__code")[:limit])
    names = [f"{d.task.project.code} “{d.task.name}”" for d in rows]
    more = demands.count() - limit
    return ", ".join(names) + (f" and {more} more" if more > 0 else "")


def _write(resource: Resource, values: dict[str, object]) -> None:
    for name, value in values.items():
        setattr(resource, name, value)


def _locked(resource: Resource, version: int | None) -> Resource:
    return concurrency.locked(
        resource, version, queryset=Resource.objects.select_related("site", "equipment")
    )


@transaction.atomic
def resource_create(*, actor: User, details: ResourceDetails) -> Resource:
    """A new resource, active from now on at its standing capacity."""
    _staff(actor)
    values = _filled(details)
    errors = _checked(values, None)
    if errors:
        raise ValidationError(errors)
    resource = Resource(created_at=clock.now())
    _write(resource, values)
    resource.save()
    audit_record(
        actor=actor,
        action="capacity.resource.created",
        target=resource,
        changes=created(snapshot(resource, (*FIELDS, "active"))),
    )
    return resource


@transaction.atomic
def resource_update(
    *, actor: User, resource: Resource, details: ResourceDetails, version: int | None
) -> Resource:
    """Edit what the resource is. Its site moves only while no unfinished task of a
    project elsewhere needs it."""
    _staff(actor)
    resource = _locked(resource, version)
    values = _filled(details)
    errors = _checked(values, resource)
    if errors:
        raise ValidationError(errors)
    before = snapshot(resource, FIELDS)
    _write(resource, values)
    changes = diff(before, snapshot(resource, FIELDS))
    if not changes:
        return resource
    concurrency.bump(resource)
    resource.save()
    audit_record(actor=actor, action="capacity.resource.updated", target=resource, changes=changes)
    return resource


@transaction.atomic
def resource_retire(
    *, actor: User, resource: Resource, reason: str, version: int | None
) -> Resource:
    """Take a resource out of planning (kept for history). Refused while unfinished tasks
    still need it, so that no plan silently loses the capacity it counted on."""
    _staff(actor)
    resource = _locked(resource, version)
    reason = (reason or "").strip()
    if not resource.active:
        raise ValidationError({"active": [f"{resource.code} is retired already."]})
    if not reason:
        raise ValidationError({"reason": ["Say why the resource is retired."]})
    waiting = _open_demands(resource)
    if waiting.exists():
        raise ValidationError(
            {
                "active": [
                    f"{resource.code} is still needed by unfinished tasks "
                    f"({_tasks_named(waiting)}); remove or change those demands first."
                ]
            }
        )
    return _set_active(actor, resource, False, reason)


@transaction.atomic
def resource_reactivate(
    *, actor: User, resource: Resource, reason: str = "", version: int | None
) -> Resource:
    """Put a retired resource back into planning."""
    _staff(actor)
    resource = _locked(resource, version)
    if resource.active:
        raise ValidationError({"active": [f"{resource.code} is active already."]})
    return _set_active(actor, resource, True, (reason or "").strip())


def _set_active(actor: User, resource: Resource, active: bool, reason: str) -> Resource:
    resource.active = active
    concurrency.bump(resource)
    resource.save(update_fields=["active", "version"])
    audit_record(
        actor=actor,
        action="capacity.resource.reactivated" if active else "capacity.resource.retired",
        target=resource,
        changes={"active": [not active, active]},
        reason=reason,
    )
    return resource


# --------------------------------------------------------------------------- availability


def change_label(change: Availability) -> str:
    """“from 3 Mar 2027 until 17 Mar 2027: 0 suites (requalification)”."""
    until = f" until {format_day(change.ends_on)}" if change.ends_on else " on"
    return (
        f"from {format_day(change.starts_on)}{until}: {change.units} "
        f"{change.resource.unit} ({change.reason})"
    )


def change_token(change: Availability) -> str:
    """The fingerprint of a change as shown, so an edit made from a stale copy is refused
    (an availability change has no version column of its own)."""
    return concurrency.state_token(snapshot(change, CHANGE_FIELDS))


def _change_errors(
    resource: Resource,
    starts_on: dt.date | None,
    ends_on: dt.date | None,
    units: int | None,
    reason: str,
    change: Availability | None,
) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    if starts_on is None:
        errors["starts_on"] = ["Give the first day of the change."]
    elif ends_on is not None and ends_on < starts_on:
        errors["ends_on"] = ["The last day comes on or after the first."]
    if units is None or not 0 <= units <= MAX_UNITS:
        errors["units"] = [f"Give the units available in the period, 0 to {MAX_UNITS}."]
    if not reason:
        errors["reason"] = ["Say why the capacity changes (requalification, hiring, shutdown)."]
    elif len(reason) > 300:
        errors["reason"] = ["At most 300 characters."]
    if errors:
        return errors
    others = Availability.objects.filter(resource=resource).exclude(pk=getattr(change, "pk", None))
    if ends_on is not None:
        others = others.filter(starts_on__lte=ends_on)
    for other in others.order_by("starts_on", "pk"):
        if other.ends_on is None or other.ends_on >= starts_on:
            errors["starts_on"] = [
                f"This period overlaps the change {change_label(other)}; change or remove "
                "that one first."
            ]
            break
    return errors


def _lock_resource(resource: Resource) -> Resource:
    # Serializes the overlap check of two changes made at once to one resource.
    return _locked(resource, None)


@transaction.atomic
def availability_add(
    *,
    actor: User,
    resource: Resource,
    starts_on: dt.date | None,
    ends_on: dt.date | None,
    units: int | None,
    reason: str,
) -> Availability:
    """A change of the resource's capacity over a period (0 units: down); open-ended
    when ``ends_on`` is empty."""
    _staff(actor)
    resource = _lock_resource(resource)
    reason = (reason or "").strip()
    errors = _change_errors(resource, starts_on, ends_on, units, reason, None)
    if errors:
        raise ValidationError(errors)
    change = Availability.objects.create(
        resource=resource,
        starts_on=starts_on,
        ends_on=ends_on,
        units=units,
        reason=reason,
        recorded_by=actor,
        recorded_at=clock.now(),
    )
    audit_record(
        actor=actor,
        action="capacity.availability.added",
        target=change,
        parent=resource,
        changes=created(snapshot(change, CHANGE_FIELDS)),
        reason=reason,
    )
    return change


@transaction.atomic
def availability_update(
    *,
    actor: User,
    change: Availability,
    starts_on: dt.date | None,
    ends_on: dt.date | None,
    units: int | None,
    reason: str,
    token: str | None,
) -> Availability:
    """Correct a change's period, units or reason; ``token`` is the ``change_token`` the
    editor read (``None``: no comparison)."""
    _staff(actor)
    resource = _lock_resource(change.resource)
    change = Availability.objects.select_for_update(of=("self",)).get(pk=change.pk)
    concurrency.check_token(change_token(change), token, what="availability change")
    reason = (reason or "").strip()
    errors = _change_errors(resource, starts_on, ends_on, units, reason, change)
    if errors:
        raise ValidationError(errors)
    before = snapshot(change, CHANGE_FIELDS)
    change.starts_on, change.ends_on, change.units, change.reason = (
        starts_on,
        ends_on,
        units,
        reason,
    )
    changes = diff(before, snapshot(change, CHANGE_FIELDS))
    if not changes:
        return change
    change.save(update_fields=list(CHANGE_FIELDS))
    audit_record(
        actor=actor,
        action="capacity.availability.changed",
        target=change,
        parent=resource,
        changes=changes,
        reason=reason,
    )
    return change


@transaction.atomic
def availability_remove(*, actor: User, change: Availability, reason: str) -> None:
    """Remove a change recorded in error or no longer planned, saying why."""
    _staff(actor)
    resource = _lock_resource(change.resource)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": ["Say why the change is removed."]})
    change = Availability.objects.select_for_update(of=("self",)).get(pk=change.pk)
    audit_record(
        actor=actor,
        action="capacity.availability.removed",
        target=change,
        parent=resource,
        changes={name: [value, None] for name, value in snapshot(change, CHANGE_FIELDS).items()},
        reason=reason,
    )
    change.delete()


# --------------------------------------------------------------------------- demands


def demandable_resources(task: Task):
    """The resources a task may demand: the active ones at its project's site."""
    return Resource.objects.filter(site_id=task.project.site_id, active=True).order_by("code")


def _planner(actor: User, task: Task) -> None:
    require(actor, PLAN_PERMISSION)
    if not actor.is_cdmo_staff:
        raise PermissionDenied("The CDMO's staff plan what a task needs.")
    if not projects_visible_to(actor).filter(pk=task.project_id).exists():
        raise PermissionDenied("You do not plan this project.")


def _lock_project(task: Task) -> Project:
    return Project.objects.select_for_update(of=("self",)).get(pk=task.project_id)


def demand_label(demand: TaskDemand) -> str:
    resource = demand.resource
    return f"{demand.units} {resource.unit} of {resource.code} {resource.name}"


@transaction.atomic
def task_demand_set(
    *, actor: User, task: Task, resource: Resource, units: int | None
) -> TaskDemand:
    """Say that ``task`` holds ``units`` of ``resource`` on each of its working days (a
    second call changes the units). The resource is an active one at the project's site."""
    _planner(actor, task)
    project = _lock_project(task)
    # As stored now: a copy read before a retirement must not slip past it.
    resource = Resource.objects.select_related("site").get(pk=resource.pk)
    errors: dict[str, list[str]] = {}
    if task.kind in NO_DEMAND_KINDS:
        errors["resource"] = [NO_DEMAND_KINDS[task.kind]]
    elif task.actual_finish is not None:
        errors["resource"] = ["This task is finished; what it used is part of its record."]
    elif resource.site_id != project.site_id:
        errors["resource"] = [
            f"{resource.code} is at {resource.site.name}, not at the project's site "
            f"({project.site.name})."
        ]
    elif not resource.active:
        errors["resource"] = [f"{resource.code} is retired; choose an active resource."]
    if units is None or not 1 <= units <= MAX_UNITS:
        errors["units"] = [f"Give the units the task holds, 1 to {MAX_UNITS}."]
    if errors:
        raise ValidationError(errors)
    demand = TaskDemand.objects.filter(task=task, resource=resource).first()
    if demand is not None:
        if demand.units == units:
            return demand
        before = demand.units
        demand.units = units
        demand.save(update_fields=["units"])
        audit_record(
            actor=actor,
            action="capacity.taskdemand.changed",
            target=demand,
            parent=task,
            changes={"units": [before, units]},
        )
        return demand
    demand = TaskDemand.objects.create(task=task, resource=resource, units=units)
    audit_record(
        actor=actor,
        action="capacity.taskdemand.added",
        target=demand,
        parent=task,
        changes=created(
            {"project": project.code, "task": task.name, "resource": resource.code, "units": units}
        ),
    )
    return demand


@transaction.atomic
def task_demand_remove(*, actor: User, demand: TaskDemand, reason: str = "") -> None:
    """The task no longer needs the resource."""
    task = demand.task
    _planner(actor, task)
    _lock_project(task)
    if task.actual_finish is not None:
        raise ValidationError(
            {"resource": ["This task is finished; what it used is part of its record."]}
        )
    audit_record(
        actor=actor,
        action="capacity.taskdemand.removed",
        target=demand,
        parent=task,
        changes={"resource": [demand.resource.code, None], "units": [demand.units, None]},
        reason=reason,
    )
    demand.delete()
