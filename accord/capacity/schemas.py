"""The shape of the resource register and of tasks' demands in the API: one output schema
per record, with a ``*_label`` for every code a person reads, and input schemas per
operation (a PATCH changes only the fields it names)."""

from __future__ import annotations

import datetime as dt

from ninja import Field, Schema

from accord.capacity.models import ResourceCalendar, ResourceKind, ResourceRole
from accord.capacity.services import MAX_UNITS
from accord.core.api import InputSchema, PageNumberPagination


class AvailabilityOut(Schema):
    id: int
    resource_id: int
    starts_on: dt.date
    ends_on: dt.date | None = Field(description="Empty: from then on")
    units: int
    unit: str
    reason: str
    label: str = Field(description="The change as a sentence, e.g. “from 3 Mar 2027 …”")
    recorded_by_name: str
    recorded_at: dt.datetime
    token: str = Field(description="Send it back (or as If-Match) to change this change")


class ResourceOut(Schema):
    id: int
    code: str
    name: str
    kind: str
    kind_label: str
    site_id: int
    site_name: str
    equipment_id: int | None
    equipment_label: str | None
    capacity: int
    unit: str
    role: str
    role_label: str
    calendar: str
    calendar_label: str
    description: str
    active: bool
    active_label: str
    created_at: dt.datetime
    availability: list[AvailabilityOut]
    version: int


class ResourcePage(PageNumberPagination.Output):
    items: list[ResourceOut]


class ResourceFilters(Schema):
    q: str | None = Field(None, max_length=200, description="Words in the code or name")
    site_id: int | None = None
    kind: ResourceKind | None = None
    active: bool | None = Field(None, description="true: active only; false: retired only")


class ResourceIn(InputSchema):
    code: str = Field("", max_length=32, description="Empty: the linked equipment's number")
    name: str = Field("", max_length=200, description="Empty: the linked equipment's name")
    kind: ResourceKind
    site_id: int
    equipment_id: int | None = Field(None, description="Equipment or rooms: at the same site")
    capacity: int = Field(1, ge=1, le=MAX_UNITS)
    unit: str = Field("units", max_length=40)
    calendar: ResourceCalendar = ResourceCalendar.SITE
    role: ResourceRole = ResourceRole.OTHER
    description: str = Field("", max_length=10000)


class ResourcePatchIn(InputSchema):
    code: str | None = Field(None, max_length=32)
    name: str | None = Field(None, max_length=200)
    kind: ResourceKind | None = None
    site_id: int | None = None
    equipment_id: int | None = None
    capacity: int | None = Field(None, ge=1, le=MAX_UNITS)
    unit: str | None = Field(None, max_length=40)
    calendar: ResourceCalendar | None = None
    role: ResourceRole | None = None
    description: str | None = Field(None, max_length=10000)
    version: int | None = Field(None, ge=1, description="The version you read (or If-Match)")


class ActiveIn(InputSchema):
    reason: str = Field("", max_length=300, description="Required to retire")
    version: int | None = Field(None, ge=1, description="The version you read (or If-Match)")


class AvailabilityIn(InputSchema):
    starts_on: dt.date
    ends_on: dt.date | None = None
    units: int = Field(..., ge=0, le=MAX_UNITS)
    reason: str = Field(..., max_length=300)


class AvailabilityPatchIn(InputSchema):
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    units: int | None = Field(None, ge=0, le=MAX_UNITS)
    reason: str | None = Field(None, max_length=300)
    token: str | None = Field(None, max_length=64, description="The token you read (or If-Match)")


class DemandOut(Schema):
    id: int
    project_id: int
    project_code: str
    task_id: int
    task_name: str
    resource_id: int
    resource_code: str
    resource_name: str
    resource_active: bool
    units: int
    unit: str
    label: str = Field(description="E.g. “1 suite of VSP-SUITE-2 Filling suite 2”")


class DemandIn(InputSchema):
    units: int = Field(1, ge=1, le=MAX_UNITS, description="Held on each working day of the task")
