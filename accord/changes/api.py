from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Router
from ninja.pagination import paginate

from accord.changes import selectors
from accord.changes.models import ChangeOrderPlanEdit
from accord.changes.schemas import ChangeOrderOut
from accord.core.api import PageNumberPagination
from accord.core.concurrency import set_etag
from accord.projects.selectors import projects_visible_to

router = Router(tags=["Change orders"])

EDITS = Prefetch("edits", queryset=ChangeOrderPlanEdit.objects.select_related("task", "after"))


@router.get(
    "/projects/{project_id}/change-orders",
    response=list[ChangeOrderOut],
    summary="A project's change orders (sponsor users: those sent to them)",
)
@paginate(PageNumberPagination)
def list_project_change_orders(request: HttpRequest, project_id: int):
    project = get_object_or_404(projects_visible_to(request.user), pk=project_id)
    if not request.user.has_perm("changes.view_changeorder"):
        raise PermissionDenied("Your roles do not allow you to see change orders.")
    return (
        selectors.change_orders_visible_to(request.user)
        .filter(project=project)
        .prefetch_related(EDITS)
    )


@router.get("/change-orders/{change_order_id}", response=ChangeOrderOut, summary="One change order")
def get_change_order(request: HttpRequest, response: HttpResponse, change_order_id: int):
    change_order = get_object_or_404(
        selectors.change_orders_visible_to(request.user).prefetch_related(EDITS),
        pk=change_order_id,
    )
    set_etag(response, change_order)
    return change_order
