"""Change orders through the API, through the same services as the pages.

Everyone reads the change orders they may see (``change_orders_visible_to``: staff every
one of their projects, a sponsor's people those sent to them; another sponsor's is 404).
The CDMO drafts, edits, submits, sends and incorporates (a sponsor user is refused with
403 before any lookup); the sponsor's manager accepts or rejects with a signature, as on
the portal. Every step sends the version read (or If-Match): a signature never covers
content that changed since."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Status
from ninja.pagination import paginate

from accord.changes import selectors, services
from accord.changes.models import ChangeOrder, ChangeOrderPlanEdit
from accord.changes.rendering import change_order_pdf_response
from accord.changes.schemas import (
    ActionIn,
    ChangeOrderDetailOut,
    ChangeOrderFilters,
    ChangeOrderIn,
    ChangeOrderOut,
    ChangeOrderPatchIn,
    PlanEditIn,
)
from accord.changes.workflows import CHANGE_ORDER_WORKFLOW, SPONSOR_TRANSITIONS
from accord.core.api import PageNumberPagination
from accord.core.api_fields import api_field_names
from accord.core.concurrency import expected_version, set_etag
from accord.planning.models import Task
from accord.projects.selectors import projects_visible_to

router = Router(tags=["Change orders"])

EDITS = Prefetch("edits", queryset=ChangeOrderPlanEdit.objects.select_related("task", "after"))
API_FIELDS = {"task": "task_id", "after": "after_id", "__all__": "body"}


def _staff(request: HttpRequest) -> None:
    # Refused before any lookup: a sponsor user learns nothing about ids.
    if not request.user.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff prepare change orders.")


def _change_order(request: HttpRequest, change_order_id: int) -> ChangeOrder:
    return get_object_or_404(selectors.change_orders_visible_to(request.user), pk=change_order_id)


def _detail(request: HttpRequest, response: HttpResponse, change_order_id: int) -> ChangeOrder:
    change_order = get_object_or_404(
        selectors.change_orders_visible_to(request.user).prefetch_related(EDITS),
        pk=change_order_id,
    )
    set_etag(response, change_order)
    return change_order


@router.get(
    "/projects/{project_id}/change-orders",
    response=list[ChangeOrderOut],
    summary="A project's change orders (sponsor users: those sent to them)",
)
@paginate(PageNumberPagination)
def list_project_change_orders(
    request: HttpRequest, project_id: int, filters: Query[ChangeOrderFilters]
):
    project = get_object_or_404(projects_visible_to(request.user), pk=project_id)
    if not request.user.has_perm("changes.view_changeorder"):
        raise PermissionDenied("Your roles do not allow you to see change orders.")
    orders = selectors.change_orders_visible_to(request.user).filter(project=project)
    if filters.status:
        orders = orders.filter(status=filters.status)
    return orders.prefetch_related(EDITS)


@router.post(
    "/projects/{project_id}/change-orders",
    response={201: ChangeOrderDetailOut},
    summary="Draft a change order (CDMO staff who may draft them)",
)
def create_change_order(
    request: HttpRequest, response: HttpResponse, project_id: int, payload: ChangeOrderIn
):
    _staff(request)
    project = get_object_or_404(projects_visible_to(request.user), pk=project_id)
    change_order = services.change_order_create(
        actor=request.user, project=project, **payload.model_dump()
    )
    return Status(201, _detail(request, response, change_order.pk))


@router.get(
    "/change-orders/{change_order_id}",
    response=ChangeOrderDetailOut,
    summary="One change order with its schedule impact and signatures",
)
def get_change_order(request: HttpRequest, response: HttpResponse, change_order_id: int):
    return _detail(request, response, change_order_id)


@router.get(
    "/change-orders/{change_order_id}/pdf",
    summary="One change order as a PDF (scope, price, schedule impact, signatures)",
)
def get_change_order_pdf(request: HttpRequest, change_order_id: int) -> HttpResponse:
    return change_order_pdf_response(
        _change_order(request, change_order_id),
        printed_by=request.user,
        base_url=request.build_absolute_uri("/"),
    )


@router.patch(
    "/change-orders/{change_order_id}",
    response=ChangeOrderDetailOut,
    summary="Change what a change order says (a draft; in internal review with a reason)",
    description="Send only the fields that change, with the version (or If-Match). Once "
    "sent, what the sponsor is asked to accept is frozen (422).",
)
def patch_change_order(
    request: HttpRequest,
    response: HttpResponse,
    change_order_id: int,
    payload: ChangeOrderPatchIn,
):
    _staff(request)
    change_order = _change_order(request, change_order_id)
    changes = payload.model_dump(exclude_unset=True, exclude={"version", "reason"})
    for name, value in list(changes.items()):
        if value is None:
            raise ValidationError({name: ["Leave the field out to keep it; it cannot be empty."]})
    services.change_order_update(
        actor=request.user,
        change_order=change_order,
        reason=payload.reason,
        version=expected_version(request, payload.version),
        **changes,
    )
    return _detail(request, response, change_order_id)


@router.post(
    "/change-orders/{change_order_id}/plan-edits",
    response={201: ChangeOrderDetailOut},
    summary="Add a plan edit to a draft; the schedule impact is computed again",
    description="`add_days`: `task_id` and `days`; `new_task`: `name`, `duration_days` and "
    "`after_id`. Tasks are the project's.",
)
def add_plan_edit(
    request: HttpRequest, response: HttpResponse, change_order_id: int, payload: PlanEditIn
):
    _staff(request)
    change_order = _change_order(request, change_order_id)
    tasks = Task.objects.filter(project=change_order.project)
    with api_field_names(API_FIELDS):
        services.plan_edit_add(
            actor=request.user,
            change_order=change_order,
            kind=payload.kind.value,
            task=tasks.filter(pk=payload.task_id).first() if payload.task_id else None,
            days=payload.days,
            name=payload.name,
            duration_days=payload.duration_days,
            after=tasks.filter(pk=payload.after_id).first() if payload.after_id else None,
            version=expected_version(request, payload.version),
        )
    return Status(201, _detail(request, response, change_order_id))


@router.delete(
    "/change-orders/{change_order_id}/plan-edits/{edit_id}",
    response=ChangeOrderDetailOut,
    summary="Remove a plan edit from a draft; the schedule impact is computed again",
)
def remove_plan_edit(
    request: HttpRequest, response: HttpResponse, change_order_id: int, edit_id: int
):
    _staff(request)
    change_order = _change_order(request, change_order_id)
    edit = get_object_or_404(change_order.edits, pk=edit_id)
    with api_field_names(API_FIELDS):
        services.plan_edit_remove(actor=request.user, edit=edit)
    return _detail(request, response, change_order_id)


def _step(
    request: HttpRequest,
    response: HttpResponse,
    change_order_id: int,
    name: str,
    payload: ActionIn,
) -> ChangeOrder:
    sponsor_step = name in SPONSOR_TRANSITIONS
    if not sponsor_step:
        _staff(request)
    elif not request.user.is_sponsor_user:
        # Refused before any lookup, as the staff steps are refused to sponsor users.
        raise PermissionDenied("Only the sponsor accepts or rejects a change order.")
    change_order = _change_order(request, change_order_id)
    transition = CHANGE_ORDER_WORKFLOW.transition(name)
    signed = transition.signature is not None
    services.change_order_transition(
        actor=request.user,
        change_order=change_order,
        name=name,
        meaning=transition.signature or "",
        username=payload.username if signed else None,
        password=payload.password,
        acknowledge=payload.acknowledge,
        reason=payload.reason,
        version=expected_version(request, payload.version),
    )
    return _detail(request, response, change_order_id)


_SIGNED = (
    "Signed: your user id and password in the body, checked now; a wrong one signs nothing "
    "and counts toward the lockout."
)


@router.post(
    "/change-orders/{change_order_id}/submit",
    response=ChangeOrderDetailOut,
    summary="Submit a draft for internal review (CDMO staff)",
)
def submit_change_order(
    request: HttpRequest, response: HttpResponse, change_order_id: int, payload: ActionIn
):
    return _step(request, response, change_order_id, "submit", payload)


@router.post(
    "/change-orders/{change_order_id}/redraft",
    response=ChangeOrderDetailOut,
    summary="Send a change order in internal review back to draft, with a reason",
)
def redraft_change_order(
    request: HttpRequest, response: HttpResponse, change_order_id: int, payload: ActionIn
):
    return _step(request, response, change_order_id, "redraft", payload)


@router.post(
    "/change-orders/{change_order_id}/send",
    response=ChangeOrderDetailOut,
    summary="Send a reviewed change order to the sponsor (staff who may send)",
)
def send_change_order(
    request: HttpRequest, response: HttpResponse, change_order_id: int, payload: ActionIn
):
    return _step(request, response, change_order_id, "send", payload)


@router.post(
    "/change-orders/{change_order_id}/accept",
    response=ChangeOrderDetailOut,
    summary="The sponsor's manager accepts a sent change order (signed: accepted)",
    description=_SIGNED,
)
def accept_change_order(
    request: HttpRequest, response: HttpResponse, change_order_id: int, payload: ActionIn
):
    return _step(request, response, change_order_id, "accept", payload)


@router.post(
    "/change-orders/{change_order_id}/reject",
    response=ChangeOrderDetailOut,
    summary="The sponsor's manager rejects a sent change order, with a reason (signed)",
    description=_SIGNED,
)
def reject_change_order(
    request: HttpRequest, response: HttpResponse, change_order_id: int, payload: ActionIn
):
    return _step(request, response, change_order_id, "reject", payload)


@router.post(
    "/change-orders/{change_order_id}/incorporate",
    response=ChangeOrderDetailOut,
    summary="Incorporate an accepted change order into the plan and re-baseline (signed)",
    description=_SIGNED + " The project manager signs the new baseline (meaning: authored).",
)
def incorporate_change_order(
    request: HttpRequest, response: HttpResponse, change_order_id: int, payload: ActionIn
):
    return _step(request, response, change_order_id, "incorporate", payload)
