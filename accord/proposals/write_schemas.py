"""API shapes of writes to RFPs, proposals, revisions and their outcomes.

Input names carry ``_id`` where the services take a record (``owner_id``, not
``owner``); the write API renames the services' field errors to match. Signed steps
take ``username``/``password`` (and ``meaning`` where the page asks for it) in their own
body only."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal

from ninja import Field, Schema

from accord.core.api import InputSchema
from accord.projects.models import Project
from accord.proposals.models import (
    Currency,
    LossReason,
    ProposalReview,
    ReviewKind,
    Rfp,
    RfpOutcome,
    Service,
)

_VERSION = "The version you read (or If-Match with its ETag)"
_FACTOR = Field(..., ge=0, le=3, description="0 none, 1 some, 2 significant, 3 severe")


class VersionIn(InputSchema):
    version: int | None = Field(None, ge=1, description=_VERSION)


class SignatureIn(InputSchema):
    username: str = Field(..., max_length=150)
    password: str = Field(..., max_length=1024)
    acknowledge: bool = Field(
        False, description="Acknowledge that your electronic signature is binding (once)"
    )


# --------------------------------------------------------------------------- RFPs


class RfpIn(InputSchema):
    sponsor_id: int | None = Field(
        None, description="CDMO staff: the sponsor who sent it. A sponsor user: its own (or empty)"
    )
    title: str = Field(..., max_length=200)
    services: list[Service] = Field(..., max_length=20, description="Services asked for")
    modality: Project.Modality
    phase: Project.Phase
    molecule: str = Field("", max_length=120)
    quantity_text: str = Field("", max_length=300)
    quantity_amount: Decimal | None = Field(None, ge=0, max_digits=14, decimal_places=3)
    quantity_unit: Rfp.QuantityUnit | Literal[""] = ""
    desired_start: dt.date | None = None
    desired_delivery: dt.date | None = None
    high_potency: bool = False
    controlled_substance: bool = False
    cold_chain: bool = False
    proposal_due: dt.date | None = None
    description: str = Field("", max_length=20000)
    received_on: dt.date | None = Field(None, description="CDMO staff: today if empty")


class RfpPatchIn(VersionIn):
    title: str | None = Field(None, max_length=200)
    services: list[Service] | None = Field(None, max_length=20)
    modality: Project.Modality | None = None
    phase: Project.Phase | None = None
    molecule: str | None = Field(None, max_length=120)
    quantity_text: str | None = Field(None, max_length=300)
    quantity_amount: Decimal | None = Field(None, ge=0, max_digits=14, decimal_places=3)
    quantity_unit: Rfp.QuantityUnit | Literal[""] | None = None
    desired_start: dt.date | None = None
    desired_delivery: dt.date | None = None
    high_potency: bool | None = None
    controlled_substance: bool | None = None
    cold_chain: bool | None = None
    proposal_due: dt.date | None = None
    description: str | None = Field(None, max_length=20000)
    received_on: dt.date | None = None
    reason: str = Field("", max_length=2000, description="Kept in the audit trail")


# --------------------------------------------------------------------------- proposals


class ProposalIn(InputSchema):
    title: str = Field(..., max_length=200)
    owner_id: int | None = Field(None, description="Who answers for it and sends it; empty: you")
    currency: Currency = Currency.CHF


class ProposalPatchIn(VersionIn):
    title: str | None = Field(None, max_length=200)
    owner_id: int | None = None
    currency: Currency | None = Field(None, description="Only before any revision was sent")


class RevisionPatchIn(VersionIn):
    summary: str | None = Field(None, max_length=20000)
    valid_until: dt.date | None = None
    internal_pricing_notes: str | None = Field(
        None, max_length=20000, description="CDMO only, never shown to the sponsor"
    )


class ScopeItemIn(InputSchema):
    service: Service
    description: str = Field(..., max_length=300)
    unit: str = Field(..., max_length=40, description="e.g. batch, study, FTE-month")
    quantity: Decimal = Field(..., gt=0, max_digits=12, decimal_places=2)
    unit_price: Decimal = Field(..., ge=0, max_digits=14, decimal_places=2)
    deliverables: str = Field("", max_length=20000)
    assumptions: str = Field("", max_length=20000)
    exclusions: str = Field("", max_length=20000)


class ScopeItemPatchIn(VersionIn):
    service: Service | None = None
    description: str | None = Field(None, max_length=300)
    unit: str | None = Field(None, max_length=40)
    quantity: Decimal | None = Field(None, gt=0, max_digits=12, decimal_places=2)
    unit_price: Decimal | None = Field(None, ge=0, max_digits=14, decimal_places=2)
    deliverables: str | None = Field(None, max_length=20000)
    assumptions: str | None = Field(None, max_length=20000)
    exclusions: str | None = Field(None, max_length=20000)


class MilestoneIn(InputSchema):
    name: str = Field(..., max_length=200)
    trigger: str = Field(..., max_length=200, description="e.g. on batch release")
    percent: Decimal | None = Field(None, gt=0, le=100, max_digits=5, decimal_places=2)
    amount: Decimal | None = Field(None, gt=0, max_digits=16, decimal_places=2)


class MilestonePatchIn(VersionIn):
    name: str | None = Field(None, max_length=200)
    trigger: str | None = Field(None, max_length=200)
    percent: Decimal | None = Field(None, gt=0, le=100, max_digits=5, decimal_places=2)
    amount: Decimal | None = Field(None, gt=0, max_digits=16, decimal_places=2)


class TimelineIn(VersionIn):
    template_code: str = Field(..., max_length=40, description="A plan template's code")
    start: dt.date
    scale: Decimal = Field(Decimal("1.00"), ge=Decimal("0.25"), le=4, decimal_places=2)
    batches: int = Field(1, ge=1, le=50)


class AssessmentIn(VersionIn):
    high_potency: int = _FACTOR
    novel_modality: int = _FACTOR
    flow_chemistry: int = _FACTOR
    scale: int = _FACTOR
    regulatory_path: int = _FACTOR
    tight_timeline: int = _FACTOR
    analytical: int = _FACTOR
    cold_chain_controlled: int = _FACTOR
    rationale: str = Field("", max_length=20000)


class TransitionIn(VersionIn):
    reason: str = Field("", max_length=2000, description="Required to go back to draft")


class SendIn(SignatureIn, VersionIn):
    meaning: Literal["authored"] = Field(description="The owner signs the offer as its author")
    reason: str = Field("", max_length=2000)


class ReviewIn(SignatureIn, VersionIn):
    kind: ReviewKind
    decision: ProposalReview.Decision = Field(description="reviewed, or rejected with a reason")
    reason: str = Field("", max_length=2000)


class AnswerIn(SignatureIn, VersionIn):
    meaning: Literal["accepted", "rejected"] = Field(
        description="accepted to accept, rejected to decline"
    )
    reason: str = Field("", max_length=2000, description="Required to decline")


class CommentIn(InputSchema):
    text: str = Field(..., max_length=5000)


# --------------------------------------------------------------------------- outcomes


class WinIn(SignatureIn):
    """The project manager who will run the project signs its baseline: ``username`` and
    ``password`` are theirs."""

    revision_id: int = Field(description="The revision accepted, or the one currently sent")
    pm_id: int = Field(description="The project manager who creates and signs the baseline")
    project_code: str = Field(..., max_length=32)
    start_date: dt.date
    title: str = Field("", max_length=200, description="Empty: the RFP's title")
    site_id: int | None = Field(None, description="Empty: the project manager's site")
    template_code: str = Field("", max_length=40, description="Empty: the revision's timeline")
    reason: str = Field(
        "", max_length=2000, description="Required on a revision not accepted in the portal"
    )
    decided_on: dt.date | None = Field(None, description="Empty: today")


class LoseIn(InputSchema):
    reasons: list[LossReason] = Field(..., min_length=1, max_length=7)
    other_note: str = Field("", max_length=300)
    competitor: str = Field("", max_length=200)
    data_says: str = Field("", max_length=20000)
    lessons: str = Field("", max_length=20000)
    follow_up_on: dt.date | None = Field(None, description="A follow-up for the owner then")
    decided_on: dt.date | None = None


class CloseIn(InputSchema):
    reason: str = Field(..., max_length=20000)
    decided_on: dt.date | None = None


class PostmortemOut(Schema):
    reasons: list[LossReason]
    reason_labels: list[str]
    other_note: str
    competitor: str
    data_says: str
    lessons: str
    follow_up_on: dt.date | None
    follow_up_id: int | None


class OutcomeOut(Schema):
    rfp_id: int
    rfp_number: str
    rfp_status: Rfp.Status
    kind: RfpOutcome.Kind
    kind_label: str
    decided_on: dt.date
    revision_id: int | None
    revision_reference: str | None
    project_id: int | None = Field(description="The project a win created")
    project_code: str | None
    reason: str
    recorded_by_name: str
    recorded_at: dt.datetime
    postmortem: PostmortemOut | None
