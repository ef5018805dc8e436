"""How hard the work is and who must review it: the complexity assessment, the signed
reviews, and the sponsor's comments on what was sent."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q

from accord.proposals.models.proposals import ProposalRevision

COMPLEXITY_FACTORS = (
    ("high_potency", "High-potency handling"),
    ("novel_modality", "Novel modality"),
    ("flow_chemistry", "Flow chemistry"),
    ("scale", "Scale"),
    ("regulatory_path", "Regulatory path"),
    ("tight_timeline", "Tight timeline"),
    ("analytical", "Analytical complexity"),
    ("cold_chain_controlled", "Cold chain / controlled substance"),
)


class ComplexityAssessment(models.Model):
    """The scored technical complexity of a revision; internal to the CDMO."""

    FACTORS = COMPLEXITY_FACTORS

    class Level(models.TextChoices):
        LOW = "low", "Low"
        MEDIUM = "medium", "Medium"
        HIGH = "high", "High"

    revision = models.OneToOneField(
        ProposalRevision, on_delete=models.CASCADE, related_name="assessment"
    )
    high_potency = models.PositiveSmallIntegerField(default=0, validators=[MaxValueValidator(3)])
    novel_modality = models.PositiveSmallIntegerField(default=0, validators=[MaxValueValidator(3)])
    flow_chemistry = models.PositiveSmallIntegerField(default=0, validators=[MaxValueValidator(3)])
    scale = models.PositiveSmallIntegerField(default=0, validators=[MaxValueValidator(3)])
    regulatory_path = models.PositiveSmallIntegerField(default=0, validators=[MaxValueValidator(3)])
    tight_timeline = models.PositiveSmallIntegerField(default=0, validators=[MaxValueValidator(3)])
    analytical = models.PositiveSmallIntegerField(default=0, validators=[MaxValueValidator(3)])
    cold_chain_controlled = models.PositiveSmallIntegerField(
        default=0, validators=[MaxValueValidator(3)]
    )
    score = models.PositiveSmallIntegerField(default=0, help_text="Sum of the factors (0-24).")
    level = models.CharField(max_length=8, choices=Level.choices, default=Level.LOW)
    rationale = models.TextField(blank=True)
    assessed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    assessed_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.CheckConstraint(
                name=f"assessment_{name}_0_to_3", condition=Q(**{f"{name}__lte": 3})
            )
            for name, _ in COMPLEXITY_FACTORS
        ]

    def __str__(self) -> str:
        return f"Complexity of {self.revision}: {self.get_level_display()} ({self.score})"

    @property
    def audit_sponsor_id(self) -> int:
        return self.revision.proposal.sponsor_id

    def factors(self) -> dict[str, int]:
        return {name: getattr(self, name) for name, _ in self.FACTORS}

    def factor_rows(self) -> list[tuple[str, int]]:
        return [(label, getattr(self, name)) for name, label in self.FACTORS]

    def describe(self) -> dict[str, object]:
        return {**self.factors(), "score": self.score, "level": self.level}


class ReviewKind(models.TextChoices):
    """The reviews a revision may need; ``complexity.required_reviews`` picks them."""

    EHS = "ehs", "EHS / containment SME"
    PROCESS_CHEMISTRY = "process_chemistry", "Process chemistry SME"
    ANALYTICAL = "analytical", "Analytical SME"
    REGULATORY = "regulatory", "Regulatory CMC SME"
    QUALITY = "quality", "Quality assurance"
    FINANCE = "finance", "Finance"
    EXECUTIVE = "executive", "Executive"


class ProposalReview(models.Model):
    """One signed review of a revision. Never deleted; a later change to the revision's
    content sets ``invalidated_at`` and the review must be signed again."""

    class Decision(models.TextChoices):
        REVIEWED = "reviewed", "Reviewed"
        REJECTED = "rejected", "Rejected"

    revision = models.ForeignKey(ProposalRevision, on_delete=models.PROTECT, related_name="reviews")
    kind = models.CharField(max_length=20, choices=ReviewKind.choices)
    decision = models.CharField(max_length=10, choices=Decision.choices)
    reason = models.TextField(blank=True)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    signed_at = models.DateTimeField()
    signature = models.OneToOneField(
        "signatures.Signature",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    invalidated_at = models.DateTimeField(null=True, blank=True)
    invalidation_reason = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["signed_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["revision", "kind"],
                condition=Q(invalidated_at__isnull=True),
                name="review_one_current_per_kind",
            ),
            models.CheckConstraint(
                name="review_rejection_has_reason",
                condition=Q(decision="reviewed") | ~Q(reason=""),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} review of {self.revision}: {self.get_decision_display()}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.revision.proposal.sponsor_id

    @property
    def is_current(self) -> bool:
        return self.invalidated_at is None

    def signature_content(self) -> dict[str, object]:
        """The review's verdict on the revision's content as it is now: a later change to
        the revision makes the signature's hash no longer match."""
        return {
            "kind": self.kind,
            "decision": self.decision,
            "reason": self.reason,
            "revision": self.revision.signature_content(),
        }


class RevisionComment(models.Model):
    """A sponsor user's comment on a revision they were sent; carried into the next
    revision as its ``sponsor_feedback``."""

    revision = models.ForeignKey(
        ProposalRevision, on_delete=models.PROTECT, related_name="comments"
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"Comment by {self.author} on {self.revision}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.revision.proposal.sponsor_id
