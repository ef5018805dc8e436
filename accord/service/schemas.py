from __future__ import annotations

from ninja import Field, Schema

from accord.core.api import InputSchema


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
