"""Registering and editing a piece of equipment, and its status (out of service, do not
use, back in use) changed with a reason; each write one transaction with its audit event
``equipment.equipment.<verb>``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from accord.accounts.models import Site, User
from accord.audit.services import audit_record, created, snapshot
from accord.core import clock, concurrency
from accord.core.permissions import require
from accord.equipment.models import (
    USABLE_STATUSES,
    CalibrationRecord,
    Equipment,
    EquipmentKind,
    EquipmentStatus,
)
from accord.equipment.selectors import MANAGE, qualification_missing

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
