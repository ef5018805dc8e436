"""Every write of equipment, each one transaction with its audit event
``equipment.<record>.<verb>``.

Registering and editing a piece of equipment; its status (out of service, do not use,
back in use) changed with a reason; qualification records (IQ, OQ, PQ, requalification)
recorded by whoever executed them and approved by QA's signature, never by the person who
recorded them; the IQ, OQ and PQ passed and approved release new equipment (qualified);
calibrations, where an out-of-tolerance result puts the equipment on "Do not use" and may
raise a deviation in the same transaction; and maintenance.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from accord.accounts.models import Site, User
from accord.audit.services import audit_record, created, snapshot
from accord.core import clock, concurrency
from accord.core.dates import format_day
from accord.core.permissions import require
from accord.equipment.models import (
    USABLE_STATUSES,
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
from accord.equipment.selectors import APPROVE, MANAGE, qualification_missing
from accord.quality.models import Deviation
from accord.quality.services.deviations import Intake, deviation_raise
from accord.signatures.models import Meaning
from accord.signatures.services import signature_apply, signer_authenticate

FIELDS = (
    "code",
    "name",
    "kind",
    "site",
    "location",
    "manufacturer",
    "model",
    "serial_number",
    "gmp",
    "owner",
    "calibration_interval_days",
    "maintenance_interval_days",
)


@dataclass(frozen=True)
class EquipmentDetails:
    """What a piece of equipment is, as it is registered or edited."""

    code: str
    name: str
    kind: str
    site: Site | None
    location: str = ""
    manufacturer: str = ""
    model: str = ""
    serial_number: str = ""
    gmp: bool = True
    owner: User | None = None
    calibration_interval_days: int | None = None
    maintenance_interval_days: int | None = None


def _staff(actor: User, permission: str = MANAGE) -> None:
    require(actor, permission)
    if not actor.is_cdmo_staff:
        raise PermissionDenied("The CDMO's staff keep the equipment records.")


def _checked(details: EquipmentDetails, equipment: Equipment | None) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    code = details.code.strip().upper()
    if not code:
        errors["code"] = ["Give the equipment number on its label."]
    elif Equipment.objects.filter(code=code).exclude(pk=getattr(equipment, "pk", None)).exists():
        errors["code"] = [f"{code} is registered already."]
    if not details.name.strip():
        errors["name"] = ["Name the equipment."]
    if details.kind not in EquipmentKind.values:
        errors["kind"] = ["Choose the kind of equipment."]
    if details.site is None:
        errors["site"] = ["Choose the site where it stands."]
    if details.owner is not None and not (details.owner.is_cdmo_staff and details.owner.is_active):
        errors["owner"] = ["The owner is an active member of the CDMO's staff."]
    for name in ("calibration_interval_days", "maintenance_interval_days"):
        value = getattr(details, name)
        if value is not None and not 1 <= value <= 3650:
            errors[name] = ["Give an interval from 1 day to 10 years (3650 days)."]
    return errors


def _write(equipment: Equipment, details: EquipmentDetails) -> None:
    for name in FIELDS:
        value = getattr(details, name)
        setattr(equipment, name, value.strip() if isinstance(value, str) else value)
    equipment.code = equipment.code.upper()


def _locked(equipment: Equipment, version: int | None) -> Equipment:
    return concurrency.locked(
        equipment, version, queryset=Equipment.objects.select_related("site", "owner")
    )


@transaction.atomic
def equipment_register(
    *,
    actor: User,
    details: EquipmentDetails,
    next_calibration_due: dt.date | None = None,
    next_maintenance_due: dt.date | None = None,
) -> Equipment:
    """A new piece of equipment, out of service until it is qualified (or set in use, for
    equipment outside GMP). Due dates carried over from an earlier system may be given."""
    _staff(actor)
    errors = _checked(details, None)
    if errors:
        raise ValidationError(errors)
    equipment = Equipment(
        created_at=clock.now(),
        next_calibration_due=next_calibration_due,
        next_maintenance_due=next_maintenance_due,
    )
    _write(equipment, details)
    equipment.save()
    audit_record(
        actor=actor,
        action="equipment.equipment.registered",
        target=equipment,
        changes=created(
            snapshot(equipment, (*FIELDS, "status", "next_calibration_due", "next_maintenance_due"))
        ),
    )
    return equipment


@transaction.atomic
def equipment_update(
    *, actor: User, equipment: Equipment, details: EquipmentDetails, version: int | None
) -> Equipment:
    """Edit what the equipment is (not its status, qualification or due dates: those
    follow its records)."""
    _staff(actor)
    equipment = _locked(equipment, version)
    errors = _checked(details, equipment)
    if errors:
        raise ValidationError(errors)
    before = snapshot(equipment, FIELDS)
    _write(equipment, details)
    after = snapshot(equipment, FIELDS)
    changes = {k: [before[k], after[k]] for k in after if before[k] != after[k]}
    if not changes:
        return equipment
    concurrency.bump(equipment)
    equipment.save()
    audit_record(
        actor=actor, action="equipment.equipment.updated", target=equipment, changes=changes
    )
    return equipment


def _latest_calibration(equipment: Equipment) -> CalibrationRecord | None:
    return equipment.calibrations.order_by("-performed_on", "-pk").first()


def _release_errors(equipment: Equipment) -> list[str]:
    """Why the equipment may not be released for use now (qualified or in use)."""
    problems = []
    if equipment.gmp:
        missing = qualification_missing(equipment)
        if missing:
            problems.append(f"it is not qualified ({', '.join(missing)} missing)")
    latest = _latest_calibration(equipment)
    if latest is not None and not latest.in_tolerance:
        problems.append(
            "its last calibration was out of tolerance: record a passing calibration first"
        )
    elif equipment.calibration_interval_days and equipment.next_calibration_due is None:
        problems.append("it has no valid calibration: record a passing calibration first")
    if equipment.calibration_overdue(clock.today()):
        problems.append("its calibration is overdue: calibrate it first")
    return problems


def _set_status(actor: User, equipment: Equipment, status: str, reason: str) -> None:
    before = equipment.get_status_display()
    equipment.status = status
    equipment.status_reason = reason
    concurrency.bump(equipment)
    equipment.save()
    audit_record(
        actor=actor,
        action="equipment.equipment.status_changed",
        target=equipment,
        changes={"status": [before, equipment.get_status_display()]},
        reason=reason,
    )


@transaction.atomic
def equipment_set_status(
    *, actor: User, equipment: Equipment, status: str, reason: str, version: int | None
) -> Equipment:
    """Take the equipment out of service, put it on "Do not use", or release it (qualified
    or in use), always with a reason. Release needs IQ, OQ and PQ approved (GMP
    equipment), a last calibration in tolerance and no overdue calibration."""
    _staff(actor)
    equipment = _locked(equipment, version)
    if status not in EquipmentStatus.values:
        raise ValidationError({"status": ["Choose a status."]})
    if not reason.strip():
        raise ValidationError({"reason": ["Say why the status changes."]})
    if status == equipment.status:
        raise ValidationError(
            {"status": [f"{equipment.code} is {equipment.get_status_display().lower()} already."]}
        )
    if status in USABLE_STATUSES:
        problems = _release_errors(equipment)
        if problems:
            raise ValidationError(
                {"status": [f"{equipment.code} cannot be released: {'; '.join(problems)}."]}
            )
    _set_status(actor, equipment, status, reason.strip())
    return equipment


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
