"""Meetings, their decisions and action items in the search (see
``accord.search.registry``): sponsors find what was shared with them, never by the
internal notes."""

from django.urls import reverse

from accord.meetings.models import ActionItem, Meeting, MeetingDecision
from accord.meetings.selectors import (
    action_items_visible_to,
    decisions_visible_to,
    meetings_visible_to,
)
from accord.search.registry import SearchField, SearchType, day, register


def _meeting_url(meeting_id: int) -> str:
    return reverse("meetings:detail", args=[meeting_id])


register(
    SearchType(
        key="meetings",
        label="Meetings",
        model=Meeting,
        visible_to=meetings_visible_to,
        fields=(
            SearchField("title", "A"),
            SearchField("agenda", "B"),
            SearchField("minutes", "B"),
            SearchField("attendees", "C"),
            SearchField("internal_notes", "C", internal=True),
        ),
        title_field="title",
        reference=lambda meeting: meeting.reference,
        context=lambda meeting: (
            f"{meeting.project.code} · {meeting.get_kind_display()} · held {day(meeting.held_on)}"
        ),
        url=lambda meeting, user: _meeting_url(meeting.pk),
        date_field="held_on",
        icon="bi-people",
        order=50,
    )
)

register(
    SearchType(
        key="decisions",
        label="Decisions",
        model=MeetingDecision,
        visible_to=decisions_visible_to,
        fields=(SearchField("text", "A"), SearchField("decided_by", "C")),
        title_field="text",
        reference=lambda decision: decision.meeting.reference,
        context=lambda decision: (
            f"{decision.meeting.project.code} · {decision.meeting.title} · "
            f"{day(decision.meeting.held_on)}"
        ),
        url=lambda decision, user: _meeting_url(decision.meeting_id),
        date_field="created_at",
        icon="bi-check2-square",
        order=51,
    )
)

register(
    SearchType(
        key="action_items",
        label="Action items",
        model=ActionItem,
        visible_to=action_items_visible_to,
        fields=(SearchField("description", "A"),),
        title_field="description",
        reference=lambda item: item.reference,
        context=lambda item: (
            f"{item.project.code} · {item.owner.printed_name} · due {day(item.due_on)} · "
            f"{item.get_status_display()}"
        ),
        url=lambda item, user: f"{_meeting_url(item.meeting_id)}#action-{item.pk}",
        icon="bi-list-check",
        order=52,
    )
)
