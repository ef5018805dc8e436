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
