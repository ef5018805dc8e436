"""API shapes of webhook subscriptions, their deliveries and the event catalogue."""

from __future__ import annotations

import datetime as dt
import uuid

from ninja import Field, Schema

from accord.core.api import InputSchema
from accord.webhooks.models import WebhookDeliveryState, WebhookEventType


class EventTypeOut(Schema):
    type: WebhookEventType
    label: str
    description: str


class SubscriptionOut(Schema):
    id: int
    organization_id: int
    organization_name: str
    owner_id: int
    owner_name: str
    url: str
    description: str
    events: list[WebhookEventType]
    event_labels: list[str]
    secret_hint: str = Field(description="The last four characters of the signing secret")
    active: bool
    failure_count: int = Field(description="Failed delivery attempts in a row")
    disabled_at: dt.datetime | None
    disabled_reason: str
    created_at: dt.datetime
    updated_at: dt.datetime
    version: int

    @staticmethod
    def resolve_organization_name(obj) -> str:
        return obj.organization.name

    @staticmethod
    def resolve_owner_name(obj) -> str:
        return obj.owner.printed_name

    @staticmethod
    def resolve_event_labels(obj) -> list[str]:
        return obj.event_labels()


class SubscriptionCreatedOut(SubscriptionOut):
    secret: str = Field(
        description="The signing secret: shown in this answer only (and after a rotation)"
    )


class SubscriptionIn(InputSchema):
    url: str = Field(max_length=500, description="https (http only to localhost in dev/test)")
    events: list[WebhookEventType] = Field(min_length=1, max_length=20)
    description: str = Field("", max_length=200)


class SubscriptionPatchIn(InputSchema):
    url: str | None = Field(None, max_length=500)
    events: list[WebhookEventType] | None = Field(None, min_length=1, max_length=20)
    description: str | None = Field(None, max_length=200)
    active: bool | None = Field(None, description="false disables it; true enables it again")
    reason: str = Field("", max_length=300, description="Why it is disabled (optional)")
    rotate_secret: bool = Field(False, description="Make a new secret, returned once")
    version: int | None = Field(None, description="The version read (or send If-Match)")


class SubscriptionPatchedOut(SubscriptionOut):
    secret: str | None = Field(None, description="The new secret, when rotate_secret was true")

    @staticmethod
    def resolve_secret(obj) -> str | None:
        return getattr(obj, "rotated_secret", None)


class AttemptOut(Schema):
    number: int
    attempted_at: dt.datetime
    status_code: int | None
    response_snippet: str
    error: str
    by_hand: bool


class DeliveryOut(Schema):
    id: int
    subscription_id: int
    event_id: uuid.UUID
    event_type: WebhookEventType
    event_type_label: str
    state: WebhookDeliveryState
    state_label: str
    attempt_count: int
    last_status_code: int | None
    next_attempt_at: dt.datetime | None
    created_at: dt.datetime
    payload: dict
    attempts: list[AttemptOut]

    @staticmethod
    def resolve_event_type_label(obj) -> str:
        return obj.get_event_type_display()

    @staticmethod
    def resolve_state_label(obj) -> str:
        return obj.get_state_display()

    @staticmethod
    def resolve_attempts(obj) -> list:
        return list(obj.attempts.all())


class DeliveryFilters(Schema):
    state: WebhookDeliveryState | None = Field(None, description="Only deliveries in this state")
    event_type: WebhookEventType | None = Field(None, description="Only this event type")
