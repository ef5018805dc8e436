"""Periodic project status reports: what the sponsor is told, every few weeks, on paper.

A report is drafted by the project manager from a snapshot of the project taken by
``accord.reports.content`` (``content``), and published to the sponsor portal with the
project manager's electronic signature. A published report never changes, whatever
happens to the plan afterwards: a correction is a new report that names the one it
corrects.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from accord.projects.models import Project
from accord.signatures.publishing import PublicationStatus, Publishable


class StatusReport(Publishable, models.Model):
    project = models.ForeignKey(Project, on_delete=models.PROTECT, related_name="status_reports")
    number = models.PositiveIntegerField(help_text="Gap-free within the project (SR-001).")
    period_start = models.DateField()
    period_end = models.DateField()
    status = models.CharField(
        max_length=16, choices=PublicationStatus.choices, default=PublicationStatus.DRAFT
    )
    summary = models.TextField(
        "executive summary", blank=True, help_text="Written by the project manager."
    )
    decisions_needed = models.TextField(
        blank=True,
        help_text="Decisions the sponsor is asked to take, besides the change orders and "
        "decision points the report lists by itself.",
    )
    content = models.JSONField(
        default=dict, help_text="The project as it was when the snapshot was taken."
    )
    content_taken_at = models.DateTimeField()
    corrects = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="corrections",
        help_text="The published report this one corrects.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    published_at = models.DateTimeField(null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["project", "-number"]
        permissions = [("publish_statusreport", "Can publish a status report to the sponsor")]
        constraints = [
            models.UniqueConstraint(
                fields=["project", "number"], name="statusreport_number_unique"
            ),
            models.CheckConstraint(
                name="statusreport_period_ordered",
                condition=Q(period_end__gte=models.F("period_start")),
            ),
            # Published: when and by whom, both; a draft has neither.
            models.CheckConstraint(
                name="statusreport_published_complete",
                condition=(
                    Q(status="draft") & Q(published_at__isnull=True) & Q(published_by__isnull=True)
                )
                | (
                    Q(status="published")
                    & Q(published_at__isnull=False)
                    & Q(published_by__isnull=False)
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.reference} {self.project.code}"

    @property
    def reference(self) -> str:
        return f"SR-{self.number:03d}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.project.sponsor_id

    def signature_content(self) -> dict[str, object]:
        """What the publishing signature covers: every word and figure the sponsor reads."""
        return {
            "number": self.reference,
            "project": self.project.code,
            "period": [self.period_start.isoformat(), self.period_end.isoformat()],
            "summary": self.summary,
            "decisions_needed": self.decisions_needed,
            "corrects": self.corrects.reference if self.corrects_id else None,
            "content": self.content,
        }
