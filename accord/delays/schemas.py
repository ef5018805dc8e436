"""API shapes. Sponsor users get ``DelayOut``, which has no internal notes at all
(requirements AZ-3: internal fields are absent from the external schema, not blanked)."""

from __future__ import annotations

import datetime as dt

from ninja import Field, Schema

from accord.core.api import InputSchema
from accord.delays.models import MAX_DAYS_LOST, Delay


class TaskRef(Schema):
    id: int
    uid: int
    name: str
    kind: str


class DelayFilters(Schema):
    cause: Delay.Cause | None = None
    communicated: bool | None = Field(None, description="true: the sponsor has been told")


class DelayOut(Schema):
    id: int
    project_id: int
    reference: str
    title: str
    cause: Delay.Cause
    cause_label: str
    occurred_on: dt.date
    days_lost: int = Field(description="Working days lost on the plan")
    affected_tasks: list[TaskRef]
    description: str
    root_cause: str
    communicated: bool = Field(alias="is_communicated")
    sponsor_informed_on: dt.date | None
    sponsor_informed_how: str = Field(
        description="A DelayInformedHow value; empty until the sponsor is told"
    )
    sponsor_informed_how_label: str
    sponsor_informed_by: str | None = Field(None, alias="sponsor_informed_by_name")
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime


class DelayInternalOut(DelayOut):
    """What CDMO staff read about one delay: everything, internal notes included."""

    internal_notes: str


class PortfolioFilters(Schema):
    site_id: int | None = None
    start: dt.date | None = Field(None, description="Occurred on or after")
    end: dt.date | None = Field(None, description="Occurred on or before")
    cause: Delay.Cause | None = None
    communicated: bool | None = Field(None, description="true: the sponsor has been told")


class DelayIn(InputSchema):
    title: str = Field(..., min_length=1, max_length=200)
    cause: Delay.Cause
    occurred_on: dt.date
    days_lost: int = Field(..., ge=1, le=MAX_DAYS_LOST, description="Working days lost")
    description: str = Field(..., min_length=1, max_length=10000)
    root_cause: str = Field("", max_length=10000)
    internal_notes: str = Field("", max_length=10000, description="Never shown to the sponsor")
    affected_task_ids: list[int] = Field(default_factory=list, max_length=500)


class DelayPatchIn(InputSchema):
    """Send only what changes; once the sponsor has been told, with a ``reason``."""

    title: str | None = Field(None, min_length=1, max_length=200)
    cause: Delay.Cause | None = None
    occurred_on: dt.date | None = None
    days_lost: int | None = Field(None, ge=1, le=MAX_DAYS_LOST)
    description: str | None = Field(None, min_length=1, max_length=10000)
    root_cause: str | None = Field(None, max_length=10000)
    internal_notes: str | None = Field(None, max_length=10000)
    affected_task_ids: list[int] | None = Field(None, max_length=500)
    reason: str = Field("", max_length=2000)
    version: int | None = Field(None, ge=1, description="The version you read (or If-Match)")


class CommunicatedIn(InputSchema):
    informed_on: dt.date = Field(..., description="When the sponsor was told (not in the future)")
    how: Delay.InformedHow
    informed_by_id: int = Field(..., description="The CDMO person who told the sponsor")
    reason: str = Field("", max_length=2000, description="Required to correct an earlier record")
    version: int | None = Field(None, ge=1, description="The version you read (or If-Match)")
