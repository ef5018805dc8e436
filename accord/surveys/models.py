"""What sponsors think of the service: short surveys, sent when something happened that a
sponsor can judge, and the answers of the people asked.

A *transactional* survey (CSAT, 1 to 5) follows a concern the sponsor confirmed resolved
or a milestone of a project; a *relationship* survey (NPS, 0 to 10, with the six things
sponsors judge a CDMO by) goes to each sponsor every quarter and when a project is
completed. Each person asked has an invitation (with the secret of their one-time e-mail
link); each answers once. What triggers a survey, when people are reminded and when a
survey closes is one CDMO-wide setting.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone

from accord.accounts.models import Organization


class SurveyKind(models.TextChoices):
    CSAT = "csat", "Satisfaction (CSAT)"
    NPS = "nps", "Relationship (NPS)"


class Trigger(models.TextChoices):
    CONCERN = "concern", "Concern resolved"
    MILESTONE = "milestone", "Milestone reached"
    QUARTERLY = "quarterly", "Quarterly relationship survey"
    PROJECT_CLOSED = "project_closed", "Project completed"


TRANSACTIONAL = (Trigger.CONCERN, Trigger.MILESTONE)
RELATIONSHIP = (Trigger.QUARTERLY, Trigger.PROJECT_CLOSED)


class SurveyState(models.TextChoices):
    OPEN = "open", "Open for answers"
    CLOSED = "closed", "Closed"


class Channel(models.TextChoices):
    PORTAL = "portal", "In the portal"
    LINK = "link", "Through the e-mailed link"
    API = "api", "Through the API"


class LowScoreReason(models.TextChoices):
    """Why a satisfaction score is low (1 or 2): asked every time, so that the account
    team knows where to start."""

    SLOW = "slow", "We waited too long for answers"
    COMMUNICATION = "communication", "Communication was unclear or too rare"
    QUALITY = "quality", "The quality of the work or the documents"
    SCHEDULE = "schedule", "Dates were missed"
    EXPERTISE = "expertise", "Technical expertise fell short"
    NOT_RESOLVED = "not_resolved", "The problem is not really solved"
    OTHER = "other", "Something else (tell us below)"


class Category(models.TextChoices):
    """The six things sponsors judge a CDMO by (asked 1 to 5 in a relationship survey)."""

    CAPABILITIES = "capabilities", "Capabilities"
    QUALITY = "quality", "Quality"
    RELIABILITY = "reliability", "Reliability"
    EXPERTISE = "expertise", "Expertise"
    COMPATIBILITY = "compatibility", "Compatibility"
    SERVICE = "service", "Service"


CATEGORY_QUESTIONS = {
    Category.CAPABILITIES: "the technologies, equipment and capacity your projects need",
    Category.QUALITY: "GMP compliance; batches and documents right the first time",
    Category.RELIABILITY: "keeping dates and promises",
    Category.EXPERTISE: "the scientific and technical know-how of our people",
    Category.COMPATIBILITY: "how well we work with your team and your ways",
    Category.SERVICE: "responsiveness, communication and care",
}

CSAT_LABELS = {
    1: "Very dissatisfied",
    2: "Dissatisfied",
    3: "Neither satisfied nor dissatisfied",
    4: "Satisfied",
    5: "Very satisfied",
}
RATING_LABELS = {1: "Poor", 2: "Fair", 3: "Good", 4: "Very good", 5: "Excellent"}

LOW_CSAT = 2  # a satisfaction score at or below it is low: a reason, and a follow-up
DETRACTOR = 6  # a recommendation score at or below it is a detractor's
PASSIVE = 8  # 7 and 8: passives; 9 and 10: promoters


def nps_group(score: int) -> str:
    if score <= DETRACTOR:
        return "detractor"
    return "passive" if score <= PASSIVE else "promoter"


NPS_GROUP_LABELS = {"promoter": "Promoter", "passive": "Passive", "detractor": "Detractor"}


def is_low(kind: str, score: int) -> bool:
    return score <= (LOW_CSAT if kind == SurveyKind.CSAT else DETRACTOR)


def quarter_of(day: dt.date) -> str:
    """``2026-Q3``: how a quarter is stored and sorted."""
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def quarter_label(quarter: str) -> str:
    """``2026-Q3`` -> ``Q3 2026``: how a person reads it."""
    year, _, number = quarter.partition("-")
    return f"{number} {year}" if number else quarter


def quarter_start(quarter: str) -> dt.date:
    year, _, number = quarter.partition("-Q")
    return dt.date(int(year), 3 * (int(number) - 1) + 1, 1)


def validate_milestone_kinds(values: object) -> None:
    from accord.planning.models import Task

    allowed = {Task.Kind.MILESTONE.value, Task.Kind.DECISION.value}
    if not isinstance(values, list) or any(value not in allowed for value in values):
        raise ValidationError("Choose milestones, decision points, both or neither.")
    if len(set(values)) != len(values):
        raise ValidationError("Name each kind of milestone once.")


def default_milestone_kinds() -> list[str]:
    return ["milestone"]


DEFAULT_MILESTONE_WORDS = "complete\nreleased\ndelivered"


class SurveySettings(models.Model):
    """The CDMO's one setting of what triggers a survey, and how long people have to
    answer it. The row is made the first time someone saves it; until then the defaults
    below apply."""

    ONE = 1

    id = models.PositiveSmallIntegerField(primary_key=True, default=ONE, editable=False)
    concern_csat = models.BooleanField(
        "after a concern",
        default=True,
        help_text="Ask for satisfaction when the sponsor confirms a concern resolved.",
    )
    milestone_kinds = models.JSONField(
        "after these milestones",
        default=default_milestone_kinds,
        blank=True,
        validators=[validate_milestone_kinds],
        help_text="Milestones, decision points (go/no-go), both, or none.",
    )
    milestone_words = models.TextField(
        "milestone names containing",
        blank=True,
        default=DEFAULT_MILESTONE_WORDS,
        help_text="One word or phrase per line: a milestone reached whose name contains one "
        "of them sends a survey (“Batch released”, “Tech transfer complete”). Empty: every "
        "milestone of the chosen kinds.",
    )
    quarterly_nps = models.BooleanField(
        "every quarter",
        default=True,
        help_text="Ask each sponsor with a running project how likely it is to recommend "
        "us, on the first day of each quarter.",
    )
    project_close_nps = models.BooleanField(
        "when a project is completed",
        default=True,
        help_text="Ask the sponsor's people on the project, and its managers.",
    )
    remind_after_days = models.PositiveSmallIntegerField(
        "remind after (days)",
        default=5,
        validators=[MinValueValidator(1), MaxValueValidator(30)],
        help_text="Days without an answer before a reminder (and between reminders).",
    )
    reminders = models.PositiveSmallIntegerField(
        "reminders",
        default=2,
        validators=[MaxValueValidator(2)],
        help_text="How many reminders (none, one or two); the survey closes the same number "
        "of days after the last.",
    )
    version = models.PositiveIntegerField(default=1)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "survey settings"
        verbose_name_plural = "survey settings"
        constraints = [
            models.CheckConstraint(name="survey_settings_one_row", condition=Q(id=1)),
        ]

    def __str__(self) -> str:
        return "Survey settings"

    @property
    def audit_sponsor_id(self) -> None:
        return None

    @property
    def answer_days(self) -> int:
        """Days a survey stays open: until the last reminder's wait is over."""
        return self.remind_after_days * (self.reminders + 1)

    def words(self) -> list[str]:
        return [line.strip() for line in self.milestone_words.splitlines() if line.strip()]

    def milestone_triggers(self, task) -> bool:
        """Whether reaching ``task`` sends a survey."""
        if task.kind not in self.milestone_kinds:
            return False
        words = self.words()
        name = task.name.casefold()
        return not words or any(word.casefold() in name for word in words)


class Survey(models.Model):
    """One survey sent to some of a sponsor's people about one thing that happened (or
    the quarter)."""

    kind = models.CharField(max_length=8, choices=SurveyKind.choices)
    trigger = models.CharField("sent after", max_length=16, choices=Trigger.choices)
    sponsor = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        related_name="surveys",
        limit_choices_to={"kind": Organization.Kind.SPONSOR},
    )
    project = models.ForeignKey(
        "projects.Project",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="surveys",
    )
    concern = models.ForeignKey(
        "service.Concern",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="surveys",
    )
    milestone = models.ForeignKey(
        "planning.Task",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="surveys",
    )
    owner = models.ForeignKey(
        "accounts.User",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="surveys_owned",
        help_text="Whose service it measures: the concern's owner, the project manager, or "
        "the sponsor's account owner.",
    )
    title = models.CharField(max_length=200)
    quarter = models.CharField(max_length=7, help_text="The quarter it was sent in: 2026-Q3.")
    state = models.CharField(max_length=8, choices=SurveyState.choices, default=SurveyState.OPEN)
    sent_at = models.DateTimeField(default=timezone.now)
    closes_at = models.DateTimeField()
    closed_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-sent_at", "-pk"]
        permissions = [
            ("answer_survey", "Can answer a survey sent to them"),
            ("close_survey", "Can close a survey before its time"),
        ]
        constraints = [
            models.CheckConstraint(
                name="survey_kind_fits_trigger",
                condition=(Q(kind="csat") & Q(trigger__in=["concern", "milestone"]))
                | (Q(kind="nps") & Q(trigger__in=["quarterly", "project_closed"])),
            ),
            models.UniqueConstraint(
                fields=["concern"],
                condition=Q(concern__isnull=False),
                name="survey_once_per_concern",
            ),
            models.UniqueConstraint(
                fields=["milestone"],
                condition=Q(milestone__isnull=False),
                name="survey_once_per_milestone",
            ),
            models.UniqueConstraint(
                fields=["sponsor", "quarter"],
                condition=Q(trigger="quarterly"),
                name="survey_once_per_sponsor_quarter",
            ),
            models.UniqueConstraint(
                fields=["project"],
                condition=Q(trigger="project_closed"),
                name="survey_once_per_completed_project",
            ),
        ]
        indexes = [models.Index(fields=["state", "closes_at"], name="survey_open_idx")]

    def __str__(self) -> str:
        return self.title

    @property
    def audit_sponsor_id(self) -> int:
        return self.sponsor_id

    @property
    def is_open(self) -> bool:
        return self.state == SurveyState.OPEN

    @property
    def is_csat(self) -> bool:
        return self.kind == SurveyKind.CSAT

    @property
    def quarter_label(self) -> str:
        return quarter_label(self.quarter)

    @property
    def question(self) -> str:
        """The survey's main question, as the sponsor reads it."""
        if self.trigger == Trigger.CONCERN and self.concern_id:
            return (
                f"How satisfied are you with how we handled your concern "
                f"{self.concern.number} “{self.concern.title}”?"
            )
        if self.trigger == Trigger.MILESTONE and self.milestone_id:
            return (
                f"How satisfied are you with our work on {self.project.code} up to "
                f"“{self.milestone.name}”?"
            )
        return "How likely are you to recommend us to a colleague?"


class SurveyInvitation(models.Model):
    """One person asked to answer a survey: when, how often reminded, when answered, and
    the key their one-time e-mail link is signed with."""

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="invitations")
    recipient = models.ForeignKey(
        "accounts.User", on_delete=models.PROTECT, related_name="survey_invitations"
    )
    sent_at = models.DateTimeField(default=timezone.now)
    reminders_sent = models.PositiveSmallIntegerField(default=0)
    reminded_at = models.DateTimeField(null=True, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    # Part of what the e-mailed link signs: a new key makes the old links worthless.
    link_key = models.CharField(max_length=32, editable=False)

    class Meta:
        ordering = ["survey", "recipient__last_name", "recipient__first_name"]
        verbose_name = "survey invitation"
        constraints = [
            models.UniqueConstraint(
                fields=["survey", "recipient"], name="survey_invitation_once_per_person"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.survey}: {self.recipient}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.survey.sponsor_id


def _rating(label: str) -> models.PositiveSmallIntegerField:
    return models.PositiveSmallIntegerField(
        label,
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text="1 (poor) to 5 (excellent); empty if the person could not say.",
    )


class SurveyResponse(models.Model):
    """One person's answer to a survey: the score, why (required when it is low) and what
    else they wanted to say; for a relationship survey, the six ratings too."""

    survey = models.ForeignKey(Survey, on_delete=models.PROTECT, related_name="responses")
    respondent = models.ForeignKey(
        "accounts.User", on_delete=models.PROTECT, related_name="survey_responses"
    )
    score = models.PositiveSmallIntegerField(
        validators=[MaxValueValidator(10)],
        help_text="Satisfaction 1 to 5, or likelihood to recommend 0 to 10.",
    )
    reason = models.CharField(
        "main reason", max_length=16, choices=LowScoreReason.choices, blank=True
    )
    comment = models.TextField(blank=True)
    capabilities = _rating("capabilities")
    quality = _rating("quality")
    reliability = _rating("reliability")
    expertise = _rating("expertise")
    compatibility = _rating("compatibility")
    service = _rating("service")
    channel = models.CharField("answered", max_length=8, choices=Channel.choices)
    answered_at = models.DateTimeField(default=timezone.now)
    follow_up = models.ForeignKey(
        "clients.FollowUp",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="Opened for the account owner after a low score.",
    )

    class Meta:
        ordering = ["-answered_at", "-pk"]
        verbose_name = "survey answer"
        constraints = [
            models.UniqueConstraint(
                fields=["survey", "respondent"], name="survey_answer_once_per_person"
            ),
            models.CheckConstraint(name="survey_answer_score_range", condition=Q(score__lte=10)),
            *(
                models.CheckConstraint(
                    name=f"survey_answer_{name}_range",
                    condition=Q(**{f"{name}__isnull": True})
                    | Q(**{f"{name}__gte": 1, f"{name}__lte": 5}),
                )
                for name in Category.values
            ),
        ]

    def __str__(self) -> str:
        return f"{self.survey}: {self.respondent}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.survey.sponsor_id

    @property
    def is_low(self) -> bool:
        return is_low(self.survey.kind, self.score)

    @property
    def score_label(self) -> str:
        if self.survey.kind == SurveyKind.CSAT:
            return f"{self.score} · {CSAT_LABELS.get(self.score, '')}"
        return f"{self.score} · {NPS_GROUP_LABELS[nps_group(self.score)]}"

    def ratings(self) -> list[tuple[str, int | None]]:
        return [(label, getattr(self, value)) for value, label in Category.choices]
