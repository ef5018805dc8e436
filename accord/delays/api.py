from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Query, Router
from ninja.pagination import paginate

from accord.core.api import PageNumberPagination
from accord.core.concurrency import set_etag
from accord.delays import selectors
from accord.delays.schemas import DelayFilters, DelayInternalOut, DelayOut
from accord.projects.selectors import projects_visible_to

router = Router(tags=["Delays"])


@router.get(
    "/projects/{project_id}/delays",
    response=list[DelayOut],
    summary="A project's delays (sponsor users: those communicated to them)",
    description="Lists never carry internal notes; CDMO staff read them on one delay.",
)
@paginate(PageNumberPagination)
def list_project_delays(request: HttpRequest, project_id: int, filters: Query[DelayFilters]):
    project = get_object_or_404(projects_visible_to(request.user), pk=project_id)
    if not request.user.has_perm("delays.view_delay"):
        raise PermissionDenied("Your roles do not allow you to see delays.")
    delays = selectors.delays_visible_to(request.user).filter(project=project)
    return selectors.delays_filter(
        delays, cause=filters.cause or "", communicated=filters.communicated
    ).prefetch_related("affected_tasks")


@router.get(
    "/delays/{delay_id}",
    response=DelayInternalOut | DelayOut,
    summary="One delay (internal notes for CDMO staff only)",
)
def get_delay(request: HttpRequest, response: HttpResponse, delay_id: int):
    delay = get_object_or_404(selectors.delays_visible_to(request.user), pk=delay_id)
    set_etag(response, delay)
    # Built with the caller's schema: a sponsor's answer has no internal notes field to
    # fill, whatever the response declaration would accept.
    schema = DelayInternalOut if request.user.is_cdmo_staff else DelayOut
    return schema.from_orm(delay).model_dump(by_alias=True)
