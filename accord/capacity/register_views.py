"""The resource register's pages, for the CDMO's staff only (a sponsor's people get 403 on
every one: each resource carries every sponsor's load): the list with its filters and
export, a resource with its availability changes and the work that needs it in the next
90 days, and the forms that call one service each."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.views.decorators.http import require_POST

from accord.accounts.decorators import staff_required
from accord.accounts.models import Site
from accord.audit import views as audit_views
from accord.capacity import selectors, services
from accord.capacity.forms import AvailabilityForm, ReasonForm, RemoveChangeForm, ResourceForm
from accord.capacity.load import resource_loads
from accord.capacity.models import Availability, Resource, ResourceKind
from accord.core import clock, exports
from accord.core.dates import format_day
from accord.core.errors import apply_to_form, field_errors
from accord.core.input import INT64_MAX
from accord.core.pagination import paginate

VIEW, MANAGE = selectors.VIEW, services.MANAGE
AHEAD_DAYS = 90
STATES = [("", "Active and retired"), ("active", "Active"), ("retired", "Retired")]


def _filtered(request: HttpRequest):
    rows = selectors.resources_visible_to(request.user)
    query = request.GET.get("q", "").strip()
    site = request.GET.get("site", "")
    kind = request.GET.get("kind", "")
    state = request.GET.get("state", "")
    if query:
        rows = rows.filter(Q(code__icontains=query) | Q(name__icontains=query))
    if site.isdigit() and int(site) <= INT64_MAX:
        rows = rows.filter(site_id=int(site))
    if kind in ResourceKind.values:
        rows = rows.filter(kind=kind)
    if state == "active":
        rows = rows.filter(active=True)
    elif state == "retired":
        rows = rows.filter(active=False)
    filters = {"q": query, "site": site, "kind": kind, "state": state}
    return rows, filters


@staff_required(VIEW)
def resource_list(request: HttpRequest) -> HttpResponse:
    rows, filters = _filtered(request)
    page = paginate(request, rows.order_by("site__name", "code"))
    params = request.GET.copy()
    params.pop("page", None)
    return render(
        request,
        "capacity/resources/list.html",
        {
            "page": page,
            "filters": filters,
            "sites": Site.objects.order_by("name"),
            "kinds": ResourceKind.choices,
            "states": STATES,
            "querystring": params.urlencode(),
            "filtered": any(filters.values()),
            "can_manage": request.user.has_perm(MANAGE),
        },
    )


HEADINGS = [
    "Code",
    "Name",
    "Kind",
    "Role",
    "Site",
    "Capacity",
    "Unit",
    "Works on",
    "Linked equipment",
    "Active",
    "Availability changes",
    "Description",
]


def _row(resource: Resource, changes: list[Availability]) -> list[object]:
    return [
        resource.code,
        resource.name,
        resource.get_kind_display(),
        resource.get_role_display(),
        resource.site.name,
        resource.capacity,
        resource.unit,
        resource.get_calendar_display(),
        str(resource.equipment) if resource.equipment else "",
        resource.active,
        "; ".join(services.change_label(c) for c in changes),
        resource.description,
    ]


@staff_required(VIEW)
def resource_export(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in ("csv", "xlsx"):
        raise Http404("Export as csv or xlsx.")
    rows, _ = _filtered(request)
    resources = list(rows.order_by("site__name", "code"))
    changes: dict[int, list[Availability]] = {}
    for change in Availability.objects.filter(resource__in=resources).select_related("resource"):
        changes.setdefault(change.resource_id, []).append(change)
    data = [_row(r, changes.get(r.pk, [])) for r in resources]
    if fmt == "csv":
        return exports.csv_response("resources.csv", HEADINGS, data)
    book = exports.xlsx_workbook()
    exports.xlsx_sheet(book, "Resources", HEADINGS, data, widths=(18, 36, 18, 20))
    return exports.xlsx_response(book, "resources.xlsx")


def _availability_url(resource: Resource) -> str:
    return f"{reverse('capacity:resource_detail', args=[resource.pk])}#availability"


def _resource(request: HttpRequest, pk: int) -> Resource:
    return get_object_or_404(selectors.resources_visible_to(request.user), pk=pk)


@dataclass(frozen=True)
class Week:
    """One week of the next 90 days: unit-days available and asked for."""

    starts_on: dt.date
    capacity: int
    load: int
    over_days: int

    @property
    def label(self) -> str:
        text = f"Week from {format_day(self.starts_on)}: {self.load} of {self.capacity} unit-days"
        return text + (f", over capacity on {self.over_days} days" if self.over_days else "")


def _weeks(load, start: dt.date) -> list[Week]:
    weeks = []
    for offset in range(0, len(load.capacity), 7):
        capacity, asked = load.capacity[offset : offset + 7], load.load[offset : offset + 7]
        weeks.append(
            Week(
                starts_on=start + dt.timedelta(days=offset),
                capacity=int(capacity.sum()),
                load=int(asked.sum()),
                over_days=int((asked > capacity).sum()),
            )
        )
    return weeks


def _bars(weeks: list[Week], height: int = 48, width: int = 14) -> list[dict]:
    """Each week as an SVG bar pair: capacity (behind) and load, on one scale."""
    top = max([1, *(w.capacity for w in weeks), *(w.load for w in weeks)])
    return [
        {
            "week": week,
            "x": index * (width + 4),
            "cap_h": round(height * week.capacity / top),
            "load_h": round(height * week.load / top),
            "cap_y": height - round(height * week.capacity / top),
            "load_y": height - round(height * week.load / top),
        }
        for index, week in enumerate(weeks)
    ]


def _load_url(resource: Resource) -> str | None:
    # The capacity view is another page of the app; linked only where it exists.
    try:
        return f"{reverse('capacity:load')}?resource={resource.pk}"
    except NoReverseMatch:
        return None


def _detail(request: HttpRequest, resource: Resource, **forms) -> HttpResponse:
    today = clock.today()
    end = today + dt.timedelta(days=AHEAD_DAYS - 1)
    load = resource_loads([resource], today, end)[resource.pk]
    weeks = _weeks(load, today)
    tasks = sorted(load.tasks, key=lambda t: (t.start, t.task.project.code, t.task.name))
    changes = list(resource.availability.select_related("recorded_by").order_by("starts_on", "pk"))
    can_manage = request.user.has_perm(MANAGE)
    for change in changes:
        if can_manage:
            change.form = AvailabilityForm(
                initial=AvailabilityForm.initial_from(change),
                change=change,
                prefix=f"change-{change.pk}",
            )
    return render(
        request,
        "capacity/resources/detail.html",
        {
            "resource": resource,
            "changes": changes,
            "tasks": tasks,
            "weeks": weeks,
            "bars": _bars(weeks),
            "svg_width": len(weeks) * 18,
            "over_days": int((load.load > load.capacity).sum()),
            "ahead_days": AHEAD_DAYS,
            "today": today,
            "end": end,
            "load_url": _load_url(resource),
            "can_manage": can_manage,
            "add_form": forms.get("add_form") or AvailabilityForm(),
            "remove_form": RemoveChangeForm(),
        },
    )


@staff_required(VIEW)
def resource_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _detail(request, _resource(request, pk))


@staff_required(VIEW)
def resource_history(request: HttpRequest, pk: int) -> HttpResponse:
    """The audit history of the resource and its availability changes."""
    resource = _resource(request, pk)
    return audit_views.history(request, "capacity.resource", str(resource.pk))


@staff_required(MANAGE)
def resource_create(request: HttpRequest) -> HttpResponse:
    form = ResourceForm(
        request.POST or None,
        initial={"site": request.user.site_id, "kind": "equipment", "calendar": "site"},
    )
    if request.method == "POST" and form.is_valid():
        try:
            resource = services.resource_create(actor=request.user, details=form.details())
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{resource.code} is in the register.")
            return redirect("capacity:resource_detail", pk=resource.pk)
    return render(request, "capacity/resources/form.html", {"form": form, "resource": None})


@staff_required(MANAGE)
def resource_edit(request: HttpRequest, pk: int) -> HttpResponse:
    resource = _resource(request, pk)
    form = ResourceForm(
        request.POST or None, resource=resource, initial=ResourceForm.initial_from(resource)
    )
    if request.method == "POST" and form.is_valid():
        try:
            resource = services.resource_update(
                actor=request.user,
                resource=resource,
                details=form.details(),
                version=form.cleaned_data.get("version"),
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{resource.code} is saved.")
            return redirect("capacity:resource_detail", pk=resource.pk)
    return render(request, "capacity/resources/form.html", {"form": form, "resource": resource})


def _active_step(request: HttpRequest, pk: int, *, retire: bool) -> HttpResponse:
    resource = _resource(request, pk)
    form = ReasonForm(request.POST or None, initial={"version": resource.version})
    if not retire:
        form.fields["reason"].required = False
    if request.method == "POST" and form.is_valid():
        write = services.resource_retire if retire else services.resource_reactivate
        try:
            resource = write(
                actor=request.user,
                resource=resource,
                reason=form.cleaned_data["reason"],
                version=form.cleaned_data["version"],
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            done = "retired: it is kept for history" if retire else "active again"
            messages.success(request, f"{resource.code} is {done}.")
            return redirect("capacity:resource_detail", pk=resource.pk)
    return render(
        request,
        "capacity/resources/step.html",
        {
            "resource": resource,
            "form": form,
            "title": "Retire the resource" if retire else "Reactivate the resource",
            "button": "Retire" if retire else "Reactivate",
        },
    )


@staff_required(MANAGE)
def resource_retire(request: HttpRequest, pk: int) -> HttpResponse:
    return _active_step(request, pk, retire=True)


@staff_required(MANAGE)
def resource_reactivate(request: HttpRequest, pk: int) -> HttpResponse:
    return _active_step(request, pk, retire=False)


@staff_required(MANAGE)
@require_POST
def availability_add(request: HttpRequest, pk: int) -> HttpResponse:
    resource = _resource(request, pk)
    form = AvailabilityForm(request.POST)
    if form.is_valid():
        try:
            change = services.availability_add(
                actor=request.user,
                resource=resource,
                **{k: form.cleaned_data[k] for k in services.CHANGE_FIELDS},
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{resource.code}: {services.change_label(change)}.")
            return redirect(
                f"{reverse('capacity:resource_detail', args=[resource.pk])}#availability"
            )
    return _detail(request, resource, add_form=form)


def _change(request: HttpRequest, pk: int) -> Availability:
    return get_object_or_404(
        selectors.availability_visible_to(request.user).select_related("resource__site"), pk=pk
    )


@staff_required(MANAGE)
def availability_edit(request: HttpRequest, pk: int) -> HttpResponse:
    change = _change(request, pk)
    resource = change.resource
    prefix = f"change-{change.pk}"
    form = AvailabilityForm(
        request.POST or None,
        change=change,
        initial=AvailabilityForm.initial_from(change),
        prefix=prefix,
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            change = services.availability_update(
                actor=request.user,
                change=change,
                token=data["token"],
                **{k: data[k] for k in services.CHANGE_FIELDS},
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{resource.code}: {services.change_label(change)}.")
            return redirect(
                f"{reverse('capacity:resource_detail', args=[resource.pk])}#availability"
            )
    return render(
        request,
        "capacity/resources/step.html",
        {
            "resource": resource,
            "form": form,
            "title": "Change an availability change",
            "button": "Save",
        },
    )


@staff_required(MANAGE)
@require_POST
def availability_remove(request: HttpRequest, pk: int) -> HttpResponse:
    change = _change(request, pk)
    resource = change.resource
    form = RemoveChangeForm(request.POST)
    label = services.change_label(change)
    if not form.is_valid():
        messages.error(request, "Say why the availability change is removed; nothing was removed.")
    else:
        try:
            services.availability_remove(
                actor=request.user, change=change, reason=form.cleaned_data["reason"]
            )
        except ValidationError as exc:
            messages.error(request, " ".join(m for ms in field_errors(exc).values() for m in ms))
        else:
            messages.success(request, f"{resource.code}: the change {label} is removed.")
    return redirect(_availability_url(resource))
