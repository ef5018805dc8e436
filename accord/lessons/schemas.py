"""The shapes of lessons, reviews and applications in the API (input and output apart)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ninja import Field, Schema

from accord.core.api import InputSchema, PageNumberPagination
from accord.lessons.models import Cause, FollowOn, Lesson, LessonsReview, SourceKind
from accord.projects.models import Project
from accord.proposals.models import Service
from accord.teams.models import Department


class LessonOut(Schema):
    id: int
    number: str
    title: str
    what_happened: str
    recommendation: str
    source_kind: str
    source_label: str
    source_id: int | None
    modality: str
    service: str
    phase: str
    department: str
    cause: str
    cause_label: str
    status: str
    curriculum_id: int | None
    recorded_by_name: str
    recorded_at: dt.datetime
    published_at: dt.datetime | None
    version: int


class LessonPage(PageNumberPagination.Output):
    items: list[LessonOut]


class LessonFilters(Schema):
    q: str | None = Field(None, max_length=200, description="Words in the lesson")
    source_kind: SourceKind | None = None
    modality: Project.Modality | None = None
    service: Service | None = None
    phase: Project.Phase | None = None
    department: Department | None = None
    cause: Cause | None = None
    status: Lesson.Status | None = None


class LessonIn(InputSchema):
    source_kind: SourceKind = Field(..., description="Not project_review: add findings to it")
    source_id: int
    title: str = Field(..., max_length=200)
    what_happened: str = Field(..., max_length=10000)
    recommendation: str = Field(..., max_length=10000)
    cause: Cause
    modality: Project.Modality | None = None
    service: Service | None = None
    phase: Project.Phase | None = None
    department: Department | None = None


class LessonPatchIn(InputSchema):
    """The fields to change; a tag sent as ``null`` is cleared (the cause cannot be)."""

    title: str | None = Field(None, min_length=1, max_length=200)
    what_happened: str | None = Field(None, min_length=1, max_length=10000)
    recommendation: str | None = Field(None, min_length=1, max_length=10000)
    cause: Cause | None = None
    modality: Project.Modality | None = None
    service: Service | None = None
    phase: Project.Phase | None = None
    department: Department | None = None
    reason: str = Field("", max_length=500, description="Needed once the lesson is published")
    version: int | None = Field(None, ge=0, description="Or send `If-Match`")


class FindingIn(InputSchema):
    title: str = Field(..., max_length=200)
    what_happened: str = Field(..., max_length=10000)
    recommendation: str = Field(..., max_length=10000)
    cause: Cause
    service: Service | None = None
    department: Department | None = None


class ApplicationIn(InputSchema):
    project_id: int | None = None
    rfp_id: int | None = None
    how: str = Field(..., max_length=5000)
    applied_on: dt.date | None = None


class ApplicationOut(Schema):
    id: int
    lesson_id: int
    lesson_number: str
    project_id: int | None
    rfp_id: int | None
    how: str
    applied_by_name: str
    applied_on: dt.date


class ReviewIn(InputSchema):
    went_well: str = Field("", max_length=20000)
    went_badly: str = Field("", max_length=20000)
    root_causes: str = Field("", max_length=20000)
    recommendations: str = Field("", max_length=20000)
    process_rating: int | None = Field(None, ge=1, le=5)
    quality_rating: int | None = Field(None, ge=1, le=5)
    schedule_rating: int | None = Field(None, ge=1, le=5)
    technical_notes: str = Field("", max_length=20000)
    budget_planned: Decimal | None = Field(None, ge=0, max_digits=14, decimal_places=2)
    budget_actual: Decimal | None = Field(None, ge=0, max_digits=14, decimal_places=2)
    sponsor_satisfaction: int | None = Field(None, ge=1, le=5)
    follow_on: FollowOn = FollowOn.UNKNOWN
    business_notes: str = Field("", max_length=20000)
    version: int | None = Field(None, ge=1, description="The version you read (or If-Match)")


class ReviewOut(Schema):
    id: int
    project_id: int
    project_code: str
    status: str
    went_well: str
    went_badly: str
    root_causes: str
    recommendations: str
    process_rating: int | None
    quality_rating: int | None
    schedule_rating: int | None
    technical_notes: str
    budget_planned: Decimal | None
    budget_actual: Decimal | None
    sponsor_satisfaction: int | None
    follow_on: str
    business_notes: str
    drafted_by_name: str
    submitted_by_name: str | None
    submitted_at: dt.datetime | None
    lesson_ids: list[int]
    version: int


class ReviewPage(PageNumberPagination.Output):
    items: list[ReviewOut]


class ReviewFilters(Schema):
    status: LessonsReview.Status | None = None


class SignIn(InputSchema):
    username: str = Field(..., max_length=150)
    password: str = Field(..., max_length=1024)
    acknowledge: bool = Field(
        False, description="Acknowledge that your electronic signature is binding (once)"
    )
    reason: str = Field("", max_length=2000)
    version: int | None = Field(None, ge=1, description="The review's version you read")
