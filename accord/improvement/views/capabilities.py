"""The technology register for the CDMO's staff: capabilities by site, one capability with
its qualifications, and the forms."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from accord.accounts.decorators import staff_required
from accord.accounts.models import Site
from accord.core import exports
from accord.core.errors import apply_to_form
from accord.core.pagination import paginate
from accord.improvement import selectors, services
from accord.improvement.forms import CapabilityForm, CapabilitySiteForm
from accord.improvement.models import Capability, Qualification
from accord.improvement.services.shared import REGISTER

VIEW = "improvement.view_capability"


def _filtered(request: HttpRequest):
    rows = selectors.capabilities_visible_to(request.user)
    query = request.GET.get("q", "").strip()
    category = request.GET.get("category", "")
    status = request.GET.get("status", "")
    if query:
        rows = rows.filter(Q(name__icontains=query) | Q(description__icontains=query))
    if category in Capability.Category.values:
        rows = rows.filter(category=category)
    if status in Qualification.values:
        rows = rows.filter(sites__status=status).distinct()
    return rows.order_by("name"), {"q": query, "category": category, "status": status}


@staff_required(VIEW)
def capability_list(request: HttpRequest) -> HttpResponse:
    rows, filters = _filtered(request)
    sites = list(Site.objects.order_by("code"))
    page = paginate(request, rows.prefetch_related("sites"))
    for capability in page:
        by_site = {entry.site_id: entry for entry in capability.sites.all()}
        capability.cells = [by_site.get(site.pk) for site in sites]
    params = request.GET.copy()
    params.pop("page", None)
    return render(
        request,
        "improvement/capability_list.html",
        {
            "page": page,
            "sites": sites,
            "filters": filters,
            "categories": Capability.Category.choices,
            "statuses": Qualification.choices,
            "querystring": params.urlencode(),
            "filtered": any(filters.values()),
            "can_register": request.user.has_perm(REGISTER),
        },
    )


HEADINGS = ["Capability", "Category", "Site", "Status", "Qualified on", "Evidence"]


@staff_required(VIEW)
def capability_export(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in ("csv", "xlsx"):
        raise Http404("Export as csv or xlsx.")
    rows, _ = _filtered(request)
    entries = selectors.capability_sites_visible_to(request.user).filter(capability__in=rows)
    data = [
        [
            entry.capability.name,
            entry.capability.get_category_display(),
            entry.site.name,
            entry.get_status_display(),
            entry.qualified_on,
            entry.evidence,
        ]
        for entry in entries.order_by("capability__name", "site__code")
    ]
    if fmt == "csv":
        return exports.csv_response("technology-register.csv", HEADINGS, data)
    book = exports.xlsx_workbook()
    exports.xlsx_sheet(book, "Technology register", HEADINGS, data, widths=(36, 28, 24, 18))
    return exports.xlsx_response(book, "technology-register.xlsx")


@staff_required("improvement.add_capability")
def capability_create(request: HttpRequest) -> HttpResponse:
    form = CapabilityForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            capability = services.capability_create(actor=request.user, **form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{capability.name} is in the register.")
            return redirect("improvement:capability_detail", pk=capability.pk)
    return render(
        request,
        "improvement/simple_form.html",
        {"form": form, "title": "Add a capability", "back": reverse("improvement:capabilities")},
    )


@staff_required(VIEW)
def capability_detail(request: HttpRequest, pk: int) -> HttpResponse:
    capability = get_object_or_404(selectors.capabilities_visible_to(request.user), pk=pk)
    form = CapabilitySiteForm(request.POST or None)
    if request.method == "POST":
        if not request.user.has_perm(REGISTER):
            raise PermissionDenied("Your roles do not allow you to change the register.")
        if form.is_valid():
            try:
                services.capability_site_set(
                    actor=request.user, capability=capability, **form.cleaned_data
                )
            except ValidationError as exc:
                apply_to_form(form, exc)
            else:
                messages.success(request, f"{capability.name}: the site's status is saved.")
                return redirect("improvement:capability_detail", pk=capability.pk)
    return render(
        request,
        "improvement/capability_detail.html",
        {
            "capability": capability,
            "entries": capability.sites.select_related("site").order_by("site__code"),
            "form": form,
            "can_register": request.user.has_perm(REGISTER),
        },
    )
