"""Quality agreements: a draft waits for QA's signature; an approved revision reaches
the sponsor whose terms it sets."""

from __future__ import annotations

from django.template.defaultfilters import date as date_format
from django.urls import reverse

from accord.notifications.events import event, people, sponsor_users, users_with_permission
from accord.notifications.services import Message


def _url(agreement) -> str:
    return reverse("quality:agreement", args=[agreement.pk])


@event("quality.agreement.drafted")
def agreement_drafted(agreement, *, actor=None, **context) -> list[Message]:
    """QA people who may approve it, never its drafter."""
    approvers = users_with_permission("quality.approve_qualityagreement").exclude(
        pk=agreement.drafted_by_id
    )
    return [
        Message(
            "quality_agreement_to_approve",
            person,
            agreement,
            f"{agreement.reference} of {agreement.sponsor.name} to approve",
            f"{agreement.title}, effective from "
            f"{date_format(agreement.effective_from, 'j M Y')}: drafted by "
            f"{agreement.drafted_by.printed_name}, it waits for a QA signature.",
            _url(agreement),
        )
        for person in approvers
        if person.is_cdmo_staff
    ]


@event("quality.agreement.approved")
def agreement_approved(agreement, *, actor=None, **context) -> list[Message]:
    """The sponsor's people who read it (and the drafter), now that it is signed."""
    readers = sponsor_users(agreement.sponsor_id, "quality.view_qualityagreement")
    return [
        Message(
            "quality_agreement_approved",
            person,
            agreement,
            f"Quality agreement {agreement.reference} approved",
            f"{agreement.title} applies from {date_format(agreement.effective_from, 'j M Y')}.",
            _url(agreement),
        )
        for person in people(readers, [agreement.drafted_by])
    ]
