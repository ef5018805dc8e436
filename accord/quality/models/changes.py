"""GMP change control (ICH Q10 3.2.3; 21 CFR 211.100(a); EU GMP Chapter 7 for a CDMO):
a change request (current state -> proposed state) assessed by each department
concerned, its plan approved by a QA signature, approved by every sponsor whose quality
agreement says so, implemented through actions, and closed only after QA's signed
review of its effectiveness.

Not to be confused with ``accord.changes``: change *orders*, the scope and price
changes of a project that a sponsor accepts.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from accord.accounts.models import Organization, Role, Site
from accord.projects.models import Project, ProjectDocument
from accord.quality.models.agreements import ChangeType, QualityAgreement
from accord.quality.models.capa import Capa
from accord.quality.models.deviations import Deviation


class ChangeState(models.TextChoices):
    DRAFT = "draft", "Draft"
    ASSESSMENT = "assessment", "Impact assessment"
    SPONSOR_APPROVAL = "sponsor_approval", "Waiting for sponsor approval"
    APPROVED = "approved", "Approved for implementation"
    IMPLEMENTATION = "implementation", "Implementation"
    REVIEW = "review", "Effectiveness review"
    CLOSED = "closed", "Closed"
    REJECTED = "rejected", "Rejected"
    CANCELLED = "cancelled", "Cancelled"


OPEN_CHANGE_STATES = (
    ChangeState.DRAFT,
    ChangeState.ASSESSMENT,
    ChangeState.SPONSOR_APPROVAL,
    ChangeState.APPROVED,
    ChangeState.IMPLEMENTATION,
    ChangeState.REVIEW,
)
# From plan approval on, a change is what its sponsors may read (never a draft).
SHOWN_TO_SPONSORS = (
    ChangeState.SPONSOR_APPROVAL,
    ChangeState.APPROVED,
    ChangeState.IMPLEMENTATION,
    ChangeState.REVIEW,
    ChangeState.CLOSED,
    ChangeState.REJECTED,
    ChangeState.CANCELLED,
)


class ChangeClass(models.TextChoices):
    MINOR = "minor", "Minor"
    MAJOR = "major", "Major"


CHANGE_CLASS_DEFINITIONS = {
    ChangeClass.MAJOR: "Could affect the product's quality, its validated state or a "
    "regulatory filing.",
    ChangeClass.MINOR: "No effect on the product's quality, its validated state or a filing.",
}


class FilingImpact(models.TextChoices):
    NONE = "none", "No regulatory filing needed"
    NEEDED = "needed", "A variation or supplement is needed"
    TBD = "tbd", "To be determined"


class RiskLevel(models.TextChoices):
    LOW = "low", "Low"
    MEDIUM = "medium", "Medium"
    HIGH = "high", "High"


class Department(models.TextChoices):
    QA = "qa", "Quality assurance"
    QC = "qc", "Quality control"
    PRODUCTION = "production", "Production"
    REGULATORY = "regulatory", "Regulatory affairs"
    VALIDATION = "validation", "Validation"
    EHS = "ehs", "Environment, health and safety"


class ChangeControl(models.Model):
    State = ChangeState

    class Duration(models.TextChoices):
        PERMANENT = "permanent", "Permanent"
        TEMPORARY = "temporary", "Temporary"

    class Urgency(models.TextChoices):
        ROUTINE = "routine", "Routine"
        EMERGENCY = "emergency", "Emergency"

    number = models.CharField(max_length=16, unique=True)
    title = models.CharField(max_length=200)
    current_state = models.TextField("current state", help_text="How it is done today.")
    proposed_state = models.TextField("proposed state", help_text="How it will be done.")
    justification = models.TextField(help_text="Why the change is needed.")
    change_type = models.CharField("type", max_length=24, choices=ChangeType.choices)
    duration = models.CharField(max_length=12, choices=Duration.choices, default=Duration.PERMANENT)
    temporary_until = models.DateField(
        "temporary until", null=True, blank=True, help_text="The last day a temporary change holds."
    )
    urgency = models.CharField(max_length=12, choices=Urgency.choices, default=Urgency.ROUTINE)
    classification = models.CharField(max_length=8, choices=ChangeClass.choices)
    site = models.ForeignKey(Site, on_delete=models.PROTECT, related_name="+")
    products = models.TextField(
        "affected products", blank=True, help_text="One product or intermediate per line."
    )
    projects = models.ManyToManyField(Project, blank=True, related_name="change_controls")
    capa = models.ForeignKey(
        Capa, on_delete=models.PROTECT, null=True, blank=True, related_name="change_controls"
    )
    deviation = models.ForeignKey(
        Deviation, on_delete=models.PROTECT, null=True, blank=True, related_name="change_controls"
    )
    filing = models.CharField(
        "regulatory filing", max_length=8, choices=FilingImpact.choices, default=FilingImpact.TBD
    )
    filing_rationale = models.TextField("filing rationale", blank=True)
    risk_assessment = models.TextField(blank=True)
    risk_level = models.CharField(max_length=8, choices=RiskLevel.choices, blank=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    raised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    raised_at = models.DateTimeField(default=timezone.now)
    state = models.CharField(max_length=20, choices=ChangeState.choices, default=ChangeState.DRAFT)
    plan_approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    plan_approved_at = models.DateTimeField(null=True, blank=True)
    approved_at = models.DateTimeField(
        null=True, blank=True, help_text="Approved for implementation."
    )
    implemented_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    end_reason = models.TextField(blank=True, help_text="Why it was rejected or cancelled.")
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-raised_at", "-number"]
        permissions = [
            ("approve_changecontrol", "Can approve a change control (QA)"),
            ("decide_changecontrol", "Can approve or reject a change for the sponsor"),
        ]
        constraints = [
            models.CheckConstraint(
                name="change_control_temporary_has_end",
                condition=~models.Q(duration="temporary", temporary_until__isnull=True),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number} {self.title}"

    @property
    def audit_sponsor_id(self) -> int | None:
        # A change may touch several sponsors: its audit events are the CDMO's; each
        # sponsor reads its own approval's events.
        return None

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_CHANGE_STATES

    @property
    def product_list(self) -> list[str]:
        return [line.strip() for line in self.products.splitlines() if line.strip()]

    def signature_content(self) -> dict[str, object]:
        """What QA's plan approval covers: the change, its assessments and its plan (not
        its state, so the signature stays valid as the change moves on; an action added
        later shows in the manifest as a change since the signature)."""
        return {
            "number": self.number,
            "title": self.title,
            "current": self.current_state,
            "proposed": self.proposed_state,
            "justification": self.justification,
            "type": self.change_type,
            "duration": self.duration,
            "temporary_until": self.temporary_until.isoformat() if self.temporary_until else None,
            "urgency": self.urgency,
            "classification": self.classification,
            "products": self.product_list,
            "projects": sorted(p.code for p in self.projects.all()),
            "filing": [self.filing, self.filing_rationale],
            "risk": [self.risk_level, self.risk_assessment],
            "assessments": [
                [a.department, a.impact, a.assessment] for a in self.assessments.order_by("pk")
            ],
            "actions": [[a.kind, a.description] for a in self.actions.order_by("pk")],
        }


class ImpactAssessment(models.Model):
    """One department's signed assessment of a change (R-CC-2)."""

    class Impact(models.TextChoices):
        NONE = "none", "No impact"
        LOW = "low", "Low impact"
        MEDIUM = "medium", "Medium impact"
        HIGH = "high", "High impact"

    change = models.ForeignKey(ChangeControl, on_delete=models.PROTECT, related_name="assessments")
    department = models.CharField(max_length=12, choices=Department.choices)
    assessor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    requested_at = models.DateTimeField(default=timezone.now)
    impact = models.CharField(max_length=8, choices=Impact.choices, blank=True)
    assessment = models.TextField(blank=True)
    signed_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["change", "department"]
        constraints = [
            models.UniqueConstraint(
                fields=["change", "department"], name="change_assessment_once_per_department"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_department_display()} assessment of {self.change.number}"

    @property
    def audit_sponsor_id(self) -> None:
        return None

    @property
    def is_signed(self) -> bool:
        return self.signed_at is not None

    def signature_content(self) -> dict[str, object]:
        return {
            "change": self.change.number,
            "department": self.department,
            "impact": self.impact,
            "assessment": self.assessment,
        }


class SponsorApproval(models.Model):
    """A sponsor's decision on a change its quality agreement makes it approve before
    implementation (R-CC-4). Asked when QA approves the plan; decided in the portal by
    the sponsor manager's signature. A rescoped change asks again: the earlier requests
    stay on record, no longer current."""

    class Decision(models.TextChoices):
        PENDING = "pending", "Waiting for the sponsor"
        APPROVED = "approved", "Approved"
        REJECTED = "rejected", "Rejected"

    change = models.ForeignKey(
        ChangeControl, on_delete=models.PROTECT, related_name="sponsor_approvals"
    )
    sponsor = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="+")
    agreement = models.ForeignKey(
        QualityAgreement,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="The quality agreement that requires the approval.",
    )
    products = models.TextField(blank=True, help_text="The sponsor's products the change touches.")
    requested_at = models.DateTimeField(default=timezone.now)
    decision = models.CharField(max_length=10, choices=Decision.choices, default=Decision.PENDING)
    comment = models.TextField(blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    current = models.BooleanField(
        default=True, help_text="False once the change was rescoped and the sponsor asked again."
    )
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["change", "-requested_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["change", "sponsor"],
                condition=models.Q(current=True),
                name="sponsor_approval_one_current",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.sponsor.name}'s approval of {self.change.number}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.sponsor_id

    @property
    def is_pending(self) -> bool:
        return self.decision == self.Decision.PENDING

    def signature_content(self) -> dict[str, object]:
        """What the sponsor signs: the change as the CDMO will make it, for its products."""
        change = self.change
        return {
            "change": change.number,
            "title": change.title,
            "current": change.current_state,
            "proposed": change.proposed_state,
            "justification": change.justification,
            "type": change.change_type,
            "duration": change.duration,
            "temporary_until": change.temporary_until.isoformat()
            if change.temporary_until
            else None,
            "products": self.products,
            "decision": self.decision,
            "comment": self.comment,
        }


class ActionKind(models.TextChoices):
    REVISE_DOCUMENT = "revise_document", "Revise a document"
    TRAIN_ROLE = "train_role", "Train a role"
    OTHER = "other", "Other action"


class ImplementationAction(models.Model):
    """One step of the implementation plan. A document to revise must be approved before
    the change closes (R-CC-6)."""

    Kind = ActionKind

    change = models.ForeignKey(ChangeControl, on_delete=models.PROTECT, related_name="actions")
    kind = models.CharField(max_length=16, choices=ActionKind.choices)
    description = models.TextField()
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    due_date = models.DateField()
    document = models.ForeignKey(
        ProjectDocument, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    role = models.ForeignKey(
        Role,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="The role whose people are trained.",
    )
    training = models.ForeignKey(
        "training.Requirement",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="The training the role's people complete before the action is done.",
    )
    evidence = models.TextField(blank=True, help_text="What shows it was done.")
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    done_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["change", "due_date", "pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.description[:60]}"

    @property
    def audit_sponsor_id(self) -> None:
        return None

    @property
    def is_done(self) -> bool:
        return self.done_at is not None


class ChangeReview(models.Model):
    """The post-implementation review (ICH Q10 3.2.3 d; R-CC-5): did the change meet its
    objectives with no deleterious impact? Signed by QA; the change closes with it."""

    change = models.OneToOneField(ChangeControl, on_delete=models.PROTECT, related_name="review")
    objectives_met = models.BooleanField()
    no_adverse_impact = models.BooleanField("no deleterious impact")
    evidence = models.TextField()
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    reviewed_at = models.DateTimeField(default=timezone.now)
    version = models.PositiveIntegerField(default=1)

    def __str__(self) -> str:
        return f"Effectiveness review of {self.change.number}"

    @property
    def audit_sponsor_id(self) -> None:
        return None

    def signature_content(self) -> dict[str, object]:
        return {
            "change": self.change.number,
            "objectives_met": self.objectives_met,
            "no_adverse_impact": self.no_adverse_impact,
            "evidence": self.evidence,
        }
