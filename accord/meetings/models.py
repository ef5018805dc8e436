"""Project meetings: who met, what was said, what was decided and who does what by when.

Only meetings shared with the sponsor reach the sponsor portal, and their internal notes
never do. Action items belong to a meeting and carry their project too, so "my open
action items" across the portfolio is one indexed query.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from accord.projects.models import Project


class Meeting(models.Model):
    class Kind(models.TextChoices):
        KICKOFF = "kickoff", "Kickoff"
        WEEKLY_STATUS = "weekly_status", "Weekly status"
        STEERING_COMMITTEE = "steering_committee", "Steering committee"
        TECHNICAL = "technical", "Technical"
        OTHER = "other", "Other"

    project = models.ForeignKey(Project, on_delete=models.PROTECT, related_name="meetings")
    number = models.PositiveIntegerField(help_text="Gap-free within the project (M-001).")
    kind = models.CharField(max_length=24, choices=Kind.choices)
    title = models.CharField(max_length=200)
    held_on = models.DateField()
    attendees = models.TextField(help_text="Who attended, for the sponsor and for the CDMO.")
    agenda = models.TextField(blank=True)
    minutes = models.TextField(blank=True)
    shared_with_sponsor = models.BooleanField(
        default=False, help_text="Only shared meetings appear in the sponsor portal."
    )
    internal_notes = models.TextField(
        blank=True, help_text="CDMO staff only; never shown to the sponsor."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-held_on", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["project", "number"], name="meeting_number_unique"),
        ]
        indexes = [models.Index(fields=["held_on"], name="meeting_held_on_idx")]

    def __str__(self) -> str:
        return f"{self.reference} {self.title}"

    @property
    def kind_label(self) -> str:
        return self.get_kind_display()

    @property
    def reference(self) -> str:
        return f"M-{self.number:03d}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.project.sponsor_id


class MeetingDecision(models.Model):
    """A decision recorded in a meeting's minutes (the record of it, not a signature)."""

    meeting = models.ForeignKey(Meeting, on_delete=models.PROTECT, related_name="decisions")
    text = models.TextField()
    decided_by = models.CharField(
        max_length=200, blank=True, help_text="Who took the decision, as the minutes say."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["meeting", "pk"]
        verbose_name = "meeting decision"

    def __str__(self) -> str:
        return f"{self.meeting.reference}: {self.text[:80]}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.meeting.project.sponsor_id


class ActionItem(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", "Open"
        DONE = "done", "Done"

    meeting = models.ForeignKey(Meeting, on_delete=models.PROTECT, related_name="action_items")
    project = models.ForeignKey(Project, on_delete=models.PROTECT, related_name="action_items")
    number = models.PositiveIntegerField(help_text="Gap-free within the project (AI-001).")
    description = models.TextField()
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="action_items"
    )
    due_on = models.DateField()
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.OPEN)
    done_on = models.DateField(null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["due_on", "number"]
        verbose_name = "action item"
        permissions = [
            ("close_actionitem", "Can mark an action item they own as done"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["project", "number"], name="actionitem_number_unique"),
            # Done: when and by whom, both; open: neither.
            models.CheckConstraint(
                name="actionitem_done_complete",
                condition=(Q(status="open") & Q(done_on__isnull=True) & Q(closed_by__isnull=True))
                | (Q(status="done") & Q(done_on__isnull=False) & Q(closed_by__isnull=False)),
            ),
        ]
        indexes = [
            models.Index(fields=["owner", "status", "due_on"], name="actionitem_owner_open_idx")
        ]

    def __str__(self) -> str:
        return f"{self.reference} {self.description[:80]}"

    @property
    def status_label(self) -> str:
        return self.get_status_display()

    @property
    def reference(self) -> str:
        return f"AI-{self.number:03d}"

    @property
    def owner_name(self) -> str:
        return self.owner.printed_name

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN

    @property
    def audit_sponsor_id(self) -> int:
        return self.project.sponsor_id
