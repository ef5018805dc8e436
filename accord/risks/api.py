from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Query, Router
from ninja.pagination import paginate

from accord.core.api import PageNumberPagination
from accord.core.concurrency import set_etag
from accord.projects.selectors import projects_visible_to
from accord.risks import selectors
from accord.risks.schemas import RiskFilters, RiskOut

router = Router(tags=["Risks"])


@router.get(
    "/projects/{project_id}/risks",
    response=list[RiskOut],
    summary="A project's risk register (sponsors see the risks shared with them)",
)
@paginate(PageNumberPagination)
def list_project_risks(request: HttpRequest, project_id: int, filters: Query[RiskFilters]):
    project = get_object_or_404(projects_visible_to(request.user), pk=project_id)
    risks = (
        selectors.risks_visible_to(request.user)
        .filter(project=project)
        .prefetch_related("affected_tasks")
    )
    return selectors.risks_filter(
        risks,
        status=filters.status or "",
        category=filters.category or "",
        min_score=filters.min_score,
    ).order_by("sequence")


@router.get("/risks/{risk_id}", response=RiskOut)
def get_risk(request: HttpRequest, response: HttpResponse, risk_id: int):
    risk = get_object_or_404(selectors.risks_visible_to(request.user), pk=risk_id)
    set_etag(response, risk)
    return risk
