"""Service levels and service hours: the promises to sponsors, and when they are kept.

Staff see every policy and change them (executives and administrators); a sponsor user
sees the one promise that applies to its company. Service hours are the CDMO's own."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from accord.accounts.decorators import staff_required
from accord.accounts.models import Organization, Site
from accord.accounts.selectors import sites_visible_to
from accord.core import exports
from accord.core.errors import apply_to_form
from accord.service import selectors, services
from accord.service.clocks import describe
from accord.service.forms import ServiceHoursForm, SlaPolicyForm, SlaPolicyRemoveForm
from accord.service.models import WEEKDAYS, ClockKind, Priority, SlaPolicy
from accord.service.services import KINDS

VIEW_PERMISSION = "service.view_slapolicy"


def _rows(policy: SlaPolicy) -> list[dict]:
    """The policy's targets as a person reads them, a row per priority."""
    by_priority = {target.priority: target for target in policy.targets.all()}
    rows = []
    for priority in Priority:
        target = by_priority.get(priority.value)
        if target is None:
            continue
        rows.append(
            {
                "priority": priority.label,
                "cells": [describe(target.target(kind), hours_per_day=8) for kind in KINDS],
            }
        )
    return rows


def _filtered(request: HttpRequest):
    policies = selectors.sla_policies_visible_to(request.user).prefetch_related("targets")
    query = request.GET.get("q", "").strip()
    if query:
        policies = policies.filter(name__icontains=query) | policies.filter(
            sponsor__name__icontains=query
        )
    return policies, query


@login_required
def policy_list(request: HttpRequest) -> HttpResponse:
    if not request.user.has_perm(VIEW_PERMISSION):
        raise PermissionDenied("Your roles do not allow you to see service levels.")
    policies, query = _filtered(request)
    entries = [{"policy": policy, "rows": _rows(policy)} for policy in policies]
    entries.sort(key=lambda e: (not e["policy"].is_default, str(e["policy"].sponsor or "")))
    staff = request.user.is_cdmo_staff
    return render(
        request,
        "service/policy_list.html",
        {
            "entries": entries,
            "query": query,
            "kinds": [kind.label for kind in ClockKind],
            "staff": staff,
            "can_add": staff and request.user.has_perm("service.add_slapolicy"),
            "can_change": staff and request.user.has_perm("service.change_slapolicy"),
            "can_remove": staff and request.user.has_perm("service.delete_slapolicy"),
        },
    )


HEADINGS = [
    "Applies to",
    "Policy",
    "Priority",
    *[f"{kind.label} (working hours)" for kind in ClockKind],
    "Warn the owner at (%)",
    "Working days to confirm a resolution",
]


@login_required
def policy_export(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in ("csv", "xlsx"):
        raise Http404("Export as csv or xlsx.")
    if not request.user.has_perm(VIEW_PERMISSION):
        raise PermissionDenied("Your roles do not allow you to see service levels.")
    policies, _ = _filtered(request)
    order = list(Priority.values)
    rows = []
    for policy in policies:
        for target in sorted(policy.targets.all(), key=lambda t: order.index(t.priority)):
            rows.append(
                [
                    policy.sponsor.name if policy.sponsor else "Every other sponsor",
                    policy.name,
                    target.get_priority_display(),
                    *[target.target(kind).total_seconds() / 3600 for kind in KINDS],
                    policy.warn_at_percent,
                    policy.confirm_days,
                ]
            )
    if fmt == "csv":
        return exports.csv_response("service-levels.csv", HEADINGS, rows)
    book = exports.xlsx_workbook()
    exports.xlsx_sheet(book, "Service levels", HEADINGS, rows, widths=(28, 36, 10))
    return exports.xlsx_response(book, "service-levels.xlsx")


def _sponsors_without_policy():
    return Organization.objects.filter(
        kind=Organization.Kind.SPONSOR, sla_policy__isnull=True
    ).order_by("name")


@staff_required("service.add_slapolicy")
def policy_create(request: HttpRequest) -> HttpResponse:
    sponsor_id = request.GET.get("sponsor")
    default = selectors.sla_policy_for_default()
    initial = {"warn_at_percent": default.warn_at_percent, "confirm_days": default.confirm_days}
    if sponsor_id and sponsor_id.isdigit():
        initial["sponsor"] = sponsor_id
    form = SlaPolicyForm(
        request.POST or None,
        sponsors=_sponsors_without_policy(),
        targets=services.targets_of(default),
        initial=initial,
    )
    if request.method == "POST" and form.is_valid():
        try:
            policy = services.sla_policy_save(
                actor=request.user,
                sponsor=form.cleaned_data["sponsor"],
                name=form.cleaned_data["name"],
                targets=form.targets(),
                warn_at_percent=form.cleaned_data["warn_at_percent"],
                confirm_days=form.cleaned_data["confirm_days"],
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{policy.sponsor} now has its own service levels.")
            return redirect("service:levels")
    return render(
        request,
        "service/policy_form.html",
        {"form": form, "policy": None, "kinds": [k.label for k in ClockKind]},
    )


def _policy(request: HttpRequest, pk: int) -> SlaPolicy:
    return get_object_or_404(selectors.sla_policies_visible_to(request.user), pk=pk)


@staff_required("service.change_slapolicy")
def policy_edit(request: HttpRequest, pk: int) -> HttpResponse:
    policy = _policy(request, pk)
    form = SlaPolicyForm(
        request.POST or None,
        targets=services.targets_of(policy),
        with_version=True,
        initial={
            "name": policy.name,
            "warn_at_percent": policy.warn_at_percent,
            "confirm_days": policy.confirm_days,
            "version": policy.version,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            policy = services.sla_policy_save(
                actor=request.user,
                sponsor=policy.sponsor,
                name=form.cleaned_data["name"],
                targets=form.targets(),
                warn_at_percent=form.cleaned_data["warn_at_percent"],
                confirm_days=form.cleaned_data["confirm_days"],
                reason=form.cleaned_data["reason"],
                version=form.cleaned_data["version"],
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{policy.name} was saved.")
            return redirect("service:levels")
    return render(
        request,
        "service/policy_form.html",
        {"form": form, "policy": policy, "kinds": [k.label for k in ClockKind]},
    )


@staff_required("service.delete_slapolicy")
def policy_remove(request: HttpRequest, pk: int) -> HttpResponse:
    policy = _policy(request, pk)
    form = SlaPolicyRemoveForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.sla_policy_remove(
                actor=request.user, policy=policy, reason=form.cleaned_data["reason"]
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(
                request, f"{policy.sponsor} is served on the CDMO-wide service levels again."
            )
            return redirect("service:levels")
    return render(request, "service/policy_remove.html", {"form": form, "policy": policy})


# --------------------------------------------------------------------------- service hours


def _intervals(hours: str) -> list[str]:
    return [part.strip() for part in hours.split(",") if part.strip()]


@staff_required("service.view_servicehours")
def hours_list(request: HttpRequest) -> HttpResponse:
    rows = [
        {"site": site, "week": [_intervals(hours) for hours in selectors.service_week(site)]}
        for site in sites_visible_to(request.user).order_by("code")
    ]
    return render(
        request,
        "service/hours_list.html",
        {
            "rows": rows,
            "days": [day.capitalize() for day in WEEKDAYS],
            "can_change": request.user.has_perm("service.change_servicehours"),
        },
    )


@staff_required("service.change_servicehours")
def hours_edit(request: HttpRequest, pk: int) -> HttpResponse:
    site: Site = get_object_or_404(sites_visible_to(request.user), pk=pk)
    stored = selectors.service_hours_of(site)
    initial = dict(zip(WEEKDAYS, selectors.service_week(site), strict=True))
    initial["version"] = stored.version if stored else None
    form = ServiceHoursForm(request.POST or None, initial=initial)
    form.fields["version"].required = stored is not None
    if request.method == "POST" and form.is_valid():
        try:
            services.service_hours_set(
                actor=request.user,
                site=site,
                week=form.week(),
                reason=form.cleaned_data["reason"],
                version=form.cleaned_data["version"],
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"The service hours of {site.name} were saved.")
            return redirect("service:hours")
    return render(request, "service/hours_form.html", {"form": form, "site": site})
