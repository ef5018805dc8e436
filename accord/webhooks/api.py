"""Webhook subscriptions through the API, through the same services as the pages and
with the same permissions: administrators keep the CDMO's, a sponsor's managers their
company's. Another organization's subscription or delivery is 404."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Status
from ninja.pagination import paginate

from accord.core.api import PageNumberPagination
from accord.core.concurrency import expected_version, set_etag
from accord.webhooks import selectors, services
from accord.webhooks.events import CATALOGUE
from accord.webhooks.models import WebhookDelivery, WebhookSubscription
from accord.webhooks.schemas import (
    DeliveryFilters,
    DeliveryOut,
    EventTypeOut,
    SubscriptionCreatedOut,
    SubscriptionIn,
    SubscriptionOut,
    SubscriptionPatchedOut,
    SubscriptionPatchIn,
)

router = Router(tags=["Webhooks"])


def _require(request: HttpRequest) -> None:
    if not selectors.may_manage_webhooks(request.user):
        raise PermissionDenied("Your roles do not allow managing your organization's webhooks.")


def _subscription(request: HttpRequest, webhook_id: int) -> WebhookSubscription:
    # Another organization's id is 404 before the role is looked at; one's own is 403
    # without the role.
    subscription = get_object_or_404(
        selectors.subscriptions_of_organization(request.user), pk=webhook_id
    )
    _require(request)
    return subscription


@router.get(
    "/webhook-events",
    response=list[EventTypeOut],
    summary="The catalogue of webhook event types",
)
def list_webhook_events(request: HttpRequest):
    return [
        {"type": code, "label": spec.type.label, "description": spec.description}
        for code, spec in CATALOGUE.items()
    ]


@router.get(
    "/webhooks",
    response=list[SubscriptionOut],
    summary="Your organization's webhook subscriptions",
)
@paginate(PageNumberPagination)
def list_webhooks(request: HttpRequest):
    _require(request)
    return selectors.subscriptions_visible_to(request.user)


@router.post(
    "/webhooks",
    response={201: SubscriptionCreatedOut},
    summary="Subscribe a URL to events (the secret is in this answer only)",
)
def create_webhook(request: HttpRequest, response: HttpResponse, payload: SubscriptionIn):
    _require(request)
    subscription, _secret = services.subscription_create(
        actor=request.user,
        url=payload.url,
        events=[e.value for e in payload.events],
        description=payload.description,
    )
    set_etag(response, subscription)
    return Status(201, subscription)


@router.get("/webhooks/{webhook_id}", response=SubscriptionOut, summary="One webhook subscription")
def get_webhook(request: HttpRequest, response: HttpResponse, webhook_id: int):
    subscription = _subscription(request, webhook_id)
    set_etag(response, subscription)
    return subscription


@router.patch(
    "/webhooks/{webhook_id}",
    response=SubscriptionPatchedOut,
    summary="Change the URL or events, enable or disable, rotate the secret (If-Match)",
)
def change_webhook(
    request: HttpRequest, response: HttpResponse, webhook_id: int, payload: SubscriptionPatchIn
):
    subscription = _subscription(request, webhook_id)
    version = expected_version(request, payload.version)
    with transaction.atomic():  # one change: all of it or nothing
        subscription = _patch(request, subscription, payload, version)
    set_etag(response, subscription)
    return subscription


def _patch(request: HttpRequest, subscription, payload: SubscriptionPatchIn, version):
    subscription = services.subscription_update(
        actor=request.user,
        subscription=subscription,
        url=payload.url,
        events=[e.value for e in payload.events] if payload.events is not None else None,
        description=payload.description,
        version=version,
    )
    if payload.active is not None:
        subscription = services.subscription_set_active(
            actor=request.user,
            subscription=subscription,
            active=payload.active,
            reason=payload.reason,
        )
    if payload.rotate_secret:
        subscription, secret = services.subscription_rotate_secret(
            actor=request.user, subscription=subscription
        )
        subscription.rotated_secret = secret
    return subscription


@router.delete(
    "/webhooks/{webhook_id}", response={204: None}, summary="Delete a subscription and its log"
)
def delete_webhook(request: HttpRequest, webhook_id: int):
    subscription = _subscription(request, webhook_id)
    services.subscription_delete(actor=request.user, subscription=subscription)
    return Status(204, None)


@router.get(
    "/webhooks/{webhook_id}/deliveries",
    response=list[DeliveryOut],
    summary="The delivery log of a subscription, newest first",
)
@paginate(PageNumberPagination)
def list_webhook_deliveries(request: HttpRequest, webhook_id: int, filters: Query[DeliveryFilters]):
    subscription = _subscription(request, webhook_id)
    deliveries = selectors.deliveries_filtered(
        selectors.deliveries_visible_to(request.user).filter(subscription=subscription),
        state=filters.state.value if filters.state else "",
        event_type=filters.event_type.value if filters.event_type else "",
    )
    return deliveries


@router.post(
    "/webhook-deliveries/{delivery_id}/redeliver",
    response={202: DeliveryOut},
    summary="Send a delivery again (a new attempt of the same event id)",
)
def redeliver_webhook(request: HttpRequest, delivery_id: int):
    delivery = get_object_or_404(
        WebhookDelivery.objects.filter(
            subscription__in=selectors.subscriptions_of_organization(request.user)
        ),
        pk=delivery_id,
    )
    _require(request)
    delivery = services.delivery_redeliver(actor=request.user, delivery=delivery)
    return Status(202, delivery)
