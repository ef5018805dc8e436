"""Scorecards: templates of weighted criteria, their standings, and the frozen scorecard
of each closed period.

A *template* says what is scored (a scope kind: the company, a sponsor, a site ...) over
which periods (months, quarters or years), with *criteria* whose weights sum to 100. Each
criterion is a formula over the registered variables (``accord.scorecards.variables``)
that gives a score from 0 to 100; the perform half and the transform half are each
scored on their own as well. *Standings* name bands of the total score with a colour.

While a period runs its scorecard is computed live and never stored. When it closes, the
scorecard is *frozen*: its score and every input and piece of evidence are stored on the
row, and an executive signs it. A frozen scorecard is never recomputed.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q

from accord.accounts.models import Organization
from accord.scorecards.variables import HALVES, PERIOD_KINDS, SCOPE_KINDS, Period, Scope


class ScorecardTemplate(models.Model):
    name = models.CharField(max_length=120, unique=True)
    description = models.TextField(blank=True)
    scope_kind = models.CharField(
        "scores", max_length=16, choices=list(SCOPE_KINDS.items()), help_text="What it scores."
    )
    period_kind = models.CharField(
        "period", max_length=8, choices=list(PERIOD_KINDS.items()), default="quarter"
    )
    is_active = models.BooleanField(
        "in use", default=True, help_text="Only templates in use are frozen at period end."
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def scope_label(self) -> str:
        return SCOPE_KINDS[self.scope_kind]

    @property
    def period_label(self) -> str:
        return PERIOD_KINDS[self.period_kind]


class Criterion(models.Model):
    template = models.ForeignKey(
        ScorecardTemplate, on_delete=models.CASCADE, related_name="criteria"
    )
    position = models.PositiveSmallIntegerField(default=0)
    name = models.CharField(max_length=120)
    half = models.CharField(max_length=12, choices=list(HALVES.items()))
    formula = models.CharField(
        max_length=500,
        help_text="An expression over the variables giving a score from 0 to 100, e.g. "
        "on_time_milestones or max(0, 100 - 10 * deviations_per_batch).",
    )
    weight = models.PositiveSmallIntegerField(
        validators=[MaxValueValidator(100)], help_text="The weights of a template sum to 100."
    )
    target = models.FloatField(
        null=True, blank=True, help_text="The score (0 to 100) the criterion aims for."
    )
    unit = models.CharField(max_length=16, blank=True, default="points")

    class Meta:
        ordering = ["template", "position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["template", "name"], name="criterion_name_unique"),
            models.CheckConstraint(name="criterion_weight_positive", condition=Q(weight__gt=0)),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def half_label(self) -> str:
        return HALVES[self.half]


class StandingBand(models.Model):
    """Scores from ``lower`` (included) to ``upper`` (excluded, but 100 is in the top
    band) earn this standing. A template's bands cover 0 to 100 without gap or overlap."""

    template = models.ForeignKey(ScorecardTemplate, on_delete=models.CASCADE, related_name="bands")
    name = models.CharField(max_length=60)
    lower = models.PositiveSmallIntegerField(validators=[MaxValueValidator(100)])
    upper = models.PositiveSmallIntegerField(validators=[MaxValueValidator(100)])
    colour = models.CharField(max_length=7, help_text="A colour as #rrggbb.")

    class Meta:
        ordering = ["template", "-lower"]
        constraints = [
            models.CheckConstraint(name="band_ordered", condition=Q(upper__gt=models.F("lower"))),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.lower}–{self.upper})"


class Scorecard(models.Model):
    """The frozen scorecard of one template, scope and closed period."""

    class State(models.TextChoices):
        FROZEN = "frozen", "Frozen, waiting for signature"
        SIGNED = "signed", "Signed"

    template = models.ForeignKey(
        ScorecardTemplate, on_delete=models.PROTECT, related_name="scorecards"
    )
    template_name = models.CharField(max_length=120)
    scope_kind = models.CharField(max_length=16, choices=list(SCOPE_KINDS.items()))
    scope_key = models.CharField(max_length=40, blank=True, help_text="Empty for the company.")
    scope_label = models.CharField(max_length=200)
    # The sponsor a sponsor-scope (or project-scope) scorecard belongs to: what the portal
    # filters on.
    sponsor = models.ForeignKey(
        Organization, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    period_kind = models.CharField(max_length=8, choices=list(PERIOD_KINDS.items()))
    period_start = models.DateField()
    period_end = models.DateField()
    score = models.FloatField(null=True, blank=True)
    perform = models.FloatField(null=True, blank=True)
    transform = models.FloatField(null=True, blank=True)
    standing = models.CharField(max_length=60, blank=True)
    standing_colour = models.CharField(max_length=7, blank=True)
    # Every criterion with its formula, weight, target, result and the measures (value,
    # note, evidence) of the variables it read, as they were when frozen.
    criteria = models.JSONField(default=list)
    bands = models.JSONField(default=list)
    state = models.CharField(max_length=8, choices=State.choices, default=State.FROZEN)
    frozen_at = models.DateTimeField()
    frozen_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    signed_at = models.DateTimeField(null=True, blank=True)
    signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-period_start", "template_name", "scope_label"]
        permissions = [("sign_scorecard", "Can sign a frozen scorecard as its reviewing executive")]
        constraints = [
            models.UniqueConstraint(
                fields=["template", "scope_kind", "scope_key", "period_start"],
                name="scorecard_once_per_period",
            ),
            models.CheckConstraint(
                name="scorecard_signed_complete",
                condition=(
                    Q(state="frozen") & Q(signed_at__isnull=True) & Q(signed_by__isnull=True)
                )
                | (Q(state="signed") & Q(signed_at__isnull=False) & Q(signed_by__isnull=False)),
            ),
        ]
        indexes = [
            models.Index(
                fields=["scope_kind", "scope_key", "period_start"], name="scorecard_scope_idx"
            )
        ]

    def __str__(self) -> str:
        return f"{self.template_name} · {self.scope_label} · {self.period.label}"

    @property
    def period(self) -> Period:
        return Period(self.period_kind, self.period_start)

    @property
    def scope(self) -> Scope:
        key: int | str | None = None
        if self.scope_key:
            key = int(self.scope_key) if self.scope_key.isdigit() else self.scope_key
        return Scope(self.scope_kind, key, self.scope_label)

    @property
    def is_signed(self) -> bool:
        return self.state == self.State.SIGNED

    @property
    def audit_sponsor_id(self) -> int | None:
        return self.sponsor_id

    def signature_content(self) -> dict[str, object]:
        """What the executive's signature covers: every figure and input as frozen."""
        return {
            "template": self.template_name,
            "scope": [self.scope_kind, self.scope_key, self.scope_label],
            "period": [self.period_kind, self.period_start.isoformat()],
            "score": self.score,
            "perform": self.perform,
            "transform": self.transform,
            "standing": self.standing,
            "criteria": self.criteria,
        }
