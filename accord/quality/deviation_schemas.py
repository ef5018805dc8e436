"""The shape of deviations in the API: what is read, and each step's input."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from ninja import Field, Schema

from accord.core.api import InputSchema, PageNumberPagination
from accord.quality.models import (
    DeviationClass,
    DeviationRequest,
    InvestigationMethod,
    SponsorNotice,
)
from accord.quality.models.deviations import DeviationState

S = DeviationState


class DeviationFilters(Schema):
    q: str = Field("", max_length=100, description="Number, title, area or equipment contains")
    classification: DeviationClass | None = None
    state: str | None = Field(
        None,
        pattern=f"^({'|'.join(['open', *S.values])})$",
        description="One state (" + ", ".join(S.values) + "), or open; every state when empty",
    )
    sponsor_id: int | None = None
    project_id: int | None = None
    site_id: int | None = None
    owner_id: int | None = None
    overdue: bool | None = Field(None, description="Only open deviations past their due date")


class DeviationOut(Schema):
    id: int
    number: str
    title: str
    classification: str
    classification_label: str
    state: str
    state_label: str
    sponsor_id: int | None
    sponsor_name: str | None
    project_id: int | None
    project_code: str | None
    site_code: str
    area: str
    owner_name: str
    occurred_at: dt.datetime
    discovered_at: dt.datetime
    due_date: dt.date
    overdue: bool
    notify_by: dt.datetime | None
    notified_at: dt.datetime | None
    summary_due: dt.date | None
    summary_sent_at: dt.datetime | None
    closed_at: dt.datetime | None
    version: int


class DeviationPage(PageNumberPagination.Output):
    items: list[DeviationOut]


class OtherBatchOut(Schema):
    item: str
    batch_id: int | None
    affected: bool
    conclusion: str


class InvestigationOut(Schema):
    team: list[str]
    method: str
    method_label: str
    analysis: str
    root_cause_category: str
    root_cause_label: str
    root_cause: str
    product_impact: str
    other_batches: list[OtherBatchOut]
    preliminary_summary: str
    conclusion: str
    approved_at: dt.datetime | None


class RequestOut(Schema):
    id: int
    kind: str
    kind_label: str
    status: str
    status_label: str
    previous_due_date: dt.date
    new_due_date: dt.date | None
    justification: str
    requested_by_name: str
    requested_at: dt.datetime
    decided_by_name: str | None
    decided_at: dt.datetime | None
    decision_note: str
    version: int


class NoticeOut(Schema):
    kind: str
    kind_label: str
    sent_at: dt.datetime
    recipients: str
    how: str
    how_label: str
    content: str
    on_time: bool | None


class LinkOut(Schema):
    earlier_id: int
    earlier_number: str
    justification: str


class CapaRef(Schema):
    id: int
    number: str
    title: str
    state_label: str


class DeviationDetailOut(DeviationOut):
    description: str
    equipment: str
    process_step: str
    containment: str
    classification_rationale: str | None
    risk_score: int | None
    batches: list[str]
    reporter_name: str | None
    impact_assessment: str | None
    capa_required: bool | None
    capa_rationale: str | None
    recurrence_checked: bool | None
    missing: list[str] = Field(description="What is still missing before QA (staff only)")
    actions: list[str] = Field(description="The workflow steps you may take now")
    investigation: InvestigationOut | None
    capas: list[CapaRef]
    requests: list[RequestOut]
    notices: list[NoticeOut]
    recurrence_links: list[LinkOut]


class SignatureIn(InputSchema):
    username: str = Field(..., max_length=150)
    password: str = Field(..., max_length=1024)
    acknowledge: bool = Field(
        False, description="Acknowledge that your electronic signature is binding (once)"
    )


class VersionIn(InputSchema):
    version: int | None = Field(None, ge=1, description="The version you read (or If-Match)")


class RaiseIn(InputSchema):
    title: str = Field(..., max_length=200)
    description: str = Field(..., max_length=20000)
    occurred_at: dt.datetime
    discovered_at: dt.datetime
    site_id: int
    area: str = Field(..., max_length=120)
    equipment: str = Field("", max_length=120)
    process_step: str = Field("", max_length=120)
    project_id: int | None = None
    batch_ids: list[int] = Field(default_factory=list, max_length=50)
    containment: str = Field(..., max_length=20000)
    classification: DeviationClass
    classification_rationale: str = Field(..., max_length=20000)
    severity: int | None = Field(None, ge=1, le=5)
    occurrence: int | None = Field(None, ge=1, le=5)
    detectability: int | None = Field(None, ge=1, le=5)
    owner_id: int | None = Field(None, description="Empty: you own it")
    from_delay_id: int | None = None
    from_concern_id: int | None = None
    from_risk_id: int | None = None


class PatchIn(VersionIn):
    title: str | None = Field(None, max_length=200)
    description: str | None = Field(None, max_length=20000)
    occurred_at: dt.datetime | None = None
    area: str | None = Field(None, max_length=120)
    equipment: str | None = Field(None, max_length=120)
    process_step: str | None = Field(None, max_length=120)
    containment: str | None = Field(None, max_length=20000)
    due_date: dt.date | None = Field(
        None, description="Refused: an extension request that QA approves moves it"
    )


class AssessIn(VersionIn):
    impact_assessment: str = Field(..., max_length=20000)
    capa_required: bool | None
    capa_rationale: str = Field("", max_length=20000)


class RecurrenceIn(VersionIn):
    earlier_id: int | None = Field(None, description="Empty: none of the earlier is related")
    justification: str = Field(..., max_length=5000)


class ApproveIn(SignatureIn, VersionIn):
    pass


class SendBackIn(VersionIn):
    reason: str = Field(..., max_length=5000)


class ReclassifyIn(SignatureIn, VersionIn):
    classification: DeviationClass
    reason: str = Field(..., max_length=5000)


class InvestigationIn(VersionIn):
    team_ids: list[int] = Field(default_factory=list, max_length=30)
    method: InvestigationMethod | Literal[""] = ""
    analysis: str = Field("", max_length=20000)
    root_cause_category: str = Field("", max_length=40, description="e.g. machine.calibration")
    root_cause: str = Field("", max_length=20000)
    product_impact: str = Field("", max_length=20000)
    conclusion: str = Field("", max_length=20000)


class OtherBatchIn(VersionIn):
    batch_id: int | None = None
    item: str = Field("", max_length=200)
    affected: bool
    conclusion: str = Field(..., max_length=5000)


class RequestIn(InputSchema):
    kind: DeviationRequest.Kind
    justification: str = Field(..., max_length=5000)
    new_due_date: dt.date | None = None


class DecideIn(SignatureIn):
    approve: bool
    note: str = Field("", max_length=5000)
    version: int | None = Field(None, ge=1, description="The request's version (or If-Match)")


class NoticeIn(InputSchema):
    kind: SponsorNotice.Kind
    sent_at: dt.datetime
    recipients: str = Field(..., max_length=500)
    how: SponsorNotice.How
    content: str = Field(..., max_length=20000)


class SuggestionOut(Schema):
    id: int
    number: str
    title: str
    discovered_at: dt.datetime
    why: list[str]
