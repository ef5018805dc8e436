"""The technology register: the capabilities the CDMO offers, and at which sites each is
planned, being qualified, qualified (since when, on what evidence) or retired."""

from __future__ import annotations

from django.db import models
from django.db.models import Q


class Capability(models.Model):
    class Category(models.TextChoices):
        CHEMISTRY = "chemistry", "Chemical process"
        MANUFACTURING = "manufacturing", "Manufacturing technology"
        CONTAINMENT = "containment", "Containment"
        BIOLOGICS = "biologics", "Biologics and conjugates"
        FORMULATION = "formulation", "Formulation and drug product"
        ANALYTICAL = "analytical", "Analytical"
        DIGITAL = "digital", "Digital and automation"

    name = models.CharField(max_length=200, unique=True)
    category = models.CharField(max_length=16, choices=Category.choices)
    description = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "capabilities"

    def __str__(self) -> str:
        return self.name


class Qualification(models.TextChoices):
    PLANNED = "planned", "Planned"
    IN_QUALIFICATION = "in_qualification", "In qualification"
    QUALIFIED = "qualified", "Qualified"
    RETIRED = "retired", "Retired"


class CapabilitySite(models.Model):
    capability = models.ForeignKey(Capability, on_delete=models.PROTECT, related_name="sites")
    site = models.ForeignKey("accounts.Site", on_delete=models.PROTECT, related_name="+")
    status = models.CharField(max_length=20, choices=Qualification.choices)
    qualified_on = models.DateField(null=True, blank=True)
    evidence = models.TextField(blank=True, help_text="The qualification report, its number.")
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["capability__name", "site__code"]
        verbose_name = "capability at a site"
        constraints = [
            models.UniqueConstraint(fields=["capability", "site"], name="capability_once_per_site"),
            models.CheckConstraint(
                name="capability_qualified_has_date",
                condition=~Q(status="qualified") | Q(qualified_on__isnull=False),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.capability} at {self.site.code}"
