"""The records of a piece of equipment: qualification (IQ, OQ, PQ, requalification)
recorded by whoever executed it and approved by QA's signature, never by the person who
recorded it, the approvals that release new equipment; calibrations, where an
out-of-tolerance result puts the equipment on "Do not use" and may raise a deviation in
the same transaction; and maintenance."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from accord.accounts.models import User
from accord.audit.services import audit_record, created
from accord.core import clock, concurrency
from accord.core.dates import format_day
from accord.equipment.models import (
    USABLE_STATUSES,
    CalibrationRecord,
    Equipment,
    EquipmentStatus,
    MaintenanceKind,
    MaintenanceRecord,
    QualificationRecord,
    Result,
    Stage,
    Tolerance,
)
from accord.equipment.selectors import APPROVE, qualification_missing
from accord.equipment.services.equipment import (
    _locked,
    _release_errors,
    _set_status,
    _staff,
)
from accord.quality.models import Deviation
from accord.quality.services.deviations import Intake, deviation_raise
from accord.signatures.models import Meaning
from accord.signatures.services import signature_apply, signer_authenticate


@transaction.atomic
def qualification_record(
    *,
    actor: User,
    equipment: Equipment,
    stage: str,
    protocol: str,
    executed_on: dt.date | None,
    result: str,
    summary: str,
) -> QualificationRecord:
    """Record an executed qualification protocol; it counts once QA approves it."""
    _staff(actor)
    equipment = _locked(equipment, None)
    errors: dict[str, list[str]] = {}
    if stage not in Stage.values:
        errors["stage"] = ["Choose IQ, OQ, PQ or requalification."]
    if not protocol.strip():
        errors["protocol"] = ["Give the reference of the protocol executed."]
    if executed_on is None:
        errors["executed_on"] = ["Say when the protocol was executed."]
    elif executed_on > clock.today():
        errors["executed_on"] = ["A protocol is recorded once executed, not before."]
    if result not in Result.values:
        errors["result"] = ["Choose pass or fail."]
    if not summary.strip():
        errors["summary"] = ["Summarize what was tested and found."]
    if errors:
        raise ValidationError(errors)
    record = QualificationRecord.objects.create(
        equipment=equipment,
        stage=stage,
        protocol=protocol.strip(),
        executed_on=executed_on,
        result=result,
        summary=summary.strip(),
        recorded_by=actor,
        recorded_at=clock.now(),
    )
    audit_record(
        actor=actor,
        action="equipment.qualification.recorded",
        target=record,
        parent=equipment,
        changes=created(
            {
                "stage": record.get_stage_display(),
                "protocol": record.protocol,
                "executed_on": executed_on,
                "result": record.get_result_display(),
                "summary": record.summary,
            }
        ),
    )
    return record


def qualification_approve(
    *,
    actor: User,
    record: QualificationRecord,
    username: str | None,
    password: str,
    acknowledge: bool = False,
    version: int | None = None,
) -> QualificationRecord:
    """QA approves a qualification record by signature (meaning: approved). The approval
    that first completes IQ, OQ and PQ, or of a passed requalification, releases
    equipment that is out of service (qualified); an approved failure of released
    equipment puts it on "Do not use"."""
    _staff(actor, APPROVE)
    if record.recorded_by_id == actor.pk:
        raise PermissionDenied("The person who recorded a qualification does not approve it.")
    full = signer_authenticate(
        actor=actor, username=username, password=password, acknowledge=acknowledge
    )
    with transaction.atomic():
        equipment = _locked(record.equipment, None)
        record = concurrency.locked(record, version)
        if record.is_approved:
            raise ValidationError("This qualification record is approved already.")
        record.approved_by = actor
        record.approved_at = clock.now()
        concurrency.bump(record)
        record.save()
        signature_apply(
            actor=actor,
            record=record,
            meaning=Meaning.APPROVED,
            full_credentials=full,
            transition="approve",
        )
        audit_record(
            actor=actor,
            action="equipment.qualification.approved",
            target=record,
            parent=equipment,
            changes={"approved": [False, True]},
        )
        _after_qualification(actor, equipment, record)
    return record


def _after_qualification(actor: User, equipment: Equipment, record: QualificationRecord) -> None:
    label = record.get_stage_display()
    if record.result == Result.FAIL:
        if equipment.status in USABLE_STATUSES:
            _set_status(
                actor,
                equipment,
                EquipmentStatus.DO_NOT_USE,
                f"{label} {record.protocol} failed.",
            )
        return
    if qualification_missing(equipment):
        return
    first = equipment.qualified_on is None
    if first:
        equipment.qualified_on = record.executed_on
        concurrency.bump(equipment)
        equipment.save()
        audit_record(
            actor=actor,
            action="equipment.equipment.qualified",
            target=equipment,
            changes={"qualified_on": [None, record.executed_on.isoformat()]},
        )
    # The first full qualification, or a passed requalification (after a repair or a
    # move), releases equipment that is out of service; any other approval changes nothing.
    releases = first or record.stage == Stage.REQUALIFICATION
    if (
        releases
        and equipment.status == EquipmentStatus.OUT_OF_SERVICE
        and not _release_errors(equipment)
    ):
        _set_status(
            actor,
            equipment,
            EquipmentStatus.QUALIFIED,
            f"IQ, OQ and PQ passed and approved ({label} {record.protocol}).",
        )


@dataclass(frozen=True)
class DeviationRequest:
    """What the deviation raised for an out-of-tolerance result says beyond the facts."""

    classification: str = "minor"
    rationale: str = ""
    containment: str = ""
    # Who leads the investigation (the deviation gate asks them to be qualified);
    # empty: the person recording the calibration.
    owner: User | None = None


@transaction.atomic
def calibration_record(
    *,
    actor: User,
    equipment: Equipment,
    performed_on: dt.date | None,
    performed_by: User | None,
    result: str,
    as_found: str = "",
    as_left: str = "",
    certificate: str = "",
    deviation: DeviationRequest | None = None,
) -> CalibrationRecord:
    """Record a calibration. In tolerance: the next calibration is due on performed on +
    the interval. Out of tolerance: no valid calibration, the equipment goes to "Do not
    use", and with ``deviation`` a deviation is raised (equipment code, site) in the same
    transaction and linked to the record."""
    _staff(actor)
    equipment = _locked(equipment, None)
    errors: dict[str, list[str]] = {}
    if performed_on is None:
        errors["performed_on"] = ["Say when it was calibrated."]
    elif performed_on > clock.today():
        errors["performed_on"] = ["A calibration is recorded once performed, not before."]
    if performed_by is None or not performed_by.is_cdmo_staff:
        errors["performed_by"] = ["Name the staff member who performed or witnessed it."]
    if result not in Tolerance.values:
        errors["result"] = ["Choose in tolerance or out of tolerance."]
    if result == Tolerance.OUT and not as_found.strip():
        errors["as_found"] = ["Record what was found out of tolerance."]
    if deviation is not None and result != Tolerance.OUT:
        errors["raise_deviation"] = ["A deviation is raised for an out-of-tolerance result."]
    if errors:
        raise ValidationError(errors)
    interval = equipment.calibration_interval_days
    in_tolerance = result == Tolerance.IN
    record = CalibrationRecord(
        equipment=equipment,
        performed_on=performed_on,
        performed_by=performed_by,
        result=result,
        as_found=as_found.strip(),
        as_left=as_left.strip(),
        certificate=certificate.strip(),
        next_due=performed_on + dt.timedelta(days=interval) if interval and in_tolerance else None,
        recorded_by=actor,
        recorded_at=clock.now(),
    )
    if deviation is not None:
        record.deviation = _raise_deviation(actor, equipment, record, deviation)
    record.save()
    audit_record(
        actor=actor,
        action="equipment.calibration.recorded",
        target=record,
        parent=equipment,
        changes=created(
            {
                "performed_on": performed_on,
                "performed_by": performed_by.printed_name,
                "result": record.get_result_display(),
                "as_found": record.as_found,
                "as_left": record.as_left,
                "certificate": record.certificate,
                "next_due": record.next_due,
                "deviation": record.deviation.number if record.deviation else None,
            }
        ),
    )
    if in_tolerance:
        if record.next_due is not None and (
            equipment.next_calibration_due is None
            or record.next_due > equipment.next_calibration_due
        ):
            _set_due(actor, equipment, "next_calibration_due", record.next_due)
    else:
        if equipment.next_calibration_due is not None:
            _set_due(actor, equipment, "next_calibration_due", None)
        if equipment.status != EquipmentStatus.DO_NOT_USE:
            _set_status(
                actor,
                equipment,
                EquipmentStatus.DO_NOT_USE,
                f"Calibration of {format_day(performed_on)} out of tolerance"
                + (f" ({record.deviation.number})." if record.deviation else "."),
            )
    return record


def _set_due(actor: User, equipment: Equipment, field: str, due: dt.date | None) -> None:
    before = getattr(equipment, field)
    setattr(equipment, field, due)
    concurrency.bump(equipment)
    equipment.save()
    audit_record(
        actor=actor,
        action="equipment.equipment.due_changed",
        target=equipment,
        changes={field: [before.isoformat() if before else None, due.isoformat() if due else None]},
    )


def _raise_deviation(
    actor: User, equipment: Equipment, record: CalibrationRecord, request: DeviationRequest
) -> Deviation:
    now = clock.now()
    found = record.as_found.strip()
    return deviation_raise(
        actor=actor,
        intake=Intake(
            title=f"{equipment.code} out of tolerance at calibration",
            description=(
                f"{equipment.name} ({equipment.code}) was found out of tolerance at its "
                f"calibration of {format_day(record.performed_on)}. As found: {found}"
                + (f" As left: {record.as_left}" if record.as_left else "")
            ),
            occurred_at=now,
            discovered_at=now,
            site=equipment.site,
            area=equipment.location or equipment.site.name,
            equipment=equipment.code,
            containment=request.containment.strip()
            or f'{equipment.code} labelled "Do not use"; its use since the last good '
            "calibration to be assessed.",
            classification=request.classification,
            classification_rationale=request.rationale.strip()
            or "Out-of-tolerance calibration of GMP equipment: the impact on what was made "
            "or tested with it since its last good calibration is not known yet.",
            owner=request.owner,
        ),
    )


@transaction.atomic
def maintenance_record(
    *,
    actor: User,
    equipment: Equipment,
    performed_on: dt.date | None,
    kind: str,
    description: str,
    performed_by: User | None,
    next_due: dt.date | None = None,
) -> MaintenanceRecord:
    """Record maintenance done. The next maintenance falls due on the date given, else on
    performed on + the maintenance interval (preventive maintenance only)."""
    _staff(actor)
    equipment = _locked(equipment, None)
    errors: dict[str, list[str]] = {}
    if performed_on is None:
        errors["performed_on"] = ["Say when the maintenance was done."]
    elif performed_on > clock.today():
        errors["performed_on"] = ["Maintenance is recorded once done, not before."]
    if kind not in MaintenanceKind.values:
        errors["kind"] = ["Choose preventive or corrective."]
    if not description.strip():
        errors["description"] = ["Describe what was done."]
    if performed_by is None or not performed_by.is_cdmo_staff:
        errors["performed_by"] = ["Name the staff member who did or oversaw it."]
    if next_due is not None and performed_on is not None and next_due <= performed_on:
        errors["next_due"] = ["The next maintenance falls due after this one."]
    if errors:
        raise ValidationError(errors)
    interval = equipment.maintenance_interval_days
    if next_due is None and interval and kind == MaintenanceKind.PREVENTIVE:
        next_due = performed_on + dt.timedelta(days=interval)
    record = MaintenanceRecord.objects.create(
        equipment=equipment,
        performed_on=performed_on,
        kind=kind,
        description=description.strip(),
        performed_by=performed_by,
        next_due=next_due,
        recorded_by=actor,
        recorded_at=clock.now(),
    )
    audit_record(
        actor=actor,
        action="equipment.maintenance.recorded",
        target=record,
        parent=equipment,
        changes=created(
            {
                "performed_on": performed_on,
                "kind": record.get_kind_display(),
                "description": record.description,
                "performed_by": performed_by.printed_name,
                "next_due": next_due,
            }
        ),
    )
    if next_due is not None and next_due != equipment.next_maintenance_due:
        _set_due(actor, equipment, "next_maintenance_due", next_due)
    return record
