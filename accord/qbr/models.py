"""Quarterly business reviews: for each sponsor and quarter, how the CDMO served it.

A review is prepared by the account team from a snapshot of the quarter (``content``,
taken by ``accord.qbr.content``): performance against the scorecard, milestones met and
missed, delays and their causes, concerns and their clocks, quality events, CSAT/NPS,
improvement actions and what the next quarter holds. Staff write the narrative, then
publish the review to the sponsor portal with their electronic signature. A published
review never changes, whatever happens to the data afterwards; the sponsor comments on it
in the portal and the account team replies. Authors may edit or withdraw their own comments:
a withdrawn comment stays in the thread, marked, and the audit trail keeps what it said.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from accord.accounts.models import Organization
from accord.scorecards.variables import QUARTER, Period
from accord.signatures.publishing import PublicationStatus, Publishable

NARRATIVE = ("summary", "highlights", "issues", "outlook")


class BusinessReview(Publishable, models.Model):
    sponsor = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        related_name="business_reviews",
        limit_choices_to={"kind": Organization.Kind.SPONSOR},
    )
    quarter_start = models.DateField(help_text="The first day of the quarter reviewed.")
    status = models.CharField(
        max_length=16, choices=PublicationStatus.choices, default=PublicationStatus.DRAFT
    )
    content = models.JSONField(
        default=dict, help_text="The quarter as it was when the snapshot was taken."
    )
    content_taken_at = models.DateTimeField()
    last_changes = models.JSONField(
        default=list, blank=True, help_text="What the last regeneration changed, in words."
    )
    summary = models.TextField("executive summary", blank=True)
    highlights = models.TextField(blank=True)
    issues = models.TextField("issues and how we address them", blank=True)
    outlook = models.TextField("outlook for the next quarter", blank=True)
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
        ordering = ["-quarter_start", "sponsor__name"]
        verbose_name = "business review"
        permissions = [
            ("publish_businessreview", "Can publish a business review to the sponsor"),
            ("comment_businessreview", "Can comment on a published business review"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["sponsor", "quarter_start"], name="businessreview_one_per_quarter"
            ),
            models.CheckConstraint(
                name="businessreview_published_complete",
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
        return f"{self.reference} {self.sponsor.name}"

    @property
    def period(self) -> Period:
        return Period(QUARTER, self.quarter_start)

    @property
    def quarter_label(self) -> str:
        return self.period.label

    @property
    def reference(self) -> str:
        return f"QBR {self.period.label}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.sponsor_id

    def signature_content(self) -> dict[str, object]:
        """What the publishing signature covers: every word and figure the sponsor reads."""
        return {
            "sponsor": self.sponsor.name,
            "quarter": self.period.label,
            **{name: getattr(self, name) for name in NARRATIVE},
            "content": self.content,
        }


class ReviewComment(models.Model):
    """A sponsor's comment on a published review, or the account team's reply to one."""

    review = models.ForeignKey(BusinessReview, on_delete=models.PROTECT, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    reply_to = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="replies"
    )
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)
    edited_at = models.DateTimeField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(
        null=True, blank=True, help_text="Withdrawn by its author; the audit trail keeps the text."
    )
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = "review comment"

    def __str__(self) -> str:
        return f"Comment on {self.review.reference} by {self.author}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.review.sponsor_id

    @property
    def from_sponsor(self) -> bool:
        return self.author.organization_id == self.review.sponsor_id

    @property
    def is_withdrawn(self) -> bool:
        return self.withdrawn_at is not None

    def may_change(self, user) -> bool:
        """Whether ``user`` may edit or withdraw it: their own comment, still standing."""
        return not self.is_withdrawn and user.pk == self.author_id
