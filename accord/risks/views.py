"""A project's risk register, a risk's page, and the staff forms that change risks."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from accord.accounts.decorators import staff_required
from accord.core.errors import apply_to_form
from accord.core.exports import Column, csv_response, rows_of
from accord.core.pagination import paginate
from accord.core.workflow import TransitionNotAllowed
from accord.projects.selectors import projects_visible_to
from accord.risks import selectors, services
from accord.risks.forms import RiskCloseForm, RiskFilterForm, RiskForm, RiskReviewForm
from accord.risks.models import IMPACT_LABELS, LIKELIHOOD_LABELS, Risk
from accord.risks.workflows import RISK_WORKFLOW

SORTS = {
    "number": ("sequence",),
    "-number": ("-sequence",),
    "score": ("-score_value", "sequence"),
    "-score": ("score_value", "sequence"),
    "title": ("title",),
    "owner": ("owner__last_name", "owner__first_name", "sequence"),
    "status": (selectors.STATUS_ORDER, "-score_value", "sequence"),
    "review": ("next_review_date", "sequence"),
}
DEFAULT_SORT = "score"


def _project(request: HttpRequest, pk: int):
    return get_object_or_404(projects_visible_to(request.user), pk=pk)


def _risk(request: HttpRequest, pk: int) -> Risk:
    return get_object_or_404(selectors.risks_visible_to(request.user), pk=pk)


def _register_rows(request: HttpRequest, project):
    form = RiskFilterForm(request.GET or None)
    risks = selectors.risks_visible_to(request.user).filter(project=project)
    sort = request.GET.get("sort", DEFAULT_SORT)
    if sort not in SORTS:
        sort = DEFAULT_SORT
    filtered = selectors.risks_filter(risks, **form.filters()).order_by(*SORTS[sort])
    return form, risks, filtered, sort


@login_required
def risk_register(request: HttpRequest, pk: int) -> HttpResponse:
    project = _project(request, pk)
    form, risks, filtered, sort = _register_rows(request, project)
    today = timezone.localdate()
    live = risks.filter(status__in=Risk.LIVE_STATUSES)
    query = request.GET.copy()
    query.pop("page", None)
    sortless = query.copy()
    sortless.pop("sort", None)
    selected = form.filters() if form.is_bound else {}
    return render(
        request,
        "risks/risk_register.html",
        {
            "project": project,
            "form": form,
            "page": paginate(request, filtered),
            "sort": sort,
            "querystring": query.urlencode(),
            "sortless_querystring": sortless.urlencode(),
            "filtered": bool(selected),
            "heat_map": selectors.risk_heat_map(risks),
            "selected_cell": (selected.get("likelihood"), selected.get("impact")),
            "likelihood_labels": LIKELIHOOD_LABELS,
            "impact_labels": IMPACT_LABELS,
            "live_count": live.count(),
            "severe_count": live.filter(score_value__gte=10).count(),
            "overdue_count": live.filter(next_review_date__lt=today).count(),
            "shared_count": live.filter(shared_with_sponsor=True).count(),
            "today": today,
            "can_add": request.user.is_cdmo_staff and request.user.has_perm("risks.add_risk"),
        },
    )


RISK_COLUMNS = (
    Column("Number", lambda r: r.number),
    Column("Title", "title"),
    Column("Category", "category"),
    Column("Cause", "cause"),
    Column("Effect", "effect"),
    Column("Likelihood", "likelihood"),
    Column("Likelihood means", lambda r: LIKELIHOOD_LABELS[r.likelihood]),
    Column("Impact", "impact"),
    Column("Impact means", lambda r: IMPACT_LABELS[r.impact]),
    Column("Score", lambda r: r.score),
    Column("Level", lambda r: r.level.label),
    Column("Owner", "owner"),
    Column("Status", "status"),
    Column("Next review", "next_review_date"),
    Column("Mitigation plan", "mitigation_plan"),
    Column("Contingency plan", "contingency_plan"),
    Column("Contingency trigger", "contingency_trigger"),
    Column("Affected tasks", lambda r: [task.name for task in r.affected_tasks.all()]),
)
SHARED = Column("Shared with sponsor", "shared_with_sponsor")


@login_required
def risk_export(request: HttpRequest, pk: int) -> HttpResponse:
    """The filtered register as CSV: exactly the rows the register page would show."""
    project = _project(request, pk)
    _, _, risks, _ = _register_rows(request, project)
    columns = (*RISK_COLUMNS, SHARED) if request.user.is_cdmo_staff else RISK_COLUMNS
    return csv_response(
        f"accord-risks-{project.code}-{timezone.localtime():%Y%m%d-%H%M}.csv",
        [column.heading for column in columns],
        rows_of(risks.select_related("owner").prefetch_related("affected_tasks"), columns),
    )


@login_required
def risk_detail(request: HttpRequest, pk: int) -> HttpResponse:
    risk = _risk(request, pk)
    staff = request.user.is_cdmo_staff
    can_change = staff and request.user.has_perm("risks.change_risk")
    return render(
        request,
        "risks/risk_detail.html",
        {
            "risk": risk,
            "project": risk.project,
            "reviews": selectors.risk_reviews_visible_to(request.user).filter(risk=risk),
            "tasks": risk.affected_tasks.order_by("sort_order", "uid"),
            "today": timezone.localdate(),
            "likelihood_label": LIKELIHOOD_LABELS[risk.likelihood],
            "impact_label": IMPACT_LABELS[risk.impact],
            "can_change": can_change,
            "actions": RISK_WORKFLOW.available(risk, request.user) if staff else [],
        },
    )


@staff_required("risks.add_risk")
def risk_create(request: HttpRequest, pk: int) -> HttpResponse:
    project = _project(request, pk)
    form = RiskForm(
        request.POST or None,
        project=project,
        owners=selectors.risk_owner_candidates(),
        editing=False,
        initial={"owner": request.user.pk},
    )
    if request.method == "POST" and form.is_valid():
        try:
            risk = services.risk_create(actor=request.user, project=project, **form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"Risk {risk.number} was added to the register.")
            return redirect("risks:detail", pk=risk.pk)
    return render(request, "risks/risk_form.html", {"form": form, "project": project})


@staff_required("risks.change_risk")
def risk_edit(request: HttpRequest, pk: int) -> HttpResponse:
    risk = _risk(request, pk)
    initial = {name: getattr(risk, name) for name in services.CONTENT_FIELDS}
    initial.update(
        owner=risk.owner_id, version=risk.version, affected_tasks=list(risk.affected_tasks.all())
    )
    form = RiskForm(
        request.POST or None,
        project=risk.project,
        owners=selectors.risk_owner_candidates(),
        editing=True,
        initial=initial,
    )
    if risk.status == Risk.Status.CLOSED:
        # Reopening a closed risk is an edit of its status, with a reason.
        form.fields["status"].choices = Risk.Status.choices
        form.fields["reason"].required = True
    if request.method == "POST" and form.is_valid():
        try:
            services.risk_update(actor=request.user, risk=risk, **form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"Risk {risk.number} was updated.")
            return redirect("risks:detail", pk=risk.pk)
    return render(
        request, "risks/risk_form.html", {"form": form, "project": risk.project, "risk": risk}
    )


@staff_required("risks.change_risk")
def risk_review(request: HttpRequest, pk: int) -> HttpResponse:
    risk = _risk(request, pk)
    if not risk.is_live:
        messages.error(request, "A closed risk is not reviewed; reopen it first if it is back.")
        return redirect("risks:detail", pk=risk.pk)
    form = RiskReviewForm(
        request.POST or None,
        initial={"likelihood": risk.likelihood, "impact": risk.impact, "version": risk.version},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.risk_review(actor=request.user, risk=risk, **form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"Review of {risk.number} recorded.")
            return redirect("risks:detail", pk=risk.pk)
    return render(request, "risks/risk_review.html", {"form": form, "risk": risk})


@staff_required("risks.change_risk")
def risk_close(request: HttpRequest, pk: int) -> HttpResponse:
    risk = _risk(request, pk)
    if not risk.is_live:
        messages.info(request, f"Risk {risk.number} is already closed.")
        return redirect("risks:detail", pk=risk.pk)
    form = RiskCloseForm(request.POST or None, initial={"version": risk.version})
    if request.method == "POST" and form.is_valid():
        try:
            services.risk_close(actor=request.user, risk=risk, **form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        except TransitionNotAllowed as exc:
            messages.error(request, str(exc))
            return redirect("risks:detail", pk=risk.pk)
        else:
            messages.success(request, f"Risk {risk.number} was closed.")
            return redirect("risks:detail", pk=risk.pk)
    return render(request, "risks/risk_close.html", {"form": form, "risk": risk})
