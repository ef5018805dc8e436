"""Equipment pages, for the CDMO's staff only (a sponsor's people get 403 on every one):
the list with its filters and export, a piece of equipment with its qualification,
calibration and maintenance history, and the forms that call one service each."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from accord.accounts.decorators import staff_required
from accord.accounts.models import Site
from accord.core import clock, exports
from accord.core.errors import apply_to_form, apply_to_forms
from accord.core.input import INT64_MAX
from accord.core.pagination import paginate
from accord.equipment import selectors, services
from accord.equipment.forms import (
    CalibrationForm,
    EquipmentForm,
    MaintenanceForm,
    QualificationForm,
    StatusForm,
)
from accord.equipment.models import Equipment, EquipmentKind, EquipmentStatus
from accord.signatures.models import Meaning
from accord.signatures.selectors import manifest
from accord.signatures.session import signature_form, signature_recorded, signer_credentials

VIEW, MANAGE, APPROVE = selectors.VIEW, selectors.MANAGE, selectors.APPROVE
DUE_WINDOW_DAYS = 30
DUE_CHOICES = [
    ("", "Any due date"),
    ("overdue", "Calibration or maintenance overdue"),
    ("soon", f"Due within {DUE_WINDOW_DAYS} days or overdue"),
]


def _filtered(request: HttpRequest):
    rows = selectors.equipment_visible_to(request.user)
    query = request.GET.get("q", "").strip()
    site = request.GET.get("site", "")
    kind = request.GET.get("kind", "")
    status = request.GET.get("status", "")
    due = request.GET.get("due", "")
    if query:
        rows = rows.filter(
            Q(code__icontains=query)
            | Q(name__icontains=query)
            | Q(location__icontains=query)
            | Q(manufacturer__icontains=query)
            | Q(serial_number__icontains=query)
        )
    if site.isdigit() and int(site) <= INT64_MAX:
        rows = rows.filter(site_id=int(site))
    if kind in EquipmentKind.values:
        rows = rows.filter(kind=kind)
    if status in EquipmentStatus.values:
        rows = rows.filter(status=status)
    today = clock.today()
    if due == "overdue":
        rows = rows.filter(Q(next_calibration_due__lt=today) | Q(next_maintenance_due__lt=today))
    elif due == "soon":
        until = today + dt.timedelta(days=DUE_WINDOW_DAYS)
        rows = rows.filter(Q(next_calibration_due__lte=until) | Q(next_maintenance_due__lte=until))
    filters = {"q": query, "site": site, "kind": kind, "status": status, "due": due}
    return rows, filters


@staff_required(VIEW)
def equipment_list(request: HttpRequest) -> HttpResponse:
    rows, filters = _filtered(request)
    page = paginate(request, rows.order_by("code"))
    params = request.GET.copy()
    params.pop("page", None)
    today = clock.today()
    for item in page:
        item.calibration_late = item.calibration_overdue(today)
    return render(
        request,
        "equipment/list.html",
        {
            "page": page,
            "filters": filters,
            "sites": Site.objects.order_by("name"),
            "kinds": EquipmentKind.choices,
            "statuses": EquipmentStatus.choices,
            "dues": DUE_CHOICES,
            "querystring": params.urlencode(),
            "filtered": any(filters.values()),
            "can_manage": request.user.has_perm(MANAGE),
            "today": today,
        },
    )


HEADINGS = [
    "Equipment number",
    "Name",
    "Kind",
    "Site",
    "Location",
    "Manufacturer",
    "Model",
    "Serial number",
    "Status",
    "GMP",
    "Qualified on",
    "Calibration interval (days)",
    "Next calibration due",
    "Maintenance interval (days)",
    "Next maintenance due",
    "Owner",
]


def _row(item: Equipment) -> list[object]:
    return [
        item.code,
        item.name,
        item.get_kind_display(),
        item.site.name,
        item.location,
        item.manufacturer,
        item.model,
        item.serial_number,
        item.get_status_display(),
        item.gmp,
        item.qualified_on,
        item.calibration_interval_days,
        item.next_calibration_due,
        item.maintenance_interval_days,
        item.next_maintenance_due,
        item.owner.printed_name if item.owner else "",
    ]


@staff_required(VIEW)
def equipment_export(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in ("csv", "xlsx"):
        raise Http404("Export as csv or xlsx.")
    rows, _ = _filtered(request)
    data = [_row(item) for item in rows.order_by("code")]
    if fmt == "csv":
        return exports.csv_response("equipment.csv", HEADINGS, data)
    book = exports.xlsx_workbook()
    exports.xlsx_sheet(book, "Equipment", HEADINGS, data, widths=(16, 36, 20, 20))
    return exports.xlsx_response(book, "equipment.xlsx")


def _equipment(request: HttpRequest, pk: int) -> Equipment:
    return get_object_or_404(selectors.equipment_visible_to(request.user), pk=pk)


@staff_required(VIEW)
def equipment_detail(request: HttpRequest, pk: int) -> HttpResponse:
    equipment = _equipment(request, pk)
    today = clock.today()
    qualifications = list(
        equipment.qualifications.select_related("recorded_by", "approved_by").order_by(
            "executed_on", "pk"
        )
    )
    for record in qualifications:
        record.manifest = manifest(record)
    user = request.user
    return render(
        request,
        "equipment/detail.html",
        {
            "equipment": equipment,
            "gaps": selectors.equipment_gaps(equipment, on=today),
            "missing": selectors.qualification_missing(equipment),
            "qualifications": qualifications,
            "calibrations": equipment.calibrations.select_related(
                "performed_by", "deviation"
            ).order_by("-performed_on", "-pk"),
            "maintenance": equipment.maintenance.select_related("performed_by").order_by(
                "-performed_on", "-pk"
            ),
            "calibration_late": equipment.calibration_overdue(today),
            "calibration_soon": equipment.next_calibration_due is not None
            and today <= equipment.next_calibration_due <= today + dt.timedelta(days=14),
            "maintenance_late": equipment.next_maintenance_due is not None
            and equipment.next_maintenance_due < today,
            "can_manage": user.has_perm(MANAGE),
            "can_approve": user.has_perm(APPROVE),
        },
    )


@staff_required(MANAGE)
def equipment_create(request: HttpRequest) -> HttpResponse:
    form = EquipmentForm(request.POST or None, initial={"site": request.user.site_id, "gmp": True})
    if request.method == "POST" and form.is_valid():
        try:
            equipment = services.equipment_register(
                actor=request.user,
                details=form.details(),
                next_calibration_due=form.cleaned_data.get("next_calibration_due"),
                next_maintenance_due=form.cleaned_data.get("next_maintenance_due"),
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(
                request, f"{equipment.code} is registered, out of service until it is qualified."
            )
            return redirect("equipment:detail", pk=equipment.pk)
    return render(request, "equipment/form.html", {"form": form, "equipment": None})


@staff_required(MANAGE)
def equipment_edit(request: HttpRequest, pk: int) -> HttpResponse:
    equipment = _equipment(request, pk)
    form = EquipmentForm(
        request.POST or None, equipment=equipment, initial=EquipmentForm.initial_from(equipment)
    )
    if request.method == "POST" and form.is_valid():
        try:
            equipment = services.equipment_update(
                actor=request.user,
                equipment=equipment,
                details=form.details(),
                version=form.cleaned_data.get("version"),
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{equipment.code} is saved.")
            return redirect("equipment:detail", pk=equipment.pk)
    return render(request, "equipment/form.html", {"form": form, "equipment": equipment})


def _step(request, equipment, title: str, forms: list, button: str, **extra) -> HttpResponse:
    return render(
        request,
        "equipment/step.html",
        {"equipment": equipment, "title": title, "forms": forms, "button": button, **extra},
    )


@staff_required(MANAGE)
def equipment_status(request: HttpRequest, pk: int) -> HttpResponse:
    equipment = _equipment(request, pk)
    form = StatusForm(request.POST or None, initial={"version": equipment.version})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            equipment = services.equipment_set_status(
                actor=request.user,
                equipment=equipment,
                status=data["status"],
                reason=data["reason"],
                version=data["version"],
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{equipment.code} is {equipment.get_status_display()}.")
            return redirect("equipment:detail", pk=equipment.pk)
    return _step(request, equipment, "Change the status", [form], "Change the status")


@staff_required(MANAGE)
def qualification_add(request: HttpRequest, pk: int) -> HttpResponse:
    equipment = _equipment(request, pk)
    form = QualificationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.qualification_record(
                actor=request.user, equipment=equipment, **form.cleaned_data
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, "The qualification is recorded; QA approves it next.")
            return redirect("equipment:detail", pk=equipment.pk)
    return _step(request, equipment, "Record a qualification", [form], "Record")


@staff_required(APPROVE)
def qualification_approve(request: HttpRequest, pk: int, record_pk: int) -> HttpResponse:
    equipment = _equipment(request, pk)
    record = get_object_or_404(equipment.qualifications.all(), pk=record_pk)
    if record.is_approved or record.recorded_by_id == request.user.pk:
        raise PermissionDenied("This qualification record is not yours to approve now.")
    form = signature_form(request, meaning=Meaning.APPROVED)
    if request.method == "POST" and form.is_valid():
        try:
            services.qualification_approve(
                actor=request.user,
                record=record,
                version=record.version,
                **signer_credentials(form),
            )
        except ValidationError as exc:
            apply_to_forms(exc, form)
        else:
            signature_recorded(request, form)
            messages.success(request, f"{record} is approved.")
            return redirect("equipment:detail", pk=equipment.pk)
    return _step(
        request,
        equipment,
        f"Approve {record.get_stage_display()}",
        [form],
        "Sign the approval",
        signing=True,
        record=record,
    )


@staff_required(MANAGE)
def calibration_add(request: HttpRequest, pk: int) -> HttpResponse:
    equipment = _equipment(request, pk)
    form = CalibrationForm(
        request.POST or None,
        initial={"performed_by": request.user.pk, "performed_on": clock.today()},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            record = services.calibration_record(
                actor=request.user,
                equipment=equipment,
                performed_on=data["performed_on"],
                performed_by=data["performed_by"],
                result=data["result"],
                as_found=data["as_found"],
                as_left=data["as_left"],
                certificate=data["certificate"],
                deviation=form.deviation(),
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            if record.in_tolerance:
                messages.success(request, "The calibration is recorded.")
            else:
                messages.warning(
                    request,
                    f'{equipment.code} is marked "Do not use"'
                    + (
                        f"; deviation {record.deviation.number} is raised."
                        if record.deviation
                        else "."
                    ),
                )
            return redirect("equipment:detail", pk=equipment.pk)
    return _step(request, equipment, "Record a calibration", [form], "Record")


@staff_required(MANAGE)
def maintenance_add(request: HttpRequest, pk: int) -> HttpResponse:
    equipment = _equipment(request, pk)
    form = MaintenanceForm(
        request.POST or None,
        initial={"performed_by": request.user.pk, "performed_on": clock.today()},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.maintenance_record(
                actor=request.user, equipment=equipment, **form.cleaned_data
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, "The maintenance is recorded.")
            return redirect("equipment:detail", pk=equipment.pk)
    return _step(request, equipment, "Record maintenance", [form], "Record")
