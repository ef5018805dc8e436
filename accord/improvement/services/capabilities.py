"""The technology register: capabilities, and their qualification status at each site."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from accord.accounts.models import Site, User
from accord.audit.services import audit_record, created, diff, snapshot
from accord.core import concurrency
from accord.improvement.models import Capability, CapabilitySite, Qualification
from accord.improvement.services.shared import REGISTER, staff

SITE_FIELDS = ("capability", "site", "status", "qualified_on", "evidence")


def capability_create(
    *, actor: User, name: str, category: str, description: str = ""
) -> Capability:
    staff(actor, "improvement.add_capability")
    if not name.strip():
        raise ValidationError({"name": ["Name the capability."]})
    if category not in Capability.Category.values:
        raise ValidationError({"category": ["Choose a category."]})
    try:
        with transaction.atomic():
            capability = Capability.objects.create(
                name=name.strip(), category=category, description=description.strip()
            )
            audit_record(
                actor=actor,
                action="improvement.capability.created",
                target=capability,
                changes=created(snapshot(capability, ("name", "category", "description"))),
            )
    except IntegrityError:
        raise ValidationError({"name": ["The register already has this capability."]}) from None
    return capability


def capability_site_set(
    *,
    actor: User,
    capability: Capability,
    site: Site,
    status: str,
    qualified_on: dt.date | None = None,
    evidence: str = "",
    version: int | None = None,
) -> CapabilitySite:
    """Record where a site stands with a capability; qualified needs the date and the
    evidence (the qualification report)."""
    staff(actor, REGISTER)
    if status not in Qualification.values:
        raise ValidationError({"status": ["Choose a qualification status."]})
    if status == Qualification.QUALIFIED:
        errors = {}
        if qualified_on is None:
            errors["qualified_on"] = ["Give the date the capability was qualified."]
        if not evidence.strip():
            errors["evidence"] = ["Name the evidence: the qualification report."]
        if errors:
            raise ValidationError(errors)
    with transaction.atomic():
        entry = (
            CapabilitySite.objects.select_for_update()
            .filter(capability=capability, site=site)
            .first()
        )
        if entry is None:
            entry = CapabilitySite(capability=capability, site=site)
            before = {}
        else:
            concurrency.check(entry, version)
            before = snapshot(entry, SITE_FIELDS)
            concurrency.bump(entry)
        entry.status = status
        entry.qualified_on = qualified_on
        entry.evidence = evidence.strip()
        entry.save()
        audit_record(
            actor=actor,
            action="improvement.capabilitysite.set",
            target=entry,
            parent=capability,
            changes=diff(before, snapshot(entry, SITE_FIELDS)),
        )
    return entry
