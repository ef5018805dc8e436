"""Delay events of a project: what slipped, why, by how much, and what the sponsor was told.

A delay is "communicated" once the sponsor has been told about it (``sponsor_informed_on``
is set); only communicated delays reach the sponsor portal, and their internal notes
never do.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from accord.projects.models import Project

MAX_DAYS_LOST = 1000


class Delay(models.Model):
    class Cause(models.TextChoices):
        BATCH_FAILURE = "batch_failure", "Batch failure"
        RELEASE_DELAY = "release_delay", "Release delay"
        MATERIAL_SHORTAGE = "material_shortage", "Material shortage"
        EQUIPMENT_FAILURE = "equipment_failure", "Equipment failure"
        SPONSOR_WAIT = "sponsor_wait", "Sponsor-side wait"
        REGULATORY = "regulatory", "Regulatory"
        CAPACITY_CONFLICT = "capacity_conflict", "Capacity conflict"
        OTHER = "other", "Other"

    class InformedHow(models.TextChoices):
        MEETING = "meeting", "Meeting"
        CALL = "call", "Phone or video call"
        EMAIL = "email", "Email"
        STATUS_REPORT = "status_report", "Status report"
        PORTAL = "portal", "Portal"
        OTHER = "other", "Other"

    project = models.ForeignKey(Project, on_delete=models.PROTECT, related_name="delays")
    number = models.PositiveIntegerField(help_text="Gap-free within the project (D-001).")
    title = models.CharField(max_length=200)
    cause = models.CharField(max_length=24, choices=Cause.choices)
    occurred_on = models.DateField()
    days_lost = models.PositiveIntegerField(
        help_text="Working days lost on the plan.",
        validators=[MinValueValidator(1), MaxValueValidator(MAX_DAYS_LOST)],
    )
    affected_tasks = models.ManyToManyField(
        "planning.Task",
        blank=True,
        related_name="delays",
        help_text="Tasks and milestones of the same project that moved.",
    )
    description = models.TextField(help_text="What happened.")
    root_cause = models.TextField(blank=True)
    sponsor_informed_on = models.DateField(null=True, blank=True)
    sponsor_informed_how = models.CharField(max_length=16, choices=InformedHow.choices, blank=True)
    sponsor_informed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    internal_notes = models.TextField(
        blank=True, help_text="CDMO staff only; never shown to the sponsor."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-occurred_on", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["project", "number"], name="delay_number_unique"),
            models.CheckConstraint(name="delay_days_lost_positive", condition=Q(days_lost__gt=0)),
            # Told the sponsor: when, how and by whom, all three; or none of them yet.
            models.CheckConstraint(
                name="delay_sponsor_informed_complete",
                condition=(
                    Q(sponsor_informed_on__isnull=True)
                    & Q(sponsor_informed_how="")
                    & Q(sponsor_informed_by__isnull=True)
                )
                | (
                    Q(sponsor_informed_on__isnull=False)
                    & ~Q(sponsor_informed_how="")
                    & Q(sponsor_informed_by__isnull=False)
                ),
            ),
        ]
        indexes = [models.Index(fields=["occurred_on"], name="delay_occurred_on_idx")]

    def __str__(self) -> str:
        return f"{self.reference} {self.title}"

    @property
    def cause_label(self) -> str:
        return self.get_cause_display()

    @property
    def sponsor_informed_how_label(self) -> str:
        return self.get_sponsor_informed_how_display() if self.sponsor_informed_how else ""

    @property
    def reference(self) -> str:
        return f"D-{self.number:03d}"

    @property
    def is_communicated(self) -> bool:
        return self.sponsor_informed_on is not None

    @property
    def sponsor_informed_by_name(self) -> str | None:
        return self.sponsor_informed_by.printed_name if self.sponsor_informed_by else None

    @property
    def audit_sponsor_id(self) -> int:
        return self.project.sponsor_id
