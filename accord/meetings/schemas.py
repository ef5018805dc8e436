"""API shapes. Sponsor users get ``MeetingOut``, which has no internal notes at all
(requirements AZ-3: internal fields are absent from the external schema, not blanked)."""

from __future__ import annotations

import datetime as dt

from ninja import Field, Schema

from accord.meetings.models import ActionItem, Meeting


class MeetingFilters(Schema):
    project_id: int | None = Field(None, description="Only this project's meetings")
    kind: Meeting.Kind | None = None
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
    due_on: dt.date
    status: ActionItem.Status
    done_on: dt.date | None


class MeetingSummaryOut(Schema):
    id: int
    project_id: int
    reference: str
    kind: Meeting.Kind
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
