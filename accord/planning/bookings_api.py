"""Equipment booked for plan tasks, through the API and the same services as the pages
(R-TRN-5).

The CDMO's staff read and change a task's equipment bookings. On a GMP task the
qualification gate answers 422 with code ``qualification_gate`` and one error per gap
(do not use, out of service, not qualified, calibration overdue); QA or a supervisor
overrides through the same endpoint with ``override_reason`` and their user id and
password (an electronic signature, meaning "override")."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Router, Schema, Status

from accord.core.api import ErrorOut, InputSchema
from accord.core.errors import field_errors
from accord.equipment.models import Equipment
from accord.planning import bookings, selectors
from accord.planning.assignment_api import OverrideOut
from accord.planning.assignments import uncovered
from accord.planning.models import Task, TaskEquipment
from accord.training.gate import GateBlocked

router = Router(tags=["Plan task equipment"])


class BookingOut(Schema):
    id: int
    task_id: int
    equipment_id: int
    equipment_code: str
    equipment_name: str
    equipment_status: str
    equipment_status_label: str
    next_calibration_due: dt.date | None
    purpose: str
    booked_by_name: str
    booked_at: dt.datetime
    gaps_now: list[str] = Field(
        description="Why the equipment may not be used for the task now, beyond any override"
    )
    override: OverrideOut | None = Field(description="Set when the gate was overridden")


class EquipmentLapseOut(Schema):
    task_id: int
    task_name: str
    starts_on: dt.date
    booking_id: int
    equipment_id: int
    equipment_code: str
    equipment_name: str
    lapses_on: dt.date
    reasons: list[str]
    overridden: bool


class BookIn(InputSchema):
    equipment_id: int
    purpose: str = Field("", max_length=120, description="e.g. Filling, In-process testing")
    override_reason: str = Field(
        "", max_length=2000, description="To override the gate (QA or a supervisor)"
    )
    username: str | None = Field(None, max_length=150, description="To sign an override")
    password: str = Field("", max_length=1024, description="To sign an override")
    acknowledge: bool = Field(
        False, description="Acknowledge that your electronic signature is binding (once)"
    )


class BookingOverrideIn(InputSchema):
    override_reason: str = Field(..., max_length=2000)
    username: str | None = Field(None, max_length=150)
    password: str = Field("", max_length=1024)
    acknowledge: bool = False


def _staff(request: HttpRequest) -> None:
    # Refused before any lookup: a sponsor user learns nothing about ids.
    if not request.user.is_cdmo_staff:
        raise PermissionDenied("The CDMO's staff plan which equipment a task uses.")


def _task(request: HttpRequest, task_id: int) -> Task:
    _staff(request)
    return get_object_or_404(
        selectors.tasks_visible_to(request.user).select_related("project"), pk=task_id
    )


def _bookings(task: Task):
    return TaskEquipment.objects.filter(task=task).select_related(
        "task", "equipment", "booked_by", "override", "override__overridden_by"
    )


def _booking_out(b: TaskEquipment) -> dict:
    override, item = b.override, b.equipment
    return {
        "id": b.pk,
        "task_id": b.task_id,
        "equipment_id": item.pk,
        "equipment_code": item.code,
        "equipment_name": item.name,
        "equipment_status": item.status,
        "equipment_status_label": item.get_status_display(),
        "next_calibration_due": item.next_calibration_due,
        "purpose": b.purpose,
        "booked_by_name": b.booked_by.printed_name,
        "booked_at": b.booked_at,
        "gaps_now": uncovered(bookings.booking_gaps(b.task, item), b),
        "override": {
            "reason": override.reason,
            "gaps": override.gaps,
            "overridden_by_name": override.overridden_by.printed_name,
            "overridden_at": override.overridden_at,
        }
        if override
        else None,
    }


def _gate_refusal(exc: GateBlocked) -> Status:
    return Status(
        422,
        {
            "status": 422,
            "code": "qualification_gate",
            "detail": exc.messages[0],
            "errors": [{"field": "equipment_id", "message": gap} for gap in exc.gaps],
        },
    )


def _renamed(exc: ValidationError) -> ValidationError:
    renamed = {"equipment": "equipment_id"}
    return ValidationError(
        {renamed.get(f, f): messages for f, messages in field_errors(exc).items()}
    )


@router.get(
    "/tasks/{task_id}/equipment",
    response=list[BookingOut],
    summary="The equipment booked for a plan task, with its gaps now and any override (staff)",
)
def list_bookings(request: HttpRequest, task_id: int):
    return [_booking_out(b) for b in _bookings(_task(request, task_id))]


@router.post(
    "/tasks/{task_id}/equipment",
    response={201: BookingOut, 422: ErrorOut},
    summary="Book equipment for a task; a GMP task's gate answers 422 with the gaps",
)
def add_booking(request: HttpRequest, task_id: int, payload: BookIn):
    task = _task(request, task_id)
    equipment = Equipment.objects.select_related("site").filter(pk=payload.equipment_id).first()
    if equipment is None:
        raise ValidationError({"equipment_id": ["No equipment with this id."]})
    try:
        booking = bookings.task_book_equipment(
            actor=request.user,
            task=task,
            equipment=equipment,
            purpose=payload.purpose,
            override_reason=payload.override_reason,
            username=payload.username,
            password=payload.password,
            acknowledge=payload.acknowledge,
        )
    except GateBlocked as exc:
        return _gate_refusal(exc)
    except ValidationError as exc:
        raise _renamed(exc) from None
    return Status(201, _booking_out(_bookings(task).get(pk=booking.pk)))


@router.delete(
    "/tasks/{task_id}/equipment/{booking_id}",
    response={204: None},
    summary="Release equipment from a task",
)
def remove_booking(request: HttpRequest, task_id: int, booking_id: int):
    task = _task(request, task_id)
    booking = get_object_or_404(_bookings(task), pk=booking_id)
    try:
        bookings.task_release_equipment(actor=request.user, booking=booking)
    except ValidationError as exc:
        raise _renamed(exc) from None
    return Status(204, None)


@router.post(
    "/tasks/{task_id}/equipment/{booking_id}/override",
    response={200: BookingOut},
    summary="Let booked equipment be used although it now has gaps (signed; QA or a supervisor)",
)
def override_booking(
    request: HttpRequest, task_id: int, booking_id: int, payload: BookingOverrideIn
):
    task = _task(request, task_id)
    booking = get_object_or_404(_bookings(task), pk=booking_id)
    bookings.task_equipment_override(
        actor=request.user,
        booking=booking,
        reason=payload.override_reason,
        username=payload.username,
        password=payload.password,
        acknowledge=payload.acknowledge,
    )
    return _booking_out(_bookings(task).get(pk=booking.pk))


@router.get(
    "/projects/{project_id}/plan/equipment-lapses",
    response=list[EquipmentLapseOut],
    summary="Booked equipment that will not be usable when its GMP task starts (staff)",
)
def list_equipment_lapses(request: HttpRequest, project_id: int):
    from accord.projects.selectors import projects_visible_to

    _staff(request)
    project = get_object_or_404(projects_visible_to(request.user), pk=project_id)
    return [
        {
            "task_id": lapse.task.pk,
            "task_name": lapse.task.name,
            "starts_on": lapse.starts_on,
            "booking_id": lapse.booking.pk,
            "equipment_id": lapse.equipment.pk,
            "equipment_code": lapse.equipment.code,
            "equipment_name": lapse.equipment.name,
            "lapses_on": lapse.lapses_on,
            "reasons": lapse.reasons,
            "overridden": lapse.booking.override_id is not None,
        }
        for lapse in bookings.equipment_lapses(project)
    ]
