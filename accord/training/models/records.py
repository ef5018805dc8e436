"""Who must know what, and the proof that they do: role holdings, assignments (one open
per person and requirement), quiz attempts, on-the-job training and competency records."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from accord.accounts.models import Site
from accord.core.dates import format_day
from accord.training.models.curricula import (
    Competency,
    DocumentVersion,
    JobRole,
    Level,
    Requirement,
)


class RoleHolding(models.Model):
    """A person holds a job role at a site from a day (and until a day, once ended)."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="job_roles_held"
    )
    job_role = models.ForeignKey(JobRole, on_delete=models.PROTECT, related_name="holdings")
    site = models.ForeignKey(Site, on_delete=models.PROTECT, related_name="+")
    assigned_on = models.DateField()
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    ended_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["person", "job_role"]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "job_role", "site"],
                condition=models.Q(ended_on__isnull=True),
                name="role_holding_once_while_held",
            )
        ]

    def __str__(self) -> str:
        return f"{self.person} · {self.job_role} at {self.site.code}"


class Reason(models.TextChoices):
    INITIAL = "initial", "Initial training for the job role"
    NEW_VERSION = "new_version", "Retraining: new version of the document"
    PERIODIC = "periodic", "Periodic retraining"
    CAPA = "capa", "Retraining required by a CAPA"
    CHANGE_CONTROL = "change_control", "Training required by a change control"
    EXPIRED = "expired", "Retraining: qualification expired"
    FAILED = "failed", "Retraining after a failed assessment"


class Assignment(models.Model):
    """One requirement a person must complete by a due date. At most one open per person
    and requirement: retraining for a newer version moves the open one forward."""

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        COMPLETED = "completed", "Completed"
        CANCELLED = "cancelled", "Cancelled"

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="training_assignments"
    )
    requirement = models.ForeignKey(
        Requirement, on_delete=models.PROTECT, related_name="assignments"
    )
    reason = models.CharField(max_length=16, choices=Reason.choices)
    source = models.CharField(
        max_length=120, blank=True, help_text="What caused it: CAPA-2026-0003, a job role."
    )
    document_version = models.ForeignKey(
        DocumentVersion,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="The version to read, for a document.",
    )
    project_document_version = models.PositiveIntegerField(null=True, blank=True)
    assigned_on = models.DateField()
    due_on = models.DateField()
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="Empty: Accord assigned it (periodic retraining).",
    )
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.OPEN)
    completed_on = models.DateField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    completion_note = models.CharField(max_length=300, blank=True)
    reminded_on = models.DateField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["due_on", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "requirement"],
                condition=models.Q(status="open"),
                name="assignment_one_open_per_person_requirement",
            ),
            models.CheckConstraint(
                name="assignment_due_after_assigned",
                condition=models.Q(due_on__gte=models.F("assigned_on")),
            ),
        ]
        permissions = [
            ("manage_training", "Can set up curricula and assign training"),
            ("assess_competency", "Can assess competencies and on-the-job training"),
            ("override_gate", "Can override the qualification gate with a signed reason"),
        ]

    def __str__(self) -> str:
        return f"{self.requirement.title} for {self.person}"

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN

    @property
    def what_to_read(self) -> str:
        if self.document_version_id:
            return str(self.document_version)
        if self.project_document_version:
            return f"{self.requirement.project_document.title} version " + str(
                self.project_document_version
            )
        return ""

    def signature_content(self) -> dict[str, object]:
        """Read and understood signs the person, the requirement and the exact version."""
        content: dict[str, object] = {
            "person": self.person.username,
            "requirement": self.requirement.code,
            "title": self.requirement.title,
        }
        if self.document_version_id:
            content["document"] = self.document_version.signature_content()
        if self.project_document_version:
            content["project_document"] = {
                "id": self.requirement.project_document_id,
                "version": self.project_document_version,
                "sha256": self.requirement.project_document.sha256,
            }
        return content


class QuizQuestion(models.Model):
    """One question of a quiz's bank: single choice."""

    requirement = models.ForeignKey(
        Requirement,
        on_delete=models.PROTECT,
        related_name="questions",
        limit_choices_to={"kind": Requirement.Kind.QUIZ},
    )
    text = models.TextField()
    choices = models.JSONField(help_text="The answers offered, in the bank's order.")
    correct = models.PositiveSmallIntegerField(help_text="Index of the right answer.")
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["requirement", "pk"]

    def __str__(self) -> str:
        return self.text[:80]


class QuizAttempt(models.Model):
    """One attempt at a quiz, with the questions in the order they were shown."""

    assignment = models.ForeignKey(Assignment, on_delete=models.PROTECT, related_name="attempts")
    number = models.PositiveSmallIntegerField()
    questions = models.JSONField(help_text="[question id, [choice order]] as shown.")
    answers = models.JSONField(default=dict, blank=True)
    started_at = models.DateTimeField()
    submitted_at = models.DateTimeField(null=True, blank=True)
    score = models.PositiveSmallIntegerField(null=True, blank=True, help_text="Percent right.")
    passed = models.BooleanField(null=True)

    class Meta:
        ordering = ["assignment", "number"]
        constraints = [
            models.UniqueConstraint(fields=["assignment", "number"], name="quiz_attempt_once")
        ]

    def __str__(self) -> str:
        return f"Attempt {self.number} at {self.assignment.requirement.title}"


class Method(models.TextChoices):
    OJT = "ojt", "On-the-job training"
    OBSERVATION = "observation", "Observation"
    EXAM = "exam", "Exam"


class OjtRecord(models.Model):
    """On-the-job training: a trainee performs a task under a qualified trainer; both
    sign the steps observed, then an assessor signs the verdict."""

    class State(models.TextChoices):
        IN_TRAINING = "in_training", "In training"
        SIGNED = "signed", "Signed by trainee and trainer"
        ASSESSED = "assessed", "Assessed"

    class Verdict(models.TextChoices):
        COMPETENT = "competent", "Competent"
        NOT_YET = "not_yet", "Not yet competent"

    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="ojt_as_trainee"
    )
    trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="ojt_as_trainer"
    )
    competency = models.ForeignKey(Competency, on_delete=models.PROTECT, related_name="ojt")
    task = models.CharField(max_length=200, help_text="The task performed.")
    steps = models.JSONField(help_text="The steps observed: [{step, observed, comment}].")
    performed_on = models.DateField()
    state = models.CharField(max_length=16, choices=State.choices, default=State.IN_TRAINING)
    trainee_signed_at = models.DateTimeField(null=True, blank=True)
    trainer_signed_at = models.DateTimeField(null=True, blank=True)
    assessor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    verdict = models.CharField(max_length=12, choices=Verdict.choices, blank=True)
    level_awarded = models.PositiveSmallIntegerField(choices=Level.choices, null=True, blank=True)
    assessment = models.TextField(blank=True)
    assessed_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-performed_on", "-pk"]
        verbose_name = "on-the-job training record"

    def __str__(self) -> str:
        return f"OJT {self.competency.name}: {self.trainee} ({format_day(self.performed_on)})"

    def signature_content(self) -> dict[str, object]:
        content: dict[str, object] = {
            "trainee": self.trainee.username,
            "trainer": self.trainer.username,
            "competency": self.competency.code,
            "task": self.task,
            "steps": self.steps,
            "performed_on": self.performed_on.isoformat(),
        }
        if self.verdict:
            content["verdict"] = self.verdict
            content["level_awarded"] = self.level_awarded
            content["assessment"] = self.assessment
        return content


class CompetencyRecord(models.Model):
    """A person's demonstrated proficiency in a competency, until it expires (R-TRN-4).
    The latest record per person and competency is the one that counts."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="competencies"
    )
    competency = models.ForeignKey(Competency, on_delete=models.PROTECT, related_name="records")
    level = models.PositiveSmallIntegerField(choices=Level.choices)
    method = models.CharField(max_length=16, choices=Method.choices)
    assessor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    evidence = models.TextField()
    assessed_on = models.DateField()
    expires_on = models.DateField(null=True, blank=True)
    ojt = models.ForeignKey(
        OjtRecord, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    recorded_at = models.DateTimeField()

    class Meta:
        ordering = ["person", "competency", "-assessed_on", "-pk"]
        indexes = [
            models.Index(fields=["person", "competency"], name="competency_record_person_idx")
        ]
        constraints = [
            models.CheckConstraint(
                name="competency_expires_after_assessed",
                condition=models.Q(expires_on__isnull=True)
                | models.Q(expires_on__gt=models.F("assessed_on")),
            )
        ]

    def __str__(self) -> str:
        return f"{self.competency.name}: {self.person} at level {self.level}"

    def is_current(self, on) -> bool:
        return self.expires_on is None or self.expires_on > on

    def signature_content(self) -> dict[str, object]:
        return {
            "person": self.person.username,
            "competency": self.competency.code,
            "level": self.level,
            "method": self.method,
            "evidence": self.evidence,
            "assessed_on": self.assessed_on.isoformat(),
            "expires_on": self.expires_on.isoformat() if self.expires_on else None,
        }
