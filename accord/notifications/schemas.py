"""API shapes of the signed-in user's notifications and preferences."""

from __future__ import annotations

import datetime as dt

from ninja import Field, Schema

from accord.core.api import InputSchema
from accord.notifications.kinds import Delivery


class NotificationFilters(Schema):
    status: str | None = Field(
        None, pattern="^(unread|read|all)$", description="unread, read or all (the default)"
    )
    kind: str | None = Field(
        None, max_length=40, description="A kind code, from /notification-preferences"
    )
    since: dt.date | None = Field(None, description="Created on or after this day (site time zone)")
    until: dt.date | None = Field(
        None, description="Created on or before this day (site time zone)"
    )
    q: str | None = Field(None, max_length=100, description="Words in the title or text")


class NotificationOut(Schema):
    id: int
    kind: str
    kind_label: str
    title: str
    body: str
    url: str = Field(description="The record's page, a path on this site")
    created_at: dt.datetime
    read_at: dt.datetime | None
    unread: bool = Field(alias="is_unread")
    delivery: Delivery


class ReadAllIn(InputSchema):
    kind: str = Field("", max_length=40, description="Only this kind (empty: every kind)")


class ReadAllOut(Schema):
    marked_read: int
    unread: int


class PreferenceOut(Schema):
    kind: str
    label: str
    description: str
    delivery: Delivery
    default: Delivery
    is_default: bool


class PreferencesIn(InputSchema):
    preferences: dict[str, Delivery] = Field(
        description="Kind code -> immediate, digest or in_app; kinds left out do not change"
    )
