"""Status report pages: a project's reports, the draft and its preview, the signed
publication, and the PDF. Sponsor users reach the published reports of their projects."""

from __future__ import annotations

import datetime as dt
from functools import partial

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from accord.accounts.decorators import staff_required
from accord.core.errors import apply_to_form
from accord.core.pagination import paginate
from accord.projects.models import Project
from accord.projects.selectors import projects_visible_to
from accord.reports import selectors, services
from accord.reports.forms import RefreshForm, StatusReportEditForm, StatusReportForm
from accord.reports.models import StatusReport
from accord.reports.rendering import report_context, report_pdf_response
from accord.reports.workflows import STATUS_REPORT_WORKFLOW
from accord.signatures.publishing import signed_publish_page

DEFAULT_PERIOD = dt.timedelta(days=13)  # two weeks ending today, today included


def _project(request: HttpRequest, pk: int) -> Project:
    """The project if the user may see it (else 404), then the right to see its reports."""
    project = get_object_or_404(projects_visible_to(request.user), pk=pk)
    if not request.user.has_perm("reports.view_statusreport"):
        raise PermissionDenied("Your roles do not allow you to see status reports.")
    return project


def _report(request: HttpRequest, pk: int, report_id: int) -> StatusReport:
    project = _project(request, pk)
    return get_object_or_404(
        selectors.status_reports_visible_to(request.user).filter(project=project), pk=report_id
    )


def _can(request: HttpRequest, permission: str) -> bool:
    return request.user.is_cdmo_staff and request.user.has_perm(permission)


@login_required
def project_reports(request: HttpRequest, pk: int) -> HttpResponse:
    project = _project(request, pk)
    reports = (
        selectors.status_reports_visible_to(request.user)
        .filter(project=project)
        .order_by("-number")
    )
    return render(
        request,
        "reports/project_reports.html",
        {
            "project": project,
            "page": paginate(request, reports),
            "can_create": _can(request, "reports.add_statusreport"),
        },
    )


@staff_required("reports.add_statusreport")
def report_create(request: HttpRequest, pk: int) -> HttpResponse:
    project = _project(request, pk)
    today = timezone.localdate()
    form = StatusReportForm(
        request.POST or None,
        project=project,
        initial={"period_start": today - DEFAULT_PERIOD, "period_end": today},
    )
    if request.method == "POST" and form.is_valid():
        try:
            report = services.status_report_create(
                actor=request.user, project=project, **form.cleaned_data
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{report.reference} was drafted from today's data.")
            return redirect("reports:detail", pk=project.pk, report_id=report.pk)
    return render(request, "reports/report_form.html", {"form": form, "project": project})


@login_required
def report_detail(request: HttpRequest, pk: int, report_id: int) -> HttpResponse:
    report = _report(request, pk, report_id)
    draft = report.is_draft
    can_change = draft and _can(request, "reports.change_statusreport")
    can_publish = (
        draft
        and request.user.is_cdmo_staff
        and bool(STATUS_REPORT_WORKFLOW.available(report, request.user))
    )
    return render(
        request,
        "reports/report_detail.html",
        {
            **report_context(report),
            "project": report.project,
            "can_change": can_change,
            "can_publish": can_publish,
            "refresh_form": RefreshForm(
                initial={
                    "period_start": report.period_start,
                    "period_end": report.period_end,
                    "version": report.version,
                }
            )
            if can_change
            else None,
        },
    )


@staff_required("reports.change_statusreport")
def report_edit(request: HttpRequest, pk: int, report_id: int) -> HttpResponse:
    report = _report(request, pk, report_id)
    if not report.is_draft:
        messages.error(request, "A published report never changes; correct it with a new report.")
        return redirect("reports:detail", pk=report.project_id, report_id=report.pk)
    form = StatusReportEditForm(
        request.POST or None,
        initial={
            "summary": report.summary,
            "decisions_needed": report.decisions_needed,
            "version": report.version,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.status_report_update(actor=request.user, report=report, **form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{report.reference} was updated.")
            return redirect("reports:detail", pk=report.project_id, report_id=report.pk)
    return render(
        request,
        "reports/report_form.html",
        {"form": form, "project": report.project, "report": report},
    )


@require_POST
@staff_required("reports.change_statusreport")
def report_refresh(request: HttpRequest, pk: int, report_id: int) -> HttpResponse:
    """Take the draft's snapshot again (for the period in the form)."""
    report = _report(request, pk, report_id)
    form = RefreshForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(m for ms in form.errors.values() for m in ms))
    else:
        try:
            services.status_report_refresh(actor=request.user, report=report, **form.cleaned_data)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, f"{report.reference} now shows the project as it is now.")
    return redirect("reports:detail", pk=report.project_id, report_id=report.pk)


@staff_required("reports.publish_statusreport")
def report_publish(request: HttpRequest, pk: int, report_id: int) -> HttpResponse:
    """Publish to the sponsor portal with the project manager's signature ("authored")."""
    report = _report(request, pk, report_id)
    return signed_publish_page(
        request,
        services.PUBLICATION,
        report,
        publish=partial(services.status_report_publish, report=report),
        back=reverse("reports:detail", args=[report.project_id, report.pk]),
        template="reports/report_publish.html",
        context={**report_context(report), "project": report.project},
        published=f"{report.reference} is signed and published to the sponsor.",
    )


@login_required
def report_download(request: HttpRequest, pk: int, report_id: int) -> HttpResponse:
    report = _report(request, pk, report_id)
    return report_pdf_response(report)
