"""Sponsor concerns: raised, their news, the sponsor's answers."""

from __future__ import annotations

from django.urls import reverse

from accord.accounts.models import User
from accord.notifications.events import event, people, sentence, sponsor_users
from accord.notifications.services import Message


def _concern_url(concern) -> str:
    return reverse("service:concern", args=[concern.pk])


def _concern_followers(concern) -> list[User]:
    """Who hears of a concern on the sponsor's side: whoever raised it there, and the
    sponsor's managers (the selector drops anyone who may not see it)."""
    from accord.accounts.roles import SPONSOR_MANAGER

    raiser = [concern.raised_by] if concern.raised_by.is_sponsor_user else []
    managers = sponsor_users(concern.sponsor_id, "service.view_concern").filter(
        roles__code=SPONSOR_MANAGER
    )
    return people(raiser, managers)


@event("service.concern.raised")
def concern_raised(concern, *, actor=None, **context) -> list[Message]:
    if concern.owner is None:
        return []
    if concern.owner_id == getattr(actor, "pk", None):
        return []  # staff recording a concern they will own themselves
    return [
        Message(
            "concern_raised",
            concern.owner,
            concern,
            f"Concern {concern.number} of {concern.sponsor.name} for you to acknowledge",
            f"{sentence(concern.title)} {concern.get_priority_display()} priority, "
            f"{concern.get_category_display().lower()}. Acknowledge it personally.",
            _concern_url(concern),
        )
    ]


@event("service.concern.assigned")
def concern_assigned(concern, *, actor=None, before=None, **context) -> list[Message]:
    """The concern's new owner, when a colleague handed it over."""
    if concern.owner is None or concern.owner_id in (getattr(before, "pk", None), actor.pk):
        return []
    return [
        Message(
            "concern_raised",
            concern.owner,
            concern,
            f"Concern {concern.number} of {concern.sponsor.name} is yours now",
            f"{sentence(concern.title)} Handed to you by {actor.printed_name}; "
            f"{concern.get_priority_display().lower()} priority.",
            _concern_url(concern),
        )
    ]


@event("service.concern.received_after_hours")
def concern_received_after_hours(concern, *, starts: str = "", **context) -> list[Message]:
    """Raised outside the service hours: the sponsor hears at once when the working day
    starts, and who will answer."""
    owner = concern.owner.printed_name if concern.owner else "our team"
    return [
        Message(
            "concern_news",
            person,
            concern,
            f"Concern {concern.number} received: we answer from {starts}",
            f"{sentence(concern.title)} It reached us outside our service hours; {owner} "
            f"will acknowledge it when the working day starts ({starts}).",
            _concern_url(concern),
        )
        for person in _concern_followers(concern)
    ]


_NEWS = {
    "service.concern.acknowledged": "acknowledged by {owner}",
    "service.concern.contacted": "in hand: {owner} recorded the first contact",
    "service.concern.updated": "an update from {actor}",
    "service.concern.waiting": "waiting for your answer",
    "service.concern.escalated": "escalated to {to}",
    "service.concern.resolved": "resolved: please confirm or reopen it",
    "service.concern.closed": "closed without your answer",
}


@event(*_NEWS)
def concern_news(concern, *, actor=None, event_name: str = "", to=None, **context) -> list[Message]:
    what = _NEWS.get(event_name, "news for you").format(
        owner=concern.owner.printed_name if concern.owner else "our team",
        actor=actor.printed_name if actor else "our team",
        to=to.printed_name if to else "",
    )
    return [
        Message(
            "concern_news",
            person,
            concern,
            f"Concern {concern.number}: {what}",
            sentence(concern.title),
            _concern_url(concern),
        )
        for person in _concern_followers(concern)
    ]


_ANSWERS = {
    "service.concern.resumed": "the sponsor answered",
    "service.concern.confirmed": "the sponsor confirmed the resolution",
    "service.concern.reopened": "the sponsor reopened it",
}


@event(*_ANSWERS)
def concern_answered(concern, *, actor=None, event_name: str = "", **context) -> list[Message]:
    if concern.owner is None or actor is None or not actor.is_sponsor_user:
        return []
    return [
        Message(
            "concern_answered",
            concern.owner,
            concern,
            f"Concern {concern.number}: {_ANSWERS.get(event_name, 'the sponsor answered')}",
            f"{sentence(concern.title)} By {actor.printed_name}.",
            _concern_url(concern),
        )
    ]
