from __future__ import annotations

import datetime as dt

from ninja import Field, Schema

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
    cause: str
    effect: str
    likelihood: int = Field(ge=1, le=5)
    impact: int = Field(ge=1, le=5)
    score: int = Field(description="likelihood × impact, 1 to 25")
    level: Level = Field(description="low 1-4, medium 5-9, high 10-15, critical 16-25")
    owner: PersonRef
    mitigation_plan: str
    contingency_plan: str
    contingency_trigger: str
    affected_tasks: list[TaskRef]
    status: Risk.Status
    next_review_date: dt.date
    shared_with_sponsor: bool
    created_at: dt.datetime
    updated_at: dt.datetime
    version: int

    @staticmethod
    def resolve_affected_tasks(risk: Risk) -> list:
        return list(risk.affected_tasks.all())


class RiskFilters(Schema):
    status: Risk.Status | None = None
    category: Risk.Category | None = None
    min_score: int | None = Field(None, ge=1, le=25, description="Score at least this")
