"""What the CDMO offers: a proposal, its revisions and their scope items and payment
milestones."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from accord.accounts.models import Organization
from accord.proposals.models.rfps import Currency, Rfp, Service


class Proposal(models.Model):
    rfp = models.ForeignKey(Rfp, on_delete=models.PROTECT, related_name="proposals")
    # Always rfp.sponsor (set by the services): scoping by sponsor needs no join.
    sponsor = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        related_name="proposals",
        limit_choices_to={"kind": Organization.Kind.SPONSOR},
    )
    year = models.PositiveSmallIntegerField()
    sequence = models.PositiveIntegerField(help_text="Gap-free per sponsor and year.")
    number = models.CharField(max_length=40, unique=True, help_text="PRP-AUR-2026-001")
    title = models.CharField(max_length=200)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="owned_proposals",
        help_text="The business-development person who answers for it and sends it.",
    )
    currency = models.CharField(max_length=3, choices=Currency.choices, default=Currency.CHF)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["sponsor", "year", "sequence"], name="proposal_sequence_unique"
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


class ProposalRevision(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        IN_REVIEW = "in_review", "In review"
        APPROVED = "approved", "Approved"
        SENT = "sent", "Sent to sponsor"
        SUPERSEDED = "superseded", "Superseded"
        ACCEPTED = "accepted", "Accepted by sponsor"
        DECLINED = "declined", "Declined by sponsor"

    OPEN_STATES = (Status.DRAFT, Status.IN_REVIEW, Status.APPROVED)
    # What the sponsor portal shows: never a revision that has not been sent.
    SPONSOR_STATES = (Status.SENT, Status.SUPERSEDED, Status.ACCEPTED, Status.DECLINED)

    proposal = models.ForeignKey(Proposal, on_delete=models.PROTECT, related_name="revisions")
    number = models.PositiveIntegerField(help_text="Gap-free within the proposal (R1, R2 ...).")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT)
    summary = models.TextField(
        blank=True, help_text="The cover text the sponsor reads first: what we offer and why."
    )
    valid_until = models.DateField(null=True, blank=True, help_text="The offer holds until.")
    internal_pricing_notes = models.TextField(
        blank=True, help_text="CDMO only: margins, cost basis, discounts. Never shown to sponsors."
    )
    sponsor_feedback = models.TextField(
        blank=True, help_text="The sponsor's comments on the previous revision."
    )
    total = models.DecimalField(max_digits=16, decimal_places=2, default=Decimal("0.00"))
    # The timeline: its inputs, then what the scheduling engine computed from them.
    timeline_template = models.CharField(max_length=40, blank=True)
    timeline_start = models.DateField(null=True, blank=True)
    timeline_scale = models.DecimalField(
        max_digits=4, decimal_places=2, default=Decimal("1.00"), help_text="Duration factor."
    )
    timeline_batches = models.PositiveSmallIntegerField(default=1)
    timeline = models.JSONField(
        default=dict,
        blank=True,
        help_text="Rows (name, start, finish, critical), finish, critical path, P50, P80.",
    )
    sent_on = models.DateField(null=True, blank=True)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(
        default=1, help_text="Goes up with every change to the revision or its rows."
    )

    class Meta:
        ordering = ["proposal", "-number"]
        verbose_name = "proposal revision"
        permissions = [
            ("review_proposalrevision", "Can sign reviews of proposal revisions"),
            ("send_proposalrevision", "Can send proposal revisions to the sponsor"),
            (
                "accept_proposalrevision",
                "Can accept or decline sent proposal revisions for the sponsor",
            ),
        ]
        constraints = [
            models.UniqueConstraint(fields=["proposal", "number"], name="revision_number_unique"),
            models.UniqueConstraint(
                fields=["proposal"],
                condition=Q(status__in=["draft", "in_review", "approved"]),
                name="revision_one_open_per_proposal",
            ),
            models.CheckConstraint(
                name="revision_sent_complete",
                condition=Q(sent_on__isnull=True, sent_by__isnull=True)
                | Q(sent_on__isnull=False, sent_by__isnull=False),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.proposal.number} {self.reference}"

    @property
    def reference(self) -> str:
        return f"R{self.number}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.proposal.sponsor_id

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATES

    @property
    def is_sponsor_visible(self) -> bool:
        return self.status in self.SPONSOR_STATES

    def signature_content(self) -> dict[str, object]:
        """Everything offered and reviewed: scope, prices, milestones, timeline, complexity
        and pricing notes. The state is not content: sending does not change it."""
        assessment = getattr(self, "assessment", None)
        return {
            "proposal": self.proposal.number,
            "revision": self.reference,
            "currency": self.proposal.currency,
            "summary": self.summary,
            "valid_until": self.valid_until.isoformat() if self.valid_until else None,
            "internal_pricing_notes": self.internal_pricing_notes,
            "total": str(self.total),
            "scope": [item.describe() for item in self.scope_items.order_by("position", "pk")],
            "milestones": [m.describe() for m in self.milestones.order_by("position", "pk")],
            "timeline": self.timeline,
            "assessment": assessment.describe() if assessment else None,
        }


class ScopeItem(models.Model):
    revision = models.ForeignKey(
        ProposalRevision, on_delete=models.CASCADE, related_name="scope_items"
    )
    position = models.PositiveIntegerField(default=0)
    service = models.CharField(max_length=40, choices=Service.choices)
    description = models.CharField(max_length=300)
    deliverables = models.TextField(blank=True)
    assumptions = models.TextField(blank=True)
    exclusions = models.TextField(blank=True)
    unit = models.CharField(max_length=40, help_text="e.g. batch, study, FTE-month, lot.")
    quantity = models.DecimalField(
        max_digits=12, decimal_places=2, validators=[MinValueValidator(Decimal("0.01"))]
    )
    unit_price = models.DecimalField(
        max_digits=14, decimal_places=2, validators=[MinValueValidator(Decimal("0"))]
    )
    total = models.DecimalField(
        max_digits=16, decimal_places=2, help_text="Quantity x unit price, computed."
    )

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.CheckConstraint(name="scopeitem_quantity_positive", condition=Q(quantity__gt=0)),
            models.CheckConstraint(
                name="scopeitem_price_not_negative", condition=Q(unit_price__gte=0)
            ),
        ]

    def __str__(self) -> str:
        return self.description

    @property
    def audit_sponsor_id(self) -> int:
        return self.revision.proposal.sponsor_id

    def describe(self) -> list[object]:
        return [
            self.service,
            self.description,
            self.deliverables,
            self.assumptions,
            self.exclusions,
            self.unit,
            str(self.quantity),
            str(self.unit_price),
            str(self.total),
        ]


class PaymentMilestone(models.Model):
    """A payment: a percent of the revision's total or a fixed amount, due on a trigger.
    A revision's milestones all use one basis; percents must sum to 100 and fixed
    amounts to the total before it is reviewed or sent."""

    revision = models.ForeignKey(
        ProposalRevision, on_delete=models.CASCADE, related_name="milestones"
    )
    position = models.PositiveIntegerField(default=0)
    name = models.CharField(max_length=200)
    percent = models.DecimalField(
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0.01")), MaxValueValidator(Decimal("100"))],
    )
    amount = models.DecimalField(
        max_digits=16,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0.01"))],
    )
    trigger = models.CharField(max_length=200, help_text="e.g. on batch release.")

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.CheckConstraint(
                name="paymentmilestone_percent_or_amount",
                condition=Q(percent__isnull=False, amount__isnull=True)
                | Q(percent__isnull=True, amount__isnull=False),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def audit_sponsor_id(self) -> int:
        return self.revision.proposal.sponsor_id

    @property
    def uses_percent(self) -> bool:
        return self.percent is not None

    def due_amount(self, total: Decimal) -> Decimal:
        if self.percent is None:
            return self.amount
        return (total * self.percent / 100).quantize(Decimal("0.01"))

    def describe(self) -> list[object]:
        return [
            self.name,
            str(self.percent) if self.percent is not None else None,
            str(self.amount) if self.amount is not None else None,
            self.trigger,
        ]
