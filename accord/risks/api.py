"""A project's risk register through the API, through the same services as the pages.

Everyone reads the risks they may see (``risks_visible_to``: staff every risk of their
projects, a sponsor's people those shared with them; another sponsor's is 404). Every
write is the CDMO staff's with the page's permission: a sponsor user is refused with 403
before any lookup. Writes to an existing risk send the version read (or If-Match)."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Status
from ninja.pagination import paginate

from accord.core.api import PageNumberPagination
from accord.core.api_fields import api_field_names
from accord.core.concurrency import expected_version, set_etag
from accord.planning.models import Task
from accord.projects.models import Project
from accord.projects.selectors import projects_visible_to
from accord.risks import selectors, services
from accord.risks.models import Risk
from accord.risks.schemas import (
    RiskCloseIn,
    RiskFilters,
    RiskIn,
    RiskOut,
    RiskPatchIn,
    RiskReviewIn,
    RiskReviewOut,
)

router = Router(tags=["Risks"])

API_FIELDS = {"owner": "owner_id", "affected_tasks": "affected_task_ids"}


def _staff(request: HttpRequest) -> None:
    # Refused before any lookup: a sponsor user learns nothing about ids.
    if not request.user.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff manage a project's risks.")


def _risk(request: HttpRequest, risk_id: int) -> Risk:
    return get_object_or_404(selectors.risks_visible_to(request.user), pk=risk_id)


def _detail(request: HttpRequest, response: HttpResponse, risk_id: int) -> Risk:
    risk = get_object_or_404(
        selectors.risks_visible_to(request.user).prefetch_related("affected_tasks"), pk=risk_id
    )
    set_etag(response, risk)
    return risk


def _owner(owner_id: int):
    owner = selectors.risk_owner_candidates().filter(pk=owner_id).first()
    if owner is None:
        raise ValidationError({"owner_id": ["The owner must be an active member of CDMO staff."]})
    return owner


def _tasks(project: Project, task_ids: list[int]) -> list[Task]:
    tasks = list(Task.objects.filter(project=project, pk__in=task_ids))
    if len(tasks) != len(set(task_ids)):
        # Named generically: the other project may belong to another sponsor.
        raise ValidationError(
            {"affected_task_ids": ["Choose tasks and milestones of this project."]}
        )
    return tasks


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
        level=filters.level or "",
        likelihood=filters.likelihood,
        impact=filters.impact,
        min_score=filters.min_score,
    ).order_by("sequence")


@router.post(
    "/projects/{project_id}/risks",
    response={201: RiskOut},
    summary="Add a risk to a project's register (CDMO staff who may add risks)",
)
def create_risk(request: HttpRequest, response: HttpResponse, project_id: int, payload: RiskIn):
    _staff(request)
    project = get_object_or_404(projects_visible_to(request.user), pk=project_id)
    data = payload.model_dump(exclude={"owner_id", "affected_task_ids"})
    with api_field_names(API_FIELDS):
        risk = services.risk_create(
            actor=request.user,
            project=project,
            owner=_owner(payload.owner_id),
            affected_tasks=_tasks(project, payload.affected_task_ids),
            **data,
        )
    return Status(201, _detail(request, response, risk.pk))


@router.get("/risks/{risk_id}", response=RiskOut, summary="One risk")
def get_risk(request: HttpRequest, response: HttpResponse, risk_id: int):
    return _detail(request, response, risk_id)


@router.patch(
    "/risks/{risk_id}",
    response=RiskOut,
    summary="Change what a risk says (a closed risk: with a reason)",
    description="Send only the fields that change, with the version (or If-Match). "
    "`status` may be open, mitigating or occurred; closing is `POST /risks/{id}/close`. "
    "Reopening a closed risk is a change of `status` with a `reason`.",
)
def patch_risk(request: HttpRequest, response: HttpResponse, risk_id: int, payload: RiskPatchIn):
    _staff(request)
    risk = _risk(request, risk_id)
    changes = payload.model_dump(exclude_unset=True, exclude={"version", "reason"})
    for name, value in list(changes.items()):
        if value is None:
            raise ValidationError({name: ["Leave the field out to keep it; it cannot be empty."]})
    if "owner_id" in changes:
        changes["owner"] = _owner(changes.pop("owner_id"))
    if "affected_task_ids" in changes:
        changes["affected_tasks"] = _tasks(risk.project, changes.pop("affected_task_ids"))
    with api_field_names(API_FIELDS):
        services.risk_update(
            actor=request.user,
            risk=risk,
            reason=payload.reason,
            version=expected_version(request, payload.version),
            **changes,
        )
    return _detail(request, response, risk_id)


@router.post(
    "/risks/{risk_id}/close",
    response=RiskOut,
    summary="Close a risk that can no longer happen, with a reason",
)
def close_risk(request: HttpRequest, response: HttpResponse, risk_id: int, payload: RiskCloseIn):
    _staff(request)
    risk = _risk(request, risk_id)
    services.risk_close(
        actor=request.user,
        risk=risk,
        reason=payload.reason,
        version=expected_version(request, payload.version),
    )
    return _detail(request, response, risk_id)


@router.get(
    "/risks/{risk_id}/reviews",
    response=list[RiskReviewOut],
    summary="A risk's reviews, newest first",
)
@paginate(PageNumberPagination)
def list_risk_reviews(request: HttpRequest, risk_id: int):
    risk = _risk(request, risk_id)
    return selectors.risk_reviews_visible_to(request.user).filter(risk=risk)


@router.post(
    "/risks/{risk_id}/reviews",
    response={201: RiskReviewOut},
    summary="Record a review of a live risk: rescore it if needed, set the next review",
)
def review_risk(request: HttpRequest, response: HttpResponse, risk_id: int, payload: RiskReviewIn):
    _staff(request)
    risk = _risk(request, risk_id)
    review = services.risk_review(
        actor=request.user,
        risk=risk,
        comment=payload.comment,
        likelihood=payload.likelihood,
        impact=payload.impact,
        next_review_date=payload.next_review_date,
        version=expected_version(request, payload.version),
    )
    set_etag(response, review.risk)
    return Status(201, review)
