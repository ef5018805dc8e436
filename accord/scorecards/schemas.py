"""API shapes of scorecards: templates (staff only), frozen scorecards with their
criteria and, for staff, the evidence behind each figure."""

from __future__ import annotations

import datetime as dt

from ninja import Field, Schema

from accord.core.api import InputSchema


class CriterionIO(Schema):
    name: str = Field(..., max_length=120)
    half: str = Field(..., description="perform or transform")
    formula: str = Field(..., max_length=500, description="Arithmetic over variable names")
    weight: int = Field(..., ge=1, le=100, description="The weights of a template sum to 100")
    target: float | None = Field(None, ge=0, le=100)
    unit: str = Field("points", max_length=16)


class BandIO(Schema):
    name: str = Field(..., max_length=60)
    lower: int = Field(..., ge=0, le=100)
    upper: int = Field(..., ge=0, le=100)
    colour: str = Field(..., max_length=7, description="#rrggbb")


class TemplateOut(Schema):
    id: int
    name: str
    description: str
    scope_kind: str
    period_kind: str
    is_active: bool
    version: int
    criteria: list[CriterionIO]
    bands: list[BandIO]

    @staticmethod
    def resolve_criteria(template) -> list:
        return list(template.criteria.order_by("position", "pk"))

    @staticmethod
    def resolve_bands(template) -> list:
        return list(template.bands.order_by("-lower"))


class TemplateIn(InputSchema):
    name: str = Field(..., max_length=120)
    description: str = Field("", max_length=4000)
    scope_kind: str
    period_kind: str = "quarter"
    is_active: bool = True
    criteria: list[CriterionIO]
    bands: list[BandIO]
    version: int | None = Field(None, ge=1, description="The version you read (updates)")


class ScorecardOut(Schema):
    id: int
    template_id: int
    template_name: str
    scope_kind: str
    scope_key: str
    scope_label: str
    period_kind: str
    period_start: dt.date
    period_end: dt.date
    period_label: str
    score: float | None
    perform: float | None
    transform: float | None
    standing: str
    standing_colour: str
    state: str
    frozen_at: dt.datetime
    signed_at: dt.datetime | None
    signed_by: str | None
    version: int

    @staticmethod
    def resolve_period_label(scorecard) -> str:
        return scorecard.period.label

    @staticmethod
    def resolve_signed_by(scorecard) -> str | None:
        return scorecard.signed_by.printed_name if scorecard.signed_by_id else None


class ScorecardDetailOut(ScorecardOut):
    criteria: list[dict] = Field(
        description="Each criterion with its formula, weight, target, score and the "
        "variables it read (staff also get each variable's evidence)"
    )


class ScorecardSignIn(InputSchema):
    username: str = Field(..., max_length=150)
    password: str = Field(..., max_length=1024)
    meaning: str = Field("reviewed", description="The meaning of the signature: reviewed")
    reason: str = Field("", max_length=2000)
    acknowledge: bool = Field(
        False, description="Acknowledge that your electronic signature is binding (once)"
    )
    version: int | None = Field(None, ge=1, description="The scorecard's version you read")
