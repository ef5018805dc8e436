"""The shape of the API's on-the-job training, assignments made and cancelled, and a
person's training record."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from ninja import Field, Schema

from accord.core.api import InputSchema, PageNumberPagination
from accord.signatures.models import Meaning
from accord.training.models import Level, OjtRecord, Reason
from accord.training.schemas import AssignmentOut, CompetencyRecordOut


class OjtStep(Schema):
    step: str
    observed: bool
    comment: str


class OjtOut(Schema):
    id: int
    trainee_id: int
    trainee_name: str
    trainer_id: int
    trainer_name: str
    competency_id: int
    competency_code: str
    competency_name: str
    task: str
    steps: list[OjtStep]
    performed_on: dt.date
    state: OjtRecord.State
    state_label: str
    trainer_signed_at: dt.datetime | None
    trainee_signed_at: dt.datetime | None
    waiting_for: list[str] = Field(description="Who signs next, while in training")
    assessor_name: str
    verdict: OjtRecord.Verdict | None
    verdict_label: str
    level_awarded: Level | None
    assessment: str
    assessed_at: dt.datetime | None
    version: int


class OjtPage(PageNumberPagination.Output):
    items: list[OjtOut]


class OjtStartIn(InputSchema):
    trainee_id: int
    trainer_id: int
    competency_id: int
    task: str = Field(..., max_length=200)
    steps: list[str] = Field(
        ..., min_length=1, max_length=100, description="The steps, in the order performed"
    )
    performed_on: dt.date


class SignatureIn(InputSchema):
    username: str = Field(..., max_length=150)
    password: str = Field(..., max_length=1024)
    acknowledge: bool = Field(
        False, description="Acknowledge that your electronic signature is binding (once)"
    )
    version: int | None = Field(None, ge=1, description="The version you read (or If-Match)")


class OjtSignIn(SignatureIn):
    observed: list[bool] | None = Field(
        None,
        max_length=100,
        description="The trainer: one mark per step, all true (the trainee sends none)",
    )
    comments: list[str] | None = Field(
        None, max_length=100, description="The trainer: a comment per step"
    )


class OjtAssessIn(SignatureIn):
    verdict: OjtRecord.Verdict
    level: Level | None = Field(None, description="The level awarded, when competent")
    assessment: str = Field(..., max_length=4000)


class AssignIn(InputSchema):
    person_ids: list[int] = Field(..., min_length=1, max_length=500)
    requirement_id: int
    reason: Reason
    due_on: dt.date
    source: str = Field("", max_length=120, description="What asks for it: a CAPA, a change")


class AssignedOut(Schema):
    items: list[AssignmentOut] = Field(description="One open assignment per person")


class CancelIn(InputSchema):
    reason: str = Field(..., max_length=2000)
    version: int | None = Field(None, ge=1, description="The version you read (or If-Match)")


class HoldingOut(Schema):
    id: int
    job_role_id: int
    job_role_name: str
    site_code: str
    assigned_on: dt.date
    ended_on: dt.date | None
    current: bool


class StandingState(StrEnum):
    QUALIFIED = "qualified"
    DUE = "due"
    OVERDUE = "overdue"
    EXPIRED = "expired"
    MISSING = "missing"
    NOT_REQUIRED = "not_required"


class StandingOut(Schema):
    requirement_id: int
    requirement_code: str
    requirement_title: str
    kind: str
    kind_label: str
    state: StandingState
    state_label: str
    detail: str
    level: int | None
    due_on: dt.date | None
    until: dt.date | None
    completed_on: dt.date | None


class RecordSignatureOut(Schema):
    what: str
    kind: str
    meaning: Meaning
    meaning_label: str
    printed_name: str
    signed_at: dt.datetime


class PersonRecordOut(Schema):
    person_id: int
    person_name: str
    on: dt.date
    holdings: list[HoldingOut]
    standing: list[StandingOut]
    gap_count: int
    qualified_count: int
    open_assignments: list[AssignmentOut]
    done_assignments: list[AssignmentOut]
    cancelled_assignments: list[AssignmentOut]
    competencies: list[CompetencyRecordOut] = Field(description="The latest per competency")
    competency_history: list[CompetencyRecordOut]
    ojt: list[OjtOut] = Field(description="As trainee or trainer")
    signatures: list[RecordSignatureOut]
