from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Query, Router
from ninja.pagination import paginate

from accord.core.api import PageNumberPagination
from accord.notifications import selectors, services
from accord.notifications.kinds import BY_CODE
from accord.notifications.schemas import (
    NotificationFilters,
    NotificationOut,
    PreferenceOut,
    PreferencesIn,
    ReadAllIn,
    ReadAllOut,
)

router = Router(tags=["Notifications"])


@router.get(
    "/notifications",
    response=list[NotificationOut],
    summary="Your notifications, newest first",
    description="Filter by status (unread, read, all), kind, days and words.",
)
@paginate(PageNumberPagination)
def list_notifications(request: HttpRequest, filters: Query[NotificationFilters]):
    status = filters.status if filters.status in ("unread", "read") else ""
    return selectors.notifications_filter(
        selectors.notifications_visible_to(request.user),
        status=status,
        kind=filters.kind or "",
        since=filters.since,
        until=filters.until,
        query=(filters.q or "").strip(),
    )


@router.post(
    "/notifications/{notification_id}/read",
    response=NotificationOut,
    summary="Mark one of your notifications read",
)
def read_notification(request: HttpRequest, notification_id: int):
    notification = get_object_or_404(
        selectors.notifications_visible_to(request.user), pk=notification_id
    )
    return services.notification_mark_read(actor=request.user, notification=notification)


@router.post(
    "/notifications/read-all",
    response=ReadAllOut,
    summary="Mark all your unread notifications read (of one kind, if given)",
)
def read_all_notifications(request: HttpRequest, payload: ReadAllIn):
    count = services.notifications_mark_all_read(actor=request.user, kind_code=payload.kind)
    return {"marked_read": count, "unread": selectors.unread_count(request.user)}


def _preferences(user) -> list[dict]:
    return [
        {
            "kind": kind.code,
            "label": kind.label,
            "description": kind.description,
            "delivery": delivery,
            "default": kind.default,
            "is_default": is_default,
        }
        for kind, delivery, is_default in selectors.preferences_of(user)
    ]


@router.get(
    "/notification-preferences",
    response=list[PreferenceOut],
    summary="How you hear about each kind of event you can receive",
)
def get_preferences(request: HttpRequest):
    return _preferences(request.user)


@router.patch(
    "/notification-preferences",
    response=list[PreferenceOut],
    summary="Change how you hear about some kinds of event",
    description="Send only the kinds to change. Kinds: "
    + ", ".join(f"`{code}`" for code in BY_CODE)
    + ".",
)
def patch_preferences(request: HttpRequest, payload: PreferencesIn):
    services.preferences_set(
        actor=request.user,
        choices={code: str(value) for code, value in payload.preferences.items()},
    )
    return _preferences(request.user)
