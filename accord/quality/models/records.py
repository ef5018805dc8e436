"""What the quality records share: gap-free numbers and the batches they concern."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from accord.projects.models import Project


class QualityCounter(models.Model):
    """The last number given, per record kind and year (DEV-2026-0001, CAPA-2026-0001,
    CC-2026-0001). Its row is locked while a number is taken, so numbers are gap-free and
    unique under concurrency (``services.numbers.next_number``)."""

    kind = models.CharField(max_length=8)
    year = models.PositiveSmallIntegerField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "year"], name="quality_counter_once"),
        ]

    def __str__(self) -> str:
        return f"{self.kind}-{self.year}: {self.last}"


def quality_number(kind: str, year: int, sequence: int) -> str:
    return f"{kind}-{year}-{sequence:04d}"


class Batch(models.Model):
    """A batch made for a sponsor's project: what deviations concern and what
    right-first-time counts."""

    class Status(models.TextChoices):
        IN_PROCESS = "in_process", "In process"
        QUARANTINE = "quarantine", "In quarantine"
        RELEASED = "released", "Released"
        REJECTED = "rejected", "Rejected"

    project = models.ForeignKey(Project, on_delete=models.PROTECT, related_name="batches")
    number = models.CharField("batch number", max_length=40, unique=True)
    product = models.CharField(max_length=120, help_text="The product or intermediate made.")
    manufactured_on = models.DateField()
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.IN_PROCESS)
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    registered_at = models.DateTimeField(default=timezone.now)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-manufactured_on", "number"]
        verbose_name_plural = "batches"

    def __str__(self) -> str:
        return f"{self.number} ({self.product})"

    @property
    def audit_sponsor_id(self) -> int:
        return self.project.sponsor_id
