"""API shapes of RFPs and proposals.

``RevisionOut`` is what a sponsor may read of a sent revision, and nothing more: no
internal pricing notes, no complexity assessment, no reviews. Those are in
``RevisionInternalOut``, served only to CDMO staff by its own endpoint.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ninja import Field, Schema

from accord.projects.schemas import SignatureOut
from accord.proposals.models import ComplexityAssessment, ProposalRevision, Rfp


class RfpOut(Schema):
    id: int
    number: str
    sponsor_id: int
    sponsor_name: str = Field(alias="sponsor.name")
    title: str
    services: list[str] = Field(description="Service codes asked for")
    molecule: str
    modality: str
    phase: str
    quantity_text: str
    quantity_amount: Decimal | None
    quantity_unit: str
    desired_start: dt.date | None
    desired_delivery: dt.date | None
    high_potency: bool
    controlled_substance: bool
    cold_chain: bool
    proposal_due: dt.date | None
    description: str
    received_on: dt.date
    submitted_by_name: str = Field(alias="submitted_by.printed_name")
    status: Rfp.Status
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime


class RevisionSummaryOut(Schema):
    id: int
    reference: str
    status: ProposalRevision.Status
    total: Decimal
    sent_on: dt.date | None


class ProposalOut(Schema):
    id: int
    number: str
    rfp_id: int
    rfp_number: str = Field(alias="rfp.number")
    sponsor_id: int
    title: str
    owner_name: str = Field(alias="owner.printed_name")
    currency: str
    revisions: list[RevisionSummaryOut] = Field(
        description="The revisions you may see, newest first (sponsor users: those sent)"
    )
    created_at: dt.datetime

    @staticmethod
    def resolve_revisions(obj) -> list:
        # Set by the endpoint from the reader's selector; without it, fail rather than leak.
        return obj.visible_revisions


class ScopeItemOut(Schema):
    id: int
    service: str
    description: str
    deliverables: str
    assumptions: str
    exclusions: str
    unit: str
    quantity: Decimal
    unit_price: Decimal
    total: Decimal = Field(description="Quantity x unit price")


class MilestoneOut(Schema):
    id: int
    name: str
    trigger: str
    percent: Decimal | None
    amount: Decimal | None = Field(description="A fixed amount, when not a percent")
    due_amount: Decimal


class TimelineRowOut(Schema):
    key: str
    name: str
    kind: str
    start: dt.date
    finish: dt.date
    critical: bool


class TimelineOut(Schema):
    template: str
    start: dt.date
    finish: dt.date = Field(description="Earliest finish (critical path method)")
    p50: dt.date
    p80: dt.date = Field(description="80 % chance to finish by then (Monte Carlo)")
    critical_path: list[str]
    rows: list[TimelineRowOut]


class CommentOut(Schema):
    author_name: str = Field(alias="author.printed_name")
    text: str
    created_at: dt.datetime


class RevisionOut(Schema):
    id: int
    proposal_id: int
    proposal_number: str
    reference: str
    status: ProposalRevision.Status
    currency: str
    summary: str
    valid_until: dt.date | None
    total: Decimal
    sent_on: dt.date | None
    scope_items: list[ScopeItemOut]
    milestones: list[MilestoneOut]
    timeline: TimelineOut | None
    comments: list[CommentOut]
    signatures: list[SignatureOut]
    version: int


class AssessmentOut(Schema):
    factors: dict[str, int]
    score: int
    level: ComplexityAssessment.Level
    rationale: str
    assessed_by_name: str
    assessed_at: dt.datetime


class ReviewOut(Schema):
    kind: str
    decision: str
    reason: str
    reviewer_name: str
    signed_at: dt.datetime
    invalidated_at: dt.datetime | None
    invalidation_reason: str
    signatures: list[SignatureOut]


class RevisionInternalOut(Schema):
    id: int
    reference: str
    status: ProposalRevision.Status
    internal_pricing_notes: str
    sponsor_feedback: str
    assessment: AssessmentOut | None
    required_reviews: list[str]
    missing_reviews: list[str]
    reviews: list[ReviewOut]
