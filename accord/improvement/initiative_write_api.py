"""Editing and cancelling an initiative through the API, through the same services as its
edit and cancel pages. Registered on the improvement router (one router per path: a second
one on ``/improvement/initiatives/{id}`` would answer 405 to its methods)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Field

from accord.accounts.models import Organization, Site
from accord.core.api import InputSchema
from accord.core.api_fields import api_field_names
from accord.core.concurrency import expected_version
from accord.improvement import services
from accord.improvement.api import (
    InitiativeOut,
    _done,
    _staff_initiative,
    _staff_user,
    router,
)
from accord.projects.models import Project

# The services' field names, as the API names them.
API_FIELDS = {
    "owner": "owner_id",
    "champion": "champion_id",
    "site": "site_id",
    "sponsor": "sponsor_id",
    "project": "project_id",
    "team": "team_ids",
}


class InitiativePatchIn(InputSchema):
    """Only the fields sent change; ``sponsor_id``/``project_id`` sent as ``null`` clear."""

    title: str | None = Field(None, min_length=1, max_length=200)
    problem_statement: str | None = Field(None, min_length=1, max_length=10000)
    owner_id: int | None = None
    champion_id: int | None = None
    site_id: int | None = None
    team_ids: list[int] | None = Field(None, max_length=50)
    sponsor_id: int | None = None
    project_id: int | None = None
    started_on: dt.date | None = None
    baseline_metric: str | None = Field(None, max_length=200)
    baseline_value: Decimal | None = None
    unit: str | None = Field(None, max_length=40)
    target_value: Decimal | None = None
    event_start: dt.date | None = None
    event_end: dt.date | None = None
    before: str | None = Field(None, max_length=10000)
    after: str | None = Field(None, max_length=10000)
    version: int | None = Field(None, ge=1, description="Or send `If-Match`")


class CancelIn(InputSchema):
    reason: str = Field(..., min_length=1, max_length=2000, description="Why it stops")
    version: int | None = Field(None, ge=1, description="Or send `If-Match`")


_REQUIRED = ("owner_id", "champion_id", "site_id", "title", "problem_statement")


def _changes(payload: InitiativePatchIn) -> dict:
    sent = payload.model_dump(exclude_unset=True, exclude={"version"})
    for name in _REQUIRED:
        if name in sent and sent[name] is None:
            raise ValidationError({name: ["An initiative cannot be without it."]})
    changes: dict = {}
    for name, value in sent.items():
        if name in ("owner_id", "champion_id"):
            changes[name.removesuffix("_id")] = _staff_user(value)
        elif name == "team_ids":
            changes["team"] = [_staff_user(pk) for pk in value or []]
        elif name == "site_id":
            changes["site"] = get_object_or_404(Site, pk=value)
        elif name == "sponsor_id":
            changes["sponsor"] = (
                get_object_or_404(Organization, pk=value, kind="sponsor") if value else None
            )
        elif name == "project_id":
            changes["project"] = get_object_or_404(Project, pk=value) if value else None
        elif name in ("baseline_metric", "unit", "before", "after"):
            changes[name] = value or ""
        else:
            changes[name] = value
    return changes


@router.patch(
    "/improvement/initiatives/{initiative_id}",
    response=InitiativeOut,
    summary="Change what an open initiative says (people, scope, baseline, target)",
    description="As on its edit page: only the fields sent change. Send the initiative's "
    "`ETag` as `If-Match` (or `version`); a closed or cancelled one is a 422.",
)
def update_initiative(
    request: HttpRequest, response: HttpResponse, initiative_id: int, payload: InitiativePatchIn
):
    initiative = _staff_initiative(request, initiative_id)
    changes = _changes(payload)
    with api_field_names(API_FIELDS):
        initiative = services.initiative_update(
            actor=request.user,
            initiative=initiative,
            version=expected_version(request, payload.version),
            **changes,
        )
    return _done(request, response, initiative)


@router.post(
    "/improvement/initiatives/{initiative_id}/cancel",
    response=InitiativeOut,
    summary="Stop an open initiative, with a reason",
)
def cancel_initiative(
    request: HttpRequest, response: HttpResponse, initiative_id: int, payload: CancelIn
):
    initiative = _staff_initiative(request, initiative_id)
    initiative = services.initiative_cancel(
        actor=request.user,
        initiative=initiative,
        reason=payload.reason,
        version=expected_version(request, payload.version),
    )
    return _done(request, response, initiative)
