"""Equipment through the API, through the same services as the pages. For the CDMO's
staff only: a sponsor's people get 403 on every operation, whatever the id."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema, Status

from accord.accounts.models import Site, User
from accord.core import clock
from accord.core.api import InputSchema, PageNumberPagination
from accord.core.concurrency import expected_version, set_etag
from accord.equipment import selectors, services
from accord.equipment.models import (
    CalibrationRecord,
    Equipment,
    EquipmentKind,
    EquipmentStatus,
    MaintenanceKind,
    MaintenanceRecord,
    QualificationRecord,
    Result,
    Stage,
    Tolerance,
)
from accord.quality.models import DeviationClass

router = Router(tags=["Equipment"])


class QualificationOut(Schema):
    id: int
    stage: str
    stage_label: str
    protocol: str
    executed_on: dt.date
    result: str
    summary: str
    recorded_by_name: str
    approved_by_name: str | None
    approved_at: dt.datetime | None
    version: int


class CalibrationOut(Schema):
    id: int
    performed_on: dt.date
    performed_by_name: str
    result: str
    result_label: str
    as_found: str
    as_left: str
    certificate: str
    next_due: dt.date | None
    deviation_number: str | None


class MaintenanceOut(Schema):
    id: int
    performed_on: dt.date
    kind: str
    kind_label: str
    description: str
    performed_by_name: str
    next_due: dt.date | None


class EquipmentOut(Schema):
    id: int
    code: str
    name: str
    kind: str
    kind_label: str
    site_id: int
    site_name: str
    location: str
    manufacturer: str
    model: str
    serial_number: str
    status: str
    status_label: str
    status_reason: str
    gmp: bool
    owner_id: int | None
    owner_name: str | None
    calibration_interval_days: int | None
    next_calibration_due: dt.date | None
    maintenance_interval_days: int | None
    next_maintenance_due: dt.date | None
    qualified_on: dt.date | None
    gaps: list[str] = Field(description="Why it may not be used for GMP work today; [] if it may")
    qualifications: list[QualificationOut]
    calibrations: list[CalibrationOut]
    maintenance: list[MaintenanceOut]
    version: int


class EquipmentPage(PageNumberPagination.Output):
    items: list[EquipmentOut]


class EquipmentFilters(Schema):
    q: str | None = Field(None, max_length=200, description="Words in the number or name")
    site_id: int | None = None
    kind: EquipmentKind | None = None
    status: EquipmentStatus | None = None
    due_within_days: int | None = Field(
        None, ge=0, le=3650, description="Calibration or maintenance due within, or overdue"
    )


class EquipmentIn(InputSchema):
    code: str = Field(..., max_length=32)
    name: str = Field(..., max_length=200)
    kind: EquipmentKind
    site_id: int
    location: str = Field("", max_length=200)
    manufacturer: str = Field("", max_length=200)
    model: str = Field("", max_length=200)
    serial_number: str = Field("", max_length=100)
    gmp: bool = True
    owner_id: int | None = None
    calibration_interval_days: int | None = Field(None, ge=1, le=3650)
    maintenance_interval_days: int | None = Field(None, ge=1, le=3650)
    next_calibration_due: dt.date | None = Field(None, description="On registration only")
    next_maintenance_due: dt.date | None = Field(None, description="On registration only")
    version: int | None = Field(None, ge=1, description="To edit: the version you read")


class StatusIn(InputSchema):
    status: EquipmentStatus
    reason: str = Field(..., max_length=2000)
    version: int | None = Field(None, ge=1, description="The version you read (or If-Match)")


class QualificationIn(InputSchema):
    stage: Stage
    protocol: str = Field(..., max_length=100)
    executed_on: dt.date
    result: Result
    summary: str = Field(..., max_length=10000)


class SignIn(InputSchema):
    username: str = Field(..., max_length=150)
    password: str = Field(..., max_length=1024)
    acknowledge: bool = Field(
        False, description="Acknowledge that your electronic signature is binding (once)"
    )
    version: int | None = Field(None, ge=1, description="The record's version you read")


class CalibrationIn(InputSchema):
    performed_on: dt.date
    performed_by_id: int
    result: Tolerance
    as_found: str = Field("", max_length=5000)
    as_left: str = Field("", max_length=5000)
    certificate: str = Field("", max_length=100)
    raise_deviation: bool = Field(False, description="Out of tolerance: raise a deviation too")
    deviation_classification: DeviationClass = DeviationClass.MINOR
    deviation_rationale: str = Field("", max_length=2000)


class MaintenanceIn(InputSchema):
    performed_on: dt.date
    kind: MaintenanceKind
    description: str = Field(..., max_length=10000)
    performed_by_id: int
    next_due: dt.date | None = None


class GapsOut(Schema):
    code: str
    on: dt.date
    usable: bool
    gaps: list[str]


def _name(user: User | None) -> str | None:
    return user.printed_name if user else None


def _qualification(record: QualificationRecord) -> dict:
    return {
        "id": record.pk,
        "stage": record.stage,
        "stage_label": record.get_stage_display(),
        "protocol": record.protocol,
        "executed_on": record.executed_on,
        "result": record.result,
        "summary": record.summary,
        "recorded_by_name": record.recorded_by.printed_name,
        "approved_by_name": _name(record.approved_by),
        "approved_at": record.approved_at,
        "version": record.version,
    }


def _calibration(record: CalibrationRecord) -> dict:
    return {
        "id": record.pk,
        "performed_on": record.performed_on,
        "performed_by_name": record.performed_by.printed_name,
        "result": record.result,
        "result_label": record.get_result_display(),
        "as_found": record.as_found,
        "as_left": record.as_left,
        "certificate": record.certificate,
        "next_due": record.next_due,
        "deviation_number": record.deviation.number if record.deviation else None,
    }


def _maintenance(record: MaintenanceRecord) -> dict:
    return {
        "id": record.pk,
        "performed_on": record.performed_on,
        "kind": record.kind,
        "kind_label": record.get_kind_display(),
        "description": record.description,
        "performed_by_name": record.performed_by.printed_name,
        "next_due": record.next_due,
    }


def _out(equipment: Equipment, *, full: bool = True) -> dict:
    return {
        "id": equipment.pk,
        "code": equipment.code,
        "name": equipment.name,
        "kind": equipment.kind,
        "kind_label": equipment.get_kind_display(),
        "site_id": equipment.site_id,
        "site_name": equipment.site.name,
        "location": equipment.location,
        "manufacturer": equipment.manufacturer,
        "model": equipment.model,
        "serial_number": equipment.serial_number,
        "status": equipment.status,
        "status_label": equipment.get_status_display(),
        "status_reason": equipment.status_reason,
        "gmp": equipment.gmp,
        "owner_id": equipment.owner_id,
        "owner_name": _name(equipment.owner),
        "calibration_interval_days": equipment.calibration_interval_days,
        "next_calibration_due": equipment.next_calibration_due,
        "maintenance_interval_days": equipment.maintenance_interval_days,
        "next_maintenance_due": equipment.next_maintenance_due,
        "qualified_on": equipment.qualified_on,
        "gaps": selectors.equipment_gaps(equipment, on=clock.today()),
        "qualifications": [
            _qualification(r)
            for r in equipment.qualifications.select_related("recorded_by", "approved_by")
        ]
        if full
        else [],
        "calibrations": [
            _calibration(r)
            for r in equipment.calibrations.select_related("performed_by", "deviation")
        ]
        if full
        else [],
        "maintenance": [
            _maintenance(r) for r in equipment.maintenance.select_related("performed_by")
        ]
        if full
        else [],
        "version": equipment.version,
    }


def _staff(request: HttpRequest) -> None:
    # Refused before any lookup: a sponsor user learns nothing about ids.
    if not request.user.is_cdmo_staff:
        raise PermissionDenied("Equipment is for the CDMO's staff.")


def _equipment(request: HttpRequest, equipment_id: int) -> Equipment:
    _staff(request)
    return get_object_or_404(selectors.equipment_visible_to(request.user), pk=equipment_id)


def _done(request: HttpRequest, response: HttpResponse, equipment: Equipment) -> dict:
    fresh = _equipment(request, equipment.pk)
    set_etag(response, fresh)
    return _out(fresh)


def _staff_user(pk: int | None) -> User | None:
    if pk is None:
        return None
    return get_object_or_404(User.objects.filter(organization__kind="cdmo"), pk=pk)


def _details(payload: EquipmentIn) -> services.EquipmentDetails:
    return services.EquipmentDetails(
        code=payload.code,
        name=payload.name,
        kind=payload.kind.value,
        site=get_object_or_404(Site, pk=payload.site_id),
        location=payload.location,
        manufacturer=payload.manufacturer,
        model=payload.model,
        serial_number=payload.serial_number,
        gmp=payload.gmp,
        owner=_staff_user(payload.owner_id),
        calibration_interval_days=payload.calibration_interval_days,
        maintenance_interval_days=payload.maintenance_interval_days,
    )


@router.get("/equipment", response=EquipmentPage, summary="The equipment (CDMO staff)")
def list_equipment(
    request: HttpRequest,
    filters: Query[EquipmentFilters],
    pagination: Query[PageNumberPagination.Input],
):
    _staff(request)
    rows = selectors.equipment_visible_to(request.user)
    if filters.q:
        rows = rows.filter(Q(code__icontains=filters.q) | Q(name__icontains=filters.q))
    if filters.site_id is not None:
        rows = rows.filter(site_id=filters.site_id)
    if filters.kind is not None:
        rows = rows.filter(kind=filters.kind)
    if filters.status is not None:
        rows = rows.filter(status=filters.status)
    if filters.due_within_days is not None:
        due = selectors.equipment_due(
            within_days=filters.due_within_days, on=clock.today(), equipment=rows
        )
        rows = rows.filter(pk__in={item.equipment.pk for item in due})
    page = PageNumberPagination().paginate_queryset(rows.order_by("code"), pagination)
    page["items"] = [_out(item, full=False) for item in page["items"]]
    return page


@router.get("/equipment/{equipment_id}", response=EquipmentOut, summary="One piece of equipment")
def get_equipment(request: HttpRequest, response: HttpResponse, equipment_id: int):
    equipment = _equipment(request, equipment_id)
    set_etag(response, equipment)
    return _out(equipment)


@router.get(
    "/equipment/{equipment_id}/gaps",
    response=GapsOut,
    summary="Why the equipment may not be used for GMP work on a day ([] if it may)",
)
def equipment_gaps(request: HttpRequest, equipment_id: int, on: dt.date | None = None):
    equipment = _equipment(request, equipment_id)
    day = on or clock.today()
    gaps = selectors.equipment_gaps(equipment, on=day)
    return {"code": equipment.code, "on": day, "usable": not gaps, "gaps": gaps}


@router.post("/equipment", response={201: EquipmentOut}, summary="Register equipment")
def register_equipment(request: HttpRequest, response: HttpResponse, payload: EquipmentIn):
    _staff(request)
    equipment = services.equipment_register(
        actor=request.user,
        details=_details(payload),
        next_calibration_due=payload.next_calibration_due,
        next_maintenance_due=payload.next_maintenance_due,
    )
    return Status(201, _done(request, response, equipment))


@router.put("/equipment/{equipment_id}", response=EquipmentOut, summary="Edit what it is")
def update_equipment(
    request: HttpRequest, response: HttpResponse, equipment_id: int, payload: EquipmentIn
):
    equipment = _equipment(request, equipment_id)
    equipment = services.equipment_update(
        actor=request.user,
        equipment=equipment,
        details=_details(payload),
        version=expected_version(request, payload.version),
    )
    return _done(request, response, equipment)


@router.post(
    "/equipment/{equipment_id}/status",
    response=EquipmentOut,
    summary="Take it out of service, mark it do not use, or release it, with a reason",
)
def set_status(request: HttpRequest, response: HttpResponse, equipment_id: int, payload: StatusIn):
    equipment = _equipment(request, equipment_id)
    equipment = services.equipment_set_status(
        actor=request.user,
        equipment=equipment,
        status=payload.status.value,
        reason=payload.reason,
        version=expected_version(request, payload.version),
    )
    return _done(request, response, equipment)


@router.post(
    "/equipment/{equipment_id}/qualifications",
    response={201: EquipmentOut},
    summary="Record an executed qualification protocol (IQ, OQ, PQ, requalification)",
)
def record_qualification(
    request: HttpRequest, response: HttpResponse, equipment_id: int, payload: QualificationIn
):
    equipment = _equipment(request, equipment_id)
    services.qualification_record(
        actor=request.user,
        equipment=equipment,
        stage=payload.stage.value,
        protocol=payload.protocol,
        executed_on=payload.executed_on,
        result=payload.result.value,
        summary=payload.summary,
    )
    return Status(201, _done(request, response, equipment))


@router.post(
    "/equipment/{equipment_id}/qualifications/{record_id}/approve",
    response=EquipmentOut,
    summary="Approve a qualification record by signature (QA)",
)
def approve_qualification(
    request: HttpRequest, response: HttpResponse, equipment_id: int, record_id: int, payload: SignIn
):
    equipment = _equipment(request, equipment_id)
    record = get_object_or_404(equipment.qualifications.all(), pk=record_id)
    services.qualification_approve(
        actor=request.user,
        record=record,
        username=payload.username,
        password=payload.password,
        acknowledge=payload.acknowledge,
        version=payload.version,
    )
    return _done(request, response, equipment)


@router.post(
    "/equipment/{equipment_id}/calibrations",
    response={201: EquipmentOut},
    summary="Record a calibration (out of tolerance: do not use, and a deviation if asked)",
)
def record_calibration(
    request: HttpRequest, response: HttpResponse, equipment_id: int, payload: CalibrationIn
):
    equipment = _equipment(request, equipment_id)
    services.calibration_record(
        actor=request.user,
        equipment=equipment,
        performed_on=payload.performed_on,
        performed_by=_staff_user(payload.performed_by_id),
        result=payload.result.value,
        as_found=payload.as_found,
        as_left=payload.as_left,
        certificate=payload.certificate,
        deviation=services.DeviationRequest(
            classification=payload.deviation_classification.value,
            rationale=payload.deviation_rationale,
        )
        if payload.raise_deviation
        else None,
    )
    return Status(201, _done(request, response, equipment))


@router.post(
    "/equipment/{equipment_id}/maintenance",
    response={201: EquipmentOut},
    summary="Record maintenance done",
)
def record_maintenance(
    request: HttpRequest, response: HttpResponse, equipment_id: int, payload: MaintenanceIn
):
    equipment = _equipment(request, equipment_id)
    services.maintenance_record(
        actor=request.user,
        equipment=equipment,
        performed_on=payload.performed_on,
        kind=payload.kind.value,
        description=payload.description,
        performed_by=_staff_user(payload.performed_by_id),
        next_due=payload.next_due,
    )
    return Status(201, _done(request, response, equipment))
