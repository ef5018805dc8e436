"""Action items assigned at meetings."""

from __future__ import annotations

from django.urls import reverse

from accord.notifications.events import day, event, sentence
from accord.notifications.services import Message


def action_item_url(item) -> str:
    return reverse("meetings:detail", args=[item.meeting_id]) + f"#action-{item.pk}"


@event("meetings.action_item.assigned")
def action_item_assigned(item, *, actor=None, **context) -> list[Message]:
    by = f" {actor.printed_name} gave it to you." if actor else ""
    return [
        Message(
            "action_item_assigned",
            item.owner,
            item,
            f"Action item {item.project.code} {item.reference} for you, due {day(item.due_on)}",
            f"{sentence(item.description)} From {item.meeting.reference} {item.meeting.title}.{by}",
            action_item_url(item),
        )
    ]


# --------------------------------------------------------------------------- teams
