"""Improvement initiatives: the problem, the method, the people, the baseline and target,
the measured result and what it saved; a DMAIC initiative's five stages, their
deliverables and their signed gates."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import Q


class Method(models.TextChoices):
    DMAIC = "dmaic", "DMAIC (Six Sigma project)"
    KAIZEN = "kaizen", "Kaizen event"
    FIVE_S = "five_s", "5S workplace organization"


class Stage(models.TextChoices):
    DEFINE = "define", "Define"
    MEASURE = "measure", "Measure"
    ANALYSE = "analyse", "Analyse"
    IMPROVE = "improve", "Improve"
    CONTROL = "control", "Control"


STAGE_ORDER = [stage.value for stage in Stage]

# What each DMAIC stage must deliver before its gate may be passed.
STAGE_DELIVERABLES: dict[str, tuple[str, ...]] = {
    Stage.DEFINE: ("Project charter", "SIPOC map", "Voice of the customer"),
    Stage.MEASURE: ("Baseline data", "Measurement system analysis"),
    Stage.ANALYSE: ("Root causes verified with data",),
    Stage.IMPROVE: ("Pilot run", "Solution implemented"),
    Stage.CONTROL: ("Control plan", "Handover to the process owner"),
}


class Status(models.TextChoices):
    OPEN = "open", "Open"
    CLOSED = "closed", "Closed"
    CANCELLED = "cancelled", "Cancelled"


class InitiativeCounter(models.Model):
    """The last initiative number given in a year (CI-2026-001); locked while one is taken."""

    year = models.PositiveSmallIntegerField(unique=True)
    last = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"CI-{self.year}: {self.last}"


class Initiative(models.Model):
    code = models.CharField(max_length=20, unique=True)
    title = models.CharField(max_length=200)
    problem_statement = models.TextField()
    method = models.CharField(max_length=8, choices=Method.choices)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="owned_initiatives"
    )
    champion = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="championed_initiatives",
        help_text="Signs the stage gates and approves the closure.",
    )
    team = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="improvement_teams"
    )
    site = models.ForeignKey("accounts.Site", on_delete=models.PROTECT, related_name="+")
    sponsor = models.ForeignKey(
        "accounts.Organization",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="improvement_initiatives",
        help_text="Empty for an internal initiative; a sponsor-facing one is shown to it.",
    )
    project = models.ForeignKey(
        "projects.Project", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    lesson = models.ForeignKey(
        "lessons.Lesson",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="initiatives",
        help_text="The lesson learned this initiative was started from.",
    )
    # The baseline: what is measured, its value before, how and over which period.
    baseline_metric = models.CharField(max_length=200, blank=True)
    baseline_value = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    unit = models.CharField(max_length=40, blank=True)
    baseline_method = models.TextField("how it is measured", blank=True)
    baseline_start = models.DateField(null=True, blank=True)
    baseline_end = models.DateField(null=True, blank=True)
    baseline_cause = models.CharField(
        max_length=24, blank=True, help_text="The delay cause a baseline from delays reads."
    )
    baseline_site = models.ForeignKey(
        "accounts.Site", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    baseline_sponsor = models.ForeignKey(
        "accounts.Organization", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    baseline_delays = models.ManyToManyField("delays.Delay", blank=True, related_name="+")
    target_value = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    # The measured result and what it saved.
    result_value = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    result_measured_on = models.DateField(null=True, blank=True)
    days_saved = models.DecimalField(max_digits=8, decimal_places=1, null=True, blank=True)
    cost_saved = models.DecimalField(max_digits=12, decimal_places=0, null=True, blank=True)
    rft_points = models.DecimalField(
        "right-first-time gain (points)", max_digits=5, decimal_places=1, null=True, blank=True
    )
    # Kaizen: the event and the process before and after it.
    event_start = models.DateField(null=True, blank=True)
    event_end = models.DateField(null=True, blank=True)
    before = models.TextField(blank=True)
    after = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    stage = models.CharField(max_length=8, choices=Stage.choices, blank=True)
    started_on = models.DateField()
    closed_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-started_on", "-code"]
        permissions = [("approve_initiative", "Can pass a stage gate of an initiative")]
        constraints = [
            models.CheckConstraint(
                name="initiative_project_needs_sponsor",
                condition=Q(project__isnull=True) | Q(sponsor__isnull=False),
            ),
            models.CheckConstraint(
                name="initiative_closed_has_result",
                condition=~Q(status="closed")
                | (Q(result_value__isnull=False) & Q(closed_on__isnull=False)),
            ),
        ]
        indexes = [models.Index(fields=["status", "closed_on"], name="initiative_closed_idx")]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"

    @property
    def audit_sponsor_id(self) -> int | None:
        return self.sponsor_id

    @property
    def is_sponsor_facing(self) -> bool:
        return self.sponsor_id is not None

    @property
    def is_dmaic(self) -> bool:
        return self.method == Method.DMAIC

    @property
    def is_open(self) -> bool:
        return self.status == Status.OPEN

    @property
    def stage_label(self) -> str:
        if self.status == Status.CLOSED:
            return "Closed"
        if self.status == Status.CANCELLED:
            return "Cancelled"
        return self.get_stage_display() if self.stage else "In progress"

    def result_content(self) -> dict[str, object]:
        """The measured result and its gains, as a closing signature covers them."""
        return {
            "baseline": [self.baseline_metric, str(self.baseline_value), self.unit],
            "target": str(self.target_value),
            "result": str(self.result_value),
            "measured_on": str(self.result_measured_on),
            "days_saved": str(self.days_saved),
            "cost_saved": str(self.cost_saved),
            "rft_points": str(self.rft_points),
        }

    def signature_content(self) -> dict[str, object]:
        return {
            "code": self.code,
            "title": self.title,
            "method": self.method,
            "problem_statement": self.problem_statement,
            **self.result_content(),
        }

    @property
    def improvement(self) -> Decimal | None:
        """Result minus baseline (negative when the figure went down)."""
        if self.result_value is None or self.baseline_value is None:
            return None
        return self.result_value - self.baseline_value


class Deliverable(models.Model):
    """One item of a DMAIC stage's checklist: a standard one every initiative has, or one
    the owner or champion added for this initiative."""

    initiative = models.ForeignKey(
        Initiative, on_delete=models.CASCADE, related_name="deliverables"
    )
    stage = models.CharField(max_length=8, choices=Stage.choices)
    name = models.CharField(max_length=200)
    position = models.PositiveSmallIntegerField(default=0)
    done_on = models.DateField(null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    note = models.CharField(max_length=500, blank=True)
    is_standard = models.BooleanField(
        default=True, help_text="On every DMAIC initiative's checklist; cannot be removed."
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["initiative", "position", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["initiative", "stage", "name"], name="deliverable_once_per_stage"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_stage_display()}: {self.name}"

    @property
    def is_done(self) -> bool:
        return self.done_on is not None

    @property
    def audit_sponsor_id(self) -> int | None:
        return self.initiative.sponsor_id


class StageGate(models.Model):
    """A DMAIC stage's gate, passed with the champion's electronic signature."""

    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="gates")
    stage = models.CharField(max_length=8, choices=Stage.choices)
    passed_on = models.DateField()
    passed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    signature = models.ForeignKey(
        "signatures.Signature", on_delete=models.PROTECT, null=True, related_name="+"
    )
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["initiative", "passed_on", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["initiative", "stage"], name="gate_once_per_stage")
        ]

    def __str__(self) -> str:
        return f"{self.get_stage_display()} gate"

    def signature_content(self) -> dict[str, object]:
        """What the champion signs: the stage's deliverables as done (frozen once the
        gate is passed) and, at the Control gate, the measured result."""
        initiative = self.initiative
        content = {
            "initiative": initiative.code,
            "title": initiative.title,
            "stage": self.stage,
            "deliverables": [
                [d.name, str(d.done_on)]
                for d in initiative.deliverables.filter(stage=self.stage).order_by("position")
            ],
            "note": self.note,
        }
        if self.stage == Stage.CONTROL:
            content["result"] = initiative.result_content()
        return content

    @property
    def audit_sponsor_id(self) -> int | None:
        return self.initiative.sponsor_id
