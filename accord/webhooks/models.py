"""Webhook subscriptions of an organization, and the log of what was sent to them.

A subscription belongs to one organization: the CDMO's (its administrators keep it) or a
sponsor's (its managers keep it, and it only ever hears about that sponsor's records).
Its signing secret is never stored: the row keeps a random salt, and the secret is the
HMAC of that salt under the server's key (``secret_of``), so a copy of the database alone
does not let anyone forge a signature. See docs/webhooks.md.
"""

from __future__ import annotations

import hashlib
import hmac

from django.conf import settings
from django.db import models
from django.utils import timezone

from accord.accounts.models import Organization

MANAGE_PERMISSION = "webhooks.manage_webhooks"


class WebhookEventType(models.TextChoices):
    CHANGE_ORDER_SENT = "change_order.sent", "Change order sent to the sponsor"
    CHANGE_ORDER_APPROVED = "change_order.approved", "Change order accepted by the sponsor"
    MILESTONE_REACHED = "milestone.reached", "Milestone reached"
    DEVIATION_NOTIFIED = "deviation.notified", "Deviation notified to the sponsor"
    CONCERN_BREACHED = "concern.breached", "Concern clock broke its promise"
    CONCERN_RESOLVED = "concern.resolved", "Concern resolved"
    STATUS_REPORT_PUBLISHED = "status_report.published", "Status report published"
    DOCUMENT_APPROVED = "document.approved", "Document approved"


class WebhookDeliveryState(models.TextChoices):
    PENDING = "pending", "Pending"
    SUCCEEDED = "succeeded", "Succeeded"
    FAILED = "failed", "Failed, will retry"
    GIVEN_UP = "given_up", "Given up"


class WebhookSubscription(models.Model):
    organization = models.ForeignKey(
        Organization, on_delete=models.PROTECT, related_name="webhook_subscriptions"
    )
    # Whose eyes the payloads are built with: a sponsor subscription carries only what
    # this person may open in the portal.
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    url = models.URLField("URL", max_length=500)
    description = models.CharField(max_length=200, blank=True)
    events = models.JSONField(default=list, help_text="Event types (WebhookEventType values).")
    secret_salt = models.CharField(max_length=64)
    secret_hint = models.CharField(max_length=8, help_text="The last characters of the secret.")
    active = models.BooleanField(default=True)
    failure_count = models.PositiveIntegerField(
        default=0, help_text="Failed delivery attempts in a row (reset by a success)."
    )
    disabled_at = models.DateTimeField(null=True, blank=True)
    disabled_reason = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-created_at", "-pk"]
        permissions = [("manage_webhooks", "Manage the organization's webhooks")]

    def __str__(self) -> str:
        return self.url

    @property
    def audit_sponsor_id(self) -> int | None:
        return self.organization_id if self.organization.is_sponsor else None

    @property
    def secret(self) -> str:
        return secret_of(self.secret_salt)

    def event_labels(self) -> list[str]:
        labels = dict(WebhookEventType.choices)
        return [labels.get(code, code) for code in self.events]


def secret_of(salt: str) -> str:
    """The signing secret of a subscription: derived, never stored (see the module)."""
    digest = hmac.new(
        settings.SECRET_KEY.encode(), f"accord.webhooks:{salt}".encode(), hashlib.sha256
    )
    return f"whsec_{digest.hexdigest()}"


class WebhookDelivery(models.Model):
    """One event for one subscription; each try to send it is a ``WebhookAttempt``."""

    subscription = models.ForeignKey(
        WebhookSubscription, on_delete=models.CASCADE, related_name="deliveries"
    )
    event_id = models.UUIDField(db_index=True)
    event_type = models.CharField(max_length=40, choices=WebhookEventType.choices)
    payload = models.JSONField()
    state = models.CharField(
        max_length=16, choices=WebhookDeliveryState.choices, default=WebhookDeliveryState.PENDING
    )
    attempt_count = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    last_status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["state", "next_attempt_at"])]

    def __str__(self) -> str:
        return f"{self.event_type} {self.event_id}"

    @property
    def audit_sponsor_id(self) -> int | None:
        return self.subscription.audit_sponsor_id


class WebhookAttempt(models.Model):
    delivery = models.ForeignKey(WebhookDelivery, on_delete=models.CASCADE, related_name="attempts")
    number = models.PositiveIntegerField()
    attempted_at = models.DateTimeField(default=timezone.now)
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    response_snippet = models.CharField(max_length=500, blank=True)
    error = models.CharField(max_length=300, blank=True)
    by_hand = models.BooleanField(default=False)

    class Meta:
        ordering = ["delivery", "number"]

    def __str__(self) -> str:
        return f"Attempt {self.number} of {self.delivery}"

    @property
    def audit_sponsor_id(self) -> int | None:
        return self.delivery.audit_sponsor_id

    @property
    def succeeded(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300
