"""The project team beyond its membership list: the statement-of-work deliverables with
the department responsible for each, who is R/A/C/I on each deliverable, the steering
committee, and the communication tree (whom to call, per kind of matter and escalation
level, and how fast they answer).

Nothing here is internal: the sponsor sees all of it for its own visible projects, since
its mirror team is half of every table.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from accord.projects.models import Project

MAX_LEVEL = 3
MAX_RESPONSE_HOURS = 24 * 30


class Department(models.TextChoices):
    PROJECT_MANAGEMENT = "project_management", "Project management"
    PROCESS_DEVELOPMENT = "process_development", "Process development"
    ANALYTICAL_DEVELOPMENT = "analytical_development", "Analytical development"
    MANUFACTURING = "manufacturing", "Manufacturing"
    QUALITY_CONTROL = "quality_control", "Quality control"
    QUALITY_ASSURANCE = "quality_assurance", "Quality assurance"
    REGULATORY_AFFAIRS = "regulatory_affairs", "Regulatory affairs"
    SUPPLY_CHAIN = "supply_chain", "Supply chain"


class Deliverable(models.Model):
    """One deliverable of the statement of work, owned by one CDMO department."""

    project = models.ForeignKey(Project, on_delete=models.PROTECT, related_name="deliverables")
    number = models.PositiveIntegerField(help_text="Gap-free within the project (SOW-01).")
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    department = models.CharField(
        max_length=32, choices=Department.choices, help_text="The CDMO department responsible."
    )
    due_date = models.DateField(null=True, blank=True)
    sort_order = models.PositiveIntegerField(default=0)
    version = models.PositiveIntegerField(default=1, help_text="Goes up with every change.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["sort_order", "number"]
        constraints = [
            models.UniqueConstraint(fields=["project", "number"], name="deliverable_number_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.reference} {self.title}"

    @property
    def reference(self) -> str:
        return f"SOW-{self.number:02d}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.project.sponsor_id


class RaciAssignment(models.Model):
    """One person's part in one deliverable: Responsible, Accountable, Consulted, Informed."""

    class Role(models.TextChoices):
        RESPONSIBLE = "R", "Responsible"
        ACCOUNTABLE = "A", "Accountable"
        CONSULTED = "C", "Consulted"
        INFORMED = "I", "Informed"

    deliverable = models.ForeignKey(Deliverable, on_delete=models.CASCADE, related_name="raci")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    role = models.CharField(max_length=1, choices=Role.choices)

    class Meta:
        ordering = ["deliverable", "role", "user__last_name"]
        constraints = [
            models.UniqueConstraint(fields=["deliverable", "user"], name="raci_person_unique"),
            # The "exactly one A" half of the rule that the database can hold on its own.
            models.UniqueConstraint(
                fields=["deliverable"], condition=Q(role="A"), name="raci_one_accountable"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.role} {self.user} on {self.deliverable.reference}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.deliverable.project.sponsor_id


class SteeringMember(models.Model):
    """A seat on the project's steering committee, CDMO or sponsor side."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="steering")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    role = models.CharField(max_length=80, help_text="E.g. Chair, Sponsor executive.")
    sort_order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["project", "user"], name="steering_member_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.role}) on {self.project.code}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.project.sponsor_id


class Matter(models.TextChoices):
    TECHNICAL_QUESTION = "technical_question", "Technical question"
    BATCH_FAILURE = "batch_failure", "Batch failure"
    SCHEDULE_SLIP = "schedule_slip", "Schedule slip"
    QUALITY_EVENT = "quality_event", "Quality event"
    COMMERCIAL = "commercial", "Commercial"


class EscalationContact(models.Model):
    """One rung of a matter's escalation ladder: who talks to whom, and how fast."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="escalation")
    matter = models.CharField(max_length=24, choices=Matter.choices)
    level = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(MAX_LEVEL)]
    )
    cdmo_contact = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    sponsor_contact = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    response_hours = models.PositiveIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(MAX_RESPONSE_HOURS)],
        help_text="The answer is due within this many hours.",
    )

    class Meta:
        ordering = ["project", "matter", "level"]
        constraints = [
            models.UniqueConstraint(
                fields=["project", "matter", "level"], name="escalation_level_unique"
            ),
            models.CheckConstraint(
                name="escalation_level_range", condition=Q(level__gte=1, level__lte=MAX_LEVEL)
            ),
            models.CheckConstraint(
                name="escalation_response_positive", condition=Q(response_hours__gt=0)
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_matter_display()} level {self.level} on {self.project.code}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.project.sponsor_id
