from __future__ import annotations

import datetime as dt
from typing import Literal

from ninja import Field, Schema

from accord.core.api import InputSchema
from accord.service.models import (
    ClockKind,
    ConcernCategory,
    ConcernEntry,
    ConcernState,
    Priority,
)


class TargetOut(Schema):
    priority: str = Field(description="critical, high, medium or low")
    priority_label: str
    acknowledge_minutes: int = Field(description="Working minutes to acknowledge the concern")
    first_contact_minutes: int = Field(
        description="Working minutes to the first substantive contact"
    )
    update_minutes: int = Field(description="Working minutes between updates while it is open")
    resolve_minutes: int = Field(description="Working minutes to resolve it")


class PolicyOut(Schema):
    id: int
    sponsor_id: int | None = Field(description="Empty for the CDMO-wide policy")
    sponsor_name: str | None
    name: str
    warn_at_percent: int
    confirm_days: int
    version: int
    targets: list[TargetOut]


class TargetIn(InputSchema):
    acknowledge_minutes: int = Field(..., gt=0)
    first_contact_minutes: int = Field(..., gt=0)
    update_minutes: int = Field(..., gt=0)
    resolve_minutes: int = Field(..., gt=0)


class PolicyIn(InputSchema):
    name: str = Field(..., min_length=1, max_length=120)
    warn_at_percent: int = Field(75, ge=50, le=95)
    confirm_days: int = Field(5, ge=1, le=30)
    targets: dict[str, TargetIn] = Field(
        description="Each priority (critical, high, medium, low) with its four targets"
    )
    reason: str = Field("", max_length=300)
    version: int | None = Field(
        None, ge=0, description="The version you read (or send If-Match) when you change it"
    )


class PolicyCreateIn(PolicyIn):
    sponsor_id: int


class PolicyRemoveIn(InputSchema):
    reason: str = Field(..., min_length=1, max_length=300)


class HoursOut(Schema):
    site_id: int
    site_code: str
    time_zone: str
    monday: str
    tuesday: str
    wednesday: str
    thursday: str
    friday: str
    saturday: str
    sunday: str
    version: int | None = Field(description="None while the site keeps the default office hours")


class HoursIn(InputSchema):
    monday: str = Field("", max_length=100)
    tuesday: str = Field("", max_length=100)
    wednesday: str = Field("", max_length=100)
    thursday: str = Field("", max_length=100)
    friday: str = Field("", max_length=100)
    saturday: str = Field("", max_length=100)
    sunday: str = Field("", max_length=100)
    reason: str = Field("", max_length=300)
    version: int | None = Field(None, ge=0)


# --------------------------------------------------------------------------- concerns


class ConcernFilters(Schema):
    q: str = Field("", max_length=100, description="Number, title or description contains")
    sponsor_id: int | None = None
    project_id: int | None = None
    owner_id: int | None = None
    state: str | None = Field(
        None,
        pattern=f"^({'|'.join(['open', *ConcernState.values])})$",
        description="One state ("
        + ", ".join(ConcernState.values)
        + "), or open (raised, acknowledged, in progress or waiting on the sponsor); "
        "every state when empty",
    )
    category: ConcernCategory | None = None
    priority: Priority | None = None
    clock: Literal["at_risk", "breached"] | None = Field(
        None, description="Only concerns with a clock in this state now"
    )
    order: Literal["newest", "due"] = Field(
        "newest",
        description="newest raised first, or due: the nearest due clock first (like the "
        "staff queue; concerns with no clock counting last, newest first)",
    )


class ClockOut(Schema):
    kind: ClockKind = Field(description="acknowledge, first_contact, update or resolve")
    label: str
    state: str = Field(description="running, at_risk, paused, met, breached or not_started")
    state_label: str
    started_at: dt.datetime | None
    due_at: dt.datetime | None = Field(description="Empty while paused or not started")
    stopped_at: dt.datetime | None
    target_minutes: int = Field(description="The promise, in working minutes")
    remaining_minutes: int | None = Field(
        description="Working minutes left before the due time (negative once late)"
    )
    late_by_minutes: int = Field(description="Working minutes past due (0 when not late)")
    paused_minutes: int = Field(description="Working minutes spent waiting on the sponsor")


class ConcernOut(Schema):
    id: int
    number: str = Field(description="CON-YYYY-NNNN")
    title: str
    sponsor_id: int
    sponsor_name: str
    project_id: int | None = Field(description="Empty for the relationship as a whole")
    project_code: str | None
    category: ConcernCategory
    category_label: str
    urgency: Priority = Field(description="How urgent it is for the sponsor")
    urgency_label: str
    priority: Priority
    priority_label: str
    state: ConcernState
    state_label: str
    owner_id: int | None
    owner_name: str | None
    raised_at: dt.datetime
    version: int
    clocks: list[ClockOut] = Field(description="Its four SLA clocks, computed now")


class ConcernEntryOut(Schema):
    id: int
    kind: str
    kind_label: str
    how: str = Field(description="call, meeting or written, for a first contact")
    author_name: str | None = Field(description="Empty for Accord's own steps")
    at: dt.datetime
    text: str
    internal: bool = Field(description="An internal note (CDMO staff only ever read one)")


class ConcernPauseOut(Schema):
    started_at: dt.datetime
    ended_at: dt.datetime | None
    reason: str


class ConcernEscalationOut(Schema):
    clock: ClockKind
    clock_label: str
    level: int = Field(description="The rung of the communication tree, 0 the account owner")
    to_name: str
    at: dt.datetime


class ConcernFileOut(Schema):
    id: int
    name: str
    content_type: str
    size_bytes: int
    sha256: str
    uploaded_by_name: str
    uploaded_at: dt.datetime
    url: str = Field(description="Where to download it (the same rights as the concern)")


class ConcernLinkOut(Schema):
    kind: str = Field(description="risk, delay or change_order")
    id: int
    reference: str
    title: str


class ConcernDetailOut(ConcernOut):
    description: str
    channel: str
    channel_label: str
    site_code: str = Field(description="The site whose service hours the clocks count")
    raised_by_name: str
    acknowledged_at: dt.datetime | None
    first_contact_at: dt.datetime | None
    last_update_at: dt.datetime | None
    resolved_at: dt.datetime | None
    closed_at: dt.datetime | None
    containment: str
    resolution: str
    root_cause: str
    reopened: int
    escalation_level: int
    entries: list[ConcernEntryOut] = Field(description="Its story, oldest first")
    pauses: list[ConcernPauseOut]
    escalations: list[ConcernEscalationOut]
    files: list[ConcernFileOut]
    links: list[ConcernLinkOut] = Field(
        description="The risks, delays and change orders it touched that you may see"
    )


_TEXT = 10_000


class ConcernRaiseIn(InputSchema):
    sponsor_id: int | None = Field(
        None, description="CDMO staff: whose concern it is (a sponsor user raises its own)"
    )
    project_id: int | None = Field(None, description="Empty for the relationship as a whole")
    title: str = Field(..., max_length=200)
    description: str = Field(..., max_length=_TEXT)
    category: ConcernCategory
    urgency: Priority


class AcknowledgeIn(InputSchema):
    message: str = Field(..., max_length=_TEXT, description="Your personal message")
    version: int | None = Field(None, ge=0, description="The version you read (or If-Match)")


class ContactIn(InputSchema):
    how: ConcernEntry.How
    summary: str = Field(..., max_length=_TEXT, description="What was discussed and agreed")
    containment: str = Field(
        ..., max_length=_TEXT, description="What was done at once to stop the harm"
    )
    version: int | None = Field(None, ge=0, description="The version you read (or If-Match)")


class LinksIn(InputSchema):
    risk_ids: list[int] = Field(default_factory=list, max_length=50)
    delay_ids: list[int] = Field(default_factory=list, max_length=50)
    change_order_ids: list[int] = Field(default_factory=list, max_length=50)


class ResolveIn(LinksIn):
    resolution: str = Field(..., max_length=_TEXT)
    root_cause: str = Field("", max_length=_TEXT)
    version: int | None = Field(None, ge=0, description="The version you read (or If-Match)")


class AssignIn(InputSchema):
    owner_id: int | None = Field(None, description="The new owner (CDMO staff serving concerns)")
    priority: Priority | None = Field(None, description="A new priority (assigners only)")
    reason: str = Field(..., max_length=300)
    version: int | None = Field(None, ge=0, description="The version you read (or If-Match)")


class TextIn(InputSchema):
    text: str = Field(..., max_length=_TEXT)


class OptionalTextIn(InputSchema):
    text: str = Field("", max_length=_TEXT)


class ReasonIn(InputSchema):
    reason: str = Field(..., max_length=300)
