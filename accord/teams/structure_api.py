"""A project team's structure through the API, through the same services as the team
pages: SOW deliverables, each deliverable's RACI row, the steering committee and the
communication tree (escalation ladders per kind of matter). CDMO staff who may change
projects write; sponsor users read the team (``GET /projects/{id}/team``) and get 403 on
every write, before any lookup.

The RACI row, the committee and a ladder have no version of their own: the team document
carries a token for each (``raci_token``, ``steering_token``, a matter's ``token``); send
it back as ``If-Match`` (or ``token`` in the body). Someone else's change since answers
412 (409 for the body's token), and nothing is written."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Field, Router, Schema, Status

from accord.accounts.models import User
from accord.core.api import InputSchema
from accord.core.concurrency import expected_token, expected_version, set_etag
from accord.projects.models import Project
from accord.projects.selectors import projects_visible_to
from accord.teams.models import Deliverable, Department, Matter, RaciAssignment
from accord.teams.services import structure

router = Router(tags=["Teams"])


class DeliverableIn(InputSchema):
    title: str = Field(..., min_length=1, max_length=200)
    department: Department
    description: str = Field("", max_length=5000)
    due_date: dt.date | None = None


class DeliverablePatchIn(InputSchema):
    title: str | None = Field(None, min_length=1, max_length=200)
    department: Department | None = None
    description: str | None = Field(None, max_length=5000)
    due_date: dt.date | None = None
    sort_order: int | None = Field(None, ge=0, le=100000)
    reason: str = Field("", max_length=300)
    version: int | None = Field(None, ge=1, description="Or send `If-Match`")


class DeliverableWrittenOut(Schema):
    id: int
    reference: str
    title: str
    description: str
    department: str
    department_label: str
    due_date: dt.date | None
    version: int


class RaciIn(InputSchema):
    assignments: dict[int, RaciAssignment.Role] = Field(
        ..., description="Team members' user ids to R, A, C or I: exactly one A, one R or more"
    )
    reason: str = Field("", max_length=300)
    token: str | None = Field(None, max_length=100, description="Or send `If-Match`")


class SeatIn(InputSchema):
    user_id: int
    role: str = Field(..., min_length=1, max_length=80, description="e.g. Chair")


class SteeringIn(InputSchema):
    members: list[SeatIn] = Field(..., max_length=30)
    reason: str = Field("", max_length=300)
    token: str | None = Field(None, max_length=100, description="Or send `If-Match`")


class RungIn(InputSchema):
    cdmo_contact_id: int
    sponsor_contact_id: int | None = None
    response_hours: int = Field(..., ge=1, le=24 * 30)


class LadderIn(InputSchema):
    levels: list[RungIn] = Field(..., max_length=3, description="Level 1 first; empty removes")
    reason: str = Field("", max_length=300)
    token: str | None = Field(None, max_length=100, description="Or send `If-Match`")


class StructureOut(Schema):
    """What was written, and the token to send with the next change."""

    token: str


def _writer(request: HttpRequest) -> None:
    # Before any lookup: a sponsor user learns nothing about ids.
    if not request.user.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff change a project's team structure.")


def _project(request: HttpRequest, project_id: int) -> Project:
    _writer(request)
    return get_object_or_404(projects_visible_to(request.user), pk=project_id)


def _deliverable(request: HttpRequest, deliverable_id: int) -> Deliverable:
    _writer(request)
    return get_object_or_404(
        Deliverable.objects.filter(project__in=projects_visible_to(request.user)),
        pk=deliverable_id,
    )


def _written(deliverable: Deliverable) -> dict:
    return {
        "id": deliverable.pk,
        "reference": deliverable.reference,
        "title": deliverable.title,
        "description": deliverable.description,
        "department": deliverable.department,
        "department_label": deliverable.get_department_display(),
        "due_date": deliverable.due_date,
        "version": deliverable.version,
    }


def _person(user_id: int | None, field: str) -> User | None:
    """A person by id; whether they are on the team is the service's to say."""
    if user_id is None:
        return None
    found = User.objects.filter(pk=user_id).first()
    if found is None:
        raise ValidationError({field: [f"No person with id {user_id}."]})
    return found


@router.post(
    "/projects/{project_id}/team/deliverables",
    response={201: DeliverableWrittenOut},
    summary="Add a SOW deliverable (its number is the project's next)",
)
def create_deliverable(
    request: HttpRequest, response: HttpResponse, project_id: int, payload: DeliverableIn
):
    project = _project(request, project_id)
    deliverable = structure.deliverable_create(
        actor=request.user,
        project=project,
        title=payload.title,
        department=payload.department.value,
        description=payload.description,
        due_date=payload.due_date,
    )
    set_etag(response, deliverable)
    return Status(201, _written(deliverable))


@router.patch(
    "/team-deliverables/{deliverable_id}",
    response=DeliverableWrittenOut,
    summary="Change a deliverable's wording, department, due date or place in the list",
)
def update_deliverable(
    request: HttpRequest, response: HttpResponse, deliverable_id: int, payload: DeliverablePatchIn
):
    deliverable = _deliverable(request, deliverable_id)
    sent = payload.model_dump(exclude_unset=True, exclude={"reason", "version"})
    for name in ("title", "department"):
        if name in sent and sent[name] is None:
            raise ValidationError({name: ["A deliverable cannot be without it."]})
    fields = {
        name: (value.value if hasattr(value, "value") else value) for name, value in sent.items()
    }
    if "description" in fields and fields["description"] is None:
        fields["description"] = ""
    deliverable = structure.deliverable_update(
        actor=request.user,
        deliverable=deliverable,
        reason=payload.reason,
        version=expected_version(request, payload.version),
        **fields,
    )
    set_etag(response, deliverable)
    return _written(deliverable)


@router.put(
    "/team-deliverables/{deliverable_id}/raci",
    response=StructureOut,
    summary="Set a deliverable's RACI row (replaces it whole)",
)
def set_raci(request: HttpRequest, deliverable_id: int, payload: RaciIn):
    deliverable = _deliverable(request, deliverable_id)
    structure.raci_set(
        actor=request.user,
        deliverable=deliverable,
        assignments={user_id: role.value for user_id, role in payload.assignments.items()},
        reason=payload.reason,
        token=expected_token(request, payload.token),
    )
    return {"token": structure.raci_token(deliverable)}


@router.put(
    "/projects/{project_id}/team/steering",
    response=StructureOut,
    summary="Set the steering committee (replaces it; seats in this order)",
)
def set_steering(request: HttpRequest, project_id: int, payload: SteeringIn):
    project = _project(request, project_id)
    members = [(_person(seat.user_id, "members"), seat.role) for seat in payload.members]
    structure.steering_set(
        actor=request.user,
        project=project,
        members=members,
        reason=payload.reason,
        token=expected_token(request, payload.token),
    )
    return {"token": structure.steering_token(project)}


@router.put(
    "/projects/{project_id}/team/escalation/{matter}",
    response=StructureOut,
    summary="Set one kind of matter's escalation ladder (level 1 first; empty removes it)",
)
def set_escalation(request: HttpRequest, project_id: int, matter: str, payload: LadderIn):
    project = _project(request, project_id)
    if matter not in Matter.values:
        kinds = ", ".join(Matter.values)
        raise ValidationError({"matter": [f"Choose a kind of matter: {kinds}."]})
    levels = [
        structure.EscalationLevel(
            cdmo_contact=_person(rung.cdmo_contact_id, "levels"),
            sponsor_contact=_person(rung.sponsor_contact_id, "levels"),
            response_hours=rung.response_hours,
        )
        for rung in payload.levels
    ]
    structure.escalation_set(
        actor=request.user,
        project=project,
        matter=matter,
        levels=levels,
        reason=payload.reason,
        token=expected_token(request, payload.token),
    )
    return {"token": structure.escalation_token(project, matter)}
