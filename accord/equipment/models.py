"""Equipment and rooms of the CDMO (EU GMP Chapter 3 and Annex 15; 21 CFR 211.63-211.68):
what each one is and where, whether it is qualified (IQ, OQ and PQ passed, each record
approved by QA's signature), calibrated and maintained, and whether it may be used now.

Status, and what it means for use:

- *Out of service* (the status of new equipment): not released for use; newly installed
  and not qualified yet, or taken out for maintenance, repair or a move.
- *Qualified*: released for GMP use (IQ, OQ and PQ passed and approved) and free.
- *In use*: released and currently used (a campaign runs on it).
- *Do not use*: a quality hold. Set by an out-of-tolerance calibration or a failed
  requalification, or by hand; only a deliberate status change with a reason lifts it,
  and after an out-of-tolerance result only once a passing calibration is on record.

Only *Qualified* and *In use* equipment may be used, and only while its calibration is
not overdue (``selectors.equipment_gaps`` says why not, in sentences).
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.utils import timezone

from accord.accounts.models import Site
from accord.quality.models import Deviation


class EquipmentKind(models.TextChoices):
    SUITE = "suite", "Suite or room"
    REACTOR = "reactor", "Reactor"
    BIOREACTOR = "bioreactor", "Bioreactor"
    CHROMATOGRAPHY = "chromatography", "Chromatography system"
    BALANCE = "balance", "Balance"
    OTHER = "other", "Other equipment"


class EquipmentStatus(models.TextChoices):
    QUALIFIED = "qualified", "Qualified"
    IN_USE = "in_use", "In use"
    OUT_OF_SERVICE = "out_of_service", "Out of service"
    DO_NOT_USE = "do_not_use", "Do not use"


USABLE_STATUSES = (EquipmentStatus.QUALIFIED, EquipmentStatus.IN_USE)


class Stage(models.TextChoices):
    IQ = "iq", "Installation qualification (IQ)"
    OQ = "oq", "Operational qualification (OQ)"
    PQ = "pq", "Performance qualification (PQ)"
    REQUALIFICATION = "requalification", "Requalification"


# The stages that together make equipment qualified, in the order they are run.
QUALIFYING_STAGES = (Stage.IQ, Stage.OQ, Stage.PQ)
STAGE_SHORT = {Stage.IQ: "IQ", Stage.OQ: "OQ", Stage.PQ: "PQ", Stage.REQUALIFICATION: "RQ"}


class Result(models.TextChoices):
    PASS = "pass", "Pass"
    FAIL = "fail", "Fail"


class Tolerance(models.TextChoices):
    IN = "in_tolerance", "In tolerance"
    OUT = "out_of_tolerance", "Out of tolerance"


class MaintenanceKind(models.TextChoices):
    PREVENTIVE = "preventive", "Preventive"
    CORRECTIVE = "corrective", "Corrective"


class Equipment(models.Model):
    Kind = EquipmentKind
    Status = EquipmentStatus

    code = models.CharField(
        max_length=32, unique=True, help_text="The equipment number on its label, e.g. VSP-R-101."
    )
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=16, choices=EquipmentKind.choices)
    site = models.ForeignKey(Site, on_delete=models.PROTECT, related_name="equipment")
    location = models.CharField(max_length=200, blank=True, help_text="Building, room or suite.")
    manufacturer = models.CharField(max_length=200, blank=True)
    model = models.CharField(max_length=200, blank=True)
    serial_number = models.CharField("serial number", max_length=100, blank=True)
    status = models.CharField(
        max_length=16, choices=EquipmentStatus.choices, default=EquipmentStatus.OUT_OF_SERVICE
    )
    gmp = models.BooleanField("GMP equipment", default=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="Who is told when its calibration or maintenance is due.",
    )
    calibration_interval_days = models.PositiveIntegerField(
        "calibration interval (days)", null=True, blank=True
    )
    next_calibration_due = models.DateField("next calibration due", null=True, blank=True)
    maintenance_interval_days = models.PositiveIntegerField(
        "maintenance interval (days)", null=True, blank=True
    )
    next_maintenance_due = models.DateField("next maintenance due", null=True, blank=True)
    qualified_on = models.DateField(
        "qualified on", null=True, blank=True, help_text="When IQ, OQ and PQ had all passed."
    )
    status_reason = models.TextField("reason for the status", blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["code"]
        verbose_name = "equipment"
        verbose_name_plural = "equipment"
        permissions = [
            (
                "manage_equipment",
                "Can register equipment and record its qualification, calibration and maintenance",
            ),
            ("approve_qualification", "Can approve an equipment qualification (QA)"),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"

    @property
    def is_usable(self) -> bool:
        return self.status in USABLE_STATUSES

    def calibration_overdue(self, on: dt.date) -> bool:
        return self.next_calibration_due is not None and self.next_calibration_due < on


class QualificationRecord(models.Model):
    equipment = models.ForeignKey(
        Equipment, on_delete=models.PROTECT, related_name="qualifications"
    )
    stage = models.CharField(max_length=16, choices=Stage.choices)
    protocol = models.CharField(
        "protocol reference", max_length=100, help_text="The protocol executed, e.g. IQ-R101-01."
    )
    executed_on = models.DateField("executed on")
    result = models.CharField(max_length=8, choices=Result.choices)
    summary = models.TextField(help_text="What was tested and found; deviations from protocol.")
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-executed_on", "-pk"]
        verbose_name = "qualification record"

    def __str__(self) -> str:
        return f"{self.equipment.code} {STAGE_SHORT[Stage(self.stage)]} {self.protocol}"

    @property
    def is_approved(self) -> bool:
        return self.approved_at is not None

    def signature_content(self) -> dict[str, object]:
        return {
            "equipment": self.equipment.code,
            "stage": self.stage,
            "protocol": self.protocol,
            "executed_on": self.executed_on.isoformat(),
            "result": self.result,
            "summary": self.summary,
        }


class CalibrationRecord(models.Model):
    equipment = models.ForeignKey(Equipment, on_delete=models.PROTECT, related_name="calibrations")
    performed_on = models.DateField("performed on")
    performed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    result = models.CharField(max_length=20, choices=Tolerance.choices)
    as_found = models.TextField("as found", blank=True)
    as_left = models.TextField("as left", blank=True)
    certificate = models.CharField("certificate reference", max_length=100, blank=True)
    next_due = models.DateField(
        "next due",
        null=True,
        blank=True,
        help_text="Performed on + the calibration interval; none after an out-of-tolerance "
        "result (no valid calibration).",
    )
    deviation = models.ForeignKey(
        Deviation, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-performed_on", "-pk"]
        verbose_name = "calibration record"

    def __str__(self) -> str:
        return f"{self.equipment.code} calibration {self.performed_on.isoformat()}"

    @property
    def in_tolerance(self) -> bool:
        return self.result == Tolerance.IN


class MaintenanceRecord(models.Model):
    equipment = models.ForeignKey(Equipment, on_delete=models.PROTECT, related_name="maintenance")
    performed_on = models.DateField("performed on")
    kind = models.CharField(max_length=12, choices=MaintenanceKind.choices)
    description = models.TextField()
    performed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    next_due = models.DateField("next due", null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-performed_on", "-pk"]
        verbose_name = "maintenance record"

    def __str__(self) -> str:
        return f"{self.equipment.code} {self.get_kind_display().lower()} maintenance"
