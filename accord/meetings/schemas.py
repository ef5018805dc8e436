"""API shapes. Sponsor users get ``MeetingOut``, which has no internal notes at all
(requirements AZ-3: internal fields are absent from the external schema, not blanked)."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from ninja import Field, Schema

from accord.core.api import InputSchema
from accord.meetings.models import ActionItem, Meeting


class MeetingFilters(Schema):
    project_id: int | None = Field(None, description="Only this project's meetings")
    kind: Meeting.Kind | None = None
    shared: bool | None = Field(None, description="true: shared with the sponsor")
    q: str | None = Field(None, max_length=100, description="Search title, agenda and minutes")


class DecisionOut(Schema):
    id: int
    text: str
    decided_by: str
    created_at: dt.datetime


class ActionItemOut(Schema):
    id: int
    reference: str
    description: str
    owner: str = Field(alias="owner_name")
    owner_id: int
    due_on: dt.date
    status: ActionItem.Status
    status_label: str
    done_on: dt.date | None
    meeting_id: int
    project_id: int
    version: int


class MeetingSummaryOut(Schema):
    id: int
    project_id: int
    reference: str
    kind: Meeting.Kind
    kind_label: str
    title: str
    held_on: dt.date
    shared_with_sponsor: bool
    version: int
    updated_at: dt.datetime


class MeetingOut(MeetingSummaryOut):
    """One meeting with its record: what a sponsor reads about a shared meeting."""

    attendees: str
    agenda: str
    minutes: str
    decisions: list[DecisionOut]
    action_items: list[ActionItemOut]


class MeetingInternalOut(MeetingOut):
    """What CDMO staff read about one meeting: everything, internal notes included."""

    internal_notes: str


class ActionItemStatusFilter(StrEnum):
    OPEN = "open"
    OVERDUE = "overdue"
    DONE = "done"
    ANY = "any"


class ActionItemFilters(Schema):
    status: ActionItemStatusFilter = Field(
        ActionItemStatusFilter.OPEN, description="open, overdue (open and past due), done, any"
    )
    mine: bool = Field(False, description="Only the items you own")
    project_id: int | None = None
    q: str | None = Field(None, max_length=100, description="Action, meeting title or project")


class MeetingIn(InputSchema):
    kind: Meeting.Kind
    title: str = Field(..., min_length=1, max_length=200)
    held_on: dt.date
    attendees: str = Field(..., min_length=1, max_length=5000)
    agenda: str = Field("", max_length=20000)
    minutes: str = Field("", max_length=50000)
    shared_with_sponsor: bool = False
    internal_notes: str = Field("", max_length=20000, description="Never shown to the sponsor")


class MeetingPatchIn(InputSchema):
    """Send only what changes; once shared with the sponsor, with a ``reason``."""

    kind: Meeting.Kind | None = None
    title: str | None = Field(None, min_length=1, max_length=200)
    held_on: dt.date | None = None
    attendees: str | None = Field(None, min_length=1, max_length=5000)
    agenda: str | None = Field(None, max_length=20000)
    minutes: str | None = Field(None, max_length=50000)
    shared_with_sponsor: bool | None = None
    internal_notes: str | None = Field(None, max_length=20000)
    reason: str = Field("", max_length=2000)
    version: int | None = Field(None, ge=1, description="The version you read (or If-Match)")


class DecisionIn(InputSchema):
    text: str = Field(..., min_length=1, max_length=5000)
    decided_by: str = Field("", max_length=200)


class ActionItemIn(InputSchema):
    description: str = Field(..., min_length=1, max_length=5000)
    owner_id: int = Field(..., description="A CDMO colleague or a sponsor person on the project")
    due_on: dt.date


class ActionItemPatchIn(InputSchema):
    """Send only what changes; once its meeting is shared or it is done, with a ``reason``."""

    description: str | None = Field(None, min_length=1, max_length=5000)
    owner_id: int | None = None
    due_on: dt.date | None = None
    reason: str = Field("", max_length=2000)
    version: int | None = Field(None, ge=1, description="The version you read (or If-Match)")


class ActionItemCloseIn(InputSchema):
    done_on: dt.date | None = Field(None, description="Today if left out")
    note: str = Field("", max_length=2000)
    version: int | None = Field(None, ge=1, description="The version you read (or If-Match)")


class ActionItemReopenIn(InputSchema):
    reason: str = Field(..., min_length=1, max_length=2000)
    version: int | None = Field(None, ge=1, description="The version you read (or If-Match)")
