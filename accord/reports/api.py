"""Status reports through the API, through the same services as the pages.

Everyone reads the reports they may see (``status_reports_visible_to``: staff every
report of their projects, a sponsor's people the published ones; another sponsor's is
404). Drafting, editing, refreshing and publishing are the CDMO staff's with the page's
permissions (a sponsor user is refused with 403 before any lookup); publishing is signed
by the project manager as its author, with user id and password in the body."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Status
from ninja.pagination import paginate

from accord.core.api import PageNumberPagination
from accord.core.concurrency import expected_version, set_etag
from accord.projects.selectors import projects_visible_to
from accord.reports import selectors, services
from accord.reports.models import StatusReport
from accord.reports.rendering import report_pdf_response
from accord.reports.schemas import (
    StatusReportDetailOut,
    StatusReportFilters,
    StatusReportIn,
    StatusReportOut,
    StatusReportPatchIn,
    StatusReportPublishIn,
    StatusReportRefreshIn,
)
from accord.signatures.models import Meaning

router = Router(tags=["Status reports"])


def _staff(request: HttpRequest) -> None:
    # Refused before any lookup: a sponsor user learns nothing about ids.
    if not request.user.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff prepare status reports.")


def _report(request: HttpRequest, report_id: int) -> StatusReport:
    return get_object_or_404(selectors.status_reports_visible_to(request.user), pk=report_id)


def _detail(request: HttpRequest, response: HttpResponse, report_id: int) -> StatusReport:
    report = _report(request, report_id)
    set_etag(response, report)
    return report


@router.get(
    "/status-reports",
    response=list[StatusReportOut],
    summary="Status reports of every project you can see (sponsor users: published ones)",
)
@paginate(PageNumberPagination)
def list_status_reports(request: HttpRequest, filters: Query[StatusReportFilters]):
    reports = selectors.status_reports_visible_to(request.user)
    if filters.status:
        reports = reports.filter(status=filters.status)
    return reports.order_by("project__code", "-number")


@router.get(
    "/projects/{project_id}/status-reports",
    response=list[StatusReportOut],
    summary="A project's status reports (sponsor users: published ones)",
)
@paginate(PageNumberPagination)
def list_project_status_reports(
    request: HttpRequest, project_id: int, filters: Query[StatusReportFilters]
):
    project = get_object_or_404(projects_visible_to(request.user), pk=project_id)
    if not request.user.has_perm("reports.view_statusreport"):
        raise PermissionDenied("Your roles do not allow you to see status reports.")
    reports = selectors.status_reports_visible_to(request.user).filter(project=project)
    if filters.status:
        reports = reports.filter(status=filters.status)
    return reports.order_by("-number")


@router.post(
    "/projects/{project_id}/status-reports",
    response={201: StatusReportDetailOut},
    summary="Draft the project's next status report, with a snapshot taken now",
    description="A correction of a published report names it in `corrects_id`.",
)
def create_status_report(
    request: HttpRequest, response: HttpResponse, project_id: int, payload: StatusReportIn
):
    _staff(request)
    project = get_object_or_404(projects_visible_to(request.user), pk=project_id)
    corrects = None
    if payload.corrects_id is not None:
        corrects = (
            selectors.status_reports_visible_to(request.user)
            .filter(project=project, pk=payload.corrects_id, status=StatusReport.Status.PUBLISHED)
            .first()
        )
        if corrects is None:
            raise ValidationError({"corrects_id": ["Choose a published report of this project."]})
    report = services.status_report_create(
        actor=request.user,
        project=project,
        period_start=payload.period_start,
        period_end=payload.period_end,
        summary=payload.summary,
        decisions_needed=payload.decisions_needed,
        corrects=corrects,
    )
    return Status(201, _detail(request, response, report.pk))


@router.get(
    "/status-reports/{report_id}",
    response=StatusReportDetailOut,
    summary="One status report with its snapshot and signature",
)
def get_status_report(request: HttpRequest, response: HttpResponse, report_id: int):
    return _detail(request, response, report_id)


@router.patch(
    "/status-reports/{report_id}",
    response=StatusReportDetailOut,
    summary="Write a draft's executive summary and decisions needed",
    description="Send only the fields that change, with the version (or If-Match). A "
    "published report never changes (422): correct it with a new report.",
)
def patch_status_report(
    request: HttpRequest, response: HttpResponse, report_id: int, payload: StatusReportPatchIn
):
    _staff(request)
    report = _report(request, report_id)
    changes = payload.model_dump(exclude_unset=True, exclude={"version"})
    services.status_report_update(
        actor=request.user,
        report=report,
        version=expected_version(request, payload.version),
        **{name: value or "" for name, value in changes.items()},
    )
    return _detail(request, response, report_id)


@router.post(
    "/status-reports/{report_id}/refresh",
    response=StatusReportDetailOut,
    summary="Take a draft's snapshot again from today's data (for a new period if given)",
)
def refresh_status_report(
    request: HttpRequest, response: HttpResponse, report_id: int, payload: StatusReportRefreshIn
):
    _staff(request)
    report = _report(request, report_id)
    services.status_report_refresh(
        actor=request.user,
        report=report,
        period_start=payload.period_start,
        period_end=payload.period_end,
        version=expected_version(request, payload.version),
    )
    return _detail(request, response, report_id)


@router.post(
    "/status-reports/{report_id}/publish",
    response=StatusReportDetailOut,
    summary="Publish a draft to the sponsor with your signature (meaning: authored)",
    description="Your user id and password, checked now; a wrong one signs nothing and "
    "counts toward the lockout. Send the version you read (or If-Match): the signature "
    "covers the snapshot as you read it.",
)
def publish_status_report(
    request: HttpRequest, response: HttpResponse, report_id: int, payload: StatusReportPublishIn
):
    _staff(request)
    report = _report(request, report_id)
    services.status_report_publish(
        actor=request.user,
        report=report,
        meaning=Meaning.AUTHORED,
        username=payload.username,
        password=payload.password,
        acknowledge=payload.acknowledge,
        reason=payload.reason,
        version=expected_version(request, payload.version),
    )
    return _detail(request, response, report_id)


@router.get("/status-reports/{report_id}/pdf", summary="One status report as a PDF")
def get_status_report_pdf(request: HttpRequest, report_id: int) -> HttpResponse:
    return report_pdf_response(_report(request, report_id))
