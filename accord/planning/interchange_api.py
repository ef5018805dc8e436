"""Plans in and out through the API: MS Project XML (MSPDI), Excel and iCalendar
exports for whoever sees the project (as the plan page offers them), and MSPDI or
Primavera XER import into an empty plan for planners, answering what the file held that
Accord does not keep."""

from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from ninja import File, Router, Status
from ninja.files import UploadedFile

from accord.planning.feeds import plan_ics
from accord.planning.interchange import (
    MAX_IMPORT_BYTES,
    plan_export_mspdi,
    plan_export_xlsx,
    plan_import_mspdi,
)
from accord.planning.models import Task
from accord.planning.plan_api import planner, project_of
from accord.planning.plan_schemas import ImportOut

router = Router(tags=["Plans"])

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _download(data: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _binary(content_type: str, what: str) -> dict:
    return {
        200: {
            "description": what,
            "content": {content_type: {"schema": {"type": "string", "format": "binary"}}},
        }
    }


@router.get(
    "/projects/{project_id}/plan/export.xml",
    summary="The plan as MS Project XML (MSPDI)",
    openapi_extra={"responses": _binary("application/xml", "MS Project XML")},
)
def export_xml(request: HttpRequest, project_id: int):
    project = project_of(request, project_id)
    if not Task.objects.filter(project=project).exists():
        raise Http404("This project has no plan to export yet.")
    return _download(plan_export_mspdi(project), "application/xml", f"{project.code}-plan.xml")


@router.get(
    "/projects/{project_id}/plan/export.xlsx",
    summary="The task table as an Excel workbook",
    openapi_extra={"responses": _binary(XLSX, "Excel workbook")},
)
def export_xlsx(request: HttpRequest, project_id: int):
    project = project_of(request, project_id)
    return _download(plan_export_xlsx(project), XLSX, f"{project.code}-plan.xlsx")


@router.get(
    "/projects/{project_id}/plan/export.ics",
    summary="The plan's milestones and decision points as an iCalendar file",
    openapi_extra={"responses": _binary("text/calendar", "iCalendar")},
)
def export_ics(request: HttpRequest, project_id: int):
    project = project_of(request, project_id)
    return _download(plan_ics(project), "text/calendar; charset=utf-8", f"{project.code}-plan.ics")


@router.post(
    "/projects/{project_id}/plan/import",
    response={201: ImportOut},
    summary=(
        "Create an empty project's plan from an MS Project XML or Primavera P6 XER file "
        "(multipart `file`)"
    ),
)
def import_xml(request: HttpRequest, project_id: int, file: File[UploadedFile]):
    planner(request)
    project = project_of(request, project_id)
    if file.size is not None and file.size > MAX_IMPORT_BYTES:
        raise ValidationError({"file": ["The file is larger than 10 MB."]})
    count, notes = plan_import_mspdi(actor=request.user, project=project, data=file.read())
    return Status(201, {"tasks": count, "not_imported": notes})
