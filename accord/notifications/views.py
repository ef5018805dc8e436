"""The notification centre: the list with its filters, opening one (which marks it read
and goes to its record), marking read, the header's bell, and preferences. Every user has
one, staff and sponsor users alike; each sees only their own notifications."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from accord.core.errors import apply_to_form
from accord.core.pagination import paginate
from accord.notifications import selectors, services
from accord.notifications.forms import NotificationFilterForm, PreferencesForm
from accord.notifications.models import Notification

CHANGED = "notificationsChanged"  # htmx event: the bell refreshes its count


def _own(request: HttpRequest, pk: int) -> Notification:
    return get_object_or_404(selectors.notifications_visible_to(request.user), pk=pk)


def _querystring(request: HttpRequest) -> str:
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


def _back(request: HttpRequest) -> HttpResponse:
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect("notifications:list")


@login_required
def notification_list(request: HttpRequest) -> HttpResponse:
    form = NotificationFilterForm(request.GET or None, user=request.user)
    mine = selectors.notifications_visible_to(request.user)
    filtered = selectors.notifications_filter(mine, **form.filters())
    return render(
        request,
        "notifications/list.html",
        {
            "form": form,
            "page": paginate(request, filtered),
            "querystring": _querystring(request),
            "filtered": any(form.filters().values()),
            "total": mine.count(),
            "unread": mine.filter(read_at__isnull=True).count(),
            "time_zone": settings.TIME_ZONE,
        },
    )


@require_POST
@login_required
def notification_read(request: HttpRequest, pk: int) -> HttpResponse:
    notification = services.notification_mark_read(
        actor=request.user, notification=_own(request, pk)
    )
    if request.headers.get("X-Requested-With") == "fetch":  # a followed link (notifications.js)
        return HttpResponse(status=204)
    if request.headers.get("HX-Request"):
        response = render(request, "notifications/_item.html", {"n": notification})
        response["HX-Trigger"] = CHANGED
        return response
    return _back(request)


@require_POST
@login_required
def notification_read_all(request: HttpRequest) -> HttpResponse:
    try:
        count = services.notifications_mark_all_read(
            actor=request.user, kind_code=request.POST.get("kind", "")
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return _back(request)
    if count:
        noun = "notification" if count == 1 else "notifications"
        messages.success(request, f"{count} {noun} marked read.")
    else:
        messages.info(request, "Nothing was unread.")
    return _back(request)


@login_required
def bell(request: HttpRequest) -> HttpResponse:
    """The bell's unread count, refreshed by htmx after the person marks something read.
    Never polled on a timer: a poll would keep an idle session alive past its timeout."""
    return render(
        request, "notifications/_bell_count.html", {"count": selectors.unread_count(request.user)}
    )


@login_required
def preferences(request: HttpRequest) -> HttpResponse:
    current = dict(selectors.preferences_visible_to(request.user).values_list("kind", "delivery"))
    form = PreferencesForm(request.POST or None, user=request.user, current=current)
    if request.method == "POST" and form.is_valid():
        try:
            changed = services.preferences_set(actor=request.user, choices=form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            if changed:
                noun = "kind" if len(changed) == 1 else "kinds"
                messages.success(
                    request, f"Saved: you changed how you hear about {len(changed)} {noun}."
                )
            else:
                messages.info(request, "Nothing changed.")
            return redirect("notifications:preferences")
    return render(request, "notifications/preferences.html", {"form": form})
