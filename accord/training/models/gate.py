"""The qualification gate's own records: what an activity requires of the person who
does it, and the signed overrides that let someone through who lacks it."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from accord.training.models.curricula import Competency, Level


class Activity(models.TextChoices):
    """GMP work that is not a plan task but still needs a qualified person."""

    DEVIATION_INVESTIGATION = "deviation_investigation", "Lead a deviation investigation"
    CHANGE_ASSESSMENT = "change_assessment", "Assess the impact of a change"


class ActivityRequirement(models.Model):
    """A competency (at a level) whoever does an activity must hold."""

    activity = models.CharField(max_length=32, choices=Activity.choices)
    competency = models.ForeignKey(Competency, on_delete=models.PROTECT, related_name="+")
    min_level = models.PositiveSmallIntegerField(choices=Level.choices, default=Level.INDEPENDENT)

    class Meta:
        ordering = ["activity", "competency"]
        constraints = [
            models.UniqueConstraint(
                fields=["activity", "competency"], name="activity_requirement_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_activity_display()}: {self.competency} (level {self.min_level})"


class QualificationOverride(models.Model):
    """An authorized person let someone (or some equipment) onto GMP work although the
    gate named gaps: signed, with the reason, and shown on the task."""

    record_type = models.CharField(max_length=60, help_text="What was let through.")
    record_id = models.BigIntegerField()
    subject = models.CharField(max_length=200, help_text="The person or equipment.")
    gaps = models.JSONField(help_text="What the gate named, word for word.")
    reason = models.TextField()
    overridden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    overridden_at = models.DateTimeField()
    sponsor_id = models.BigIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["-overridden_at", "-pk"]
        indexes = [models.Index(fields=["record_type", "record_id"], name="override_record_idx")]

    def __str__(self) -> str:
        return f"Override for {self.subject}"

    @property
    def audit_sponsor_id(self) -> int | None:
        return self.sponsor_id

    def signature_content(self) -> dict[str, object]:
        return {
            "record": [self.record_type, self.record_id],
            "subject": self.subject,
            "gaps": self.gaps,
            "reason": self.reason,
        }
