"""The shape of the training API's input and output."""

from __future__ import annotations

import datetime as dt

from ninja import Field, Schema

from accord.core.api import InputSchema, PageNumberPagination


class AssignmentOut(Schema):
    id: int
    person_id: int
    person_name: str
    requirement_id: int
    requirement_code: str
    requirement_title: str
    kind: str
    kind_label: str
    reason: str
    reason_label: str
    source: str
    version_to_read: str = Field(description="The document version to read, if any")
    assigned_on: dt.date
    due_on: dt.date
    status: str
    status_label: str
    overdue: bool
    completed_on: dt.date | None
    completion_note: str
    version: int


class AssignmentPage(PageNumberPagination.Output):
    items: list[AssignmentOut]


class SignIn(InputSchema):
    username: str = Field(..., max_length=150)
    password: str = Field(..., max_length=1024)
    acknowledge: bool = Field(
        False, description="Acknowledge that your electronic signature is binding (once)"
    )
    version: int | None = Field(None, ge=1, description="The assignment's version you read")


class QuizQuestionOut(Schema):
    id: int
    number: int
    text: str
    choices: list[list] = Field(
        description="[choice index in the bank, text], in the order shown: answer with the index"
    )


class QuizAttemptOut(Schema):
    id: int
    assignment_id: int
    number: int
    started_at: dt.datetime
    submitted_at: dt.datetime | None
    score: int | None = Field(description="Percent right, once submitted")
    passed: bool | None
    pass_mark: int | None
    questions: list[QuizQuestionOut]


class AnswersIn(InputSchema):
    answers: dict[int, int] = Field(
        ..., description="Question id → the chosen answer's index in the bank"
    )


class CompetencyRecordOut(Schema):
    id: int
    person_id: int
    person_name: str
    competency_id: int
    competency_code: str
    competency_name: str
    level: int
    level_label: str
    method: str
    method_label: str
    assessor_name: str
    evidence: str
    assessed_on: dt.date
    expires_on: dt.date | None
    current: bool = Field(description="Not expired today")


class CompetencyRecordPage(PageNumberPagination.Output):
    items: list[CompetencyRecordOut]


class CompetencyRecordIn(SignIn):
    person_id: int
    competency_id: int
    level: int = Field(..., ge=1, le=4)
    method: str = Field(..., max_length=16, description="ojt, observation or exam")
    evidence: str = Field(..., max_length=4000)
    assessed_on: dt.date | None = Field(None, description="Default: today")


class MatrixColumnOut(Schema):
    id: int
    code: str
    title: str
    kind: str


class MatrixCellOut(Schema):
    column_id: int
    state: str
    label: str
    detail: str
    level: int | None
    due_on: dt.date | None
    until: dt.date | None


class MatrixRowOut(Schema):
    person_id: int
    person_name: str
    job_roles: list[str]
    gaps: int
    cells: list[MatrixCellOut]


class MatrixOut(Schema):
    on: dt.date
    view: str
    scope: str
    columns: list[MatrixColumnOut]
    rows: list[MatrixRowOut]
    totals: dict[str, int]


class RoleHoldingIn(InputSchema):
    person_id: int
    job_role_id: int
    site_id: int
    on: dt.date | None = Field(None, description="From this day (default today)")


class RoleHoldingOut(Schema):
    id: int
    person_id: int
    person_name: str
    job_role_id: int
    job_role_name: str
    site_code: str
    assigned_on: dt.date
    ended_on: dt.date | None
    open_assignments: int = Field(description="The person's open assignments now")


class DocumentVersionIn(InputSchema):
    summary: str = Field(..., max_length=4000)
    effective_on: dt.date | None = None
    sha256: str = Field("", max_length=64)


class DocumentVersionOut(Schema):
    id: int
    document_id: int
    document_number: str
    version: int
    effective_on: dt.date
    summary: str
    retraining_created: int = Field(
        description="Retraining assignments opened or moved forward by this version"
    )
