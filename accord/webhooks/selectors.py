"""Who sees which webhooks: an organization's managers see its own subscriptions.

Staff holding ``webhooks.manage_webhooks`` (administrators) see the CDMO's; a sponsor's
managers (the same permission, from the sponsor manager role) see their company's. Nobody
sees another organization's: its id answers 404.
"""

from __future__ import annotations

from django.db.models import QuerySet

from accord.webhooks.models import (
    MANAGE_PERMISSION,
    WebhookAttempt,
    WebhookDelivery,
    WebhookSubscription,
)


def may_manage_webhooks(user) -> bool:
    return bool(user and user.is_authenticated and user.has_perm(MANAGE_PERMISSION))


def subscriptions_of_organization(user) -> QuerySet[WebhookSubscription]:
    """The subscriptions of the user's organization, whatever the user's roles: looked up
    first so that another organization's id is 404 and one's own without the role is 403."""
    if not (user and user.is_authenticated):
        return WebhookSubscription.objects.none()
    return WebhookSubscription.objects.filter(organization_id=user.organization_id).select_related(
        "organization", "owner"
    )


def subscriptions_visible_to(user) -> QuerySet[WebhookSubscription]:
    if not may_manage_webhooks(user):
        return WebhookSubscription.objects.none()
    return subscriptions_of_organization(user)


def deliveries_visible_to(user) -> QuerySet[WebhookDelivery]:
    return WebhookDelivery.objects.filter(
        subscription__in=subscriptions_visible_to(user)
    ).select_related("subscription__organization")


def attempts_visible_to(user) -> QuerySet[WebhookAttempt]:
    return WebhookAttempt.objects.filter(delivery__in=deliveries_visible_to(user))


def deliveries_filtered(
    deliveries: QuerySet[WebhookDelivery], *, state: str = "", event_type: str = ""
) -> QuerySet[WebhookDelivery]:
    if state:
        deliveries = deliveries.filter(state=state)
    if event_type:
        deliveries = deliveries.filter(event_type=event_type)
    return deliveries.prefetch_related("attempts")
