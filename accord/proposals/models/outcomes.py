"""How an RFP ended: won, lost, declined by the CDMO or withdrawn by the sponsor.

``RfpOutcome`` is one row per closed RFP and links it to what decided it: the revision
won (and the project it became) or the reason. A loss also gets a ``Postmortem``: why
(one or more reasons), the competitor, what the data says, the lessons, and a follow-up
to keep the relationship. Both are CDMO-internal: no sponsor read path exists.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from accord.proposals.models.proposals import ProposalRevision
from accord.proposals.models.rfps import Rfp


class LossReason(models.TextChoices):
    ONE_STOP_SHOP = "one_stop_shop", "One-stop shop elsewhere"
    TIMING = "timing", "Timing"
    CAPACITY = "capacity", "Capacity conflict with prior commitments"
    TECHNICAL = "technical", "Technical capability"
    REGION = "region", "Region"
    COST = "cost", "Cost"
    OTHER = "other", "Other"


def loss_reasons_validate(value: object) -> None:
    """A JSON list of distinct loss reason codes, at least one."""
    if not isinstance(value, list) or not value:
        raise ValidationError("Choose at least one reason.")
    unknown = [code for code in value if code not in LossReason.values]
    if unknown:
        raise ValidationError(f"Unknown reasons: {', '.join(map(str, unknown))}.")
    if len(set(value)) != len(value):
        raise ValidationError("Each reason once.")


class RfpOutcome(models.Model):
    class Kind(models.TextChoices):
        WON = Rfp.Status.WON.value, "Won"
        LOST = Rfp.Status.LOST.value, "Lost"
        DECLINED = Rfp.Status.DECLINED.value, "Declined by the CDMO"
        WITHDRAWN = Rfp.Status.WITHDRAWN.value, "Withdrawn by the sponsor"

    rfp = models.OneToOneField(Rfp, on_delete=models.PROTECT, related_name="outcome")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    decided_on = models.DateField(help_text="When the sponsor or the CDMO decided.")
    revision = models.ForeignKey(
        ProposalRevision,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="The revision won (or the last one sent before a loss).",
    )
    project = models.OneToOneField(
        "projects.Project",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="won_from",
    )
    reason = models.TextField(
        blank=True,
        help_text="CDMO only. Why we declined, why the sponsor withdrew, or on what a win "
        "was recorded without the sponsor's acceptance in the portal (e.g. a signed PO).",
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-decided_on", "-pk"]
        verbose_name = "RFP outcome"
        permissions = [("record_rfp_outcome", "Can record RFP outcomes (won, lost, declined)")]
        constraints = [
            models.CheckConstraint(
                name="rfpoutcome_project_only_when_won",
                condition=models.Q(project__isnull=True) | models.Q(kind="won"),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.rfp.number} {self.get_kind_display().lower()}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.rfp.sponsor_id


class Postmortem(models.Model):
    """Why an RFP was lost, and what we learn from it."""

    rfp = models.OneToOneField(Rfp, on_delete=models.PROTECT, related_name="postmortem")
    reasons = models.JSONField(default=list, validators=[loss_reasons_validate])
    other_note = models.CharField(
        max_length=300, blank=True, help_text="Required when the reasons include other."
    )
    competitor = models.CharField(max_length=200, blank=True, help_text="If known.")
    data_says = models.TextField(
        "what the data says",
        blank=True,
        help_text="e.g. our price against our median, the timeline against its P80.",
    )
    lessons = models.TextField("lessons learned", blank=True)
    follow_up_on = models.DateField(
        null=True, blank=True, help_text="When to get back in touch to keep the relationship."
    )
    follow_up = models.ForeignKey(
        "clients.FollowUp", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-recorded_at", "-pk"]

    def __str__(self) -> str:
        return f"Postmortem {self.rfp.number}"

    @property
    def reference(self) -> str:
        return f"PM-{self.rfp.number}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.rfp.sponsor_id

    @property
    def reason_labels(self) -> list[str]:
        return [LossReason(code).label for code in self.reasons if code in LossReason.values]

    def clean(self) -> None:
        if LossReason.OTHER in (self.reasons or []) and not self.other_note.strip():
            raise ValidationError({"other_note": ["Say what the other reason was."]})
