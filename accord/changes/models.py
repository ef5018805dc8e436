"""Change orders: out-of-scope work a sponsor is asked to accept, with its price and its
effect on the plan.

There is no SOW model yet: a change order names the part of the statement of work it
amends in free text (``sow_reference``, e.g. "SOW v2 §3.1"). The plan and its baseline
change only when an accepted change order is incorporated.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from accord.projects.models import Project


class ChangeOrder(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        INTERNAL_REVIEW = "internal_review", "In internal review"
        SENT = "sent", "Sent to sponsor"
        APPROVED = "approved", "Approved by sponsor"
        REJECTED = "rejected", "Rejected by sponsor"
        INCORPORATED = "incorporated", "Incorporated"

    class Currency(models.TextChoices):
        CHF = "CHF", "CHF"
        EUR = "EUR", "EUR"
        USD = "USD", "USD"

    # What the sponsor portal shows: never drafts nor what is still under internal review.
    SPONSOR_STATES = (Status.SENT, Status.APPROVED, Status.REJECTED, Status.INCORPORATED)

    project = models.ForeignKey(Project, on_delete=models.PROTECT, related_name="change_orders")
    number = models.PositiveIntegerField(help_text="Gap-free within the project (CO-001).")
    title = models.CharField(max_length=200)
    sow_reference = models.CharField(
        "SOW reference",
        max_length=120,
        help_text="The part of the SOW it amends, e.g. SOW v2 §3.1.",
    )
    scope_change = models.TextField(help_text="The work added, removed or changed.")
    justification = models.TextField(help_text="Why the change is needed.")
    price_change = models.DecimalField(
        max_digits=12, decimal_places=2, help_text="Negative for a reduction."
    )
    currency = models.CharField(max_length=3, choices=Currency.choices, default=Currency.CHF)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT)
    # The schedule impact: the plan edits applied to a copy of the plan (see services).
    finish_before = models.DateField(null=True, blank=True)
    finish_after = models.DateField(null=True, blank=True)
    finish_delta_days = models.IntegerField(
        null=True, blank=True, help_text="Working days the project finish moves."
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    decided_on = models.DateField(null=True, blank=True)
    rejection_reason = models.TextField(blank=True)
    incorporated_at = models.DateTimeField(null=True, blank=True)
    baseline = models.ForeignKey(
        "planning.Baseline",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="The signed baseline saved when the change order was incorporated.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["project", "-number"]
        permissions = [
            ("send_changeorder", "Can send a change order to the sponsor"),
            ("accept_changeorder", "Can accept or reject a change order for the sponsor"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["project", "number"], name="changeorder_number_unique"),
            models.CheckConstraint(
                name="changeorder_decision_complete",
                condition=(Q(decided_by__isnull=True) & Q(decided_on__isnull=True))
                | (Q(decided_by__isnull=False) & Q(decided_on__isnull=False)),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.reference} {self.title}"

    @property
    def reference(self) -> str:
        return f"CO-{self.number:03d}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.project.sponsor_id

    @property
    def is_draft(self) -> bool:
        return self.status == self.Status.DRAFT

    def signature_content(self) -> dict[str, object]:
        """What the sponsor's signature covers: the scope, the price and the schedule."""
        return {
            "number": self.reference,
            "title": self.title,
            "sow_reference": self.sow_reference,
            "scope_change": self.scope_change,
            "price_change": str(self.price_change),
            "currency": self.currency,
            "edits": [edit.describe() for edit in self.edits.order_by("position", "pk")],
            "finish_before": self.finish_before.isoformat() if self.finish_before else None,
            "finish_after": self.finish_after.isoformat() if self.finish_after else None,
        }


class ChangeOrderPlanEdit(models.Model):
    """One change to the plan a change order proposes: more (or fewer) days on an existing
    task, or a new task after an existing one (finish-to-start)."""

    class Kind(models.TextChoices):
        ADD_DAYS = "add_days", "Change a task's duration"
        NEW_TASK = "new_task", "Add a new task"

    change_order = models.ForeignKey(ChangeOrder, on_delete=models.CASCADE, related_name="edits")
    position = models.PositiveIntegerField(default=0)
    kind = models.CharField(max_length=16, choices=Kind.choices)
    task = models.ForeignKey(
        "planning.Task", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    days = models.IntegerField(
        null=True, blank=True, help_text="Working days; negative to shorten."
    )
    name = models.CharField(max_length=200, blank=True)
    duration_days = models.PositiveIntegerField(null=True, blank=True)
    after = models.ForeignKey(
        "planning.Task", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    # Set when the change order is incorporated: the task this edit created in the plan.
    created_task = models.ForeignKey(
        "planning.Task", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.CheckConstraint(
                name="changeorderplanedit_shape",
                condition=(
                    Q(kind="add_days", task__isnull=False, days__isnull=False)
                    | Q(kind="new_task", after__isnull=False, duration_days__isnull=False)
                ),
            )
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        if self.kind == self.Kind.ADD_DAYS:
            return (
                f"{self.task.name}: {self.days:+d} working day{'s' if abs(self.days) != 1 else ''}"
            )
        return f"New task “{self.name}” ({self.duration_days} d) after {self.after.name}"

    def describe(self) -> list[object]:
        if self.kind == self.Kind.ADD_DAYS:
            return [self.kind, self.task.uid, self.days]
        return [self.kind, self.name, self.duration_days, self.after.uid]

    @property
    def audit_sponsor_id(self) -> int:
        return self.change_order.project.sponsor_id
