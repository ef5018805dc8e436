from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Query, Router
from ninja.pagination import paginate

from accord.core.api import PageNumberPagination
from accord.core.concurrency import set_etag
from accord.meetings import selectors
from accord.meetings.schemas import (
    MeetingFilters,
    MeetingInternalOut,
    MeetingOut,
    MeetingSummaryOut,
)

router = Router(tags=["Meetings"])


@router.get(
    "/meetings",
    response=list[MeetingSummaryOut],
    summary="Meetings of the projects you can see (sponsor users: those shared with them)",
    description="Newest first. Filter by project, kind or text; one meeting's record, with "
    "its decisions and action items, is at /meetings/{meeting_id}.",
)
@paginate(PageNumberPagination)
def list_meetings(request: HttpRequest, filters: Query[MeetingFilters]):
    return selectors.meetings_filter(
        selectors.meetings_visible_to(request.user),
        kind=filters.kind or "",
        query=(filters.q or "").strip(),
        project_id=filters.project_id,
    )


@router.get(
    "/meetings/{meeting_id}",
    response=MeetingInternalOut | MeetingOut,
    summary="One meeting with its decisions and action items (internal notes for CDMO staff)",
)
def get_meeting(request: HttpRequest, response: HttpResponse, meeting_id: int):
    meeting = get_object_or_404(selectors.meetings_visible_to(request.user), pk=meeting_id)
    set_etag(response, meeting)
    # Built with the caller's schema: a sponsor's answer has no internal notes field to
    # fill, whatever the response declaration would accept.
    schema = MeetingInternalOut if request.user.is_cdmo_staff else MeetingOut
    return schema.from_orm(meeting).model_dump(by_alias=True)
