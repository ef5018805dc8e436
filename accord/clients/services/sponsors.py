"""Writes to the sponsor itself (its name, type, country), for the API: the organization
services do the work and write the audit event; these add what the API needs on top,
the staff-only rule and a check that nobody changed the sponsor since it was read.

``Organization`` has no version column, so the edit carries a ``state_token`` of its
fields (the API's ETag of a sponsor)."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from accord.accounts.models import Organization, User
from accord.accounts.services import ORGANIZATION_FIELDS, organization_create, organization_update
from accord.audit.services import snapshot
from accord.core import concurrency
from accord.core.permissions import require


def sponsor_token(sponsor: Organization) -> str:
    """What an editor carries to detect that someone changed the sponsor meanwhile."""
    return concurrency.state_token(snapshot(sponsor, (*ORGANIZATION_FIELDS, "is_active")))


def _authorize(actor: User, permission: str) -> None:
    require(actor, permission)
    if not actor.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff keep the sponsor directory.")


@transaction.atomic
def sponsor_create(
    *,
    actor: User,
    name: str,
    short_name: str,
    sponsor_type: str,
    country: str = "",
    website: str = "",
) -> Organization:
    """A new sponsor in the directory (CDMO staff who may add organizations)."""
    _authorize(actor, "accounts.add_organization")
    return organization_create(
        actor=actor,
        kind=Organization.Kind.SPONSOR,
        name=name,
        short_name=short_name,
        sponsor_type=sponsor_type,
        country=country,
        website=website,
    )


@transaction.atomic
def sponsor_update(
    *, actor: User, sponsor: Organization, token: str | None, reason: str = "", **fields
) -> Organization:
    """Change a sponsor's details; refused if it changed since ``token`` was read
    (``None``: no comparison)."""
    _authorize(actor, "accounts.change_organization")
    locked = Organization.objects.select_for_update().get(pk=sponsor.pk)
    if not locked.is_sponsor:
        raise ValidationError({"sponsor": ["Choose a sponsor, not the CDMO."]})
    concurrency.check_token(sponsor_token(locked), token, what="sponsor")
    return organization_update(actor=actor, organization=locked, reason=reason, **fields)
