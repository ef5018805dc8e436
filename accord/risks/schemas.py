from __future__ import annotations

import datetime as dt

from ninja import Field, Schema

from accord.core.api import InputSchema
from accord.risks.models import Level, Risk


class PersonRef(Schema):
    id: int
    printed_name: str


class TaskRef(Schema):
    id: int
    uid: int
    name: str


class RiskOut(Schema):
    id: int
    project_id: int
    number: str
    title: str
    category: Risk.Category
    category_label: str
    cause: str
    effect: str
    likelihood: int = Field(ge=1, le=5)
    impact: int = Field(ge=1, le=5)
    score: int = Field(description="likelihood × impact, 1 to 25")
    level: Level = Field(description="low 1-4, medium 5-9, high 10-15, critical 16-25")
    level_label: str
    owner: PersonRef
    mitigation_plan: str
    contingency_plan: str
    contingency_trigger: str
    affected_tasks: list[TaskRef]
    status: Risk.Status
    status_label: str
    next_review_date: dt.date
    shared_with_sponsor: bool
    created_at: dt.datetime
    updated_at: dt.datetime
    version: int

    @staticmethod
    def resolve_affected_tasks(risk: Risk) -> list:
        return list(risk.affected_tasks.all())

    @staticmethod
    def resolve_category_label(risk: Risk) -> str:
        return risk.get_category_display()

    @staticmethod
    def resolve_status_label(risk: Risk) -> str:
        return risk.get_status_display()

    @staticmethod
    def resolve_level_label(risk: Risk) -> str:
        return str(risk.level.label)


class RiskFilters(Schema):
    status: Risk.Status | None = None
    category: Risk.Category | None = None
    min_score: int | None = Field(None, ge=1, le=25, description="Score at least this")
    level: Level | None = None
    likelihood: int | None = Field(None, ge=1, le=5)
    impact: int | None = Field(None, ge=1, le=5)


class RiskReviewOut(Schema):
    id: int
    risk_id: int
    reviewed_by: PersonRef
    reviewed_at: dt.datetime
    comment: str
    likelihood_before: int
    impact_before: int
    likelihood: int
    impact: int
    score_before: int
    score: int
    next_review_date: dt.date


class RiskIn(InputSchema):
    title: str = Field(..., min_length=1, max_length=200)
    category: Risk.Category
    cause: str = Field(..., min_length=1, max_length=5000)
    effect: str = Field(..., min_length=1, max_length=5000)
    likelihood: int = Field(..., ge=1, le=5)
    impact: int = Field(..., ge=1, le=5)
    owner_id: int = Field(..., description="An active member of CDMO staff")
    next_review_date: dt.date
    mitigation_plan: str = Field("", max_length=5000)
    contingency_plan: str = Field("", max_length=5000)
    contingency_trigger: str = Field("", max_length=300)
    affected_task_ids: list[int] = Field(default_factory=list, max_length=500)
    shared_with_sponsor: bool = False


class RiskPatchIn(InputSchema):
    """Send only what changes. Closing is its own action (``/close``); a closed risk
    changes, or reopens (``status``), only with a ``reason``."""

    title: str | None = Field(None, min_length=1, max_length=200)
    category: Risk.Category | None = None
    cause: str | None = Field(None, min_length=1, max_length=5000)
    effect: str | None = Field(None, min_length=1, max_length=5000)
    likelihood: int | None = Field(None, ge=1, le=5)
    impact: int | None = Field(None, ge=1, le=5)
    owner_id: int | None = None
    next_review_date: dt.date | None = None
    mitigation_plan: str | None = Field(None, max_length=5000)
    contingency_plan: str | None = Field(None, max_length=5000)
    contingency_trigger: str | None = Field(None, max_length=300)
    affected_task_ids: list[int] | None = Field(None, max_length=500)
    shared_with_sponsor: bool | None = None
    status: Risk.Status | None = None
    reason: str = Field("", max_length=2000)
    version: int | None = Field(None, ge=1, description="The version you read (or If-Match)")


class RiskReviewIn(InputSchema):
    comment: str = Field(..., min_length=1, max_length=5000)
    likelihood: int | None = Field(None, ge=1, le=5, description="Unchanged if left out")
    impact: int | None = Field(None, ge=1, le=5, description="Unchanged if left out")
    next_review_date: dt.date
    version: int | None = Field(None, ge=1, description="The version you read (or If-Match)")


class RiskCloseIn(InputSchema):
    reason: str = Field(..., min_length=1, max_length=2000)
    version: int | None = Field(None, ge=1, description="The version you read (or If-Match)")
