"""Delay pages: a project's delays with their charts, the portfolio view, and the forms."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from accord.accounts.decorators import staff_required
from accord.accounts.selectors import sites_visible_to
from accord.core.errors import apply_to_form
from accord.core.exports import Column, csv_response, rows_of
from accord.core.pagination import paginate
from accord.delays import selectors, services
from accord.delays.forms import (
    CommunicateForm,
    DelayEditForm,
    DelayFilterForm,
    DelayForm,
    PortfolioFilterForm,
)
from accord.delays.models import Delay
from accord.projects.models import Project
from accord.projects.selectors import projects_visible_to


def _charts(delays: QuerySet) -> dict[str, object]:
    """The Pareto and the trend (two queries), and the JSON their charts are drawn from."""
    pareto = selectors.delay_pareto(delays)
    trend = selectors.delay_trend(delays)
    return {
        "pareto": pareto,
        "trend": trend,
        "chart_data": {
            "pareto": {
                "labels": [bar.label for bar in pareto],
                "days": [bar.days for bar in pareto],
                "cumulative": [bar.cumulative for bar in pareto],
            },
            "trend": {
                "labels": [point.month.strftime("%b %Y") for point in trend],
                "days": [point.days for point in trend],
                "delays": [point.delays for point in trend],
            },
        },
    }


def _project(request: HttpRequest, pk: int) -> Project:
    """The project if the user may see it (else 404), then the right to see its delays."""
    project = get_object_or_404(projects_visible_to(request.user), pk=pk)
    if not request.user.has_perm("delays.view_delay"):
        raise PermissionDenied("Your roles do not allow you to see delays.")
    return project


def _can_change(request: HttpRequest) -> bool:
    return request.user.is_cdmo_staff and request.user.has_perm("delays.change_delay")


def _project_delays(request: HttpRequest, project: Project) -> tuple[DelayFilterForm, QuerySet]:
    form = DelayFilterForm(request.GET or None)
    delays = selectors.delays_filter(
        selectors.delays_visible_to(request.user).filter(project=project), **form.filters()
    )
    return form, delays


@login_required
def project_delays(request: HttpRequest, pk: int) -> HttpResponse:
    project = _project(request, pk)
    form, delays = _project_delays(request, project)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "delays/project_delays.html",
        {
            "project": project,
            "form": form,
            "page": paginate(request, delays.prefetch_related("affected_tasks")),
            "querystring": query.urlencode(),
            "summary": selectors.delay_summary(delays),
            **_charts(delays),
            "can_record": request.user.is_cdmo_staff and request.user.has_perm("delays.add_delay"),
        },
    )


DELAY_COLUMNS = (
    Column("Number", lambda d: d.reference),
    Column("Title", "title"),
    Column("Cause", "cause"),
    Column("Occurred on", "occurred_on"),
    Column("Days lost", "days_lost"),
    Column("Affected tasks", lambda d: [task.name for task in d.affected_tasks.all()]),
    Column("Description", "description"),
    Column("Root cause", "root_cause"),
    Column("Sponsor told on", "sponsor_informed_on"),
    Column("Told how", "sponsor_informed_how"),
    Column("Told by", "sponsor_informed_by"),
)
INTERNAL_NOTES = Column("Internal notes", "internal_notes")


@login_required
def project_delays_export(request: HttpRequest, pk: int) -> HttpResponse:
    """The filtered delays as CSV: exactly the rows the page shows. Internal notes go only
    to CDMO staff."""
    project = _project(request, pk)
    _, delays = _project_delays(request, project)
    columns = (*DELAY_COLUMNS, INTERNAL_NOTES) if request.user.is_cdmo_staff else DELAY_COLUMNS
    return csv_response(
        f"{project.code}-delays-{timezone.localtime():%Y%m%d-%H%M}.csv",
        [column.heading for column in columns],
        rows_of(
            delays.select_related("sponsor_informed_by").prefetch_related("affected_tasks"),
            columns,
        ),
    )


@staff_required("delays.view_delay")
def portfolio(request: HttpRequest) -> HttpResponse:
    """Delays across every project the user can see: where the time goes, and when."""
    form = PortfolioFilterForm(request.GET or None, sites=sites_visible_to(request.user))
    delays = selectors.delays_filter(selectors.delays_visible_to(request.user), **form.filters())
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "delays/portfolio.html",
        {
            "form": form,
            "summary": selectors.delay_summary(delays),
            **_charts(delays),
            "page": paginate(request, selectors.delay_totals_by_project(delays)),
            "querystring": query.urlencode(),
            "awaiting": delays.filter(sponsor_informed_on__isnull=True).order_by(
                "occurred_on", "pk"
            )[:10],
        },
    )


@login_required
def delay_detail(request: HttpRequest, pk: int) -> HttpResponse:
    delay = get_object_or_404(selectors.delays_visible_to(request.user), pk=pk)
    return render(
        request,
        "delays/delay_detail.html",
        {
            "delay": delay,
            "project": delay.project,
            "tasks": delay.affected_tasks.order_by("sort_order", "uid"),
            "can_change": _can_change(request),
        },
    )


@staff_required("delays.add_delay")
def delay_create(request: HttpRequest, pk: int) -> HttpResponse:
    project = get_object_or_404(projects_visible_to(request.user), pk=pk)
    form = DelayForm(request.POST or None, project=project)
    if request.method == "POST" and form.is_valid():
        try:
            delay = services.delay_record(actor=request.user, project=project, **form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"Delay {delay.reference} was recorded.")
            return redirect("delays:detail", pk=delay.pk)
    return render(request, "delays/delay_form.html", {"form": form, "project": project})


@staff_required("delays.change_delay")
def delay_edit(request: HttpRequest, pk: int) -> HttpResponse:
    delay = get_object_or_404(selectors.delays_visible_to(request.user), pk=pk)
    initial = {name: getattr(delay, name) for name in services.EDITABLE - {"affected_tasks"}}
    initial["affected_tasks"] = list(delay.affected_tasks.values_list("pk", flat=True))
    initial["version"] = delay.version
    form = DelayEditForm(request.POST or None, project=delay.project, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            services.delay_update(actor=request.user, delay=delay, **data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"Delay {delay.reference} was updated.")
            return redirect("delays:detail", pk=delay.pk)
    return render(
        request,
        "delays/delay_form.html",
        {"form": form, "project": delay.project, "delay": delay},
    )


@staff_required("delays.change_delay")
def delay_communicate(request: HttpRequest, pk: int) -> HttpResponse:
    """Record that (and when, how and by whom) the sponsor was told about a delay."""
    delay = get_object_or_404(selectors.delays_visible_to(request.user), pk=pk)
    initial = {
        "informed_on": delay.sponsor_informed_on or timezone.localdate(),
        "how": delay.sponsor_informed_how or Delay.InformedHow.CALL,
        "informed_by": delay.sponsor_informed_by_id or request.user.pk,
        "version": delay.version,
    }
    form = CommunicateForm(
        request.POST or None, project=delay.project, actor=request.user, initial=initial
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.delay_mark_communicated(actor=request.user, delay=delay, **form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(
                request, f"Delay {delay.reference} is recorded as communicated to the sponsor."
            )
            return redirect("delays:detail", pk=delay.pk)
    return render(
        request,
        "delays/delay_communicate.html",
        {"form": form, "project": delay.project, "delay": delay},
    )
