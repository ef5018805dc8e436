from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Query, Router
from ninja.pagination import paginate

from accord.core.api import PageNumberPagination
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
def get_risk(request: HttpRequest, risk_id: int):
    return get_object_or_404(selectors.risks_visible_to(request.user), pk=risk_id)
