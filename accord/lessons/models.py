"""Lessons learned: the review a project's team writes when it closes, and the library of
lessons drawn from those reviews, lost-proposal postmortems, concerns, deviations and
CAPA, tagged so that the team of a similar new proposal or project finds them.

Lessons are the CDMO's own: no sponsor user ever reads them.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from accord.projects.models import Project
from accord.proposals.models import Service
from accord.teams.models import Department


class Cause(models.TextChoices):
    PLANNING = "planning", "Planning"
    COMMUNICATION = "communication", "Communication"
    TECHNICAL = "technical", "Technical / process"
    SUPPLY_CHAIN = "supply_chain", "Supply chain"
    QUALITY_SYSTEM = "quality_system", "Quality system"
    CAPACITY = "capacity", "Capacity"
    SCOPE = "scope", "Scope"
    PEOPLE = "people", "People / training"
    COMMERCIAL = "commercial", "Commercial / pricing"
    SPONSOR = "sponsor", "Sponsor-side"


class SourceKind(models.TextChoices):
    PROJECT_REVIEW = "project_review", "Project lessons review"
    POSTMORTEM = "postmortem", "Lost-proposal postmortem"
    CONCERN = "concern", "Sponsor concern"
    DEVIATION = "deviation", "Deviation"
    CAPA = "capa", "CAPA"


# The source record each kind of lesson links to (one foreign key per kind).
SOURCE_FIELD = {
    SourceKind.PROJECT_REVIEW: "review",
    SourceKind.POSTMORTEM: "postmortem",
    SourceKind.CONCERN: "concern",
    SourceKind.DEVIATION: "deviation",
    SourceKind.CAPA: "capa",
}


class Rating(models.IntegerChoices):
    POOR = 1, "1 · Poor"
    BELOW = 2, "2 · Below expectations"
    MET = 3, "3 · Met expectations"
    ABOVE = 4, "4 · Above expectations"
    EXCELLENT = 5, "5 · Excellent"


class FollowOn(models.TextChoices):
    AWARDED = "awarded", "Follow-on work awarded"
    LIKELY = "likely", "Follow-on work likely"
    NONE = "none", "No follow-on work"
    UNKNOWN = "unknown", "Not known yet"


def _rating(label: str) -> models.PositiveSmallIntegerField:
    return models.PositiveSmallIntegerField(
        label,
        choices=Rating.choices,
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )


class LessonsReview(models.Model):
    """The lessons-learned review of one project: drafted by its manager and team,
    submitted with the manager's electronic signature. A project closes (completed or
    cancelled) only once its review is submitted."""

    class Status(models.TextChoices):
        DRAFT = "draft", "In draft"
        SUBMITTED = "submitted", "Submitted"

    project = models.OneToOneField(Project, on_delete=models.PROTECT, related_name="lessons_review")
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.DRAFT)
    went_well = models.TextField("what went well", blank=True)
    went_badly = models.TextField("what did not go well", blank=True)
    root_causes = models.TextField("root causes", blank=True)
    recommendations = models.TextField(blank=True)
    # The technical side: did the process, the quality and the schedule deliver?
    process_rating = _rating("process outcome")
    quality_rating = _rating("quality outcome")
    schedule_rating = _rating("schedule outcome")
    technical_notes = models.TextField("technical evaluation", blank=True)
    # The business side: budget against actual, the sponsor's satisfaction, follow-on work.
    budget_planned = models.DecimalField(
        "budget (planned)", max_digits=14, decimal_places=2, null=True, blank=True
    )
    budget_actual = models.DecimalField(
        "actual cost", max_digits=14, decimal_places=2, null=True, blank=True
    )
    sponsor_satisfaction = _rating("sponsor satisfaction")
    follow_on = models.CharField(
        "follow-on work", max_length=12, choices=FollowOn.choices, default=FollowOn.UNKNOWN
    )
    business_notes = models.TextField("business evaluation", blank=True)
    drafted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField()
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    submitted_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "lessons review"
        constraints = [
            models.CheckConstraint(
                name="lessonsreview_submitted_complete",
                condition=(Q(status="draft") & Q(submitted_at__isnull=True))
                | (Q(status="submitted") & Q(submitted_at__isnull=False)),
            ),
        ]

    def __str__(self) -> str:
        return f"Lessons review {self.project.code}"

    @property
    def is_submitted(self) -> bool:
        return self.status == self.Status.SUBMITTED

    def signature_content(self) -> dict[str, object]:
        """What the signature binds: the review's words, ratings and figures, and its
        findings (their text, not their publication)."""
        texts = ("went_well", "went_badly", "root_causes", "recommendations")
        figures = (
            "process_rating",
            "quality_rating",
            "schedule_rating",
            "technical_notes",
            "sponsor_satisfaction",
            "follow_on",
            "business_notes",
        )
        return {
            "project": self.project.code,
            **{name: getattr(self, name) for name in (*texts, *figures)},
            "budget_planned": str(self.budget_planned) if self.budget_planned is not None else None,
            "budget_actual": str(self.budget_actual) if self.budget_actual is not None else None,
            "lessons": [
                [lesson.number, lesson.title, lesson.what_happened, lesson.recommendation]
                for lesson in self.lessons.order_by("number")
            ],
        }

    @property
    def budget_variance(self):
        if self.budget_planned is None or self.budget_actual is None:
            return None
        return self.budget_actual - self.budget_planned

    @property
    def audit_sponsor_id(self) -> None:
        return None  # CDMO-internal: never in a sponsor's view of the history


class LessonCounter(models.Model):
    """The last lesson number of a year; its row is the numbering's lock."""

    year = models.PositiveSmallIntegerField(unique=True)
    last = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"Lessons of {self.year}: {self.last}"


class Lesson(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    number = models.CharField(max_length=16, unique=True, editable=False)
    title = models.CharField(max_length=200)
    what_happened = models.TextField("what happened")
    recommendation = models.TextField("lesson and recommendation")
    source_kind = models.CharField(max_length=16, choices=SourceKind.choices)
    review = models.ForeignKey(
        LessonsReview, on_delete=models.PROTECT, null=True, blank=True, related_name="lessons"
    )
    postmortem = models.ForeignKey(
        "proposals.Postmortem",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="library_lessons",
    )
    concern = models.ForeignKey(
        "service.Concern", on_delete=models.PROTECT, null=True, blank=True, related_name="lessons"
    )
    deviation = models.ForeignKey(
        "quality.Deviation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="lessons",
    )
    capa = models.ForeignKey(
        "quality.Capa", on_delete=models.PROTECT, null=True, blank=True, related_name="lessons"
    )
    # Tags: what a new proposal or project is matched on, and what the library filters by.
    modality = models.CharField(max_length=32, choices=Project.Modality.choices, blank=True)
    service = models.CharField(max_length=40, choices=Service.choices, blank=True)
    phase = models.CharField(max_length=32, choices=Project.Phase.choices, blank=True)
    department = models.CharField(max_length=32, choices=Department.choices, blank=True)
    cause = models.CharField(max_length=20, choices=Cause.choices)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.DRAFT)
    curriculum = models.ForeignKey(
        "training.Curriculum",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="lessons",
        help_text="Training material: the curriculum that gives this lesson as reading.",
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField()
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    published_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-recorded_at", "-pk"]
        permissions = [("publish_lesson", "Can publish lessons to the library")]
        constraints = [
            models.CheckConstraint(
                name="lesson_published_complete",
                condition=(Q(status="draft") & Q(published_at__isnull=True))
                | (Q(status="published") & Q(published_at__isnull=False)),
            ),
        ]
        indexes = [models.Index(fields=["status", "modality", "service"], name="lesson_match_idx")]

    def __str__(self) -> str:
        return f"{self.number} {self.title}"

    @property
    def source(self) -> models.Model | None:
        return getattr(self, SOURCE_FIELD[self.source_kind]) if self.source_kind else None

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    @property
    def audit_sponsor_id(self) -> None:
        return None


class LessonApplication(models.Model):
    """A team saying it used a lesson on a project or on a proposal (its RFP): who, when,
    and how it was applied."""

    lesson = models.ForeignKey(Lesson, on_delete=models.PROTECT, related_name="applications")
    project = models.ForeignKey(
        Project,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="lesson_applications",
    )
    rfp = models.ForeignKey(
        "proposals.Rfp",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="lesson_applications",
    )
    how = models.TextField("how it was applied")
    applied_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    applied_on = models.DateField()
    recorded_at = models.DateTimeField()

    class Meta:
        ordering = ["-applied_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                name="lessonapplication_one_target",
                condition=(Q(project__isnull=False) & Q(rfp__isnull=True))
                | (Q(project__isnull=True) & Q(rfp__isnull=False)),
            ),
            models.UniqueConstraint(
                fields=["lesson", "project"],
                condition=Q(project__isnull=False),
                name="lessonapplication_once_per_project",
            ),
            models.UniqueConstraint(
                fields=["lesson", "rfp"],
                condition=Q(rfp__isnull=False),
                name="lessonapplication_once_per_rfp",
            ),
        ]

    def __str__(self) -> str:
        target = self.project.code if self.project_id else self.rfp.number
        return f"{self.lesson.number} applied on {target}"

    @property
    def target(self):
        return self.project if self.project_id else self.rfp

    @property
    def audit_sponsor_id(self) -> None:
        return None
