"""CAPA: corrections, corrective and preventive actions, each owned by one person and
verified by a QA approver who is never its owner, and the check, months later, that
they worked (ICH Q10 3.2.2). A check that finds them not effective opens a new CAPA."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from accord.accounts.models import Organization
from accord.quality.models.deviations import Deviation


class CapaActionType(models.TextChoices):
    CORRECTION = "correction", "Correction"
    CORRECTIVE = "corrective", "Corrective action"
    PREVENTIVE = "preventive", "Preventive action"


class CapaState(models.TextChoices):
    OPEN = "open", "Open"
    IMPLEMENTED = "implemented", "Implemented, check of effectiveness pending"
    CLOSED_EFFECTIVE = "closed_effective", "Closed, effective"
    CLOSED_NOT_EFFECTIVE = "closed_not_effective", "Closed, not effective"
    CLOSED = "closed", "Closed (no check of effectiveness)"
    CANCELLED = "cancelled", "Cancelled"


class Capa(models.Model):
    State = CapaState

    number = models.CharField(max_length=16, unique=True)
    title = models.CharField(max_length=200)
    problem = models.TextField("problem statement")
    deviation = models.ForeignKey(
        Deviation, on_delete=models.PROTECT, null=True, blank=True, related_name="capas"
    )
    # A CAPA opened because the check of an earlier one found it not effective.
    follows = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="followed_by"
    )
    sponsor = models.ForeignKey(
        Organization, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    root_cause_category = models.CharField(max_length=40, blank=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    qa_approver = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    due_date = models.DateField()
    state = models.CharField(max_length=24, choices=CapaState.choices, default=CapaState.OPEN)
    effectiveness_required = models.BooleanField(default=True)
    effectiveness_after_days = models.PositiveSmallIntegerField(
        default=90, help_text="Days after closure the check of effectiveness starts."
    )
    success_criteria = models.TextField(
        blank=True, help_text="Stated up front: what will show the actions worked."
    )
    effectiveness_rationale = models.TextField(
        "why no check of effectiveness",
        blank=True,
        help_text="Required when the CAPA closes without a check of effectiveness.",
    )
    requires_retraining = models.BooleanField(default=False)
    # Why it was closed without a check, or cancelled (QA's reason, also signed).
    closure_reason = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    implemented_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-created_at", "-number"]
        verbose_name = verbose_name_plural = "CAPA"
        permissions = [("approve_capa", "Can approve CAPA (QA)")]
        indexes = [models.Index(fields=["state", "due_date"], name="capa_state_due_idx")]
        constraints = [
            models.CheckConstraint(
                name="capa_approver_not_owner",
                condition=~models.Q(owner=models.F("qa_approver")),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number} {self.title}"

    @property
    def audit_sponsor_id(self) -> int | None:
        return self.sponsor_id

    @property
    def is_open(self) -> bool:
        return self.state in (CapaState.OPEN, CapaState.IMPLEMENTED)

    def signature_content(self) -> dict[str, object]:
        """What QA's implementation (or closure, or cancellation) vouches for: the CAPA and
        its actions as they stood. Not its state, which moves on with the check of
        effectiveness, signed on its own record."""
        return {
            "number": self.number,
            "title": self.title,
            "problem": self.problem,
            "owner": self.owner_id,
            "qa_approver": self.qa_approver_id,
            "success_criteria": self.success_criteria,
            "actions": [
                [a.action_type, a.description, a.state] for a in self.actions.order_by("pk")
            ],
        }


class CapaAction(models.Model):
    class State(models.TextChoices):
        OPEN = "open", "Open"
        DONE = "done", "Done, waiting for verification"
        VERIFIED = "verified", "Verified"
        CANCELLED = "cancelled", "Cancelled"

    capa = models.ForeignKey(Capa, on_delete=models.PROTECT, related_name="actions")
    action_type = models.CharField(max_length=16, choices=CapaActionType.choices)
    description = models.TextField()
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    qa_approver = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    due_date = models.DateField()
    state = models.CharField(max_length=12, choices=State.choices, default=State.OPEN)
    evidence = models.TextField(blank=True, help_text="What shows it was done.")
    evidence_file = models.FileField(upload_to="quality/capa/%Y/", max_length=300, blank=True)
    evidence_name = models.CharField(max_length=200, blank=True)
    evidence_sha256 = models.CharField(max_length=64, blank=True)
    cancel_reason = models.TextField(blank=True)
    done_at = models.DateTimeField(null=True, blank=True)
    verified_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["capa", "due_date", "pk"]
        verbose_name = "CAPA action"
        constraints = [
            models.CheckConstraint(
                name="capa_action_approver_not_owner",
                condition=~models.Q(owner=models.F("qa_approver")),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_action_type_display()}: {self.description[:60]}"

    @property
    def audit_sponsor_id(self) -> int | None:
        return self.capa.sponsor_id

    def signature_content(self) -> dict[str, object]:
        return {
            "capa": self.capa.number,
            "type": self.action_type,
            "description": self.description,
            "evidence": self.evidence,
            "evidence_file": self.evidence_name,
        }


class EffectivenessCheck(models.Model):
    """Its own dated record, created when the CAPA is implemented: the criteria stated up
    front, the window, the evidence, and a signed verdict (R-CAPA-3)."""

    class Verdict(models.TextChoices):
        EFFECTIVE = "effective", "Effective"
        PARTIALLY = "partially", "Partially effective"
        NOT_EFFECTIVE = "not_effective", "Not effective"

    capa = models.OneToOneField(Capa, on_delete=models.PROTECT, related_name="effectiveness")
    success_criteria = models.TextField()
    starts_on = models.DateField(help_text="The monitoring window opens.")
    due_date = models.DateField()
    evidence = models.TextField(blank=True)
    verdict = models.CharField(max_length=16, choices=Verdict.choices, blank=True)
    rating = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text="Efficacy from 1 (none) to 5 (fully effective).",
    )
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    checked_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["due_date"]

    def __str__(self) -> str:
        return f"Effectiveness check of {self.capa.number}"

    @property
    def audit_sponsor_id(self) -> int | None:
        return self.capa.sponsor_id

    def signature_content(self) -> dict[str, object]:
        return {
            "capa": self.capa.number,
            "success_criteria": self.success_criteria,
            "evidence": self.evidence,
            "verdict": self.verdict,
            "rating": self.rating,
        }
