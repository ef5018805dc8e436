"""The shape of the training catalogue's API: job roles, curricula, requirements,
competencies and controlled documents."""

from __future__ import annotations

import datetime as dt

from ninja import Field, Schema

from accord.core.api import InputSchema, PageNumberPagination
from accord.teams.models import Department
from accord.training.models import Level, Requirement

CODE = r"^[-a-zA-Z0-9_]+$"


class Ref(Schema):
    id: int
    code: str
    name: str


class CompetencyOut(Schema):
    id: int
    code: str
    name: str
    description: str
    department: Department | None
    department_label: str
    validity_months: int | None = Field(description="How long a demonstration counts")
    assessments: int


class CompetencyPage(PageNumberPagination.Output):
    items: list[CompetencyOut]


class CompetencyIn(InputSchema):
    code: str = Field(..., max_length=40, pattern=CODE)
    name: str = Field(..., max_length=160)
    description: str = Field("", max_length=4000)
    department: Department | None = None
    validity_months: int | None = Field(None, ge=1, le=120)


class CompetencyPatch(InputSchema):
    code: str | None = Field(None, max_length=40, pattern=CODE)
    name: str | None = Field(None, max_length=160)
    description: str | None = Field(None, max_length=4000)
    department: Department | None = None
    validity_months: int | None = Field(None, ge=1, le=120)


class TrainingDocumentVersionRow(Schema):
    version: int
    effective_on: dt.date
    summary: str


class TrainingDocumentOut(Schema):
    id: int
    number: str
    title: str
    department: Department | None
    department_label: str
    site_id: int | None = Field(description="None: applies at every site")
    site_code: str
    effective_version: int | None
    versions: list[TrainingDocumentVersionRow]


class TrainingDocumentPage(PageNumberPagination.Output):
    items: list[TrainingDocumentOut]


class TrainingDocumentIn(InputSchema):
    number: str = Field(..., max_length=30)
    title: str = Field(..., max_length=200)
    department: Department | None = None
    site_id: int | None = Field(None, description="Empty: applies at every site")


class RequirementOut(Schema):
    id: int
    code: str
    title: str
    kind: Requirement.Kind
    kind_label: str
    description: str
    what: str
    document_id: int | None
    competency_id: int | None
    min_level: Level
    min_level_label: str
    course_format: Requirement.Format | None
    pass_mark: int | None
    max_attempts: int | None
    questions_per_attempt: int | None
    validity_months: int | None
    signing_role_ids: list[int]
    curricula: list[Ref]
    is_active: bool


class RequirementPage(PageNumberPagination.Output):
    items: list[RequirementOut]


class RequirementFields(InputSchema):
    description: str | None = Field(None, max_length=4000)
    document_id: int | None = Field(None, description="For a document to read")
    competency_id: int | None = Field(None, description="For a competency to demonstrate")
    course_format: Requirement.Format | None = None
    pass_mark: int | None = Field(None, ge=1, le=100, description="For a quiz")
    max_attempts: int | None = Field(None, ge=1, le=10)
    questions_per_attempt: int | None = Field(None, ge=1, le=50)
    validity_months: int | None = Field(None, ge=1, le=120)
    signing_role_ids: list[int] | None = Field(None, max_length=50)


class RequirementIn(RequirementFields):
    code: str = Field(..., max_length=40, pattern=CODE)
    title: str = Field(..., max_length=200)
    kind: Requirement.Kind
    min_level: Level = Level.INDEPENDENT


class RequirementPatch(RequirementFields):
    code: str | None = Field(None, max_length=40, pattern=CODE)
    title: str | None = Field(None, max_length=200)
    kind: Requirement.Kind | None = None
    min_level: Level | None = None


class CurriculumOut(Schema):
    id: int
    code: str
    name: str
    description: str
    grace_days: int = Field(description="Days from assignment to due date")
    requirements: list[Ref]
    job_roles: list[Ref]


class CurriculumPage(PageNumberPagination.Output):
    items: list[CurriculumOut]


class CurriculumIn(InputSchema):
    code: str = Field(..., max_length=40, pattern=CODE)
    name: str = Field(..., max_length=160)
    description: str = Field("", max_length=4000)
    grace_days: int = Field(30, ge=0, le=365)
    requirement_ids: list[int] = Field(..., min_length=1, max_length=200)


class CurriculumPatch(InputSchema):
    code: str | None = Field(None, max_length=40, pattern=CODE)
    name: str | None = Field(None, max_length=160)
    description: str | None = Field(None, max_length=4000)
    grace_days: int | None = Field(None, ge=0, le=365)
    requirement_ids: list[int] | None = Field(None, min_length=1, max_length=200)


class JobRoleOut(Schema):
    id: int
    code: str
    name: str
    department: Department
    department_label: str
    description: str
    curricula: list[Ref]
    holders: int = Field(description="People holding it now")


class JobRolePage(PageNumberPagination.Output):
    items: list[JobRoleOut]


class JobRoleIn(InputSchema):
    code: str = Field(..., max_length=40, pattern=CODE)
    name: str = Field(..., max_length=120)
    department: Department
    description: str = Field("", max_length=4000)
    curriculum_ids: list[int] = Field(..., min_length=1, max_length=200)


class JobRolePatch(InputSchema):
    code: str | None = Field(None, max_length=40, pattern=CODE)
    name: str | None = Field(None, max_length=120)
    department: Department | None = None
    description: str | None = Field(None, max_length=4000)
    curriculum_ids: list[int] | None = Field(None, min_length=1, max_length=200)
