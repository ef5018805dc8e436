"""A DMAIC initiative's deliverables through the API: ticking one off, and the owner or
champion adding one of the initiative's own to a stage or removing one they added.
CDMO staff only (403 whatever the id); the endpoints sit on the improvement router."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Field, Status

from accord.core.api import InputSchema
from accord.improvement import services
from accord.improvement.api import InitiativeOut, _done, _staff_initiative, router
from accord.improvement.models import Stage

ONE = "/improvement/initiatives/{initiative_id}/deliverables/{deliverable_id}"


class DeliverableIn(InputSchema):
    done: bool
    note: str = Field("", max_length=500)


class DeliverableAddIn(InputSchema):
    stage: Stage = Field(..., description="The current stage or a later one")
    name: str = Field(..., max_length=200)


@router.post(
    "/improvement/initiatives/{initiative_id}/deliverables",
    response={201: InitiativeOut},
    summary="Add a deliverable of the initiative's own to a DMAIC stage (owner or champion)",
)
def add_deliverable(
    request: HttpRequest, response: HttpResponse, initiative_id: int, payload: DeliverableAddIn
):
    initiative = _staff_initiative(request, initiative_id)
    services.deliverable_add(
        actor=request.user, initiative=initiative, stage=payload.stage.value, name=payload.name
    )
    return Status(201, _done(request, response, initiative))


@router.post(ONE, response=InitiativeOut, summary="Mark a stage deliverable done (or not done)")
def set_deliverable(
    request: HttpRequest,
    response: HttpResponse,
    initiative_id: int,
    deliverable_id: int,
    payload: DeliverableIn,
):
    initiative = _staff_initiative(request, initiative_id)
    deliverable = get_object_or_404(initiative.deliverables.all(), pk=deliverable_id)
    services.deliverable_set_done(
        actor=request.user, deliverable=deliverable, done=payload.done, note=payload.note
    )
    return _done(request, response, initiative)


@router.delete(
    ONE,
    response=InitiativeOut,
    summary="Remove a deliverable that was added (not a standard one) while it is not done",
)
def remove_deliverable(
    request: HttpRequest, response: HttpResponse, initiative_id: int, deliverable_id: int
):
    initiative = _staff_initiative(request, initiative_id)
    deliverable = get_object_or_404(initiative.deliverables.all(), pk=deliverable_id)
    services.deliverable_remove(actor=request.user, deliverable=deliverable)
    return _done(request, response, initiative)
