"""Webhook pages: Settings → Webhooks for the CDMO's administrators, and the same pages
in the portal for a sponsor's managers (each sees only its organization's)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from accord.core.errors import apply_to_form
from accord.core.pagination import paginate
from accord.webhooks import selectors, services
from accord.webhooks.events import CATALOGUE
from accord.webhooks.forms import DeliveryFilterForm, SubscriptionEditForm, SubscriptionForm
from accord.webhooks.models import WebhookDelivery, WebhookSubscription


def _require(request: HttpRequest) -> None:
    if not selectors.may_manage_webhooks(request.user):
        raise PermissionDenied("Your roles do not allow managing your organization's webhooks.")


def _subscription_for_user(request: HttpRequest, pk: int) -> WebhookSubscription:
    """Another organization's subscription is 404; one's own without the role is 403."""
    subscription = get_object_or_404(selectors.subscriptions_of_organization(request.user), pk=pk)
    _require(request)
    return subscription


@login_required
def subscriptions(request: HttpRequest) -> HttpResponse:
    _require(request)
    return render(
        request,
        "webhooks/list.html",
        {
            "subscriptions": selectors.subscriptions_visible_to(request.user),
            "catalogue": CATALOGUE.values(),
        },
    )


def _secret_page(request, subscription, secret: str, created: bool) -> HttpResponse:
    response = render(
        request,
        "webhooks/secret.html",
        {"subscription": subscription, "secret": secret, "created": created},
    )
    return response


@never_cache
@login_required
def subscription_create(request: HttpRequest) -> HttpResponse:
    _require(request)
    form = SubscriptionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            subscription, secret = services.subscription_create(
                actor=request.user,
                url=data["url"],
                events=data["events"],
                description=data["description"],
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            return _secret_page(request, subscription, secret, created=True)
    return render(request, "webhooks/form.html", {"form": form, "creating": True})


@login_required
def subscription_detail(request: HttpRequest, pk: int) -> HttpResponse:
    subscription = _subscription_for_user(request, pk)
    filters = DeliveryFilterForm(request.GET or None)
    state = event = ""
    if filters.is_valid():
        state, event = filters.cleaned_data["state"], filters.cleaned_data["event"]
    deliveries = selectors.deliveries_filtered(
        selectors.deliveries_visible_to(request.user).filter(subscription=subscription),
        state=state,
        event_type=event,
    )
    return render(
        request,
        "webhooks/detail.html",
        {
            "subscription": subscription,
            "filters": filters,
            "page": paginate(request, deliveries),
        },
    )


@never_cache
@login_required
def subscription_edit(request: HttpRequest, pk: int) -> HttpResponse:
    subscription = _subscription_for_user(request, pk)
    initial = {
        "url": subscription.url,
        "description": subscription.description,
        "events": subscription.events,
        "version": subscription.version,
    }
    form = SubscriptionEditForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.subscription_update(
                actor=request.user,
                subscription=subscription,
                url=data["url"],
                events=data["events"],
                description=data["description"],
                version=data["version"],
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, "The subscription was saved.")
            return redirect("webhooks:detail", pk=subscription.pk)
    return render(request, "webhooks/form.html", {"form": form, "subscription": subscription})


@require_POST
@login_required
def subscription_toggle(request: HttpRequest, pk: int) -> HttpResponse:
    subscription = _subscription_for_user(request, pk)
    services.subscription_set_active(
        actor=request.user,
        subscription=subscription,
        active=not subscription.active,
        reason=request.POST.get("reason", "")[:300],
    )
    messages.success(
        request, "The subscription was " + ("disabled." if subscription.active else "enabled.")
    )
    return redirect("webhooks:detail", pk=subscription.pk)


@never_cache
@require_POST
@login_required
def subscription_rotate(request: HttpRequest, pk: int) -> HttpResponse:
    subscription = _subscription_for_user(request, pk)
    subscription, secret = services.subscription_rotate_secret(
        actor=request.user, subscription=subscription
    )
    return _secret_page(request, subscription, secret, created=False)


@require_POST
@login_required
def subscription_delete(request: HttpRequest, pk: int) -> HttpResponse:
    subscription = _subscription_for_user(request, pk)
    services.subscription_delete(actor=request.user, subscription=subscription)
    messages.success(request, f"The subscription to {subscription.url} was deleted.")
    return redirect("webhooks:list")


@require_POST
@login_required
def delivery_redeliver(request: HttpRequest, pk: int) -> HttpResponse:
    delivery = get_object_or_404(
        WebhookDelivery.objects.filter(
            subscription__in=selectors.subscriptions_of_organization(request.user)
        ),
        pk=pk,
    )
    _require(request)
    try:
        services.delivery_redeliver(actor=request.user, delivery=delivery)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, f"Event {delivery.event_id} is being sent again.")
    return redirect("webhooks:detail", pk=delivery.subscription_id)
