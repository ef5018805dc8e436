"""API shapes of the sponsor relationship records. Staff only: the endpoints refuse
sponsor users, so these shapes (rapport notes included) never reach them."""

from __future__ import annotations

import datetime as dt

from ninja import Field, Schema

from accord.clients.models import Interaction, KeyContact


class HealthOut(Schema):
    level: str = Field(description="green, amber or red")
    label: str
    reasons: list[str]


class KeyContactOut(Schema):
    id: int
    name: str
    title: str
    decision_role: KeyContact.DecisionRole
    email: str
    phone: str
    user_id: int | None = Field(description="Their portal account, if any")
    is_primary: bool
    is_active: bool


class SponsorProfileOut(Schema):
    sponsor_id: int
    sponsor_name: str
    sponsor_type: str
    exists: bool = Field(description="false: nobody has filled in the profile yet")
    modalities: list[str]
    regions: list[str]
    communication_cadence: str
    report_format: str
    time_zone: str
    account_owner_id: int | None = Field(description="The CDMO person who answers for it")
    account_owner_name: str | None
    language: str
    success_definition: str
    barrier_resources: str
    barrier_readiness: str
    barrier_context: str
    strategies: str
    is_trendsetter: bool
    health: HealthOut
    contacts: list[KeyContactOut]
    version: int
    updated_at: dt.datetime | None


class ContactRef(Schema):
    id: int
    name: str
    decision_role: str


class InteractionFilters(Schema):
    q: str = Field("", max_length=100, description="Subject, summary or contact name contains")
    kind: Interaction.Kind | None = None
    start: dt.date | None = Field(None, description="Occurred on or after")
    end: dt.date | None = Field(None, description="Occurred on or before")
    concern: bool | None = Field(None, description="true: only interactions flagged a concern")


class InteractionOut(Schema):
    id: int
    sponsor_id: int
    kind: Interaction.Kind
    occurred_on: dt.date
    subject: str
    summary: str
    is_concern: bool
    contacts: list[ContactRef]
    attendees: list[str]
    recorded_by: str
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime

    @staticmethod
    def resolve_attendees(obj) -> list[str]:
        return [user.printed_name for user in obj.attendees.all()]

    @staticmethod
    def resolve_recorded_by(obj) -> str:
        return obj.recorded_by.printed_name


class FollowUpOut(Schema):
    id: int
    description: str
    owner: str
    due_on: dt.date
    is_done: bool
    done_on: dt.date | None

    @staticmethod
    def resolve_owner(obj) -> str:
        return obj.owner.printed_name


class InteractionDetailOut(InteractionOut):
    """One interaction with its follow-ups and the CDMO's rapport notes."""

    rapport_notes: str
    follow_ups: list[FollowUpOut]

    @staticmethod
    def resolve_follow_ups(obj) -> list:
        return list(obj.follow_ups.select_related("owner").order_by("due_on", "pk"))
