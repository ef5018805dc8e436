"""Reads of equipment, per user: the CDMO's staff read every piece of equipment and its
records; a sponsor's people read none (equipment is the CDMO's own). ``equipment_gaps``
is what the qualification gate asks before GMP work is planned on a piece of equipment."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Model, Q, QuerySet

from accord.core.dates import format_day
from accord.equipment.models import (
    QUALIFYING_STAGES,
    STAGE_SHORT,
    Equipment,
    EquipmentStatus,
    QualificationRecord,
    Result,
)

VIEW = "equipment.view_equipment"
MANAGE = "equipment.manage_equipment"
APPROVE = "equipment.approve_qualification"


def _reader(user) -> bool:
    return bool(
        user and user.is_authenticated and user.is_active and user.is_cdmo_staff
    ) and user.has_perm(VIEW)


def equipment_visible_to(user) -> QuerySet[Equipment]:
    """CDMO staff who read equipment: all of it; anyone else (sponsor users): none."""
    rows = Equipment.objects.select_related("site", "owner")
    return rows if _reader(user) else rows.none()


def records_visible_to(model: type[Model]) -> Callable[[object], QuerySet]:
    """A selector for one kind of record of equipment: as visible as its equipment."""

    def visible_to(user) -> QuerySet:
        rows = model.objects.select_related("equipment")
        return rows if _reader(user) else rows.none()

    return visible_to


def qualification_missing(equipment: Equipment, *, on: dt.date | None = None) -> list[str]:
    """The stages of IQ, OQ and PQ without a passed, approved record (executed by ``on``)."""
    done = QualificationRecord.objects.filter(
        equipment=equipment, result=Result.PASS, approved_at__isnull=False
    )
    if on is not None:
        done = done.filter(executed_on__lte=on)
    passed = set(done.values_list("stage", flat=True))
    return [STAGE_SHORT[stage] for stage in QUALIFYING_STAGES if stage not in passed]


def _and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def equipment_gaps(equipment: Equipment, *, on: dt.date) -> list[str]:
    """Why this equipment may not be used for GMP work on `on`; [] when it may.

    Human sentences, e.g. 'VSP-BAL-03 is marked "Do not use"', 'VSP-HPLC-02 calibration
    was due on 12 Nov 2026 (overdue)', 'VSP-R-101 is out of service',
    'VSP-R-102 is not qualified (PQ missing)'. A calibration due before `on` counts."""
    code = equipment.code
    gaps = []
    if not equipment.gmp:
        gaps.append(f"{code} is not GMP equipment")
    if equipment.status == EquipmentStatus.DO_NOT_USE:
        gaps.append(f'{code} is marked "Do not use"')
    elif equipment.status == EquipmentStatus.OUT_OF_SERVICE:
        gaps.append(f"{code} is out of service")
    missing = qualification_missing(equipment, on=on)
    if missing:
        gaps.append(f"{code} is not qualified ({_and(missing)} missing)")
    if equipment.calibration_interval_days:
        if equipment.next_calibration_due is None:
            gaps.append(f"{code} has no valid calibration on record")
        elif equipment.next_calibration_due < on:
            gaps.append(
                f"{code} calibration was due on {format_day(equipment.next_calibration_due)} "
                "(overdue)"
            )
    return gaps


@dataclass(frozen=True)
class Due:
    """A calibration or maintenance of a piece of equipment that falls due soon or is late."""

    equipment: Equipment
    what: str  # "calibration" or "maintenance"
    due: dt.date
    overdue: bool

    @property
    def label(self) -> str:
        return f"{self.what.capitalize()} {'overdue since' if self.overdue else 'due'} " + (
            format_day(self.due)
        )


def equipment_due(
    *, within_days: int, on: dt.date, equipment: QuerySet[Equipment] | None = None
) -> list[Due]:
    """Calibrations and maintenance due within ``within_days`` of ``on``, or overdue
    (due before ``on``), earliest first."""
    until = on + dt.timedelta(days=within_days)
    rows = equipment if equipment is not None else Equipment.objects.select_related("site", "owner")
    rows = rows.filter(Q(next_calibration_due__lte=until) | Q(next_maintenance_due__lte=until))
    found = []
    for item in rows:
        for what, due in (
            ("calibration", item.next_calibration_due),
            ("maintenance", item.next_maintenance_due),
        ):
            if due is not None and due <= until:
                found.append(Due(item, what, due, due < on))
    return sorted(found, key=lambda d: (d.due, d.equipment.code, d.what))
