"""Reads of notifications: a person sees their own, nobody else's, whoever they are."""

from __future__ import annotations

import datetime as dt

from django.db.models import Q, QuerySet

from accord.notifications.kinds import BY_CODE, Delivery, kinds_for
from accord.notifications.models import EmailDelivery, Notification, NotificationPreference


def _active(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


def notifications_visible_to(user) -> QuerySet[Notification]:
    if not _active(user):
        return Notification.objects.none()
    return Notification.objects.filter(recipient=user).select_related("email")


def email_deliveries_visible_to(user) -> QuerySet[EmailDelivery]:
    if not _active(user):
        return EmailDelivery.objects.none()
    return EmailDelivery.objects.filter(recipient=user)


def preferences_visible_to(user) -> QuerySet[NotificationPreference]:
    if not _active(user):
        return NotificationPreference.objects.none()
    return NotificationPreference.objects.filter(user=user)


def notifications_filter(
    notifications: QuerySet[Notification],
    *,
    status: str = "",
    kind: str = "",
    since: dt.date | None = None,
    until: dt.date | None = None,
    query: str = "",
) -> QuerySet[Notification]:
    """Narrow an already visibility-filtered queryset; never widens it.

    ``status`` is "unread", "read" or anything else for all; ``since`` and ``until`` are
    days in the site's time zone, both included.
    """
    if status == "unread":
        notifications = notifications.filter(read_at__isnull=True)
    elif status == "read":
        notifications = notifications.filter(read_at__isnull=False)
    if kind:
        notifications = notifications.filter(kind=kind)
    if since:
        notifications = notifications.filter(created_at__date__gte=since)
    if until:
        notifications = notifications.filter(created_at__date__lte=until)
    if query:
        notifications = notifications.filter(Q(title__icontains=query) | Q(body__icontains=query))
    return notifications


def unread_count(user) -> int:
    return notifications_visible_to(user).filter(read_at__isnull=True).count()


def bell(user, *, limit: int = 6) -> dict:
    """What the header's bell shows: the unread count and the latest unread ones."""
    unread = notifications_visible_to(user).filter(read_at__isnull=True)
    latest = list(unread[:limit])
    count = len(latest) if len(latest) < limit else unread.count()
    return {"count": count, "latest": latest}


def delivery_for(user, kind_code: str) -> str:
    """How ``user`` wants to hear about ``kind_code``: their choice, else the default."""
    chosen = (
        preferences_visible_to(user).filter(kind=kind_code).values_list("delivery", flat=True)
    ).first()
    return chosen or BY_CODE[kind_code].default


def preferences_of(user) -> list[tuple]:
    """Every kind the user can receive with the delivery in force and whether it is the
    default: ``[(kind, delivery, is_default), ...]``."""
    chosen = dict(preferences_visible_to(user).values_list("kind", "delivery"))
    return [
        (kind, chosen.get(kind.code, kind.default), kind.code not in chosen)
        for kind in kinds_for(user)
    ]


def digest_pending(user=None) -> QuerySet[Notification]:
    """Unread notifications waiting for a digest e-mail (of one user, or of everybody).
    One read in Accord before the digest leaves needs no e-mail."""
    pending = Notification.objects.filter(
        delivery=Delivery.DIGEST, email__isnull=True, read_at__isnull=True
    )
    if user is not None:
        pending = pending.filter(recipient=user)
    return pending
