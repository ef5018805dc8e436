"""Capacity: the resources a CDMO sells (suites, reactor trains, chromatography systems, and
pools of people such as a site's QC analysts), what plans demand of them, and leveling runs
that move work so that no resource is asked for more than it has.

A *resource* has a capacity in units (a suite is 1; a pool of six QC analysts is 6), a
calendar (the site's working days, or every day for equipment that runs continuously), and
*availability changes* over time (a suite down for requalification: 0 units for two weeks;
a pool growing from 4 to 6 analysts from a hiring date). A *demand* says how many units of a
resource a plan task holds while it works. A *leveling run* computes, in the background, a
schedule of a site's or the whole portfolio's open work against those capacities; it is only
a proposal until a person applies it, which holds the moved tasks with
``Task.leveled_start`` in one audited transaction.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from accord.accounts.models import Site


class ResourceKind(models.TextChoices):
    EQUIPMENT = "equipment", "Equipment or room"
    LABOUR = "labour", "Labour pool"


class ResourceCalendar(models.TextChoices):
    SITE = "site", "The site's working days"
    CONTINUOUS = "continuous", "Every day (continuous operation)"


class ResourceRole(models.TextChoices):
    """What a resource is for, as plan templates name their demands: a template says "a GMP
    batch needs a manufacturing suite for 10 days and 2 QC analysts for 15 after it", and a plan
    made from it at a site takes that site's resource of the role."""

    GMP_SUITE = "gmp_suite", "GMP manufacturing suite"
    REACTOR = "reactor", "Reactor train"
    BIOREACTOR = "bioreactor", "Bioreactor train"
    PURIFICATION = "purification", "Chromatography and purification"
    FILL_LINE = "fill_line", "Fill-finish line"
    QC_ANALYSTS = "qc_analysts", "QC analysts"
    QA_REVIEWERS = "qa_reviewers", "QA reviewers"
    PROCESS_SCIENTISTS = "process_scientists", "Process scientists"
    STABILITY = "stability", "Stability chambers"
    OTHER = "other", "Other"


class Resource(models.Model):
    Kind = ResourceKind
    Calendar = ResourceCalendar
    Role = ResourceRole

    code = models.CharField(
        max_length=32, unique=True, help_text="A short code, e.g. BSL-SUITE-2 or VSP-QC-HPLC."
    )
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=16, choices=ResourceKind.choices)
    role = models.CharField(
        max_length=24,
        choices=ResourceRole.choices,
        default=ResourceRole.OTHER,
        help_text="What plan templates call it: their demands take the site's resource of it.",
    )
    site = models.ForeignKey(Site, on_delete=models.PROTECT, related_name="resources")
    equipment = models.OneToOneField(
        "equipment.Equipment",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="resource",
        help_text="The register entry this resource stands for (equipment and rooms).",
    )
    capacity = models.PositiveSmallIntegerField(
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(500)],
        help_text="Units available on a working day: 1 for a suite, the head count of a pool.",
    )
    unit = models.CharField(
        max_length=40, default="units", help_text="What one unit is: suite, analysts, columns."
    )
    calendar = models.CharField(
        max_length=16, choices=ResourceCalendar.choices, default=ResourceCalendar.SITE
    )
    description = models.TextField(blank=True)
    active = models.BooleanField(
        default=True, help_text="Retired resources are kept for history but not leveled."
    )
    created_at = models.DateTimeField(default=timezone.now)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["site__code", "code"]
        permissions = [
            ("manage_resource", "Can keep the resource register and its availability"),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"

    def capacity_on(self, day: dt.date, changes=None) -> int:
        """Units on ``day`` before the calendar: the latest availability change that covers it,
        else the standing capacity. ``changes`` may be passed to avoid a query per day."""
        rows = changes if changes is not None else self.availability.all()
        units = self.capacity
        for change in sorted(rows, key=lambda c: (c.starts_on, c.pk or 0)):
            if change.covers(day):
                units = change.units
        return units


class Availability(models.Model):
    """A change to a resource's capacity over a period: down for requalification (0 units),
    a shutdown, a pool growing after hiring, a new reactor from its release date."""

    resource = models.ForeignKey(Resource, on_delete=models.PROTECT, related_name="availability")
    starts_on = models.DateField("from")
    ends_on = models.DateField("until", null=True, blank=True, help_text="Empty: from then on.")
    units = models.PositiveSmallIntegerField(
        validators=[MaxValueValidator(500)], help_text="Units available in the period (0: none)."
    )
    reason = models.CharField(max_length=300)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["resource", "starts_on", "pk"]
        verbose_name = "availability change"
        constraints = [
            models.CheckConstraint(
                name="availability_ordered",
                condition=models.Q(ends_on__isnull=True)
                | models.Q(ends_on__gte=models.F("starts_on")),
            )
        ]

    def __str__(self) -> str:
        return f"{self.resource.code}: {self.units} {self.resource.unit} from {self.starts_on}"

    def covers(self, day: dt.date) -> bool:
        return self.starts_on <= day and (self.ends_on is None or day <= self.ends_on)

    @property
    def audit_sponsor_id(self) -> None:
        return None


class TaskDemand(models.Model):
    """Units of a resource a plan task holds on each of its working days."""

    task = models.ForeignKey("planning.Task", on_delete=models.CASCADE, related_name="demands")
    resource = models.ForeignKey(Resource, on_delete=models.PROTECT, related_name="demands")
    units = models.PositiveSmallIntegerField(
        default=1, validators=[MinValueValidator(1), MaxValueValidator(500)]
    )

    class Meta:
        ordering = ["task", "resource__code"]
        verbose_name = "resource demand"
        constraints = [
            models.UniqueConstraint(fields=["task", "resource"], name="task_demand_once")
        ]

    def __str__(self) -> str:
        return f"{self.units} {self.resource.unit} of {self.resource.code} for {self.task.name}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.task.project.sponsor_id


class RunStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    RUNNING = "running", "Running"
    PROPOSED = "proposed", "Proposed (waiting for a decision)"
    APPLIED = "applied", "Applied to the plans"
    DISCARDED = "discarded", "Discarded"
    FAILED = "failed", "Failed"
    SUPERSEDED = "superseded", "Out of date (a plan changed since)"


class LevelingRun(models.Model):
    """One computation of the portfolio (or one site) against capacity, and its fate."""

    Status = RunStatus

    site = models.ForeignKey(
        Site,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="Empty: the whole portfolio.",
    )
    status = models.CharField(max_length=16, choices=RunStatus.choices, default=RunStatus.QUEUED)
    progress = models.PositiveSmallIntegerField(default=0, validators=[MaxValueValidator(100)])
    progress_message = models.CharField(max_length=200, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    requested_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    from_date = models.DateField(help_text="Work before this day stays where it is.")
    note = models.CharField(max_length=300, blank=True, help_text="Why the run was made.")
    summary = models.JSONField(default=dict, blank=True)
    fingerprint = models.CharField(
        max_length=64, blank=True, help_text="Of the plans and capacities it was computed on."
    )
    error = models.TextField(blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_reason = models.CharField(max_length=500, blank=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-requested_at", "-pk"]
        verbose_name = "leveling run"
        permissions = [
            ("run_leveling", "Can run a capacity leveling of a site or the portfolio"),
            ("apply_leveling", "Can apply a leveling run to the plans"),
        ]

    def __str__(self) -> str:
        scope = self.site.name if self.site_id else "the portfolio"
        return f"Leveling run {self.pk} of {scope}"

    @property
    def scope_label(self) -> str:
        return f"Site {self.site.name}" if self.site_id else "Whole portfolio"

    @property
    def audit_sponsor_id(self) -> None:
        return None


class LevelingMove(models.Model):
    """One task a run would move: where the plan has it, where leveling would put it."""

    run = models.ForeignKey(LevelingRun, on_delete=models.CASCADE, related_name="moves")
    task = models.ForeignKey("planning.Task", on_delete=models.CASCADE, related_name="+")
    project = models.ForeignKey("projects.Project", on_delete=models.CASCADE, related_name="+")
    planned_start = models.DateField()
    planned_finish = models.DateField()
    leveled_start = models.DateField()
    leveled_finish = models.DateField()
    delay_days = models.IntegerField(help_text="Calendar days later than planned.")
    resources = models.CharField(max_length=300, blank=True, help_text="What it waits for.")
    hold = models.BooleanField(
        default=True,
        help_text=(
            "Applying the run holds the task at its leveled start; without a hold it starts "
            "when its logic allows (a hold from an earlier run is released)."
        ),
    )

    class Meta:
        ordering = ["run", "project__code", "leveled_start", "pk"]
        verbose_name = "leveling move"

    def __str__(self) -> str:
        return f"{self.task.name}: {self.planned_start} -> {self.leveled_start}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.project.sponsor_id


class LevelingOutcome(models.Model):
    """What a run does to one project: its finish and its milestones, before and after."""

    run = models.ForeignKey(LevelingRun, on_delete=models.CASCADE, related_name="outcomes")
    project = models.ForeignKey("projects.Project", on_delete=models.CASCADE, related_name="+")
    planned_finish = models.DateField(null=True, blank=True)
    leveled_finish = models.DateField(null=True, blank=True)
    delay_days = models.IntegerField(default=0)
    tasks_moved = models.PositiveIntegerField(default=0)
    milestones = models.JSONField(
        default=list, blank=True, help_text="[{uid, name, planned, leveled, delay_days}]"
    )

    class Meta:
        ordering = ["run", "-delay_days", "project__code"]
        verbose_name = "leveling outcome"
        constraints = [
            models.UniqueConstraint(fields=["run", "project"], name="leveling_outcome_once")
        ]

    def __str__(self) -> str:
        return f"{self.project.code} in leveling run {self.run_id}"

    @property
    def later_milestones(self) -> list[dict]:
        """The milestones the run makes later, the latest first."""
        later = [m for m in self.milestones if m.get("delay_days", 0) > 0]
        return sorted(later, key=lambda m: -m["delay_days"])

    @property
    def audit_sponsor_id(self) -> int:
        return self.project.sponsor_id


class CapacityCheck(models.Model):
    """A proposal revision's timeline set against the work already committed at a site:
    when it could start and finish, what it would wait for and behind whom, P50/P80 with
    capacity. Kept, so that what a proposal told a sponsor can be traced to its evidence."""

    revision = models.ForeignKey(
        "proposals.ProposalRevision", on_delete=models.PROTECT, related_name="capacity_checks"
    )
    site = models.ForeignKey(Site, on_delete=models.PROTECT, related_name="+")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    requested_at = models.DateTimeField(default=timezone.now)
    desired_start = models.DateField(null=True, blank=True)
    desired_delivery = models.DateField(null=True, blank=True)
    free_finish = models.DateField("finish if nothing else were planned", null=True, blank=True)
    capacity_finish = models.DateField("finish with our capacity", null=True, blank=True)
    earliest_start = models.DateField("earliest start without waiting", null=True, blank=True)
    meets_delivery = models.BooleanField(null=True, blank=True)
    result = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-requested_at", "-pk"]
        verbose_name = "capacity check"

    def __str__(self) -> str:
        return f"Capacity check {self.pk} of {self.revision}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.revision.proposal.sponsor_id
