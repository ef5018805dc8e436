"""Recognition: a named CDMO person thanked for their service.

A sponsor user thanks a CDMO person who works for them, from the portal, maybe on one of
the records it was about (a concern, a milestone, a meeting); CDMO staff recognize each
other the same way. Kudos are given once and kept as given; the giver may withdraw them
within the first hour (a slip of the hand), after which they stand.
"""

from __future__ import annotations

import datetime as dt

from django.db import models
from django.utils import timezone

from accord.accounts.models import Organization

MESSAGE_MAX = 1000
# How long the giver may take kudos back (a wrong person, a typo); after that they stand.
WITHDRAW_WITHIN = dt.timedelta(hours=1)


class KudosCategory(models.TextChoices):
    RESPONSIVENESS = "responsiveness", "Responsiveness"
    EXPERTISE = "expertise", "Expertise"
    QUALITY = "quality", "Quality"
    EXTRA_MILE = "extra_mile", "Going the extra mile"
    TEAMWORK = "teamwork", "Teamwork"
    COMMUNICATION = "communication", "Clear communication"


class Kudos(models.Model):
    giver = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="kudos_given")
    recipient = models.ForeignKey(
        "accounts.User",
        on_delete=models.PROTECT,
        related_name="kudos_received",
        limit_choices_to={"organization__kind": Organization.Kind.CDMO},
    )
    message = models.TextField(max_length=MESSAGE_MAX)
    category = models.CharField(max_length=24, choices=KudosCategory.choices, blank=True)
    sponsor = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="kudos_given",
        limit_choices_to={"kind": Organization.Kind.SPONSOR},
        help_text="The giver's company; empty when a colleague gives them.",
    )
    project = models.ForeignKey(
        "projects.Project",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="kudos",
        help_text="The project of the record they were given on, if any.",
    )
    concern = models.ForeignKey(
        "service.Concern", on_delete=models.PROTECT, null=True, blank=True, related_name="kudos"
    )
    milestone = models.ForeignKey(
        "planning.Task",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="kudos",
        limit_choices_to={"kind__in": ("milestone", "decision")},
    )
    meeting = models.ForeignKey(
        "meetings.Meeting", on_delete=models.PROTECT, null=True, blank=True, related_name="kudos"
    )
    given_at = models.DateTimeField(default=timezone.now)
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "kudos"
        verbose_name_plural = "kudos"
        ordering = ["-given_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                name="kudos_not_to_oneself", condition=~models.Q(giver=models.F("recipient"))
            ),
            # On one record at most: a concern, a milestone or a meeting.
            models.CheckConstraint(
                name="kudos_one_context_at_most",
                condition=models.Q(concern__isnull=True, milestone__isnull=True)
                | models.Q(concern__isnull=True, meeting__isnull=True)
                | models.Q(milestone__isnull=True, meeting__isnull=True),
            ),
        ]
        indexes = [
            models.Index(fields=["recipient", "given_at"], name="kudos_recipient_idx"),
            models.Index(fields=["sponsor", "given_at"], name="kudos_sponsor_idx"),
            models.Index(fields=["given_at"], name="kudos_given_at_idx"),
        ]

    def __str__(self) -> str:
        return f"Kudos to {self.recipient.printed_name} from {self.giver.printed_name}"

    @property
    def audit_sponsor_id(self) -> int | None:
        return self.sponsor_id

    @property
    def context(self) -> models.Model | None:
        """The record they were given on: a concern, a milestone or a meeting."""
        return self.concern or self.milestone or self.meeting

    @property
    def is_withdrawn(self) -> bool:
        return self.withdrawn_at is not None

    def may_withdraw(self, user, now: dt.datetime | None = None) -> bool:
        """Whether ``user`` may still take these kudos back: their own, within the hour."""
        now = now or timezone.now()
        return (
            not self.is_withdrawn
            and user.pk == self.giver_id
            and now - self.given_at <= WITHDRAW_WITHIN
        )
