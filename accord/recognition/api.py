"""Kudos through the API, through the same service and selectors as the pages: the kudos
you may see, one of them, giving kudos and taking them back within the hour."""

# No ``from __future__ import annotations``: ninja reads ``Query[...]`` at import time.
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Status
from ninja.pagination import paginate

from accord.accounts.models import User
from accord.core.api import PageNumberPagination
from accord.meetings.selectors import meetings_visible_to
from accord.planning.selectors import tasks_visible_to
from accord.recognition import selectors, services
from accord.recognition.schemas import KudosFilters, KudosIn, KudosOut
from accord.service.selectors import concerns_visible_to

router = Router(tags=["Recognition"])


@router.get(
    "/kudos",
    response=list[KudosOut],
    summary="The kudos you may see (staff: all; sponsor users: those your company gave)",
    description="Newest first. Filter by the person thanked, the sponsor, the category, "
    "the days (both included) or words.",
)
@paginate(PageNumberPagination)
def list_kudos(request: HttpRequest, filters: Query[KudosFilters]):
    return selectors.kudos_filter(
        selectors.kudos_visible_to(request.user),
        recipient_id=filters.recipient_id,
        sponsor_id=filters.sponsor_id,
        category=filters.category or "",
        since=filters.since,
        until=filters.until,
        query=(filters.q or "").strip(),
    )


@router.get("/kudos/{kudos_id}", response=KudosOut, summary="One kudos")
def get_kudos(request: HttpRequest, kudos_id: int):
    return get_object_or_404(selectors.kudos_visible_to(request.user), pk=kudos_id)


@router.post(
    "/kudos",
    response={201: KudosOut},
    summary="Thank a CDMO person, maybe on a concern, a milestone or a meeting you can see",
    description="Sponsor users thank the CDMO people on their projects, their account owner "
    "and the owners of their concerns; staff thank any colleague. A record you cannot see "
    "answers 404.",
)
def give_kudos(request: HttpRequest, payload: KudosIn):
    user = request.user
    # Records are read through the giver's selectors: another sponsor's is not there.
    concern = milestone = meeting = None
    if payload.concern_id is not None:
        concern = get_object_or_404(concerns_visible_to(user), pk=payload.concern_id)
    if payload.milestone_id is not None:
        milestone = get_object_or_404(tasks_visible_to(user), pk=payload.milestone_id)
    if payload.meeting_id is not None:
        meeting = get_object_or_404(meetings_visible_to(user), pk=payload.meeting_id)
    kudos = services.kudos_give(
        actor=user,
        # Whoever the id names: the service refuses anyone the giver may not thank,
        # without naming them.
        recipient=User.objects.filter(pk=payload.recipient_id).first(),
        message=payload.message,
        category=payload.category or "",
        concern=concern,
        milestone=milestone,
        meeting=meeting,
    )
    return Status(201, kudos)


@router.post(
    "/kudos/{kudos_id}/withdraw",
    response=KudosOut,
    summary="Take back kudos you gave, within the hour (the wrong person, a slip)",
    description="Only the giver, within an hour of giving them; later they stand (422). "
    "Withdrawn kudos leave every list and count; the audit trail keeps both events.",
)
def withdraw_kudos(request: HttpRequest, kudos_id: int):
    kudos = get_object_or_404(selectors.kudos_visible_to(request.user), pk=kudos_id)
    return services.kudos_withdraw(actor=request.user, kudos=kudos)
