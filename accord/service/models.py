"""What Accord promises a sponsor, and when the CDMO's people are there to keep it.

An SLA policy says, per priority of a concern, how soon the CDMO acknowledges it, makes
a first substantive contact, updates the sponsor while it is open, and resolves it, all
in working time. The CDMO-wide policy (no sponsor) applies to every sponsor without one
of its own. A site's service hours are the working hours those clocks count, in the
site's time zone, less the holidays of its calendar.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Coalesce
from django.utils import timezone

from accord.accounts.models import Organization, Site
from accord.service.clocks import CalendarError, parse_hours

DEFAULT_HOURS = "08:00-12:00, 13:00-17:00"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


class Priority(models.TextChoices):
    CRITICAL = "critical", "Critical"
    HIGH = "high", "High"
    MEDIUM = "medium", "Medium"
    LOW = "low", "Low"


class ClockKind(models.TextChoices):
    ACKNOWLEDGE = "acknowledge", "Acknowledgement"
    FIRST_CONTACT = "first_contact", "First substantive contact"
    UPDATE = "update", "Periodic update"
    RESOLVE = "resolve", "Resolution"


class SlaPolicy(models.Model):
    sponsor = models.OneToOneField(
        Organization,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="sla_policy",
        limit_choices_to={"kind": Organization.Kind.SPONSOR},
        help_text="Empty for the CDMO-wide policy that every other sponsor gets.",
    )
    name = models.CharField(max_length=120)
    warn_at_percent = models.PositiveSmallIntegerField(
        "owner warned at (%)",
        default=75,
        validators=[MinValueValidator(50), MaxValueValidator(95)],
        help_text="The owner is warned once this share of a clock's target is used.",
    )
    confirm_days = models.PositiveSmallIntegerField(
        "working days to confirm a resolution",
        default=5,
        validators=[MinValueValidator(1), MaxValueValidator(30)],
        help_text="Working days the sponsor has to confirm a resolution before the concern "
        "closes with a notice.",
    )
    version = models.PositiveIntegerField(default=1)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "SLA policy"
        verbose_name_plural = "SLA policies"
        ordering = ["sponsor__name"]
        constraints = [
            # One CDMO-wide policy: a sponsor's id is never 0.
            models.UniqueConstraint(
                Coalesce("sponsor", models.Value(0)), name="sla_policy_one_default"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_default(self) -> bool:
        return self.sponsor_id is None

    @property
    def audit_sponsor_id(self) -> int | None:
        return self.sponsor_id


class SlaTarget(models.Model):
    """One priority's targets, in working minutes."""

    policy = models.ForeignKey(SlaPolicy, on_delete=models.CASCADE, related_name="targets")
    priority = models.CharField(max_length=16, choices=Priority.choices)
    acknowledge_minutes = models.PositiveIntegerField()
    first_contact_minutes = models.PositiveIntegerField()
    update_minutes = models.PositiveIntegerField()
    resolve_minutes = models.PositiveIntegerField()

    class Meta:
        verbose_name = "SLA target"
        constraints = [
            models.UniqueConstraint(fields=["policy", "priority"], name="sla_target_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.policy}: {self.get_priority_display()}"

    @property
    def audit_sponsor_id(self) -> int | None:
        return self.policy.sponsor_id

    def target(self, kind: str) -> dt.timedelta:
        return dt.timedelta(minutes=getattr(self, f"{kind}_minutes"))


def validate_hours(value: str) -> None:
    try:
        parse_hours(value)
    except CalendarError as error:
        raise ValidationError(str(error), code="hours") from None


def _day_field(label: str) -> models.CharField:
    return models.CharField(label, max_length=100, blank=True, validators=[validate_hours])


class ServiceHours(models.Model):
    """When a site's people answer sponsors: hours per weekday, several intervals a day."""

    site = models.OneToOneField(Site, on_delete=models.CASCADE, related_name="service_hours")
    monday = _day_field("Monday")
    tuesday = _day_field("Tuesday")
    wednesday = _day_field("Wednesday")
    thursday = _day_field("Thursday")
    friday = _day_field("Friday")
    saturday = _day_field("Saturday")
    sunday = _day_field("Sunday")
    version = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = "service hours"
        verbose_name_plural = "service hours"

    def __str__(self) -> str:
        return f"Service hours of {self.site.code}"

    def week(self) -> tuple[str, ...]:
        return tuple(getattr(self, day) for day in WEEKDAYS)


# --------------------------------------------------------------------------- concerns


class ConcernCategory(models.TextChoices):
    QUALITY = "quality", "Quality"
    SCHEDULE = "schedule", "Schedule"
    COMMUNICATION = "communication", "Communication"
    TECHNICAL = "technical", "Technical"
    COMMERCIAL = "commercial", "Commercial"
    REGULATORY = "regulatory", "Regulatory"
    OTHER = "other", "Other"


class ConcernState(models.TextChoices):
    RAISED = "raised", "Raised, to acknowledge"
    ACKNOWLEDGED = "acknowledged", "Acknowledged"
    IN_PROGRESS = "in_progress", "In progress"
    WAITING = "waiting_on_sponsor", "Waiting on the sponsor"
    RESOLVED = "resolved", "Resolved, to confirm"
    CLOSED = "closed", "Closed"


class ConcernChannel(models.TextChoices):
    PORTAL = "portal", "Raised in the portal"
    STAFF = "staff", "Recorded by staff for the sponsor"
    INTERACTION = "interaction", "From a conversation with the sponsor"


class ConcernCounter(models.Model):
    """The last concern number of a year: its row is the numbering's lock."""

    year = models.PositiveSmallIntegerField(primary_key=True)
    last = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"Concerns of {self.year}: {self.last}"


class Concern(models.Model):
    """A sponsor's concern, handled the R3 way: recognized (acknowledged by a named owner),
    related to (a first substantive contact that contains the harm, then updates), and
    resolved (with the sponsor's confirmation). Its SLA clocks are computed from the
    moments stored here and its pauses, never stored themselves."""

    year = models.PositiveSmallIntegerField()
    sequence = models.PositiveIntegerField()
    # Stored (not only derived from year and sequence) so the search finds it by text.
    number = models.CharField(max_length=20, editable=False)
    sponsor = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        related_name="concerns",
        limit_choices_to={"kind": Organization.Kind.SPONSOR},
    )
    project = models.ForeignKey(
        "projects.Project",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="concerns",
        help_text="Empty for a concern about the relationship as a whole.",
    )
    site = models.ForeignKey(
        Site,
        on_delete=models.PROTECT,
        related_name="concerns",
        help_text="The site whose service hours and holidays its clocks count.",
    )
    title = models.CharField(max_length=200)
    description = models.TextField()
    category = models.CharField(max_length=16, choices=ConcernCategory.choices)
    urgency = models.CharField(
        "urgency as the sponsor sees it", max_length=16, choices=Priority.choices
    )
    priority = models.CharField(max_length=16, choices=Priority.choices)
    state = models.CharField(
        max_length=24, choices=ConcernState.choices, default=ConcernState.RAISED
    )
    channel = models.CharField(max_length=16, choices=ConcernChannel.choices)
    interaction = models.ForeignKey(
        "clients.Interaction",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="concerns",
        help_text="The conversation the concern was raised in, if any.",
    )
    raised_by = models.ForeignKey(
        "accounts.User", on_delete=models.PROTECT, related_name="concerns_raised"
    )
    raised_at = models.DateTimeField(default=timezone.now)
    owner = models.ForeignKey(
        "accounts.User",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="concerns_owned",
    )
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    first_contact_at = models.DateTimeField(null=True, blank=True)
    containment = models.TextField(
        blank=True, help_text="What was done at once to stop the harm (first contact)."
    )
    last_update_at = models.DateTimeField(null=True, blank=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolution = models.TextField(blank=True)
    root_cause = models.TextField(blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    state_before_wait = models.CharField(max_length=24, choices=ConcernState.choices, blank=True)
    reopened = models.PositiveSmallIntegerField("times reopened", default=0)
    escalation_level = models.PositiveSmallIntegerField(
        default=0, help_text="The highest rung of the communication tree it reached."
    )
    # The records the concern produced or touched; each reader sees only those of them
    # their own pages show (an internal risk never reaches the sponsor).
    risks = models.ManyToManyField("risks.Risk", blank=True, related_name="concerns")
    delays = models.ManyToManyField("delays.Delay", blank=True, related_name="concerns")
    change_orders = models.ManyToManyField(
        "changes.ChangeOrder", blank=True, related_name="concerns"
    )
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-raised_at"]
        permissions = [
            ("confirm_concern", "Can confirm or reopen a resolved concern"),
            ("assign_concern", "Can give a concern another owner or priority"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["year", "sequence"], name="concern_number_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.number} {self.title}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.sponsor_id

    @property
    def is_open(self) -> bool:
        return self.state not in (ConcernState.RESOLVED, ConcernState.CLOSED)


def concern_number(year: int, sequence: int) -> str:
    return f"CON-{year}-{sequence:04d}"


class ConcernPause(models.Model):
    """Time spent waiting on the sponsor: its clocks do not count it."""

    concern = models.ForeignKey(Concern, on_delete=models.CASCADE, related_name="pauses")
    started_at = models.DateTimeField()
    ended_at = models.DateTimeField(null=True, blank=True)
    reason = models.CharField(max_length=300)

    class Meta:
        ordering = ["started_at"]

    def __str__(self) -> str:
        return f"{self.concern.number} waiting since {self.started_at:%Y-%m-%d %H:%M}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.concern.sponsor_id


class ConcernEntry(models.Model):
    """One step of a concern as it was told: what the sponsor reads on its page (and, for
    internal notes, only staff)."""

    class Kind(models.TextChoices):
        RAISED = "raised", "Raised"
        AFTER_HOURS = "after_hours", "Received outside service hours"
        ACKNOWLEDGEMENT = "acknowledgement", "Acknowledgement"
        CONTACT = "contact", "First substantive contact"
        UPDATE = "update", "Update"
        WAITING = "waiting", "Waiting on the sponsor"
        RESUMED = "resumed", "Work resumed"
        RESOLUTION = "resolution", "Resolution"
        CONFIRMED = "confirmed", "Resolution confirmed"
        REOPENED = "reopened", "Reopened"
        ESCALATED = "escalated", "Escalated"
        CLOSED = "closed", "Closed without an answer"
        NOTE = "note", "Internal note"

    class How(models.TextChoices):
        CALL = "call", "Call"
        MEETING = "meeting", "Meeting"
        WRITTEN = "written", "Written reply"

    concern = models.ForeignKey(Concern, on_delete=models.CASCADE, related_name="entries")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    how = models.CharField(max_length=16, choices=How.choices, blank=True)
    author = models.ForeignKey(
        "accounts.User",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="Empty for Accord's own steps (an escalation, a closing).",
    )
    at = models.DateTimeField(default=timezone.now)
    text = models.TextField()
    internal = models.BooleanField(default=False)
    interaction = models.ForeignKey(
        "clients.Interaction",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="concern_entries",
        help_text="The conversation a contact was recorded as.",
    )

    class Meta:
        ordering = ["at", "pk"]
        verbose_name_plural = "concern entries"

    def __str__(self) -> str:
        return f"{self.concern.number} {self.get_kind_display()}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.concern.sponsor_id


class ConcernEscalation(models.Model):
    """A clock of the concern broke its promise: the concern went one rung up the
    project's communication tree (or to the account owner), once per clock and start."""

    concern = models.ForeignKey(Concern, on_delete=models.CASCADE, related_name="escalations")
    clock = models.CharField(max_length=16, choices=ClockKind.choices)
    clock_started_at = models.DateTimeField()
    level = models.PositiveSmallIntegerField(
        help_text="The rung of the communication tree, 0 for the account owner."
    )
    to = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at"]
        constraints = [
            models.UniqueConstraint(
                fields=["concern", "clock", "clock_started_at"], name="concern_escalation_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.concern.number} escalated to {self.to}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.concern.sponsor_id


def attachment_upload_to(instance: ConcernAttachment, filename: str) -> str:
    # The sponsor id is part of the storage path, like every sponsor's file.
    return f"sponsors/{instance.concern.sponsor_id}/concerns/{instance.concern_id}/{filename}"


class ConcernAttachment(models.Model):
    """A file added to a concern by the sponsor or by staff (a photo of a damaged
    shipment, a certificate of analysis, a reply letter): both sides read it."""

    concern = models.ForeignKey(Concern, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to=attachment_upload_to, max_length=300)
    original_name = models.CharField(max_length=200)
    content_type = models.CharField(max_length=100)
    size_bytes = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")
    uploaded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["uploaded_at", "pk"]

    def __str__(self) -> str:
        return f"{self.concern.number} {self.original_name}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.concern.sponsor_id
