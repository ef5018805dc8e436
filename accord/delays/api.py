"""Delays through the API, through the same services as the pages.

Everyone reads the delays they may see (``delays_visible_to``: staff every delay of their
projects, a sponsor's people those communicated to them, never the internal notes;
another sponsor's is 404). Recording, editing and recording the communication are the
CDMO staff's with the page's permissions: a sponsor user is refused with 403 before any
lookup. Writes to an existing delay send the version read (or If-Match)."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Status
from ninja.pagination import paginate

from accord.accounts.models import User
from accord.core.api import PageNumberPagination
from accord.core.api_fields import api_field_names
from accord.core.concurrency import expected_version, set_etag
from accord.delays import selectors, services
from accord.delays.models import Delay
from accord.delays.schemas import (
    CommunicatedIn,
    DelayFilters,
    DelayIn,
    DelayInternalOut,
    DelayOut,
    DelayPatchIn,
    PortfolioFilters,
)
from accord.planning.models import Task
from accord.projects.models import Project
from accord.projects.selectors import projects_visible_to

router = Router(tags=["Delays"])

API_FIELDS = {"affected_tasks": "affected_task_ids", "informed_by": "informed_by_id"}


def _staff(request: HttpRequest) -> None:
    # Refused before any lookup: a sponsor user learns nothing about ids.
    if not request.user.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff record and change delays.")


def _delay(request: HttpRequest, delay_id: int) -> Delay:
    return get_object_or_404(selectors.delays_visible_to(request.user), pk=delay_id)


def _detail(request: HttpRequest, response: HttpResponse, delay_id: int) -> dict:
    delay = get_object_or_404(
        selectors.delays_visible_to(request.user).prefetch_related("affected_tasks"), pk=delay_id
    )
    set_etag(response, delay)
    # Built with the caller's schema: a sponsor's answer has no internal notes field to
    # fill, whatever the response declaration would accept.
    schema = DelayInternalOut if request.user.is_cdmo_staff else DelayOut
    return schema.from_orm(delay).model_dump(by_alias=True)


def _tasks(project: Project, task_ids: list[int]) -> list[Task]:
    tasks = list(Task.objects.filter(project=project, pk__in=task_ids))
    if len(tasks) != len(set(task_ids)):
        # Named generically: the other project may belong to another sponsor.
        raise ValidationError(
            {"affected_task_ids": ["Choose tasks and milestones of this project."]}
        )
    return tasks


@router.get(
    "/delays",
    response=list[DelayInternalOut],
    summary="Delays across every project you can see, newest first (CDMO staff)",
    description="The delays portfolio's list, with its filters (site, period) and the "
    "project register's (cause, communicated).",
)
@paginate(PageNumberPagination)
def list_delays(request: HttpRequest, filters: Query[PortfolioFilters]):
    _staff(request)
    if not request.user.has_perm("delays.view_delay"):
        raise PermissionDenied("Your roles do not allow you to see delays.")
    return (
        selectors.delays_filter(
            selectors.delays_visible_to(request.user),
            cause=filters.cause or "",
            communicated=filters.communicated,
            site_id=filters.site_id,
            start=filters.start,
            end=filters.end,
        )
        .prefetch_related("affected_tasks")
        .order_by("-occurred_on", "-pk")
    )


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


@router.post(
    "/projects/{project_id}/delays",
    response={201: DelayInternalOut},
    summary="Record a delay on a project (CDMO staff who may record delays)",
)
def create_delay(request: HttpRequest, response: HttpResponse, project_id: int, payload: DelayIn):
    _staff(request)
    project = get_object_or_404(projects_visible_to(request.user), pk=project_id)
    data = payload.model_dump(exclude={"affected_task_ids"})
    with api_field_names(API_FIELDS):
        delay = services.delay_record(
            actor=request.user,
            project=project,
            affected_tasks=_tasks(project, payload.affected_task_ids),
            **data,
        )
    return Status(201, _detail(request, response, delay.pk))


@router.get(
    "/delays/{delay_id}",
    response=DelayInternalOut | DelayOut,
    summary="One delay (internal notes for CDMO staff only)",
)
def get_delay(request: HttpRequest, response: HttpResponse, delay_id: int):
    return _detail(request, response, delay_id)


@router.patch(
    "/delays/{delay_id}",
    response=DelayInternalOut,
    summary="Change a delay (once the sponsor was told: with a reason)",
    description="Send only the fields that change, with the version (or If-Match).",
)
def patch_delay(request: HttpRequest, response: HttpResponse, delay_id: int, payload: DelayPatchIn):
    _staff(request)
    delay = _delay(request, delay_id)
    changes = payload.model_dump(exclude_unset=True, exclude={"version", "reason"})
    for name, value in list(changes.items()):
        if value is None:
            raise ValidationError({name: ["Leave the field out to keep it; it cannot be empty."]})
    if "affected_task_ids" in changes:
        changes["affected_tasks"] = _tasks(delay.project, changes.pop("affected_task_ids"))
    with api_field_names(API_FIELDS):
        services.delay_update(
            actor=request.user,
            delay=delay,
            reason=payload.reason,
            version=expected_version(request, payload.version),
            **changes,
        )
    return _detail(request, response, delay_id)


@router.post(
    "/delays/{delay_id}/communicated",
    response=DelayInternalOut,
    summary="Record when, how and by whom the sponsor was told (from then on it sees it)",
    description="Correcting an earlier record needs a `reason`. The teller is a CDMO "
    "person on the project's team, or you.",
)
def communicate_delay(
    request: HttpRequest, response: HttpResponse, delay_id: int, payload: CommunicatedIn
):
    _staff(request)
    delay = _delay(request, delay_id)
    # Those the page offers: the CDMO people on the team, and whoever records it.
    informed_by = (
        User.objects.filter(
            Q(memberships__project=delay.project, organization__kind="cdmo")
            | Q(pk=request.user.pk),
            is_active=True,
        )
        .filter(pk=payload.informed_by_id)
        .first()
    )
    if informed_by is None:
        raise ValidationError(
            {"informed_by_id": ["Choose the CDMO person of the team who told the sponsor."]}
        )
    with api_field_names(API_FIELDS):
        services.delay_mark_communicated(
            actor=request.user,
            delay=delay,
            informed_on=payload.informed_on,
            how=payload.how.value,
            informed_by=informed_by,
            reason=payload.reason,
            version=expected_version(request, payload.version),
        )
    return _detail(request, response, delay_id)
