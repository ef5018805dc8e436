"""What a sponsor asks for: the RFP and the services one may ask for."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q

from accord.accounts.models import Organization
from accord.projects.models import Project


class Service(models.TextChoices):
    """The services a sponsor may ask for and a scope item may price."""

    ANALYTICAL_METHOD_DEVELOPMENT = "analytical_method_development", "Analytical method development"
    PROCESS_DEVELOPMENT = "process_development", "Process development"
    TECH_TRANSFER = "tech_transfer", "Tech transfer"
    CLINICAL_MANUFACTURING = "clinical_manufacturing", "Clinical manufacturing"
    COMMERCIAL_MANUFACTURING = "commercial_manufacturing", "Commercial manufacturing"
    STABILITY = "stability", "Stability"
    FILL_FINISH = "fill_finish", "Fill-finish"
    REGULATORY_SUPPORT = "regulatory_support", "Regulatory support"


class Currency(models.TextChoices):
    CHF = "CHF", "CHF"
    EUR = "EUR", "EUR"
    USD = "USD", "USD"


def services_validate(value: object) -> None:
    """A JSON list of distinct service codes, at least one."""
    if not isinstance(value, list) or not value:
        raise ValidationError("Choose at least one service.")
    unknown = [code for code in value if code not in Service.values]
    if unknown:
        raise ValidationError(f"Unknown services: {', '.join(map(str, unknown))}.")
    if len(set(value)) != len(value):
        raise ValidationError("Each service once.")


class Rfp(models.Model):
    class Status(models.TextChoices):
        NEW = "new", "New"
        QUALIFYING = "qualifying", "Qualifying"
        IN_PREPARATION = "in_preparation", "Proposal in preparation"
        PROPOSAL_SENT = "proposal_sent", "Proposal sent"
        WON = "won", "Won"
        LOST = "lost", "Lost"
        DECLINED = "declined", "Declined by the CDMO"
        WITHDRAWN = "withdrawn", "Withdrawn by the sponsor"

    class QuantityUnit(models.TextChoices):
        G = "g", "g"
        KG = "kg", "kg"
        L = "L", "L"
        BATCHES = "batches", "batches"
        VIALS = "vials", "vials"
        DOSES = "doses", "doses"

    CLOSED_STATES = (Status.WON, Status.LOST, Status.DECLINED, Status.WITHDRAWN)

    sponsor = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        related_name="rfps",
        limit_choices_to={"kind": Organization.Kind.SPONSOR},
    )
    year = models.PositiveSmallIntegerField()
    sequence = models.PositiveIntegerField(help_text="Gap-free per sponsor and year.")
    number = models.CharField(max_length=40, unique=True, help_text="RFP-AUR-2026-001")
    title = models.CharField(max_length=200)
    services = models.JSONField(
        default=list, validators=[services_validate], help_text="Service codes asked for."
    )
    molecule = models.CharField(max_length=120, blank=True)
    modality = models.CharField(max_length=32, choices=Project.Modality.choices)
    phase = models.CharField(max_length=32, choices=Project.Phase.choices)
    quantity_text = models.CharField(
        "quantities",
        max_length=300,
        blank=True,
        help_text="As the sponsor put it, e.g. two GMP batches of 5 kg each.",
    )
    quantity_amount = models.DecimalField(
        max_digits=14,
        decimal_places=3,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
    )
    quantity_unit = models.CharField(max_length=16, choices=QuantityUnit.choices, blank=True)
    desired_start = models.DateField(null=True, blank=True)
    desired_delivery = models.DateField(null=True, blank=True)
    high_potency = models.BooleanField(default=False, help_text="HPAPI: OEB 4-5 containment.")
    controlled_substance = models.BooleanField(default=False)
    cold_chain = models.BooleanField(default=False)
    proposal_due = models.DateField(null=True, blank=True)
    description = models.TextField(blank=True)
    received_on = models.DateField()
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.NEW)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-received_on", "-pk"]
        verbose_name = "RFP"
        constraints = [
            models.UniqueConstraint(
                fields=["sponsor", "year", "sequence"], name="rfp_sequence_unique"
            ),
            models.CheckConstraint(
                name="rfp_delivery_after_start",
                condition=Q(desired_start__isnull=True)
                | Q(desired_delivery__isnull=True)
                | Q(desired_delivery__gte=models.F("desired_start")),
            ),
            models.CheckConstraint(
                name="rfp_quantity_has_unit",
                condition=Q(quantity_amount__isnull=True) | ~Q(quantity_unit=""),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number} {self.title}"

    @property
    def reference(self) -> str:
        return self.number

    @property
    def audit_sponsor_id(self) -> int:
        return self.sponsor_id

    @property
    def service_labels(self) -> list[str]:
        return [Service(code).label for code in self.services if code in Service.values]

    @property
    def handling_flags(self) -> list[str]:
        flags = [
            ("high_potency", "High potency"),
            ("controlled_substance", "Controlled substance"),
            ("cold_chain", "Cold chain"),
        ]
        return [label for name, label in flags if getattr(self, name)]

    @property
    def status_shown(self) -> str:
        """The status as a person reads it: a sent proposal the sponsor has already
        accepted or declined says so, while the outcome is still to be recorded."""
        if self.status == self.Status.PROPOSAL_SENT:
            answered = (
                self.proposals.filter(revisions__status__in=("accepted", "declined"))
                .values_list("revisions__status", flat=True)
                .first()
            )
            if answered == "accepted":
                return "Proposal accepted by the sponsor"
            if answered == "declined":
                return "Proposal declined by the sponsor"
        return self.get_status_display()

    @property
    def is_closed(self) -> bool:
        return self.status in self.CLOSED_STATES

    def clean(self) -> None:
        start, delivery = self.desired_start, self.desired_delivery
        if start and delivery and delivery < start:
            raise ValidationError(
                {"desired_delivery": ["The delivery cannot be before the start."]}
            )
        if self.quantity_amount is not None and not self.quantity_unit:
            raise ValidationError({"quantity_unit": ["Give the unit of the amount."]})
