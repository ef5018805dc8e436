"""5S audits: an area of a site, scored on the five S (0 to 5 each), with the actions the
audit raised."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q

SCORE_MAX = 5
# (field, label, what the auditor looks at)
FIVE_S = (
    ("sort", "Sort", "Only what is needed is in the area."),
    ("set_in_order", "Set in order", "A place for everything, labelled, everything in it."),
    ("shine", "Shine", "Clean, and cleaning is inspection."),
    ("standardize", "Standardize", "The same way every shift: visual standards, checklists."),
    ("sustain", "Sustain", "Audits held, actions closed, the habit kept."),
)


class FiveSArea(models.Model):
    site = models.ForeignKey("accounts.Site", on_delete=models.PROTECT, related_name="+")
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["site__code", "name"]
        verbose_name = "5S area"
        constraints = [
            models.UniqueConstraint(fields=["site", "name"], name="fives_area_name_per_site")
        ]

    def __str__(self) -> str:
        return self.name


def _score(name: str, label: str) -> models.PositiveSmallIntegerField:
    return models.PositiveSmallIntegerField(label, validators=[MaxValueValidator(SCORE_MAX)])


class FiveSAudit(models.Model):
    area = models.ForeignKey(FiveSArea, on_delete=models.PROTECT, related_name="audits")
    audited_on = models.DateField()
    auditor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    initiative = models.ForeignKey(
        "improvement.Initiative",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="audits",
        help_text="The 5S initiative this audit measures, if any.",
    )
    sort = _score("sort", "Sort")
    set_in_order = _score("set_in_order", "Set in order")
    shine = _score("shine", "Shine")
    standardize = _score("standardize", "Standardize")
    sustain = _score("sustain", "Sustain")
    sort_notes = models.TextField(blank=True)
    set_in_order_notes = models.TextField(blank=True)
    shine_notes = models.TextField(blank=True)
    standardize_notes = models.TextField(blank=True)
    sustain_notes = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-audited_on", "-pk"]
        verbose_name = "5S audit"
        constraints = [
            models.CheckConstraint(
                name=f"fives_{name}_at_most_{SCORE_MAX}", condition=Q(**{f"{name}__lte": SCORE_MAX})
            )
            for name, _, _ in FIVE_S
        ]

    def __str__(self) -> str:
        return f"5S audit of {self.area} on {self.audited_on:%d %b %Y}"

    @property
    def scores(self) -> list[int]:
        return [getattr(self, name) for name, _, _ in FIVE_S]

    @property
    def total(self) -> int:
        return sum(self.scores)

    def rows(self) -> list[tuple[str, int, str]]:
        return [
            (label, getattr(self, name), getattr(self, f"{name}_notes"))
            for name, label, _ in FIVE_S
        ]


class FiveSAction(models.Model):
    audit = models.ForeignKey(FiveSAudit, on_delete=models.CASCADE, related_name="actions")
    what = models.CharField(max_length=300)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    due_on = models.DateField()
    done_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["due_on", "pk"]
        verbose_name = "5S action"

    def __str__(self) -> str:
        return self.what

    @property
    def is_done(self) -> bool:
        return self.done_on is not None
