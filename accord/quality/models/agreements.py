"""GMP quality records. First, the quality agreements: the terms each sponsor agreed
with the CDMO on being told of deviations and on approving changes (EU GMP Chapter 7;
FDA, "Contract Manufacturing Arrangements for Drugs: Quality Agreements", 2016).

An agreement is drafted, then approved by a QA signature; a new revision takes over from
its effective date, and the one that applies to an event is the approved revision in
force on the event's date (``selectors.agreement_in_force``). Approved revisions are
never edited: a change is a new revision.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from accord.accounts.models import Organization

MAX_NOTIFY_HOURS = 720  # thirty days: beyond that it is no longer a notification clock
MAX_SUMMARY_DAYS = 60


class DeviationClass(models.TextChoices):
    MINOR = "minor", "Minor"
    MAJOR = "major", "Major"
    CRITICAL = "critical", "Critical"


# What each class means, shown wherever a class is chosen or read.
CLASS_DEFINITIONS = {
    DeviationClass.CRITICAL: "Significant risk to the patient, the product or data integrity.",
    DeviationClass.MAJOR: "Potentially significant risk to the product or to compliance.",
    DeviationClass.MINOR: "Isolated, with no impact on the product or on compliance.",
}


class ChangeType(models.TextChoices):
    PROCESS = "process", "Process"
    EQUIPMENT = "equipment", "Equipment"
    FACILITY = "facility", "Facility"
    METHOD = "method", "Analytical method"
    SPECIFICATION = "specification", "Specification"
    SUPPLIER = "supplier", "Supplier"
    DOCUMENT = "document", "Document"
    COMPUTERIZED_SYSTEM = "computerized_system", "Computerized system"


class QualityAgreement(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        APPROVED = "approved", "Approved"

    sponsor = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        related_name="quality_agreements",
        limit_choices_to={"kind": Organization.Kind.SPONSOR},
    )
    revision = models.PositiveSmallIntegerField(help_text="1 for the first agreement, then 2 ...")
    title = models.CharField(max_length=200)
    effective_from = models.DateField(help_text="The first day its terms apply.")
    summary_days = models.PositiveSmallIntegerField(
        "preliminary summary due (working days)",
        validators=[MinValueValidator(1), MaxValueValidator(MAX_SUMMARY_DAYS)],
        help_text="Working days from discovery to the preliminary investigation summary of "
        "a notifiable deviation.",
    )
    share_team_qualification = models.BooleanField(
        "share the team's qualification status",
        default=False,
        help_text="The sponsor's people see, on their project's page, whether each member "
        "of the CDMO team is qualified for the job roles they hold (nothing more).",
    )
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT)
    drafted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    drafted_at = models.DateTimeField(default=timezone.now)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["sponsor__name", "-revision"]
        permissions = [("approve_qualityagreement", "Can approve a quality agreement (QA)")]
        constraints = [
            models.UniqueConstraint(
                fields=["sponsor", "revision"], name="quality_agreement_revision_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.reference} {self.title}"

    @property
    def reference(self) -> str:
        return f"QAG-{self.sponsor.short_name or self.sponsor_id}-R{self.revision}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.sponsor_id

    @property
    def is_draft(self) -> bool:
        return self.status == self.Status.DRAFT

    def signature_content(self) -> dict[str, object]:
        """What QA's approval covers: every term of the revision."""
        return {
            "reference": self.reference,
            "title": self.title,
            "effective_from": self.effective_from.isoformat(),
            "summary_days": self.summary_days,
            "notify": {
                term.deviation_class: term.notify_within_hours
                for term in self.notification_terms.all()
            },
            "approvals": sorted(
                [term.change_type, term.product] for term in self.change_approval_terms.all()
            ),
            "contacts": sorted([c.name, c.email, c.role] for c in self.contacts.all()),
        } | (
            # Only when granted, so revisions signed before the term existed still match.
            {"share_team_qualification": True} if self.share_team_qualification else {}
        )


class NotificationTerm(models.Model):
    """A deviation class the sponsor must be told of, and within how many hours of its
    discovery (calendar hours: the sponsor's clock runs day and night)."""

    agreement = models.ForeignKey(
        QualityAgreement, on_delete=models.CASCADE, related_name="notification_terms"
    )
    deviation_class = models.CharField(max_length=16, choices=DeviationClass.choices)
    notify_within_hours = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(MAX_NOTIFY_HOURS)]
    )

    class Meta:
        ordering = ["agreement", "notify_within_hours"]
        constraints = [
            models.UniqueConstraint(
                fields=["agreement", "deviation_class"], name="notification_term_once_per_class"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_deviation_class_display()}: within {self.notify_within_hours} h"

    @property
    def audit_sponsor_id(self) -> int:
        return self.agreement.sponsor_id


class ChangeApprovalTerm(models.Model):
    """A type of change (for one product, or every product) the sponsor approves before
    it is implemented."""

    agreement = models.ForeignKey(
        QualityAgreement, on_delete=models.CASCADE, related_name="change_approval_terms"
    )
    change_type = models.CharField(max_length=24, choices=ChangeType.choices)
    product = models.CharField(
        max_length=120, blank=True, help_text="Empty: every product of the sponsor."
    )

    class Meta:
        ordering = ["agreement", "change_type", "product"]
        constraints = [
            models.UniqueConstraint(
                fields=["agreement", "change_type", "product"], name="change_term_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_change_type_display()} changes, {self.product or 'every product'}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.agreement.sponsor_id


class QualityContact(models.Model):
    """Whom the sponsor's quality notices go to."""

    agreement = models.ForeignKey(
        QualityAgreement, on_delete=models.CASCADE, related_name="contacts"
    )
    name = models.CharField(max_length=120)
    email = models.EmailField()
    role = models.CharField(max_length=120, blank=True, help_text="e.g. Head of QA, QP")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="Their Accord account, if they have one.",
    )

    class Meta:
        ordering = ["agreement", "name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.role})" if self.role else self.name

    @property
    def audit_sponsor_id(self) -> int:
        return self.agreement.sponsor_id
