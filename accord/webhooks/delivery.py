"""Sending webhook deliveries: one job per attempt, retries with back-off, disabling.

``delivery_enqueue`` queues a job (``webhook_deliver``) that claims the delivery, POSTs
its payload signed like Stripe's (``Accord-Signature: t=<unix>,v1=<hex HMAC-SHA256 of
"<t>.<body>">``) and records the attempt. A non-2xx answer or an error schedules the
next attempt after the back-off of ``ACCORD_WEBHOOK_RETRY_MINUTES``; the periodic
``webhook_retry_due`` queues the deliveries whose time has come. After the last back-off
the delivery is given up. After ``ACCORD_WEBHOOK_DISABLE_AFTER`` failed attempts in a row
(any delivery) the subscription is disabled and its owners are told.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import logging
import time

import requests
from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone

from accord.audit.services import audit_record
from accord.core.jobs import enqueue
from accord.webhooks.models import (
    MANAGE_PERMISSION,
    WebhookAttempt,
    WebhookDelivery,
    WebhookDeliveryState,
    WebhookSubscription,
)

log = logging.getLogger(__name__)

S = WebhookDeliveryState
TIMEOUT_SECONDS = 10
SNIPPET = 200
LOST_AFTER = dt.timedelta(minutes=2)


def retry_delays() -> list[dt.timedelta]:
    return [dt.timedelta(minutes=m) for m in settings.ACCORD_WEBHOOK_RETRY_MINUTES]


def signature_header(secret: str, body: bytes, timestamp: int) -> str:
    signed = f"{timestamp}.".encode() + body
    digest = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={digest}"


def body_of(payload: dict) -> bytes:
    return json.dumps(payload, separators=(",", ":"), sort_keys=True).encode()


def delivery_enqueue(delivery_id: int) -> None:
    enqueue(webhook_deliver, delivery_id, name=f"Webhook delivery {delivery_id}")


def _claim(delivery_id: int) -> bool:
    """Take the delivery for one attempt: it is due and nobody else took it."""
    now = timezone.now()
    return bool(
        WebhookDelivery.objects.filter(
            pk=delivery_id,
            state__in=(S.PENDING, S.FAILED),
            next_attempt_at__isnull=False,
            next_attempt_at__lte=now,
        ).update(next_attempt_at=None, attempt_count=F("attempt_count") + 1, updated_at=now)
    )


def _snippet(text: str, secret: str) -> str:
    return text[:SNIPPET].replace(secret, "[secret]")


def _post(subscription: WebhookSubscription, delivery: WebhookDelivery) -> tuple[int | None, str]:
    """(status code, response snippet or error); never raises."""
    from urllib.parse import urlsplit

    from accord.webhooks.services import address_refused

    refused = address_refused(urlsplit(subscription.url).hostname or "")
    if refused:
        return None, refused
    body = body_of(delivery.payload)
    secret = subscription.secret
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "Accord-Webhooks/1",
        "Accord-Webhook-Id": str(delivery.event_id),
        "Accord-Event": delivery.event_type,
        "Accord-Signature": signature_header(secret, body, int(time.time())),
    }
    try:
        response = requests.post(
            subscription.url,
            data=body,
            headers=headers,
            timeout=TIMEOUT_SECONDS,
            allow_redirects=False,
        )
    except requests.RequestException as exc:
        return None, _snippet(f"{type(exc).__name__}: {exc}", secret)
    return response.status_code, _snippet(response.text, secret)


def webhook_deliver(delivery_id: int, by_hand: bool = False) -> None:
    """A job: one attempt of one delivery. Records the result and never raises, so the
    retries are the webhook's own (with its back-off), not the job runner's."""
    if not _claim(delivery_id):
        return
    delivery = WebhookDelivery.objects.select_related(
        "subscription__organization", "subscription__owner"
    ).get(pk=delivery_id)
    subscription = delivery.subscription
    if not subscription.active:
        _record(delivery, None, "", "Not sent: the subscription is disabled.", by_hand)
        return
    status, text = _post(subscription, delivery)
    if status is None:
        _record(delivery, None, "", text, by_hand)
    else:
        _record(delivery, status, text, "", by_hand)


@transaction.atomic
def _record(
    delivery: WebhookDelivery, status: int | None, snippet: str, error: str, by_hand: bool
) -> None:
    now = timezone.now()
    WebhookAttempt.objects.create(
        delivery=delivery,
        number=delivery.attempt_count,
        attempted_at=now,
        status_code=status,
        response_snippet=snippet,
        error=error[:300],
        by_hand=by_hand,
    )
    subscription = WebhookSubscription.objects.select_for_update().get(pk=delivery.subscription_id)
    ok = status is not None and 200 <= status < 300
    delays = retry_delays()
    if ok:
        state, next_at = S.SUCCEEDED, None
        subscription.failure_count = 0
    elif not subscription.active or delivery.attempt_count > len(delays):
        state, next_at = S.GIVEN_UP, None
    else:
        state, next_at = S.FAILED, now + delays[delivery.attempt_count - 1]
    if not ok and subscription.active:
        subscription.failure_count += 1
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        state=state, next_attempt_at=next_at, last_status_code=status, updated_at=now
    )
    subscription.save(update_fields=["failure_count"])
    if (
        not ok
        and subscription.active
        and subscription.failure_count >= settings.ACCORD_WEBHOOK_DISABLE_AFTER
    ):
        _disable(subscription, now)


def _disable(subscription: WebhookSubscription, now) -> None:
    """Turn a failing subscription off, give up its waiting deliveries, tell its owners."""
    from accord.notifications.events import users_with_permission
    from accord.notifications.services import Message, deliver

    reason = (
        f"Disabled automatically after {subscription.failure_count} failed delivery attempts "
        "in a row."
    )
    subscription.active = False
    subscription.disabled_at = now
    subscription.disabled_reason = reason
    subscription.version += 1
    subscription.updated_at = now
    subscription.save(
        update_fields=["active", "disabled_at", "disabled_reason", "version", "updated_at"]
    )
    subscription.deliveries.filter(state__in=(S.PENDING, S.FAILED)).update(
        state=S.GIVEN_UP, next_attempt_at=None, updated_at=now
    )
    audit_record(
        actor=None,
        action="webhooks.subscription.disabled",
        target=subscription,
        changes={"active": [True, False], "disabled reason": [None, reason]},
        reason=reason,
    )
    managers = users_with_permission(MANAGE_PERMISSION).filter(
        organization_id=subscription.organization_id
    )
    people = {subscription.owner, *managers}
    url = reverse("webhooks:detail", args=[subscription.pk])
    deliver(
        [
            Message(
                "webhook_disabled",
                person,
                subscription,
                f"Webhook to {subscription.url} disabled",
                f"{reason} Fix the receiver, then enable the subscription again.",
                url,
            )
            for person in people
            if person.is_active
        ]
    )


def webhook_retry_due() -> int:
    """Periodic: queue the deliveries whose next attempt is due (and those whose first job
    was lost). Returns how many were queued."""
    now = timezone.now()
    due = WebhookDelivery.objects.filter(
        Q(state=S.FAILED, next_attempt_at__lte=now)
        | Q(state=S.PENDING, next_attempt_at__lte=now - LOST_AFTER)
    ).values_list("pk", flat=True)
    queued = 0
    for pk in due:
        delivery_enqueue(pk)
        queued += 1
    return queued
