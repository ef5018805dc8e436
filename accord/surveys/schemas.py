import datetime as dt

from ninja import Field, Schema

from accord.core.api import InputSchema
from accord.surveys.models import Trigger
from accord.surveys.services import COMMENT_MAX


class SurveyFilters(Schema):
    state: str = Field("", description="open or closed")
    kind: str = Field("", description="csat or nps")
    to_answer: bool = Field(False, description="Only open surveys waiting for your answer")


class SurveyOut(Schema):
    id: int
    kind: str = Field(description="csat (1 to 5) or nps (0 to 10)")
    kind_label: str
    trigger: str = Field(description="concern, milestone, quarterly or project_closed")
    trigger_label: str
    title: str
    question: str
    sponsor_id: int
    sponsor_name: str
    project_code: str | None
    state: str
    state_label: str
    sent_at: dt.datetime
    closes_at: dt.datetime
    closed_at: dt.datetime | None
    asked_me: bool = Field(description="The survey was sent to you")
    answered_by_me: bool
    can_answer: bool = Field(description="Open, sent to you, and not answered yet")

    # Read from a survey annotated with asked_me and answered_by_me (accord.surveys.api).
    @staticmethod
    def resolve_kind_label(survey) -> str:
        return survey.get_kind_display()

    @staticmethod
    def resolve_trigger_label(survey) -> str:
        return survey.get_trigger_display()

    @staticmethod
    def resolve_sponsor_name(survey) -> str:
        return survey.sponsor.name

    @staticmethod
    def resolve_project_code(survey) -> str | None:
        return survey.project.code if survey.project else None

    @staticmethod
    def resolve_state_label(survey) -> str:
        return survey.get_state_display()

    @staticmethod
    def resolve_can_answer(survey) -> bool:
        return survey.is_open and survey.asked_me and not survey.answered_by_me


class ChoiceOut(Schema):
    value: str
    label: str


class AnswerOut(Schema):
    id: int
    respondent_name: str
    score: int
    meaning: str = Field(description="e.g. Satisfied, or Promoter")
    reason: str
    reason_label: str
    comment: str
    ratings: dict[str, int | None] = Field(
        description="Relationship surveys: capabilities, quality, reliability, expertise, "
        "compatibility and service, 1 to 5 (null: could not say)"
    )
    channel_label: str
    answered_at: dt.datetime


class SurveyDetailOut(SurveyOut):
    reasons: list[ChoiceOut] = Field(description="The reasons a low score may give")
    categories: list[ChoiceOut] = Field(description="The six ratings of a relationship survey")
    answers: list[AnswerOut] = Field(description="The answers you may see")


class AnswerIn(InputSchema):
    score: int = Field(..., ge=0, le=10, description="csat: 1 to 5; nps: 0 to 10")
    reason: str = Field("", max_length=16, description="Required for a satisfaction of 1 or 2")
    comment: str = Field("", max_length=COMMENT_MAX)
    capabilities: int | None = Field(None, ge=1, le=5)
    quality: int | None = Field(None, ge=1, le=5)
    reliability: int | None = Field(None, ge=1, le=5)
    expertise: int | None = Field(None, ge=1, le=5)
    compatibility: int | None = Field(None, ge=1, le=5)
    service: int | None = Field(None, ge=1, le=5)


class ResultsFilters(Schema):
    sponsor_id: int | None = Field(None, ge=1)
    project_id: int | None = Field(None, ge=1)
    owner_id: int | None = Field(None, ge=1, description="Whose service: a staff user's id")
    # Checked in the view with a message naming the choices; the document lists them.
    trigger: str = Field("", json_schema_extra={"enum": ["", *Trigger.values]})
    answered_from: dt.date | None = None
    answered_to: dt.date | None = None


class CsatOut(Schema):
    answers: int
    satisfied: int = Field(description="Answers of 4 or 5")
    csat: float | None = Field(description="Share of answers of 4 or 5, in %")
    average: float | None
    low: int = Field(description="Answers of 1 or 2")
    distribution: list[int] = Field(description="Answers of 1, 2, 3, 4 and 5")


class NpsOut(Schema):
    answers: int
    promoters: int
    passives: int
    detractors: int
    promoters_pct: float | None
    passives_pct: float | None
    detractors_pct: float | None
    nps: float | None = Field(description="% promoters less % detractors, -100 to 100")


class CsatRowOut(CsatOut):
    label: str


class NpsRowOut(NpsOut):
    label: str


class CategoryOut(Schema):
    label: str
    ratings: int
    average: float | None


class ResultsOut(Schema):
    csat: CsatOut
    nps: NpsOut
    csat_by_quarter: list[CsatRowOut]
    csat_by_sponsor: list[CsatRowOut]
    csat_by_project: list[CsatRowOut]
    csat_by_owner: list[CsatRowOut]
    nps_by_quarter: list[NpsRowOut]
    nps_by_sponsor: list[NpsRowOut]
    categories: list[CategoryOut]


class SettingsOut(Schema):
    concern_csat: bool
    milestone_kinds: list[str] = Field(description="milestone and/or decision")
    milestone_words: list[str]
    quarterly_nps: bool
    project_close_nps: bool
    remind_after_days: int
    reminders: int
    answer_days: int = Field(description="Days a survey stays open")
    version: int


class SettingsIn(InputSchema):
    concern_csat: bool
    milestone_kinds: list[str]
    milestone_words: list[str] = Field(default_factory=list, max_length=50)
    quarterly_nps: bool
    project_close_nps: bool
    remind_after_days: int = Field(..., ge=1, le=30)
    reminders: int = Field(..., ge=0, le=2)
    reason: str = Field("", max_length=300)
    version: int | None = Field(None, ge=0)


class CloseIn(InputSchema):
    reason: str = Field(..., min_length=1, max_length=300, description="Why it closes early")
    version: int | None = Field(None, ge=0, description="Or send `If-Match`")
