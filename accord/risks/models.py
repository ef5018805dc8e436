"""A project's risk register: risks scored on 5x5 likelihood and impact scales, and
their periodic reviews."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from accord.core.dates import format_day
from accord.projects.models import Project

SCALE = range(1, 6)
SCALE_VALIDATORS = [MinValueValidator(1), MaxValueValidator(5)]

LIKELIHOOD_LABELS = {
    1: "Rare",
    2: "Unlikely",
    3: "Possible",
    4: "Likely",
    5: "Almost certain",
}
IMPACT_LABELS = {
    1: "Negligible",
    2: "Minor",
    3: "Moderate",
    4: "Major",
    5: "Severe",
}


class Level(models.TextChoices):
    """Bands of the score (likelihood x impact, 1..25).

    low 1-4, medium 5-9, high 10-15, critical 16-25: a "likely" risk with "major" impact
    (4 x 4) is critical, an "almost certain" but "minor" one (5 x 2) is high.
    """

    LOW = "low", "Low"
    MEDIUM = "medium", "Medium"
    HIGH = "high", "High"
    CRITICAL = "critical", "Critical"


LEVEL_CEILINGS = ((4, Level.LOW), (9, Level.MEDIUM), (15, Level.HIGH), (25, Level.CRITICAL))


def level_of(score: int) -> Level:
    for ceiling, level in LEVEL_CEILINGS:
        if score <= ceiling:
            return level
    raise ValueError(f"A risk score is between 1 and 25, not {score}.")


def score_range(level: str) -> tuple[int, int]:
    """The lowest and highest score of a level, for filtering in the database."""
    low = 1
    for ceiling, candidate in LEVEL_CEILINGS:
        if candidate == level:
            return low, ceiling
        low = ceiling + 1
    raise ValueError(f"Unknown risk level {level!r}.")


class Risk(models.Model):
    """A threat to a sponsor project's time, cost or quality, owned by one CDMO person.

    Only risks shared with the sponsor reach the portal; the rest stay internal.
    """

    class Category(models.TextChoices):
        SUPPLY = "supply", "Raw material / supply"
        ANALYTICAL = "analytical", "Method / analytical"
        QUALITY = "quality", "OOS / quality"
        EQUIPMENT = "equipment", "Equipment"
        BATCH_FAILURE = "batch_failure", "Batch failure"
        SPONSOR_MATERIAL = "sponsor_material", "Sponsor-supplied material"
        SPONSOR_DECISION = "sponsor_decision", "Sponsor decision"
        REGULATORY = "regulatory", "Regulatory"
        CAPACITY = "capacity", "Capacity"
        PEOPLE = "people", "People"
        LOGISTICS = "logistics", "Logistics / cold chain"
        OTHER = "other", "Other"

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        MITIGATING = "mitigating", "Mitigating"
        OCCURRED = "occurred", "Occurred"
        CLOSED = "closed", "Closed"

    # Everything but closed still needs watching: reviews, heat map, "My work".
    LIVE_STATUSES = (Status.OPEN, Status.MITIGATING, Status.OCCURRED)

    project = models.ForeignKey(Project, on_delete=models.PROTECT, related_name="risks")
    sequence = models.PositiveIntegerField(editable=False)
    title = models.CharField(max_length=200)
    category = models.CharField(max_length=32, choices=Category.choices)
    cause = models.TextField(help_text="What could happen, and why.")
    effect = models.TextField(help_text="What it would do to the project: time, cost, quality.")
    likelihood = models.PositiveSmallIntegerField(validators=SCALE_VALIDATORS)
    impact = models.PositiveSmallIntegerField(validators=SCALE_VALIDATORS)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="owned_risks"
    )
    mitigation_plan = models.TextField(blank=True)
    contingency_plan = models.TextField(blank=True)
    contingency_trigger = models.CharField(max_length=300, blank=True)
    affected_tasks = models.ManyToManyField(
        "planning.Task",
        blank=True,
        related_name="risks",
        help_text="Tasks and milestones of the same project that the risk would move.",
    )
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.OPEN)
    next_review_date = models.DateField()
    shared_with_sponsor = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1, help_text="Goes up with every change.")

    class Meta:
        ordering = ["project", "sequence"]
        constraints = [
            models.UniqueConstraint(fields=["project", "sequence"], name="risk_number_unique"),
            models.CheckConstraint(
                name="risk_likelihood_1_to_5",
                condition=models.Q(likelihood__gte=1, likelihood__lte=5),
            ),
            models.CheckConstraint(
                name="risk_impact_1_to_5", condition=models.Q(impact__gte=1, impact__lte=5)
            ),
        ]
        indexes = [models.Index(fields=["status", "next_review_date"])]

    def __str__(self) -> str:
        return f"{self.project.code} {self.number} {self.title}"

    @property
    def number(self) -> str:
        return f"R-{self.sequence:03d}"

    @property
    def score(self) -> int:
        return self.likelihood * self.impact

    @property
    def level(self) -> Level:
        return level_of(self.score)

    @property
    def is_live(self) -> bool:
        return self.status in self.LIVE_STATUSES

    def review_overdue(self, today: dt.date) -> bool:
        return self.is_live and self.next_review_date < today

    @property
    def audit_sponsor_id(self) -> int:
        return self.project.sponsor_id


class RiskReview(models.Model):
    """One periodic review of a risk: who looked, what they concluded, when to look again.

    Written only together with the risk it reviews, so the scores before and after are
    the risk's own at that moment.
    """

    risk = models.ForeignKey(Risk, on_delete=models.PROTECT, related_name="reviews")
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    reviewed_at = models.DateTimeField(auto_now_add=True)
    comment = models.TextField()
    likelihood_before = models.PositiveSmallIntegerField(validators=SCALE_VALIDATORS)
    impact_before = models.PositiveSmallIntegerField(validators=SCALE_VALIDATORS)
    likelihood = models.PositiveSmallIntegerField(validators=SCALE_VALIDATORS)
    impact = models.PositiveSmallIntegerField(validators=SCALE_VALIDATORS)
    next_review_date = models.DateField()

    class Meta:
        ordering = ["-reviewed_at", "-pk"]

    def __str__(self) -> str:
        return f"Review of {self.risk.number} on {format_day(self.reviewed_at)}"

    @property
    def score_before(self) -> int:
        return self.likelihood_before * self.impact_before

    @property
    def score(self) -> int:
        return self.likelihood * self.impact

    @property
    def audit_sponsor_id(self) -> int:
        return self.risk.project.sponsor_id
