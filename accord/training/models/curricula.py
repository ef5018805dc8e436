"""What people must know: job roles, their curricula, the requirements a curriculum
lists (controlled documents to read, courses, quizzes, competencies to demonstrate) and
the controlled documents (SOPs) with their effective versions."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from accord.accounts.models import Role, Site
from accord.core.dates import format_day
from accord.projects.models import ProjectDocument
from accord.teams.models import Department


class Level(models.IntegerChoices):
    """Proficiency in a competency."""

    AWARE = 1, "1 · Aware"
    SUPERVISED = 2, "2 · Works under supervision"
    INDEPENDENT = 3, "3 · Works independently"
    TRAINER = 4, "4 · Can train others"


class Competency(models.Model):
    """A skill demonstrated in practice (on-the-job training, observation or exam)."""

    code = models.SlugField(max_length=40, unique=True)
    name = models.CharField(max_length=160)
    description = models.TextField(blank=True)
    department = models.CharField(max_length=32, choices=Department.choices, blank=True)
    validity_months = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MaxValueValidator(120)],
        help_text="How long a demonstration counts; empty: until withdrawn.",
    )

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "competencies"

    def __str__(self) -> str:
        return self.name


class ControlledDocument(models.Model):
    """A controlled document people are trained on: an SOP, a work instruction, a policy."""

    number = models.CharField(max_length=30, unique=True, help_text="SOP-QA-001")
    title = models.CharField(max_length=200)
    department = models.CharField(max_length=32, choices=Department.choices, blank=True)
    site = models.ForeignKey(
        Site,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="Empty: applies at every site.",
    )

    class Meta:
        ordering = ["number"]

    def __str__(self) -> str:
        return f"{self.number} {self.title}"

    def current_version(self, on=None) -> DocumentVersion | None:
        versions = self.versions.order_by("-version")
        if on is not None:
            versions = versions.filter(effective_on__lte=on)
        return versions.first()


class DocumentVersion(models.Model):
    """One effective version of a controlled document. Making a version effective
    creates retraining for everyone who must know the document (R-TRN-2)."""

    document = models.ForeignKey(
        ControlledDocument, on_delete=models.PROTECT, related_name="versions"
    )
    version = models.PositiveIntegerField()
    effective_on = models.DateField()
    summary = models.TextField(help_text="What changed from the version before.")
    sha256 = models.CharField(max_length=64, blank=True, help_text="Of the approved file.")
    made_effective_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    made_effective_at = models.DateTimeField()

    class Meta:
        ordering = ["document", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["document", "version"], name="document_version_once")
        ]

    def __str__(self) -> str:
        return f"{self.document.number} version {self.version}"

    def signature_content(self) -> dict[str, object]:
        return {
            "document": self.document.number,
            "title": self.document.title,
            "version": self.version,
            "effective_on": self.effective_on.isoformat(),
            "sha256": self.sha256,
        }


class Requirement(models.Model):
    """One thing a curriculum asks of a person."""

    class Kind(models.TextChoices):
        DOCUMENT = "document", "Read and understand a document"
        COURSE = "course", "Course"
        QUIZ = "quiz", "Quiz"
        COMPETENCY = "competency", "Competency (on-the-job training)"

    class Format(models.TextChoices):
        CLASSROOM = "classroom", "Classroom"
        E_LEARNING = "e_learning", "E-learning"

    code = models.SlugField(max_length=40, unique=True)
    title = models.CharField(max_length=200)
    kind = models.CharField(max_length=16, choices=Kind.choices)
    description = models.TextField(blank=True)
    document = models.ForeignKey(
        ControlledDocument,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="requirements",
    )
    project_document = models.ForeignKey(
        ProjectDocument,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="A project's controlled document (a master batch record, a protocol).",
    )
    competency = models.ForeignKey(
        Competency, on_delete=models.PROTECT, null=True, blank=True, related_name="requirements"
    )
    min_level = models.PositiveSmallIntegerField(
        choices=Level.choices,
        default=Level.INDEPENDENT,
        help_text="For a competency: the level that counts as qualified.",
    )
    course_format = models.CharField(max_length=16, choices=Format.choices, blank=True)
    pass_mark = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text="For a quiz: the percentage of right answers that passes.",
    )
    max_attempts = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(10)]
    )
    questions_per_attempt = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(50)]
    )
    validity_months = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MaxValueValidator(120)],
        help_text="Periodic retraining; empty: once, until the content changes.",
    )
    signing_roles = models.ManyToManyField(
        Role,
        blank=True,
        related_name="signing_training",
        help_text="Holders of these roles may sign only once this training is current "
        "(R-TRN-7: the Accord e-signature training).",
    )
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["code"]
        constraints = [
            models.CheckConstraint(
                name="requirement_document_only_for_reading",
                condition=models.Q(kind="document")
                | (models.Q(document__isnull=True) & models.Q(project_document__isnull=True)),
            ),
            models.CheckConstraint(
                name="requirement_competency_only_for_competency",
                condition=models.Q(kind="competency") | models.Q(competency__isnull=True),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def what(self) -> str:
        if self.kind == self.Kind.DOCUMENT and self.document_id:
            return f"Read {self.document.number}"
        if self.kind == self.Kind.COMPETENCY and self.competency_id:
            return f"{self.competency.name} at level {self.min_level}"
        return self.get_kind_display()


class Curriculum(models.Model):
    """The requirements of one or more job roles, with the time allowed to complete them."""

    code = models.SlugField(max_length=40, unique=True)
    name = models.CharField(max_length=160)
    description = models.TextField(blank=True)
    requirements = models.ManyToManyField(Requirement, related_name="curricula")
    grace_days = models.PositiveSmallIntegerField(
        default=30,
        validators=[MaxValueValidator(365)],
        help_text="Days from assignment to due date.",
    )

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "curricula"

    def __str__(self) -> str:
        return self.name


class JobRole(models.Model):
    """What a person does at a site (production operator, QC analyst ...), which says
    what they must know. Not an access role."""

    code = models.SlugField(max_length=40, unique=True)
    name = models.CharField(max_length=120, unique=True)
    department = models.CharField(max_length=32, choices=Department.choices)
    description = models.TextField(blank=True)
    curricula = models.ManyToManyField(Curriculum, related_name="job_roles")

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class EffectivenessReview(models.Model):
    """A periodic, signed assessment of whether a curriculum's training works (R-TRN-6)."""

    class Conclusion(models.TextChoices):
        EFFECTIVE = "effective", "Effective"
        PARTLY = "partly", "Partly effective: actions needed"
        NOT_EFFECTIVE = "not_effective", "Not effective"

    curriculum = models.ForeignKey(
        Curriculum, on_delete=models.PROTECT, related_name="effectiveness_reviews"
    )
    period_start = models.DateField()
    period_end = models.DateField()
    method = models.TextField(help_text="How effectiveness was judged.")
    findings = models.TextField()
    conclusion = models.CharField(max_length=16, choices=Conclusion.choices)
    actions = models.TextField(blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    reviewed_at = models.DateTimeField()

    class Meta:
        ordering = ["-period_end", "-pk"]
        constraints = [
            models.CheckConstraint(
                name="effectiveness_period_ordered",
                condition=models.Q(period_start__lte=models.F("period_end")),
            )
        ]

    def __str__(self) -> str:
        return (
            f"{self.curriculum.name}: {format_day(self.period_start)} – "
            f"{format_day(self.period_end)}"
        )

    def signature_content(self) -> dict[str, object]:
        return {
            "curriculum": self.curriculum.code,
            "period": [self.period_start.isoformat(), self.period_end.isoformat()],
            "method": self.method,
            "findings": self.findings,
            "conclusion": self.conclusion,
            "actions": self.actions,
        }
