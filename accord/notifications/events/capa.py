"""CAPA: its owner is told of a new CAPA, each action's owner of the action, the QA
approver of evidence to verify, the owner of an action sent back, and the owner of the
follow-up opened when a check found a CAPA not effective. All staff: a sponsor reads its
CAPA in its pages, it is not asked to act on them."""

from __future__ import annotations

from django.urls import reverse

from accord.notifications.events import day, event, sentence
from accord.notifications.services import Message


def capa_url(capa) -> str:
    return reverse("quality:capa", args=[capa.pk])


@event("quality.capa.opened")
def capa_opened(capa, *, actor=None, **context) -> list[Message]:
    """The owner of a new CAPA (a follow-up is told by ``capa_not_effective``)."""
    if capa.follows_id is not None:
        return []
    return [
        Message(
            "capa_assigned",
            capa.owner,
            capa,
            f"{capa.number} is yours: {capa.title}",
            f"{sentence(capa.problem)} Due {day(capa.due_date)}; "
            f"{capa.qa_approver.printed_name} approves it.",
            capa_url(capa),
        )
    ]


@event("quality.capa.action_added")
def capa_action_added(action, *, actor=None, **context) -> list[Message]:
    capa = action.capa
    return [
        Message(
            "capa_action_assigned",
            action.owner,
            action,
            f"{action.get_action_type_display()} of {capa.number} to do by {day(action.due_date)}",
            f"{sentence(action.description)} Mark it done with the evidence; "
            f"{action.qa_approver.printed_name} verifies it.",
            capa_url(capa),
        )
    ]


@event("quality.capa.action_done")
def capa_action_done(action, *, actor=None, **context) -> list[Message]:
    capa = action.capa
    return [
        Message(
            "capa_action_to_verify",
            action.qa_approver,
            action,
            f"{action.get_action_type_display()} of {capa.number} to verify",
            f"{action.owner.printed_name} marked it done: {sentence(action.evidence)}",
            capa_url(capa),
        )
    ]


@event("quality.capa.action_returned")
def capa_action_returned(action, *, actor=None, reason: str = "", **context) -> list[Message]:
    capa = action.capa
    return [
        Message(
            "capa_action_returned",
            action.owner,
            action,
            f"{action.get_action_type_display()} of {capa.number} sent back",
            f"{action.qa_approver.printed_name}: {sentence(reason)}",
            capa_url(capa),
        )
    ]


@event("quality.capa.not_effective")
def capa_not_effective(follow_up, *, actor=None, **context) -> list[Message]:
    """The owner of the follow-up CAPA (the same person who owned the one it follows)."""
    earlier = follow_up.follows
    if earlier is None:
        return []
    return [
        Message(
            "capa_not_effective",
            follow_up.owner,
            follow_up,
            f"{earlier.number} was not effective: {follow_up.number} is yours",
            f"The check of effectiveness of {earlier.number} ({earlier.title}) found it "
            f"not effective. Follow-up {follow_up.number} is due {day(follow_up.due_date)}.",
            capa_url(follow_up),
        )
    ]
