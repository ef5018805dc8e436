"""A project's plan: tasks, milestones and decision points, their dependencies, and the
site's working calendar. The scheduling engine computes the dates; the computed dates
are kept on each task (written in one pass after every change) so that pages read a plan
in a constant number of queries."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models

from accord.accounts.models import Site
from accord.core.dates import format_day
from accord.projects.models import Project
from accord.training.models import Level


class CalendarSource(models.TextChoices):
    PUBLIC = "public", "Public holiday (imported)"
    PLANNER = "planner", "Entered by a planner"
    MS_PROJECT = "ms_project", "From an MS Project file"


class Holiday(models.Model):
    """A non-working day at a site (weekends are non-working everywhere)."""

    site = models.ForeignKey(Site, on_delete=models.PROTECT, related_name="holidays")
    date = models.DateField()
    name = models.CharField(max_length=100)
    source = models.CharField(
        max_length=16, choices=CalendarSource.choices, default=CalendarSource.PLANNER
    )

    class Meta:
        ordering = ["date"]
        permissions = [("manage_calendar", "Can enter and edit site calendars")]
        constraints = [
            models.UniqueConstraint(fields=["site", "date"], name="holiday_unique_per_site")
        ]

    def __str__(self) -> str:
        return f"{format_day(self.date)} {self.name}"


class ExtraWorkingDay(models.Model):
    """A day the site works although the week says it rests (a Saturday campaign shift)."""

    site = models.ForeignKey(Site, on_delete=models.PROTECT, related_name="extra_working_days")
    date = models.DateField()
    name = models.CharField(max_length=100)

    class Meta:
        ordering = ["date"]
        verbose_name = "extra working day"
        constraints = [
            models.UniqueConstraint(fields=["site", "date"], name="working_day_unique_per_site")
        ]

    def __str__(self) -> str:
        return f"{self.date:%d %b %Y} {self.name} (working)"


class ProjectCalendarException(models.Model):
    """A day one project treats differently from its site: the team works on a site
    holiday, or rests on a site working day. Kept from an imported MS Project calendar."""

    project = models.ForeignKey(
        Project, on_delete=models.PROTECT, related_name="calendar_exceptions"
    )
    date = models.DateField()
    working = models.BooleanField(help_text="True: the team works that day; false: it rests.")
    name = models.CharField(max_length=100)
    source = models.CharField(
        max_length=16, choices=CalendarSource.choices, default=CalendarSource.MS_PROJECT
    )

    class Meta:
        ordering = ["date"]
        verbose_name = "project calendar exception"
        constraints = [
            models.UniqueConstraint(
                fields=["project", "date"], name="project_calendar_exception_unique"
            )
        ]

    def __str__(self) -> str:
        kind = "working day" if self.working else "non-working day"
        return f"{self.date:%d %b %Y} {self.name} ({kind})"

    @property
    def audit_sponsor_id(self) -> int:
        return self.project.sponsor_id


class Task(models.Model):
    class Kind(models.TextChoices):
        TASK = "task", "Task"
        MILESTONE = "milestone", "Milestone"
        DECISION = "decision", "Decision point"
        SUMMARY = "summary", "Summary"

    class ConstraintType(models.TextChoices):
        # Values are the engine's own (accord.scheduling.ConstraintType).
        SNET = "start no earlier than", "Start no earlier than"
        SNLT = "start no later than", "Start no later than"
        FNET = "finish no earlier than", "Finish no earlier than"
        FNLT = "finish no later than", "Finish no later than"
        MSO = "must start on", "Must start on"
        MFO = "must finish on", "Must finish on"

    project = models.ForeignKey(Project, on_delete=models.PROTECT, related_name="tasks")
    uid = models.PositiveIntegerField(help_text="Stable id within the project (MSPDI UID).")
    wbs = models.CharField("WBS", max_length=20, blank=True)
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.TASK)
    parent = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="children"
    )
    sort_order = models.PositiveIntegerField(default=0)
    department = models.CharField(max_length=80, blank=True, help_text="Who is responsible.")
    duration_days = models.PositiveIntegerField(default=0, validators=[MaxValueValidator(2000)])
    optimistic_days = models.PositiveIntegerField(null=True, blank=True)
    most_likely_days = models.PositiveIntegerField(null=True, blank=True)
    pessimistic_days = models.PositiveIntegerField(null=True, blank=True)
    percent_complete = models.PositiveSmallIntegerField(
        default=0, validators=[MaxValueValidator(100)]
    )
    actual_start = models.DateField(null=True, blank=True)
    actual_finish = models.DateField(null=True, blank=True)
    constraint_type = models.CharField(max_length=24, choices=ConstraintType.choices, blank=True)
    constraint_date = models.DateField(null=True, blank=True)
    # Computed by the engine on every change (accord.planning.scheduling).
    early_start = models.DateField(null=True, blank=True)
    early_finish = models.DateField(null=True, blank=True)
    late_start = models.DateField(null=True, blank=True)
    late_finish = models.DateField(null=True, blank=True)
    total_float = models.IntegerField(null=True, blank=True)
    free_float = models.IntegerField(null=True, blank=True)
    critical = models.BooleanField(default=False)
    version = models.PositiveIntegerField(default=1)
    gmp = models.BooleanField(
        "GMP task",
        default=False,
        help_text="GMP work: only people qualified in what it requires may be assigned.",
    )

    class CalendarKind(models.TextChoices):
        PROJECT = "project", "The project's working days"
        CONTINUOUS = "continuous", "Seven days a week (continuous process)"

    calendar = models.CharField(
        max_length=16,
        choices=CalendarKind.choices,
        default=CalendarKind.PROJECT,
        help_text=(
            "A fermentation, a stability study or a hold time runs every day, weekends and "
            "holidays included; other work follows the site's working days."
        ),
    )
    leveled_start = models.DateField(
        "held by leveling until",
        null=True,
        blank=True,
        help_text=(
            "Set by an applied capacity leveling run: the work starts no earlier than this so "
            "that the resources it needs are free. Kept apart from the planner's constraint."
        ),
    )
    batch = models.ForeignKey(
        "quality.Batch",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="tasks",
        help_text="The batch this step makes or tests.",
    )

    class Meta:
        ordering = ["sort_order", "uid"]
        constraints = [
            models.UniqueConstraint(fields=["project", "uid"], name="task_uid_unique"),
            models.CheckConstraint(
                name="task_three_point_ordered",
                condition=models.Q(optimistic_days__isnull=True)
                | models.Q(most_likely_days__isnull=True)
                | models.Q(pessimistic_days__isnull=True)
                | (
                    models.Q(optimistic_days__lte=models.F("most_likely_days"))
                    & models.Q(most_likely_days__lte=models.F("pessimistic_days"))
                ),
            ),
            models.CheckConstraint(
                name="task_constraint_has_date",
                condition=models.Q(constraint_type="") | models.Q(constraint_date__isnull=False),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.wbs} {self.name}".strip()

    @property
    def audit_sponsor_id(self) -> int:
        return self.project.sponsor_id

    @property
    def is_milestone(self) -> bool:
        return self.kind in (self.Kind.MILESTONE, self.Kind.DECISION)


class TaskSkill(models.Model):
    """A competency (at a level) whoever works on a task must hold: what the gate asks."""

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="skills")
    competency = models.ForeignKey(
        "training.Competency", on_delete=models.PROTECT, related_name="task_skills"
    )
    min_level = models.PositiveSmallIntegerField(
        "minimum level", choices=Level.choices, default=Level.INDEPENDENT
    )

    class Meta:
        ordering = ["competency__name"]
        verbose_name = "task competency"
        verbose_name_plural = "task competencies"
        constraints = [
            models.UniqueConstraint(fields=["task", "competency"], name="task_skill_once")
        ]

    def __str__(self) -> str:
        return f"{self.competency.name} (level {self.min_level})"

    @property
    def audit_sponsor_id(self) -> int:
        return self.task.project.sponsor_id


class TaskAssignment(models.Model):
    """A named person working on a task, in a role; ``override`` when the qualification
    gate named gaps and an authorized person let them through with a signed reason."""

    task = models.ForeignKey(Task, on_delete=models.PROTECT, related_name="assignments")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="task_assignments"
    )
    role_on_task = models.CharField(
        "role on the task",
        max_length=80,
        help_text="What they do: operator, second person verifier, QA on the floor …",
    )
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    assigned_at = models.DateTimeField()
    override = models.ForeignKey(
        "training.QualificationOverride",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["task", "assigned_at", "pk"]
        verbose_name = "task assignment"
        constraints = [
            models.UniqueConstraint(
                fields=["task", "person", "role_on_task"], name="task_assignment_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.person.printed_name} · {self.role_on_task} on {self.task.name}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.task.project.sponsor_id


class TaskEquipment(models.Model):
    """A piece of equipment booked for a task, for a purpose; ``override`` when the
    qualification gate named gaps (do not use, out of service, calibration overdue) and an
    authorized person let it through with a signed reason."""

    task = models.ForeignKey(Task, on_delete=models.PROTECT, related_name="equipment_bookings")
    equipment = models.ForeignKey(
        "equipment.Equipment", on_delete=models.PROTECT, related_name="task_bookings"
    )
    purpose = models.CharField(
        max_length=120,
        blank=True,
        help_text="What it is used for on the task, e.g. filling, in-process testing.",
    )
    booked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    booked_at = models.DateTimeField()
    override = models.ForeignKey(
        "training.QualificationOverride",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["task", "booked_at", "pk"]
        verbose_name = "task equipment booking"
        constraints = [
            models.UniqueConstraint(fields=["task", "equipment"], name="task_equipment_once")
        ]

    def __str__(self) -> str:
        return f"{self.equipment.code} {self.equipment.name} on {self.task.name}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.task.project.sponsor_id


class Dependency(models.Model):
    class Type(models.TextChoices):
        FS = "FS", "Finish-to-start"
        SS = "SS", "Start-to-start"
        FF = "FF", "Finish-to-finish"
        SF = "SF", "Start-to-finish"

    project = models.ForeignKey(Project, on_delete=models.PROTECT, related_name="dependencies")
    predecessor = models.ForeignKey(Task, on_delete=models.PROTECT, related_name="successor_links")
    successor = models.ForeignKey(Task, on_delete=models.PROTECT, related_name="predecessor_links")
    type = models.CharField(max_length=2, choices=Type.choices, default=Type.FS)
    lag_days = models.IntegerField(default=0, help_text="Working days; negative for a lead.")

    class Meta:
        ordering = ["predecessor__sort_order", "successor__sort_order"]
        constraints = [
            models.UniqueConstraint(
                fields=["predecessor", "successor"], name="dependency_unique_pair"
            ),
            models.CheckConstraint(
                name="dependency_not_to_itself",
                condition=~models.Q(predecessor=models.F("successor")),
            ),
        ]

    def __str__(self) -> str:
        lag = f" {self.lag_days:+d}d" if self.lag_days else ""
        return f"{self.predecessor.name} → {self.successor.name} ({self.type}{lag})"

    @property
    def audit_sponsor_id(self) -> int:
        return self.project.sponsor_id


class Baseline(models.Model):
    """A signed snapshot of the plan's dates, to compare the current plan against."""

    project = models.ForeignKey(Project, on_delete=models.PROTECT, related_name="baselines")
    number = models.PositiveIntegerField()
    name = models.CharField(max_length=120)
    finish = models.DateField()
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(fields=["project", "number"], name="baseline_number_unique")
        ]

    def __str__(self) -> str:
        return f"Baseline {self.number}: {self.name}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.project.sponsor_id

    def signature_content(self) -> dict[str, object]:
        """What the signature vouches for: every task's baseline dates."""
        return {
            "project": self.project.code,
            "name": self.name,
            "finish": self.finish.isoformat(),
            "tasks": [
                [item.task_uid, item.start.isoformat(), item.finish.isoformat(), item.duration]
                for item in self.items.order_by("task_uid")
            ],
        }


class BaselineTask(models.Model):
    baseline = models.ForeignKey(Baseline, on_delete=models.PROTECT, related_name="items")
    task = models.ForeignKey(Task, on_delete=models.PROTECT, related_name="baseline_items")
    task_uid = models.PositiveIntegerField()
    start = models.DateField()
    finish = models.DateField()
    duration = models.PositiveIntegerField()

    class Meta:
        ordering = ["task_uid"]
        constraints = [
            models.UniqueConstraint(fields=["baseline", "task"], name="baseline_task_unique")
        ]

    def __str__(self) -> str:
        return f"{self.baseline} · {self.task_uid}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.baseline.project.sponsor_id


class Decision(models.Model):
    """The outcome of a decision point (a go/no-go), signed with the meaning "decided"."""

    class Outcome(models.TextChoices):
        GO = "go", "Go"
        NO_GO = "no_go", "No-go"
        GO_WITH_CONDITIONS = "conditional", "Go with conditions"
        DEFERRED = "deferred", "Deferred"

    task = models.OneToOneField(Task, on_delete=models.PROTECT, related_name="decision")
    options = models.TextField(help_text="The options that were considered.")
    outcome = models.CharField(max_length=16, choices=Outcome.choices)
    rationale = models.TextField()
    decided_on = models.DateField()
    decided_by = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.task.name}: {self.get_outcome_display()}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.task.project.sponsor_id

    def signature_content(self) -> dict[str, object]:
        return {
            "project": self.task.project.code,
            "decision_point": self.task.name,
            "options": self.options,
            "outcome": self.outcome,
            "rationale": self.rationale,
            "decided_on": self.decided_on.isoformat(),
        }


class CalendarFeed(models.Model):
    """A secret iCalendar URL with a project's milestones, for a calendar app to follow.

    Only a SHA-256 of the secret is stored; the URL is shown once and can be revoked.
    """

    project = models.ForeignKey(Project, on_delete=models.PROTECT, related_name="calendar_feeds")
    name = models.CharField(max_length=80)
    prefix = models.CharField(max_length=12)
    digest = models.CharField(max_length=64, unique=True)
    created_by = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @property
    def audit_sponsor_id(self) -> int:
        return self.project.sponsor_id


class Simulation(models.Model):
    """One Monte Carlo run on a project's plan: its settings, its progress, its result.

    Runs are kept so that the figures a sponsor sees can be traced to who ran them, when,
    on which plan and with which seed (the same seed on the same plan gives the same
    result). Large runs execute in the background and report progress here.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    project = models.ForeignKey(Project, on_delete=models.PROTECT, related_name="simulations")
    requested_by = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")
    iterations = models.PositiveIntegerField()
    distribution = models.CharField(max_length=16)
    seed = models.PositiveBigIntegerField()
    task_count = models.PositiveIntegerField(default=0)
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.QUEUED)
    done_iterations = models.PositiveIntegerField(default=0)
    result = models.JSONField(null=True, blank=True)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    # Touched with each progress report; a run whose worker died stops being touched.
    heartbeat_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["project", "-created_at"], name="simulation_recent_idx")]

    def __str__(self) -> str:
        return f"{self.project.code} simulation {self.pk} ({self.iterations:,} iterations)"

    @property
    def distribution_label(self) -> str:
        return {"pert": "PERT-beta", "triangular": "triangular"}.get(
            self.distribution, self.distribution
        )

    @property
    def percent(self) -> int:
        if self.status == self.Status.DONE:
            return 100
        return min(99, int(self.done_iterations * 100 / max(self.iterations, 1)))

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)

    @property
    def audit_sponsor_id(self) -> int:
        return self.project.sponsor_id
