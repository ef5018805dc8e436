"""Every write of webhook subscriptions: create, change, enable or disable, rotate the
secret, delete, and redeliver by hand. Each is audited (never with the secret)."""

from __future__ import annotations

import ipaddress
import secrets
import socket
from functools import partial
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone

from accord.accounts.models import User
from accord.audit.services import audit_record
from accord.core import concurrency
from accord.webhooks.models import (
    WebhookDelivery,
    WebhookDeliveryState,
    WebhookEventType,
    WebhookSubscription,
    secret_of,
)
from accord.webhooks.selectors import may_manage_webhooks

LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}


def _require(actor: User) -> None:
    if not may_manage_webhooks(actor):
        raise PermissionDenied("Your roles do not allow managing your organization's webhooks.")


def url_check(url: str) -> str:
    """An https URL, or http to this machine where the settings allow it (tests, dev)."""
    url = (url or "").strip()
    try:
        URLValidator(schemes=["http", "https"])(url)
    except ValidationError:
        raise ValidationError(
            {"url": ["Enter a full URL, such as https://example.com/hooks."]}
        ) from None
    parts = urlsplit(url)
    if parts.scheme == "http":
        local = (parts.hostname or "") in LOCAL_HOSTS
        if not (local and settings.ACCORD_WEBHOOK_ALLOW_LOCAL_HTTP):
            raise ValidationError(
                {
                    "url": [
                        "The URL must use https: payloads and signatures must not cross "
                        "the network in clear text (http is accepted only to localhost "
                        "outside production)."
                    ]
                }
            )
    if parts.username or parts.password:
        raise ValidationError({"url": ["Put no user name or password in the URL."]})
    if _is_local_address(parts.hostname or "") and not settings.ACCORD_WEBHOOK_ALLOW_LOCAL_HTTP:
        raise ValidationError(
            {"url": ["The URL names a private or local address; Accord sends to public ones."]}
        )
    return url


def _is_local_address(host: str) -> bool:
    try:
        return not ipaddress.ip_address(host.strip("[]")).is_global
    except ValueError:
        return host.lower() in LOCAL_HOSTS


def address_refused(host: str) -> str:
    """Why Accord will not send to ``host`` now, or "": outside development and tests a
    name that resolves to a private, loopback or link-local address is refused at each
    attempt, so a subscription cannot reach (and read answers from) the internal network."""
    if settings.ACCORD_WEBHOOK_ALLOW_LOCAL_HTTP:
        return ""
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except OSError:
        return ""  # not resolvable now: the request fails and is retried
    for address in sorted(addresses):
        if _is_local_address(address):
            return f"Not sent: {host} resolves to a private or local address ({address})."
    return ""


def events_check(events: list[str]) -> list[str]:
    unknown = [e for e in events if e not in WebhookEventType.values]
    if unknown:
        raise ValidationError(
            {"events": [f"Unknown event type {', '.join(unknown)}; see the catalogue."]}
        )
    if not events:
        raise ValidationError({"events": ["Choose at least one event type."]})
    return [e for e in WebhookEventType.values if e in events]


def _new_salt() -> tuple[str, str]:
    salt = secrets.token_urlsafe(32)
    return salt, secret_of(salt)[-4:]


@transaction.atomic
def subscription_create(
    *, actor: User, url: str, events: list[str], description: str = ""
) -> tuple[WebhookSubscription, str]:
    """A subscription of the actor's organization; returns it and its secret (shown once)."""
    _require(actor)
    errors = {}
    try:
        url = url_check(url)
    except ValidationError as exc:
        errors.update(exc.message_dict)
    try:
        events = events_check(events)
    except ValidationError as exc:
        errors.update(exc.message_dict)
    if errors:
        raise ValidationError(errors)
    salt, hint = _new_salt()
    subscription = WebhookSubscription.objects.create(
        organization=actor.organization,
        owner=actor,
        url=url,
        description=description.strip()[:200],
        events=events,
        secret_salt=salt,
        secret_hint=hint,
    )
    audit_record(
        actor=actor,
        action="webhooks.subscription.created",
        target=subscription,
        changes={"url": [None, url], "events": [None, ", ".join(events)]},
    )
    return subscription, subscription.secret


def _locked(actor: User, subscription: WebhookSubscription, version: int | None):
    _require(actor)
    return concurrency.locked(
        subscription,
        version,
        queryset=WebhookSubscription.objects.filter(organization_id=actor.organization_id),
    )


def _touch(subscription: WebhookSubscription, fields: list[str]) -> None:
    concurrency.bump(subscription)
    subscription.updated_at = timezone.now()
    subscription.save(update_fields=[*fields, "version", "updated_at"])


@transaction.atomic
def subscription_update(
    *,
    actor: User,
    subscription: WebhookSubscription,
    url: str | None = None,
    events: list[str] | None = None,
    description: str | None = None,
    version: int | None = None,
) -> WebhookSubscription:
    locked = _locked(actor, subscription, version)
    changes: dict[str, list] = {}
    errors = {}
    if url is not None:
        try:
            url = url_check(url)
        except ValidationError as exc:
            errors.update(exc.message_dict)
        else:
            if url != locked.url:
                changes["url"] = [locked.url, url]
                locked.url = url
    if events is not None:
        try:
            events = events_check(events)
        except ValidationError as exc:
            errors.update(exc.message_dict)
        else:
            if events != locked.events:
                changes["events"] = [", ".join(locked.events), ", ".join(events)]
                locked.events = events
    if description is not None and description.strip() != locked.description:
        changes["description"] = [locked.description, description.strip()[:200]]
        locked.description = description.strip()[:200]
    if errors:
        raise ValidationError(errors)
    if changes:
        _touch(locked, ["url", "events", "description"])
        audit_record(
            actor=actor, action="webhooks.subscription.changed", target=locked, changes=changes
        )
    return locked


@transaction.atomic
def subscription_set_active(
    *,
    actor: User,
    subscription: WebhookSubscription,
    active: bool,
    reason: str = "",
    version: int | None = None,
) -> WebhookSubscription:
    """Enable (resetting the failure count) or disable a subscription by hand."""
    locked = _locked(actor, subscription, version)
    if locked.active == active:
        return locked
    if active:
        locked.active, locked.failure_count = True, 0
        locked.disabled_at, locked.disabled_reason = None, ""
        action = "webhooks.subscription.enabled"
    else:
        locked.active = False
        locked.disabled_at = timezone.now()
        locked.disabled_reason = (reason.strip() or f"Disabled by {actor.printed_name}.")[:300]
        action = "webhooks.subscription.disabled"
    _touch(locked, ["active", "failure_count", "disabled_at", "disabled_reason"])
    audit_record(
        actor=actor,
        action=action,
        target=locked,
        changes={"active": [not active, active]},
        reason=reason.strip(),
    )
    return locked


@transaction.atomic
def subscription_rotate_secret(
    *, actor: User, subscription: WebhookSubscription, version: int | None = None
) -> tuple[WebhookSubscription, str]:
    """A new secret (shown once); the old one stops signing at once."""
    locked = _locked(actor, subscription, version)
    old_hint = locked.secret_hint
    locked.secret_salt, locked.secret_hint = _new_salt()
    _touch(locked, ["secret_salt", "secret_hint"])
    audit_record(
        actor=actor,
        action="webhooks.subscription.secret_rotated",
        target=locked,
        changes={"secret ending": [old_hint, locked.secret_hint]},
    )
    return locked, locked.secret


@transaction.atomic
def subscription_delete(*, actor: User, subscription: WebhookSubscription) -> None:
    locked = _locked(actor, subscription, None)
    audit_record(
        actor=actor,
        action="webhooks.subscription.deleted",
        target=locked,
        changes={"url": [locked.url, None], "events": [", ".join(locked.events), None]},
    )
    locked.delete()


@transaction.atomic
def delivery_redeliver(*, actor: User, delivery: WebhookDelivery) -> WebhookDelivery:
    """Send a delivery again by hand: a new attempt of the same event id, whatever its
    state. The subscription must be active."""
    from accord.webhooks.delivery import webhook_deliver

    _require(actor)
    locked = WebhookDelivery.objects.select_for_update().get(
        pk=delivery.pk, subscription__organization_id=actor.organization_id
    )
    subscription = locked.subscription
    if not subscription.active:
        raise ValidationError(
            {"subscription": ["The subscription is disabled; enable it before redelivering."]}
        )
    before = locked.get_state_display()
    locked.state = WebhookDeliveryState.PENDING
    locked.next_attempt_at = timezone.now()
    locked.save(update_fields=["state", "next_attempt_at"])
    audit_record(
        actor=actor,
        action="webhooks.delivery.redelivered",
        target=locked,
        parent=subscription,
        changes={"state": [before, locked.get_state_display()]},
    )
    from accord.core.jobs import enqueue

    transaction.on_commit(
        partial(
            enqueue,
            webhook_deliver,
            locked.pk,
            True,
            requested_by=actor,
            name=f"Webhook redelivery {locked.pk}",
        )
    )
    return locked
