"""What the CDMO knows about each sponsor: its profile, the people who decide, every
conversation with them and what was promised in it.

All of it is CDMO-internal. Sponsor users never reach these tables (the selectors give
them nothing), and the rapport notes of an interaction are redacted even from a history
that might one day be shown to them.
"""

from __future__ import annotations

import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q

from accord.accounts.models import Organization
from accord.core.dates import format_day


class Modality(models.TextChoices):
    SMALL_MOLECULE = "small_molecule", "Small-molecule API"
    HPAPI = "hpapi", "Highly potent API (HPAPI)"
    PEPTIDE = "peptide", "Peptide"
    OLIGONUCLEOTIDE = "oligonucleotide", "Oligonucleotide"
    MONOCLONAL_ANTIBODY = "monoclonal_antibody", "Monoclonal antibody"
    OTHER_BIOLOGIC = "other_biologic", "Other biologic (recombinant protein)"
    ADC = "adc", "Antibody-drug conjugate (ADC)"
    CELL_THERAPY = "cell_therapy", "Cell therapy"
    GENE_THERAPY = "gene_therapy", "Gene therapy"
    VACCINE = "vaccine", "Vaccine"
    STERILE_DP = "sterile_dp", "Sterile drug product (fill-finish)"
    ORAL_SOLID = "oral_solid", "Oral solid dose"


class Region(models.TextChoices):
    NORTH_AMERICA = "north_america", "North America"
    LATIN_AMERICA = "latin_america", "Latin America"
    EUROPE = "europe", "Europe"
    MIDDLE_EAST_AFRICA = "middle_east_africa", "Middle East and Africa"
    ASIA_PACIFIC = "asia_pacific", "Asia-Pacific"


class Language(models.TextChoices):
    ENGLISH = "en", "English"
    GERMAN = "de", "German"
    FRENCH = "fr", "French"
    ITALIAN = "it", "Italian"
    SPANISH = "es", "Spanish"
    DUTCH = "nl", "Dutch"
    SWEDISH = "sv", "Swedish"
    JAPANESE = "ja", "Japanese"
    CHINESE = "zh", "Chinese"
    KOREAN = "ko", "Korean"


def validate_time_zone(value: str) -> None:
    if value and value not in zoneinfo.available_timezones():
        raise ValidationError(
            "Choose a time zone from the IANA list, such as Europe/Zurich or America/New_York."
        )


def _validate_choices(values: object, choices: type[models.TextChoices], what: str) -> None:
    if not isinstance(values, list):
        raise ValidationError(f"Give a list of {what}.")
    unknown = [value for value in values if value not in choices.values]
    if unknown:
        raise ValidationError(f"Unknown {what}: {', '.join(map(str, unknown))}.")
    if len(set(values)) != len(values):
        raise ValidationError(f"Name each of the {what} once.")


def validate_modalities(values: object) -> None:
    _validate_choices(values, Modality, "modalities")


def validate_regions(values: object) -> None:
    _validate_choices(values, Region, "regions")


class SponsorProfile(models.Model):
    """How to serve one sponsor well: what it makes, where, how it wants to hear from us,
    what success means to it and what stands in the way."""

    class Cadence(models.TextChoices):
        WEEKLY = "weekly", "Weekly"
        BIWEEKLY = "biweekly", "Every two weeks"
        MONTHLY = "monthly", "Monthly"
        QUARTERLY = "quarterly", "Quarterly"
        MILESTONES = "milestones", "At milestones"
        AS_NEEDED = "as_needed", "As needed"

    class ReportFormat(models.TextChoices):
        SLIDES = "slides", "Slide deck"
        WRITTEN = "written", "Written report (PDF)"
        EMAIL = "email", "E-mail summary"
        PORTAL = "portal", "Portal dashboard"
        SPREADSHEET = "spreadsheet", "Spreadsheet tracker"

    sponsor = models.OneToOneField(
        Organization,
        on_delete=models.PROTECT,
        related_name="client_profile",
        limit_choices_to={"kind": Organization.Kind.SPONSOR},
    )
    modalities = models.JSONField(default=list, blank=True, validators=[validate_modalities])
    regions = models.JSONField(
        default=list,
        blank=True,
        validators=[validate_regions],
        help_text="Where the sponsor develops, files and supplies.",
    )
    communication_cadence = models.CharField(max_length=16, choices=Cadence.choices, blank=True)
    report_format = models.CharField(max_length=16, choices=ReportFormat.choices, blank=True)
    time_zone = models.CharField(max_length=64, blank=True, validators=[validate_time_zone])
    account_owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="accounts_owned",
        help_text="The CDMO person who answers for the relationship: a sponsor's concern "
        "that no project contact owns goes to them.",
    )
    language = models.CharField(max_length=8, choices=Language.choices, blank=True)
    success_definition = models.TextField(
        blank=True, help_text="What success means for this sponsor, in its own words."
    )
    barrier_resources = models.TextField(
        blank=True, help_text="Resources: people, cash, materials, time."
    )
    barrier_readiness = models.TextField(
        blank=True, help_text="Readiness: technology package, analytics, regulatory position."
    )
    barrier_context = models.TextField(
        blank=True, help_text="Context: investors, partners, competition, internal politics."
    )
    strategies = models.TextField(
        blank=True, help_text="The strategies agreed with the sponsor to get past the barriers."
    )
    is_trendsetter = models.BooleanField(
        default=False,
        help_text="Its needs lead the market: what it asks for today, others ask for tomorrow.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["sponsor__name"]

    def __str__(self) -> str:
        return f"Profile of {self.sponsor}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.sponsor_id

    def modality_labels(self) -> list[str]:
        return [Modality(value).label for value in self.modalities if value in Modality.values]

    def region_labels(self) -> list[str]:
        return [Region(value).label for value in self.regions if value in Region.values]


class KeyContact(models.Model):
    """A person at the sponsor who matters to the relationship, and their part in decisions.

    Contacts are retired (``is_active`` off), never deleted: interactions keep naming them.
    """

    class DecisionRole(models.TextChoices):
        DECISION_MAKER = "decision_maker", "Decision maker"
        TECHNICAL_LEAD = "technical_lead", "Technical lead"
        QUALITY = "quality", "Quality"
        PROCUREMENT = "procurement", "Procurement"
        PROJECT_LEAD = "project_lead", "Project lead"
        REGULATORY = "regulatory", "Regulatory"
        FINANCE = "finance", "Finance"
        INFLUENCER = "influencer", "Influencer"

    sponsor = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        related_name="key_contacts",
        limit_choices_to={"kind": Organization.Kind.SPONSOR},
    )
    name = models.CharField(max_length=120)
    title = models.CharField(max_length=120, blank=True, help_text="Job title.")
    decision_role = models.CharField(
        max_length=24, choices=DecisionRole.choices, help_text="Their part in the decisions."
    )
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="key_contact_entries",
        help_text="Their portal account, if they have one.",
    )
    is_primary = models.BooleanField(default=False, help_text="The first person we call.")
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-is_primary", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["sponsor"],
                condition=Q(is_primary=True),
                name="keycontact_one_primary_per_sponsor",
            ),
            models.UniqueConstraint(
                fields=["user"],
                condition=Q(user__isnull=False),
                name="keycontact_one_entry_per_user",
            ),
            models.CheckConstraint(
                name="keycontact_primary_is_active",
                condition=Q(is_primary=False) | Q(is_active=True),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def audit_sponsor_id(self) -> int:
        return self.sponsor_id


class Interaction(models.Model):
    """A meeting, call, visit or e-mail with the sponsor."""

    class Kind(models.TextChoices):
        MEETING = "meeting", "Meeting"
        CALL = "call", "Call"
        VISIT = "visit", "Visit"
        EMAIL = "email", "E-mail"

    sponsor = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        related_name="interactions",
        limit_choices_to={"kind": Organization.Kind.SPONSOR},
    )
    kind = models.CharField(max_length=16, choices=Kind.choices)
    occurred_on = models.DateField()
    subject = models.CharField(max_length=200)
    summary = models.TextField(blank=True, help_text="What was said and agreed.")
    contacts = models.ManyToManyField(
        KeyContact,
        blank=True,
        related_name="interactions",
        help_text="The sponsor's people who took part.",
    )
    attendees = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="client_interactions",
        help_text="Our people who took part.",
    )
    is_concern = models.BooleanField(
        default=False, help_text="The sponsor raised a concern or was unhappy."
    )
    rapport_notes = models.TextField(
        blank=True,
        help_text="CDMO only: mood, personal notes, what to be careful about. Never shown "
        "to the sponsor.",
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-occurred_on", "-pk"]
        indexes = [
            models.Index(fields=["sponsor", "-occurred_on"], name="interaction_sponsor_date_idx")
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {format_day(self.occurred_on)}: {self.subject}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.sponsor_id


class FollowUp(models.Model):
    """Something we promised the sponsor, with an owner and a date."""

    sponsor = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        related_name="follow_ups",
        limit_choices_to={"kind": Organization.Kind.SPONSOR},
    )
    interaction = models.ForeignKey(
        Interaction,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="follow_ups",
        help_text="The conversation it came out of, if any.",
    )
    description = models.CharField(max_length=500)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="client_follow_ups"
    )
    due_on = models.DateField()
    is_done = models.BooleanField(default=False)
    done_on = models.DateField(null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["is_done", "due_on", "pk"]
        constraints = [
            # Done: when and by whom, both; open: neither.
            models.CheckConstraint(
                name="followup_done_complete",
                condition=(Q(is_done=True) & Q(done_on__isnull=False) & Q(closed_by__isnull=False))
                | (Q(is_done=False) & Q(done_on__isnull=True) & Q(closed_by__isnull=True)),
            ),
        ]
        indexes = [models.Index(fields=["owner", "is_done", "due_on"], name="followup_owner_idx")]

    def __str__(self) -> str:
        return self.description

    @property
    def audit_sponsor_id(self) -> int:
        return self.sponsor_id
