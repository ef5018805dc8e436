"""API shapes of change orders (the same for staff and sponsor users: a sponsor only ever
reaches change orders sent to them, and nothing on one is internal)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ninja import Field, Schema

from accord.changes.models import ChangeOrder, ChangeOrderPlanEdit


class PlanEditOut(Schema):
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
