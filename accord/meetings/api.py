"""Meetings and their action items through the API, through the same services as the pages.

Everyone reads the meetings they may see (``meetings_visible_to``: staff every meeting of
their projects, a sponsor's people those shared with them, never the internal notes;
another sponsor's is 404). Recording and editing are the CDMO staff's with the page's
permissions (a sponsor user is refused with 403 before any lookup); an action item's
owner marks it done, a sponsor's person too, as on the portal. Writes to an existing
meeting or item send the version read (or If-Match)."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Status
from ninja.pagination import paginate

from accord.core.api import PageNumberPagination
from accord.core.api_fields import api_field_names
from accord.core.concurrency import expected_version, set_etag
from accord.meetings import selectors, services
from accord.meetings.models import ActionItem, Meeting
from accord.meetings.schemas import (
    ActionItemCloseIn,
    ActionItemFilters,
    ActionItemIn,
    ActionItemOut,
    ActionItemPatchIn,
    ActionItemReopenIn,
    DecisionIn,
    DecisionOut,
    MeetingFilters,
    MeetingIn,
    MeetingInternalOut,
    MeetingOut,
    MeetingPatchIn,
    MeetingSummaryOut,
)
from accord.projects.selectors import projects_visible_to

router = Router(tags=["Meetings"])

API_FIELDS = {"owner": "owner_id"}


def _staff(request: HttpRequest) -> None:
    # Refused before any lookup: a sponsor user learns nothing about ids.
    if not request.user.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff record and change meetings.")


def _meeting(request: HttpRequest, meeting_id: int) -> Meeting:
    return get_object_or_404(selectors.meetings_visible_to(request.user), pk=meeting_id)


def _item(request: HttpRequest, item_id: int) -> ActionItem:
    return get_object_or_404(selectors.action_items_visible_to(request.user), pk=item_id)


def _detail(request: HttpRequest, response: HttpResponse, meeting_id: int) -> dict:
    meeting = _meeting(request, meeting_id)
    set_etag(response, meeting)
    # Built with the caller's schema: a sponsor's answer has no internal notes field to
    # fill, whatever the response declaration would accept.
    schema = MeetingInternalOut if request.user.is_cdmo_staff else MeetingOut
    return schema.from_orm(meeting).model_dump(by_alias=True)


def _item_detail(request: HttpRequest, response: HttpResponse, item_id: int) -> ActionItem:
    item = _item(request, item_id)
    set_etag(response, item)
    return item


def _owner(project, owner_id: int):
    owner = selectors.action_item_owner_candidates(project).filter(pk=owner_id).first()
    if owner is None:
        # Names only this project's sponsor: the refused person may belong to another one.
        raise ValidationError(
            {
                "owner_id": [
                    "Choose a CDMO colleague or a person of "
                    f"{project.sponsor.name} who is on this project."
                ]
            }
        )
    return owner


def _no_nulls(changes: dict) -> None:
    for name, value in changes.items():
        if value is None:
            raise ValidationError({name: ["Leave the field out to keep it; it cannot be empty."]})


@router.get(
    "/meetings",
    response=list[MeetingSummaryOut],
    summary="Meetings of the projects you can see (sponsor users: those shared with them)",
    description="Newest first. Filter by project, kind, shared or text; one meeting's "
    "record, with its decisions and action items, is at /meetings/{meeting_id}.",
)
@paginate(PageNumberPagination)
def list_meetings(request: HttpRequest, filters: Query[MeetingFilters]):
    return selectors.meetings_filter(
        selectors.meetings_visible_to(request.user),
        kind=filters.kind or "",
        shared=filters.shared,
        query=(filters.q or "").strip(),
        project_id=filters.project_id,
    )


@router.post(
    "/projects/{project_id}/meetings",
    response={201: MeetingInternalOut},
    summary="Record a meeting of a project (CDMO staff who may record meetings)",
)
def create_meeting(
    request: HttpRequest, response: HttpResponse, project_id: int, payload: MeetingIn
):
    _staff(request)
    project = get_object_or_404(projects_visible_to(request.user), pk=project_id)
    meeting = services.meeting_record(actor=request.user, project=project, **payload.model_dump())
    return Status(201, _detail(request, response, meeting.pk))


@router.get(
    "/meetings/{meeting_id}",
    response=MeetingInternalOut | MeetingOut,
    summary="One meeting with its decisions and action items (internal notes for CDMO staff)",
)
def get_meeting(request: HttpRequest, response: HttpResponse, meeting_id: int):
    return _detail(request, response, meeting_id)


@router.patch(
    "/meetings/{meeting_id}",
    response=MeetingInternalOut,
    summary="Change a meeting's record (once shared with the sponsor: with a reason)",
    description="Send only the fields that change, with the version (or If-Match).",
)
def patch_meeting(
    request: HttpRequest, response: HttpResponse, meeting_id: int, payload: MeetingPatchIn
):
    _staff(request)
    meeting = _meeting(request, meeting_id)
    changes = payload.model_dump(exclude_unset=True, exclude={"version", "reason"})
    _no_nulls(changes)
    services.meeting_update(
        actor=request.user,
        meeting=meeting,
        reason=payload.reason,
        version=expected_version(request, payload.version),
        **changes,
    )
    return _detail(request, response, meeting_id)


@router.post(
    "/meetings/{meeting_id}/decisions",
    response={201: DecisionOut},
    summary="Add a decision to a meeting's record",
)
def add_decision(request: HttpRequest, meeting_id: int, payload: DecisionIn):
    _staff(request)
    meeting = _meeting(request, meeting_id)
    decision = services.decision_add(
        actor=request.user, meeting=meeting, text=payload.text, decided_by=payload.decided_by
    )
    return Status(201, decision)


@router.post(
    "/meetings/{meeting_id}/action-items",
    response={201: ActionItemOut},
    summary="Give someone an action from a meeting (CDMO staff who may add action items)",
)
def add_action_item(
    request: HttpRequest, response: HttpResponse, meeting_id: int, payload: ActionItemIn
):
    _staff(request)
    meeting = _meeting(request, meeting_id)
    with api_field_names(API_FIELDS):
        item = services.action_item_add(
            actor=request.user,
            meeting=meeting,
            description=payload.description,
            owner=_owner(meeting.project, payload.owner_id),
            due_on=payload.due_on,
        )
    return Status(201, _item_detail(request, response, item.pk))


@router.get(
    "/action-items",
    response=list[ActionItemOut],
    summary="Action items across the projects you can see, nearest due first (CDMO staff)",
)
@paginate(PageNumberPagination)
def list_action_items(request: HttpRequest, filters: Query[ActionItemFilters]):
    _staff(request)
    if not request.user.has_perm("meetings.view_meeting"):
        raise PermissionDenied("Your roles do not allow you to see meetings.")
    return selectors.action_items_filter(
        selectors.action_items_visible_to(request.user),
        status=filters.status.value,
        owner=request.user if filters.mine else None,
        query=(filters.q or "").strip(),
        project_id=filters.project_id,
    ).order_by("due_on", "project__code", "number")


@router.get(
    "/action-items/{item_id}",
    response=ActionItemOut,
    summary="One action item (sponsor users: those of meetings shared with them)",
)
def get_action_item(request: HttpRequest, response: HttpResponse, item_id: int):
    return _item_detail(request, response, item_id)


@router.patch(
    "/action-items/{item_id}",
    response=ActionItemOut,
    summary="Change what an action asks, of whom or by when",
    description="Send only the fields that change, with the version (or If-Match); once "
    "its meeting is shared with the sponsor, or once it is done, with a `reason`.",
)
def patch_action_item(
    request: HttpRequest, response: HttpResponse, item_id: int, payload: ActionItemPatchIn
):
    _staff(request)
    item = _item(request, item_id)
    changes = payload.model_dump(exclude_unset=True, exclude={"version", "reason"})
    _no_nulls(changes)
    if "owner_id" in changes:
        changes.pop("owner_id")
        changes["owner"] = (
            item.owner
            if payload.owner_id == item.owner_id
            else _owner(item.project, payload.owner_id)
        )
    with api_field_names(API_FIELDS):
        services.action_item_update(
            actor=request.user,
            item=item,
            reason=payload.reason,
            version=expected_version(request, payload.version),
            **changes,
        )
    return _item_detail(request, response, item_id)


@router.post(
    "/action-items/{item_id}/close",
    response=ActionItemOut,
    summary="Mark an action item done: its owner (a sponsor's person too) or the project manager",
)
def close_action_item(
    request: HttpRequest, response: HttpResponse, item_id: int, payload: ActionItemCloseIn
):
    item = _item(request, item_id)
    if not services.action_item_can_close(request.user, item) and item.is_open:
        raise PermissionDenied("Only the owner or the project manager marks this item done.")
    services.action_item_close(
        actor=request.user,
        item=item,
        done_on=payload.done_on,
        note=payload.note,
        version=expected_version(request, payload.version),
    )
    return _item_detail(request, response, item_id)


@router.post(
    "/action-items/{item_id}/reopen",
    response=ActionItemOut,
    summary="Reopen an action item marked done too early, with a reason",
)
def reopen_action_item(
    request: HttpRequest, response: HttpResponse, item_id: int, payload: ActionItemReopenIn
):
    _staff(request)
    item = _item(request, item_id)
    services.action_item_reopen(
        actor=request.user,
        item=item,
        reason=payload.reason,
        version=expected_version(request, payload.version),
    )
    return _item_detail(request, response, item_id)
