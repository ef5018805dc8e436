"""API shapes of change orders (the same for staff and sponsor users: a sponsor only ever
reaches change orders sent to them, and nothing on one is internal)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ninja import Field, Schema

from accord.changes.models import ChangeOrder, ChangeOrderPlanEdit
from accord.core.api import InputSchema
from accord.signatures.selectors import manifest


class PlanEditOut(Schema):
    id: int
    kind: ChangeOrderPlanEdit.Kind
    label: str
    task_id: int | None
    days: int | None
    name: str
    duration_days: int | None
    after_id: int | None


class ChangeOrderOut(Schema):
    id: int
    project_id: int
    reference: str
    title: str
    sow_reference: str
    scope_change: str
    justification: str
    price_change: Decimal
    currency: ChangeOrder.Currency
    status: ChangeOrder.Status
    status_label: str
    finish_before: dt.date | None
    finish_after: dt.date | None
    finish_delta_days: int | None = Field(description="Working days the project finish moves")
    edits: list[PlanEditOut]
    decided_on: dt.date | None
    rejection_reason: str
    incorporated_at: dt.datetime | None
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime

    @staticmethod
    def resolve_status_label(change_order: ChangeOrder) -> str:
        return change_order.get_status_display()


class ChangeOrderSignatureOut(Schema):
    printed_name: str
    meaning: str
    signed_at: dt.datetime
    record_version: int
    content_hash: str = Field(description="SHA-256 of the content signed")
    reason: str


class ChangeOrderDetailOut(ChangeOrderOut):
    decided_by: str | None = Field(None, description="Who accepted or rejected it")
    signatures: list[ChangeOrderSignatureOut]

    @staticmethod
    def resolve_decided_by(change_order: ChangeOrder) -> str | None:
        return change_order.decided_by.printed_name if change_order.decided_by_id else None

    @staticmethod
    def resolve_signatures(change_order: ChangeOrder) -> list:
        return [line.signature for line in manifest(change_order)]


class ChangeOrderFilters(Schema):
    status: ChangeOrder.Status | None = None


class ChangeOrderIn(InputSchema):
    title: str = Field(..., min_length=1, max_length=200)
    sow_reference: str = Field(..., min_length=1, max_length=120)
    scope_change: str = Field(..., min_length=1, max_length=10000)
    justification: str = Field(..., min_length=1, max_length=10000)
    price_change: Decimal = Field(..., max_digits=12, decimal_places=2)
    currency: ChangeOrder.Currency = ChangeOrder.Currency.CHF


class ChangeOrderPatchIn(InputSchema):
    """Send only what changes: while a draft freely, in internal review with a
    ``reason``; once sent, what the sponsor is asked to accept is frozen."""

    title: str | None = Field(None, min_length=1, max_length=200)
    sow_reference: str | None = Field(None, min_length=1, max_length=120)
    scope_change: str | None = Field(None, min_length=1, max_length=10000)
    justification: str | None = Field(None, min_length=1, max_length=10000)
    price_change: Decimal | None = Field(None, max_digits=12, decimal_places=2)
    currency: ChangeOrder.Currency | None = None
    reason: str = Field("", max_length=2000)
    version: int | None = Field(None, ge=1, description="The version you read (or If-Match)")


class PlanEditIn(InputSchema):
    kind: ChangeOrderPlanEdit.Kind
    task_id: int | None = Field(None, description="add_days: the task whose duration changes")
    days: int | None = Field(None, ge=-2000, le=2000, description="add_days: working days")
    name: str = Field("", max_length=200, description="new_task: its name")
    duration_days: int | None = Field(None, ge=1, le=2000, description="new_task: its duration")
    after_id: int | None = Field(None, description="new_task: it starts after this task")
    version: int | None = Field(None, ge=1, description="The version you read (or If-Match)")


class ActionIn(InputSchema):
    """A workflow step. Where it is signed (accept, reject, incorporate) your user id and
    password, checked now; a reason where the step needs one (redraft, reject)."""

    username: str = Field("", max_length=150)
    password: str = Field("", max_length=1024)
    acknowledge: bool = Field(
        False, description="Acknowledge that your electronic signature is binding (once)"
    )
    reason: str = Field("", max_length=2000)
    version: int | None = Field(None, ge=1, description="The version you read (or If-Match)")
