"""Notifications a person received, how they want to be told, and the e-mails sent.

A notification belongs to one recipient and is never shared: its title and text were
written for that person from records they may see. E-mails are an outbox: a row per
message (one notification, or a day's digest of several), sent by the job queue after
the transaction commits, with its attempts and result; the body is rendered at send time
and never stored.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from accord.notifications.kinds import BY_CODE, KIND_CHOICES, Delivery


class EmailDelivery(models.Model):
    class Kind(models.TextChoices):
        NOTIFICATION = "notification", "Notification"
        DIGEST = "digest", "Daily digest"

    class State(models.TextChoices):
        QUEUED = "queued", "Queued"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed, will retry"
        ABANDONED = "abandoned", "Failed, gave up"

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="email_deliveries"
    )
    to_address = models.EmailField()
    subject = models.CharField(max_length=200)
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.NOTIFICATION)
    state = models.CharField(max_length=16, choices=State.choices, default=State.QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "e-mail delivery"
        verbose_name_plural = "e-mail deliveries"
        indexes = [models.Index(fields=["state", "next_attempt_at"], name="emaildelivery_due_idx")]

    def __str__(self) -> str:
        return f"E-mail to {self.to_address}: {self.subject}"

    @property
    def audit_sponsor_id(self) -> int | None:
        return self.recipient.audit_sponsor_id


class Notification(models.Model):
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="notifications"
    )
    kind = models.CharField(max_length=40, choices=KIND_CHOICES)
    title = models.CharField(max_length=200)
    body = models.TextField(blank=True)
    url = models.CharField(max_length=300, blank=True, help_text="The record's page (a path).")
    # The record it is about, and whose data that is (None: the CDMO's own or nobody's).
    record_type = models.CharField(max_length=64, blank=True)
    record_id = models.CharField(max_length=32, blank=True)
    sponsor = models.ForeignKey(
        "accounts.Organization",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    delivery = models.CharField(max_length=16, choices=Delivery.choices)
    # Periodic reminders say once per item, kind and due date: "action_item_due:42:2026-05-04".
    dedupe_key = models.CharField(max_length=120, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)
    email = models.ForeignKey(
        EmailDelivery,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="notifications",
        help_text="The e-mail that carried it (its own, or a digest).",
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "dedupe_key"],
                condition=~Q(dedupe_key=""),
                name="notification_dedupe_unique",
            ),
        ]
        indexes = [
            models.Index(fields=["recipient", "read_at"], name="notification_unread_idx"),
            models.Index(fields=["recipient", "-created_at"], name="notification_recent_idx"),
            models.Index(fields=["delivery", "email"], name="notification_digest_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_unread(self) -> bool:
        return self.read_at is None

    @property
    def kind_label(self) -> str:
        return BY_CODE[self.kind].label if self.kind in BY_CODE else self.kind

    @property
    def icon(self) -> str:
        return BY_CODE[self.kind].icon if self.kind in BY_CODE else "bi-bell"

    @property
    def audit_sponsor_id(self) -> int | None:
        return self.sponsor_id


class NotificationPreference(models.Model):
    """How a person wants to hear about one kind of event; no row means the default."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preferences"
    )
    kind = models.CharField(max_length=40, choices=KIND_CHOICES)
    delivery = models.CharField(max_length=16, choices=Delivery.choices)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["user", "kind"]
        verbose_name = "notification preference"
        constraints = [
            models.UniqueConstraint(fields=["user", "kind"], name="notification_preference_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.user}: {self.get_kind_display()} · {self.get_delivery_display()}"

    @property
    def audit_sponsor_id(self) -> int | None:
        return self.user.audit_sponsor_id
