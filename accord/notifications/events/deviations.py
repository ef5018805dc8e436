"""Deviations: QA is asked to sign, the owner hears when QA sends a stage back or
decides a request, and the sponsor's people hear when the CDMO tells their company of a
deviation (the record becomes visible to them from that moment) or sends its summary."""

from __future__ import annotations

from django.urls import reverse

from accord.notifications.events import (
    event,
    people,
    sentence,
    sponsor_users,
    users_with_permission,
)
from accord.notifications.services import Message


def _url(deviation) -> str:
    return reverse("quality:deviation", args=[deviation.pk])


def qa_approvers(deviation):
    """QA approvers who may sign for ``deviation``: never its owner nor its reporter."""
    return [
        person
        for person in users_with_permission("quality.approve_deviation").exclude(
            pk__in=[deviation.owner_id, deviation.reporter_id]
        )
        if person.is_cdmo_staff
    ]


@event("quality.deviation.submitted")
def deviation_submitted(deviation, *, actor=None, **context) -> list[Message]:
    stage = "investigation" if deviation.state == "final_review" else "assessment"
    return [
        Message(
            "deviation_to_approve",
            person,
            deviation,
            f"Deviation {deviation.number}: the {stage} waits for your approval",
            f"{deviation.title} ({deviation.get_classification_display().lower()}), "
            f"submitted by {actor.printed_name if actor else 'its owner'}.",
            _url(deviation),
        )
        for person in qa_approvers(deviation)
    ]


@event("quality.deviation.requested")
def deviation_requested(request, *, actor=None, **context) -> list[Message]:
    deviation = request.deviation
    return [
        Message(
            "deviation_to_approve",
            person,
            deviation,
            f"Deviation {deviation.number}: {request.get_kind_display().lower()} to decide",
            sentence(request.justification),
            _url(deviation),
        )
        for person in qa_approvers(deviation)
        if person.pk != request.requested_by_id
    ]


@event("quality.deviation.sent_back")
def deviation_sent_back(deviation, *, actor=None, reason: str = "", **context) -> list[Message]:
    return [
        Message(
            "deviation_sent_back",
            deviation.owner,
            deviation,
            f"Deviation {deviation.number} sent back to you",
            f"{actor.printed_name if actor else 'QA'}: {sentence(reason)}",
            _url(deviation),
        )
    ]


@event("quality.deviation.request_decided")
def deviation_request_decided(request, *, actor=None, **context) -> list[Message]:
    deviation = request.deviation
    return [
        Message(
            "deviation_sent_back",
            person,
            deviation,
            f"Deviation {deviation.number}: {request.get_kind_display().lower()} "
            f"{request.get_status_display().lower()}",
            sentence(request.decision_note) if request.decision_note else "",
            _url(deviation),
        )
        for person in people([request.requested_by, deviation.owner])
    ]


@event("quality.deviation.sponsor_notified", "quality.deviation.summary_sent")
def deviation_sponsor_notice(deviation, *, actor=None, event_name: str = "", **context):
    summary = event_name.endswith("summary_sent")
    project = f" on {deviation.project.code}" if deviation.project_id else ""
    title = (
        f"Preliminary investigation summary of deviation {deviation.number}"
        if summary
        else f"Deviation {deviation.number}{project}"
    )
    return [
        Message(
            "deviation_sponsor_notice",
            person,
            deviation,
            title,
            f"{deviation.title} ({deviation.get_classification_display().lower()}).",
            _url(deviation),
        )
        for person in sponsor_users(deviation.sponsor_id, "quality.view_deviation")
    ]
