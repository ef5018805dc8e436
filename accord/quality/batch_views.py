"""Batch pages: the list (search, filters, pages, CSV and Excel), one batch with the
deviations that concern it, and the register form. Staff see every sponsor's batches; a
sponsor's people see their own company's in the portal, with only the deviations they
were told of. Every write calls one service."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from accord.accounts.decorators import staff_required
from accord.accounts.models import Organization
from accord.core import exports
from accord.core.errors import apply_to_form
from accord.core.forms import DateInput, StyledForm
from accord.core.input import INT64_MAX
from accord.core.pagination import paginate
from accord.projects.models import Project
from accord.projects.selectors import projects_visible_to
from accord.quality import selectors
from accord.quality.models import Batch
from accord.quality.services import batches as batch_services

VIEW = "quality.view_batch"
STATUSES = [("", "Every status"), *Batch.Status.choices]


class BatchForm(StyledForm):
    project = forms.ModelChoiceField(queryset=Project.objects.none())
    number = forms.CharField(label="Batch number", max_length=40)
    product = forms.CharField(
        max_length=120,
        required=False,
        help_text="Left empty: the project's molecule.",
    )
    manufactured_on = forms.DateField(label="Manufactured on", widget=DateInput)
    status = forms.ChoiceField(choices=Batch.Status.choices, initial=Batch.Status.IN_PROCESS)

    def __init__(self, *args, projects=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["project"].queryset = projects if projects is not None else Project.objects
        self.fields["project"].label_from_instance = lambda p: f"{p.code} · {p.title}"


class BatchStatusForm(StyledForm):
    status = forms.ChoiceField(choices=Batch.Status.choices)
    reason = forms.CharField(
        required=False, max_length=500, help_text="Why, for the audit trail (optional)."
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)


def _id(raw: str) -> int | None:
    return int(raw) if raw.isdigit() and int(raw) <= INT64_MAX else None


def _filtered(request: HttpRequest):
    batches = selectors.batches_visible_to(request.user)
    query = request.GET.get("q", "").strip()
    status = request.GET.get("status", "")
    project_id = request.GET.get("project", "")
    sponsor_id = request.GET.get("sponsor", "")
    if query:
        batches = batches.filter(
            Q(number__icontains=query)
            | Q(product__icontains=query)
            | Q(project__code__icontains=query)
            | Q(project__title__icontains=query)
        )
    if status in Batch.Status.values:
        batches = batches.filter(status=status)
    if _id(project_id) is not None:
        batches = batches.filter(project_id=_id(project_id))
    if _id(sponsor_id) is not None and request.user.is_cdmo_staff:
        batches = batches.filter(project__sponsor_id=_id(sponsor_id))
    told = selectors.deviations_visible_to(request.user)
    batches = batches.annotate(
        deviation_count=Count("deviations", filter=Q(deviations__in=told.values("pk")))
    )
    filters = {"q": query, "status": status, "project": project_id, "sponsor": sponsor_id}
    return batches, filters


def _require_view(request: HttpRequest) -> None:
    if not request.user.has_perm(VIEW):
        raise PermissionDenied("Your roles do not allow you to see batches.")


@login_required
def batch_list(request: HttpRequest) -> HttpResponse:
    _require_view(request)
    batches, filters = _filtered(request)
    page = paginate(request, batches.order_by("-manufactured_on", "number"), per_page=25)
    params = request.GET.copy()
    params.pop("page", None)
    staff = request.user.is_cdmo_staff
    return render(
        request,
        "quality/batch_list.html",
        {
            "page": page,
            "filters": filters,
            "statuses": STATUSES,
            "projects": projects_visible_to(request.user).order_by("code"),
            "sponsors": Organization.objects.filter(kind=Organization.Kind.SPONSOR).order_by("name")
            if staff
            else None,
            "querystring": params.urlencode(),
            "filtered": any(filters.values()),
            "can_register": staff and request.user.has_perm(batch_services.ADD),
        },
    )


HEADINGS = [
    "Batch",
    "Product",
    "Project",
    "Sponsor",
    "Manufactured on",
    "Status",
    "Deviations",
    "Registered by",
    "Registered at",
]


def _row(batch: Batch) -> list[object]:
    return [
        batch.number,
        batch.product,
        f"{batch.project.code} {batch.project.title}",
        batch.project.sponsor.name,
        batch.manufactured_on,
        batch.get_status_display(),
        batch.deviation_count,
        batch.registered_by.printed_name,
        batch.registered_at,
    ]


@login_required
def batch_export(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in ("csv", "xlsx"):
        raise Http404("Export as csv or xlsx.")
    _require_view(request)
    batches, _ = _filtered(request)
    rows = [
        _row(b)
        for b in batches.select_related("registered_by").order_by("-manufactured_on", "number")
    ]
    if fmt == "csv":
        return exports.csv_response("batches.csv", HEADINGS, rows)
    book = exports.xlsx_workbook()
    exports.xlsx_sheet(book, "Batches", HEADINGS, rows, widths=(18, 24, 36, 30))
    return exports.xlsx_response(book, "batches.xlsx")


@login_required
def batch_detail(request: HttpRequest, pk: int) -> HttpResponse:
    batch = get_object_or_404(
        selectors.batches_visible_to(request.user).select_related("registered_by"), pk=pk
    )
    # Only the deviations the reader may see: a sponsor, those it was told of.
    deviations = (
        selectors.deviations_visible_to(request.user)
        .filter(batches=batch)
        .order_by("-discovered_at")
    )
    user = request.user
    can_change = user.is_cdmo_staff and user.has_perm(batch_services.CHANGE)
    form = None
    if can_change:
        form = BatchStatusForm(
            request.POST or None,
            initial={"status": batch.status, "version": batch.version},
        )
        if request.method == "POST" and form.is_valid():
            try:
                batch_services.batch_set_status(
                    actor=user,
                    batch=batch,
                    status=form.cleaned_data["status"],
                    version=form.cleaned_data.get("version"),
                    reason=form.cleaned_data.get("reason", ""),
                )
            except ValidationError as exc:
                apply_to_form(form, exc)
            else:
                messages.success(request, f"Batch {batch.number}: status saved.")
                return redirect("quality:batch", pk=batch.pk)
    elif request.method == "POST":
        raise PermissionDenied("Your roles do not allow you to change batches.")
    return render(
        request,
        "quality/batch_detail.html",
        {"batch": batch, "deviations": deviations, "form": form},
    )


@staff_required(batch_services.ADD)
def batch_register(request: HttpRequest) -> HttpResponse:
    projects = projects_visible_to(request.user).order_by("code")
    initial = {}
    raw = request.GET.get("project", "")
    if _id(raw) is not None:
        initial["project"] = _id(raw)
    form = BatchForm(request.POST or None, projects=projects, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            batch = batch_services.batch_register(
                actor=request.user,
                project=data["project"],
                number=data["number"],
                product=data["product"],
                manufactured_on=data["manufactured_on"],
                status=data["status"],
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"Batch {batch.number} is registered.")
            return redirect("quality:batch", pk=batch.pk)
    return render(request, "quality/batch_form.html", {"form": form})
