"""API shapes. Sponsor users get ``DelayOut``, which has no internal notes at all
(requirements AZ-3: internal fields are absent from the external schema, not blanked)."""

from __future__ import annotations

import datetime as dt

from ninja import Field, Schema

from accord.delays.models import Delay


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
    occurred_on: dt.date
    days_lost: int = Field(description="Working days lost on the plan")
    affected_tasks: list[TaskRef]
    description: str
    root_cause: str
    communicated: bool = Field(alias="is_communicated")
    sponsor_informed_on: dt.date | None
    sponsor_informed_how: str
    sponsor_informed_by: str | None = Field(None, alias="sponsor_informed_by_name")
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime


class DelayInternalOut(DelayOut):
    """What CDMO staff read about one delay: everything, internal notes included."""

    internal_notes: str
