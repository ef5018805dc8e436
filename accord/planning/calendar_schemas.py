"""API shapes of site calendars: the days, the changes to them, and the public-holiday
import (preview and apply)."""

from __future__ import annotations

import datetime as dt

from ninja import Field, Schema

from accord.core.api import InputSchema
from accord.planning.calendars import DayKind


class DayOut(Schema):
    date: dt.date
    kind: str = Field(description="holiday (the site rests) or working (an extra working day)")
    kind_label: str
    name: str
    source: str = Field(description="public, planner or ms_project")
    source_label: str
    own: bool = Field(False, description="The project's own day, winning over the site's")
    token: str = Field(
        description="The day as read: send it back (or If-Match with it quoted) when you "
        "change or remove the day; a change made meanwhile answers 409 (412 with If-Match)"
    )


class SiteCalendarOut(Schema):
    site_id: int
    site_code: str
    country_code: str
    subdivision: str
    year: int
    days: list[DayOut]


class RescheduledOut(Schema):
    rescheduled: list[str] = Field(description="Codes of the open plans rescheduled at once")
    queued: list[str] = Field(description="Codes of the open plans left to a background job")


class DayChangeOut(RescheduledOut):
    day: DayOut


class DayIn(InputSchema):
    date: dt.date
    kind: DayKind
    name: str = Field(..., min_length=1, max_length=100)
    reason: str = Field("", max_length=300)


class DayUpdateIn(InputSchema):
    kind: DayKind | None = None
    name: str | None = Field(None, min_length=1, max_length=100)
    reason: str = Field("", max_length=300)
    token: str | None = Field(None, max_length=64, description="The day's token you read")


class DayRemoveIn(InputSchema):
    reason: str = Field(..., min_length=1, max_length=300)
    token: str | None = Field(None, max_length=64, description="The day's token you read")


class RegionIn(InputSchema):
    country_code: str = Field(..., min_length=2, max_length=2, description="ISO 3166, e.g. CH")
    subdivision: str = Field("", max_length=10, description="e.g. VS for Valais")
    reason: str = Field("", max_length=300)


class RegionOut(Schema):
    site_id: int
    country_code: str
    subdivision: str


class ImportRowOut(Schema):
    date: dt.date
    name: str
    status: str = Field(description="new (added), present (already there) or conflict (skipped)")
    note: str


class ImportIn(InputSchema):
    year: int = Field(..., ge=2000, le=2100)


class ImportOut(RescheduledOut):
    added: list[ImportRowOut]
    skipped: list[ImportRowOut]
