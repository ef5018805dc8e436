"""API shapes of kudos: one out, one in, the list's filters."""

from __future__ import annotations

import datetime as dt

from ninja import Field, Schema

from accord.core.api import InputSchema
from accord.recognition.models import MESSAGE_MAX, KudosCategory


class KudosFilters(Schema):
    recipient_id: int | None = Field(None, description="Only kudos to this CDMO person")
    sponsor_id: int | None = Field(None, description="Only kudos from this sponsor's people")
    category: KudosCategory | None = None
    since: dt.date | None = Field(None, description="Given on this day or later")
    until: dt.date | None = Field(None, description="Given on this day or earlier")
    q: str | None = Field(None, max_length=100, description="Words of the message or a name")


class KudosOut(Schema):
    id: int
    giver_id: int
    giver_name: str
    recipient_id: int
    recipient_name: str
    message: str
    category: str = Field(description="Empty when none was chosen")
    category_label: str
    sponsor_id: int | None = Field(description="The giver's company; empty between colleagues")
    sponsor_name: str | None
    project_id: int | None
    project_code: str | None
    concern_id: int | None
    milestone_id: int | None
    meeting_id: int | None
    given_on: str | None = Field(description="The record they were given on, in words")
    given_at: dt.datetime

    @staticmethod
    def resolve_giver_name(obj) -> str:
        return obj.giver.printed_name

    @staticmethod
    def resolve_recipient_name(obj) -> str:
        return obj.recipient.printed_name

    @staticmethod
    def resolve_category_label(obj) -> str:
        return obj.get_category_display()

    @staticmethod
    def resolve_sponsor_name(obj) -> str | None:
        return obj.sponsor.name if obj.sponsor else None

    @staticmethod
    def resolve_project_code(obj) -> str | None:
        return obj.project.code if obj.project else None

    @staticmethod
    def resolve_given_on(obj) -> str | None:
        return str(obj.context) if obj.context is not None else None


class KudosIn(InputSchema):
    recipient_id: int = Field(description="The CDMO person you thank")
    message: str = Field(..., min_length=1, max_length=MESSAGE_MAX)
    category: KudosCategory | None = None
    concern_id: int | None = Field(None, description="The concern they were given on")
    milestone_id: int | None = Field(None, description="The milestone they were given on")
    meeting_id: int | None = Field(None, description="The meeting they were given on")
