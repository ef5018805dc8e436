"""Kudos: the person thanked is told, and so is the manager they report to."""

from __future__ import annotations

from django.urls import reverse

from accord.notifications.events import event, sentence
from accord.notifications.services import Message


def _giver(kudos) -> str:
    """“Maya Aurora of Aurora Therapeutics”, or a colleague's name."""
    name = kudos.giver.printed_name
    return f"{name} of {kudos.sponsor.name}" if kudos.sponsor else name


def _text(kudos) -> str:
    text = sentence(kudos.message)
    for what, record in (
        ("concern", kudos.concern),
        ("milestone", kudos.milestone),
        ("meeting", kudos.meeting),
    ):
        if record is not None:
            return f"{text} On the {what} {record}."
    return text


@event("recognition.kudos.given")
def kudos_given(kudos, *, actor=None, **context) -> list[Message]:
    url = reverse("recognition:kudos", args=[kudos.pk])
    category = f" ({kudos.get_category_display().lower()})" if kudos.category else ""
    source = _giver(kudos) if kudos.sponsor else f"your colleague {_giver(kudos)}"
    messages = [
        Message(
            "kudos_received",
            kudos.recipient,
            kudos,
            f"Kudos from {source}{category}",
            _text(kudos),
            url,
        )
    ]
    manager = kudos.recipient.manager
    if manager is not None and manager.is_active:
        messages.append(
            Message(
                "kudos_to_your_team",
                manager,
                kudos,
                f"Kudos for {kudos.recipient.printed_name} of your team{category}",
                f"From {_giver(kudos)}: {_text(kudos)}",
                url,
            )
        )
    return messages
