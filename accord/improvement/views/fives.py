"""5S pages for the CDMO's staff: the areas with their latest scores, an area with its
radar and trend, an audit with its actions, and the forms."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from accord.accounts.decorators import staff_required
from accord.accounts.models import Site
from accord.core import clock, exports
from accord.core.errors import apply_to_form
from accord.core.input import query_pk
from accord.core.pagination import paginate
from accord.improvement import selectors, services
from accord.improvement.forms import ActionForm, AreaForm, AuditForm
from accord.improvement.models import FIVE_S, SCORE_MAX, FiveSAudit
from accord.improvement.services.shared import AUDIT, CHANGE_AUDIT

VIEW = "improvement.view_fivesaudit"


def _areas(request: HttpRequest):
    rows = selectors.five_s_areas_visible_to(request.user).annotate(
        audit_count=Count("audits", distinct=True),
        open_actions=Count(
            "audits__actions", filter=Q(audits__actions__done_on__isnull=True), distinct=True
        ),
    )
    query = request.GET.get("q", "").strip()
    site = request.GET.get("site", "")
    if query:
        rows = rows.filter(Q(name__icontains=query) | Q(description__icontains=query))
    if (site_pk := query_pk(site)) is not None:
        rows = rows.filter(site_id=site_pk)
    return rows.order_by("site__code", "name"), {"q": query, "site": site}


@staff_required(VIEW)
def area_list(request: HttpRequest) -> HttpResponse:
    rows, filters = _areas(request)
    page = paginate(request, rows)
    # The latest audit of each area on the page, in one query (not one per row).
    latest: dict[int, FiveSAudit] = {}
    for audit in FiveSAudit.objects.filter(area__in=list(page)).order_by("-audited_on", "-pk"):
        latest.setdefault(audit.area_id, audit)
    for area in page:
        area.latest = latest.get(area.pk)
    params = request.GET.copy()
    params.pop("page", None)
    return render(
        request,
        "improvement/area_list.html",
        {
            "page": page,
            "filters": filters,
            "sites": Site.objects.order_by("name"),
            "querystring": params.urlencode(),
            "filtered": any(filters.values()),
            "can_audit": request.user.has_perm(AUDIT),
            "max_total": SCORE_MAX * len(FIVE_S),
        },
    )


AUDIT_HEADINGS = [
    "Area",
    "Site",
    "Audited on",
    "Auditor",
    *(label for _, label, _ in FIVE_S),
    "Total",
    "Open actions",
]


def _audit_row(audit: FiveSAudit) -> list[object]:
    return [
        audit.area.name,
        audit.area.site.name,
        audit.audited_on,
        audit.auditor.printed_name,
        *audit.scores,
        audit.total,
        sum(1 for action in audit.actions.all() if not action.is_done),
    ]


@staff_required(VIEW)
def audit_export(request: HttpRequest, fmt: str) -> HttpResponse:
    """Every audit of the areas the list shows (its filters apply)."""
    if fmt not in ("csv", "xlsx"):
        raise Http404("Export as csv or xlsx.")
    areas, _ = _areas(request)
    audits = (
        selectors.five_s_audits_visible_to(request.user)
        .filter(area__in=areas)
        .prefetch_related("actions")
        .order_by("area__name", "audited_on")
    )
    data = [_audit_row(audit) for audit in audits]
    if fmt == "csv":
        return exports.csv_response("5s-audits.csv", AUDIT_HEADINGS, data)
    book = exports.xlsx_workbook()
    exports.xlsx_sheet(book, "5S audits", AUDIT_HEADINGS, data, widths=(36, 24, 12, 24))
    return exports.xlsx_response(book, "5s-audits.xlsx")


@staff_required(AUDIT)
def area_create(request: HttpRequest) -> HttpResponse:
    form = AreaForm(request.POST or None, initial={"site": request.user.site_id})
    if request.method == "POST" and form.is_valid():
        try:
            area = services.five_s_area_create(actor=request.user, **form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{area.name} is added.")
            return redirect("improvement:area_detail", pk=area.pk)
    return render(
        request,
        "improvement/simple_form.html",
        {"form": form, "title": "Add a 5S area", "back": reverse("improvement:areas")},
    )


def _chart(audits: list[FiveSAudit]) -> dict:
    return {
        "axes": [label for _, label, _ in FIVE_S],
        "max": SCORE_MAX,
        "audits": [
            {"label": f"{audit.audited_on:%d %b %Y}", "scores": audit.scores} for audit in audits
        ],
        "trend": {
            "labels": [f"{audit.audited_on:%b %Y}" for audit in audits],
            "totals": [audit.total for audit in audits],
            "max": SCORE_MAX * len(FIVE_S),
        },
    }


@staff_required(VIEW)
def area_detail(request: HttpRequest, pk: int) -> HttpResponse:
    area = get_object_or_404(selectors.five_s_areas_visible_to(request.user), pk=pk)
    audits = list(
        area.audits.select_related("auditor", "initiative")
        .prefetch_related("actions__owner")
        .order_by("audited_on", "pk")
    )
    return render(
        request,
        "improvement/area_detail.html",
        {
            "area": area,
            "audits": list(reversed(audits)),
            "latest": audits[-1] if audits else None,
            "chart": _chart(audits),
            "can_audit": request.user.has_perm(AUDIT),
            "max_total": SCORE_MAX * len(FIVE_S),
            "today": clock.today(),
        },
    )


@staff_required(AUDIT)
def audit_create(request: HttpRequest, pk: int) -> HttpResponse:
    area = get_object_or_404(selectors.five_s_areas_visible_to(request.user), pk=pk)
    form = AuditForm(
        request.POST or None,
        area=area,
        initial={"audited_on": clock.today(), "auditor": request.user.pk},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            audit = services.five_s_audit_record(
                actor=request.user,
                area=area,
                auditor=data["auditor"],
                audited_on=data["audited_on"],
                initiative=data["initiative"],
                scores=form.scores(),
                notes=form.notes(),
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"The audit is recorded: {audit.total} points.")
            return redirect("improvement:audit_detail", pk=audit.pk)
    return render(
        request,
        "improvement/audit_form.html",
        {"form": form, "area": area, "five_s": FIVE_S},
    )


@staff_required(VIEW)
def audit_detail(request: HttpRequest, pk: int) -> HttpResponse:
    audit = get_object_or_404(selectors.five_s_audits_visible_to(request.user), pk=pk)
    return render(
        request,
        "improvement/audit_detail.html",
        {
            "audit": audit,
            "actions": audit.actions.select_related("owner"),
            "action_form": ActionForm(initial={"owner": request.user.pk}),
            "can_change": request.user.has_perm(CHANGE_AUDIT),
            "max_total": SCORE_MAX * len(FIVE_S),
            "today": clock.today(),
        },
    )


@staff_required(CHANGE_AUDIT)
def action_add(request: HttpRequest, pk: int) -> HttpResponse:
    audit = get_object_or_404(selectors.five_s_audits_visible_to(request.user), pk=pk)
    form = ActionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.five_s_action_add(actor=request.user, audit=audit, **form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, "The action is added.")
            return redirect("improvement:audit_detail", pk=audit.pk)
    return render(
        request,
        "improvement/simple_form.html",
        {
            "form": form,
            "title": f"Add an action to the {audit}",
            "back": reverse("improvement:audit_detail", args=[audit.pk]),
        },
    )


@staff_required(VIEW)
def action_done(request: HttpRequest, pk: int) -> HttpResponse:
    action = get_object_or_404(selectors.five_s_actions_visible_to(request.user), pk=pk)
    if request.method == "POST":
        services.five_s_action_done(actor=request.user, action=action)
        messages.success(request, f"Done: {action.what}")
    return redirect("improvement:audit_detail", pk=action.audit_id)
