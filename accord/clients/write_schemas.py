"""API shapes of writes to sponsors and their relationship records (CDMO staff only).

Input names carry ``_id`` where the services take a record (``owner_id``, not
``owner``); ``write_api`` renames the services' field errors to match."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from ninja import Field, Schema

from accord.accounts.models import Organization
from accord.clients.models import Interaction, KeyContact, Language, Modality, Region
from accord.clients.models import SponsorProfile as Profile
from accord.clients.schemas import KeyContactOut
from accord.core.api import InputSchema

_VERSION = "The version you read (or If-Match with its ETag)"


class SponsorIn(InputSchema):
    name: str = Field(..., min_length=1, max_length=200)
    short_name: str = Field(..., min_length=1, max_length=40, description="Goes into numbers")
    sponsor_type: Organization.SponsorType
    country: str = Field("", max_length=80)
    website: str = Field("", max_length=200)


class SponsorPatchIn(InputSchema):
    name: str | None = Field(None, min_length=1, max_length=200)
    short_name: str | None = Field(None, min_length=1, max_length=40)
    sponsor_type: Organization.SponsorType | None = None
    country: str | None = Field(None, max_length=80)
    website: str | None = Field(None, max_length=200)
    reason: str = Field("", max_length=2000, description="Kept in the audit trail")
    token: str | None = Field(
        None, max_length=64, description="The sponsor's `token` as read (or If-Match)"
    )


class SponsorDetailOut(Schema):
    id: int
    name: str
    short_name: str
    sponsor_type: Organization.SponsorType
    sponsor_type_label: str
    country: str
    website: str
    is_active: bool
    token: str = Field(description="Changes with every edit; send it back (or as If-Match)")


class ContactFilters(Schema):
    q: str = Field("", max_length=100, description="Name, title or e-mail contains")
    is_active: bool | None = Field(None, description="false: the retired contacts only")


class ContactIn(InputSchema):
    name: str = Field(..., max_length=120)
    decision_role: KeyContact.DecisionRole
    title: str = Field("", max_length=120)
    email: str = Field("", max_length=254)
    phone: str = Field("", max_length=40)
    user_id: int | None = Field(None, description="Their portal account (of this sponsor)")
    is_primary: bool = Field(False, description="The first person we call (one per sponsor)")


class ContactPatchIn(InputSchema):
    name: str | None = Field(None, max_length=120)
    decision_role: KeyContact.DecisionRole | None = None
    title: str | None = Field(None, max_length=120)
    email: str | None = Field(None, max_length=254)
    phone: str | None = Field(None, max_length=40)
    user_id: int | None = None
    is_primary: bool | None = None
    is_active: bool | None = Field(None, description="false retires the contact")
    reason: str = Field("", max_length=2000)
    version: int | None = Field(None, ge=1, description=_VERSION)


class ContactDetailOut(KeyContactOut):
    sponsor_id: int
    decision_role_label: str
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime

    @staticmethod
    def resolve_decision_role_label(obj) -> str:
        return obj.get_decision_role_display()


class InteractionIn(InputSchema):
    kind: Interaction.Kind
    occurred_on: dt.date
    subject: str = Field(..., max_length=200)
    summary: str = Field("", max_length=20000)
    contact_ids: list[int] = Field(default_factory=list, max_length=50)
    attendee_ids: list[int] = Field(default_factory=list, max_length=50)
    is_concern: bool = False
    rapport_notes: str = Field("", max_length=20000, description="CDMO only, never shown")


class InteractionPatchIn(InputSchema):
    kind: Interaction.Kind | None = None
    occurred_on: dt.date | None = None
    subject: str | None = Field(None, max_length=200)
    summary: str | None = Field(None, max_length=20000)
    contact_ids: list[int] | None = Field(None, max_length=50)
    attendee_ids: list[int] | None = Field(None, max_length=50)
    is_concern: bool | None = None
    rapport_notes: str | None = Field(None, max_length=20000)
    reason: str = Field("", max_length=2000)
    version: int | None = Field(None, ge=1, description=_VERSION)


class FollowUpFilters(Schema):
    status: Literal["open", "overdue", "done", "all"] = Field(
        "open", description="open (default), overdue (open and past due), done or all"
    )


class FollowUpIn(InputSchema):
    description: str = Field(..., max_length=500, description="What we promised")
    due_on: dt.date
    owner_id: int | None = Field(None, description="Empty: you")
    interaction_id: int | None = Field(None, description="The conversation it came out of")


class FollowUpCloseIn(InputSchema):
    done_on: dt.date | None = Field(None, description="Empty: today")


class FollowUpDetailOut(Schema):
    id: int
    sponsor_id: int
    interaction_id: int | None
    description: str
    owner_id: int
    owner_name: str
    due_on: dt.date
    is_done: bool
    done_on: dt.date | None
    closed_by_name: str | None
    created_at: dt.datetime

    @staticmethod
    def resolve_owner_name(obj) -> str:
        return obj.owner.printed_name

    @staticmethod
    def resolve_closed_by_name(obj) -> str | None:
        return obj.closed_by.printed_name if obj.closed_by_id else None


class ProfileIn(InputSchema):
    """The whole profile (PUT): fields left out are emptied, as on the page's form."""

    modalities: list[Modality] = Field(default_factory=list, max_length=20)
    regions: list[Region] = Field(default_factory=list, max_length=10)
    communication_cadence: Profile.Cadence | Literal[""] = ""
    report_format: Profile.ReportFormat | Literal[""] = ""
    time_zone: str = Field("", max_length=64, description="IANA, e.g. Europe/Zurich")
    account_owner_id: int | None = None
    language: Language | Literal[""] = ""
    success_definition: str = Field("", max_length=20000)
    barrier_resources: str = Field("", max_length=20000)
    barrier_readiness: str = Field("", max_length=20000)
    barrier_context: str = Field("", max_length=20000)
    strategies: str = Field("", max_length=20000)
    is_trendsetter: bool = False
    sponsor_type: Organization.SponsorType | None = Field(
        None, description="Kept on the sponsor; needs the right to edit sponsors"
    )
    reason: str = Field("", max_length=2000)
    version: int | None = Field(
        None, ge=0, description="The version read; 0 when the profile does not exist yet"
    )
