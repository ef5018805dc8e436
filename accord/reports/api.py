from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Router
from ninja.pagination import paginate

from accord.core.api import PageNumberPagination
from accord.core.concurrency import set_etag
from accord.projects.selectors import projects_visible_to
from accord.reports import selectors
from accord.reports.rendering import report_pdf_response
from accord.reports.schemas import StatusReportDetailOut, StatusReportOut

router = Router(tags=["Status reports"])


@router.get(
    "/status-reports",
    response=list[StatusReportOut],
    summary="Status reports of every project you can see (sponsor users: published ones)",
)
@paginate(PageNumberPagination)
def list_status_reports(request: HttpRequest):
    return selectors.status_reports_visible_to(request.user).order_by("project__code", "-number")


@router.get(
    "/projects/{project_id}/status-reports",
    response=list[StatusReportOut],
    summary="A project's status reports (sponsor users: published ones)",
)
@paginate(PageNumberPagination)
def list_project_status_reports(request: HttpRequest, project_id: int):
    project = get_object_or_404(projects_visible_to(request.user), pk=project_id)
    if not request.user.has_perm("reports.view_statusreport"):
        raise PermissionDenied("Your roles do not allow you to see status reports.")
    return (
        selectors.status_reports_visible_to(request.user)
        .filter(project=project)
        .order_by("-number")
    )


@router.get(
    "/status-reports/{report_id}",
    response=StatusReportDetailOut,
    summary="One status report with its snapshot and signature",
)
def get_status_report(request: HttpRequest, response: HttpResponse, report_id: int):
    report = get_object_or_404(selectors.status_reports_visible_to(request.user), pk=report_id)
    set_etag(response, report)
    return report


@router.get("/status-reports/{report_id}/pdf", summary="One status report as a PDF")
def get_status_report_pdf(request: HttpRequest, report_id: int) -> HttpResponse:
    report = get_object_or_404(selectors.status_reports_visible_to(request.user), pk=report_id)
    return report_pdf_response(report)
