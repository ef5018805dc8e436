"""Change control: the assessor asked, QA asked to approve the plan, the sponsor asked
to decide, and the change's owner told of the sponsor's decision. A sponsor's message
names the change, never another sponsor."""

from __future__ import annotations

from django.urls import reverse

from accord.notifications.events import event, sentence, sponsor_users, users_with_permission
from accord.notifications.services import Message


def _url(change) -> str:
    return reverse("quality:change", args=[change.pk])


@event("quality.change_control.assessment_requested")
def assessment_requested(assessment, *, actor=None, **context) -> list[Message]:
    change = assessment.change
    return [
        Message(
            "change_assessment_requested",
            assessment.assessor,
            assessment,
            f"{change.number}: your {assessment.get_department_display().lower()} "
            "impact assessment",
            sentence(f"{change.title}. {change.proposed_state}"),
            _url(change),
        )
    ]


@event("quality.change_control.assessed")
def assessed(assessment, *, actor=None, **context) -> list[Message]:
    """Once the last assessment is signed: QA, never the person who raised the change."""
    change = assessment.change
    if change.assessments.filter(signed_at__isnull=True).exists():
        return []
    approvers = users_with_permission("quality.approve_changecontrol").exclude(
        pk=change.raised_by_id
    )
    return [
        Message(
            "change_plan_to_approve",
            person,
            change,
            f"{change.number}: the plan waits for your approval",
            sentence(f"Every impact assessment of “{change.title}” is signed."),
            _url(change),
        )
        for person in approvers
        if person.is_cdmo_staff
    ]


@event("quality.change_control.sponsor_asked")
def sponsor_asked(approval, *, actor=None, **context) -> list[Message]:
    change = approval.change
    deciders = sponsor_users(approval.sponsor_id, "quality.decide_changecontrol")
    return [
        Message(
            "change_decision_requested",
            person,
            approval,
            f"{change.number} waits for your approval",
            sentence(
                f"{change.title}: your quality agreement asks you to approve this change "
                "before it is implemented."
            ),
            reverse("quality:change_decide", args=[approval.pk]),
        )
        for person in deciders
    ]


@event("quality.change_control.decided")
def decided(approval, *, actor=None, **context) -> list[Message]:
    change = approval.change
    return [
        Message(
            "change_sponsor_decided",
            change.owner,
            approval,
            f"{change.number}: {approval.sponsor.name} {approval.get_decision_display().lower()}",
            sentence(approval.comment or f"{approval.sponsor.name} signed its decision."),
            _url(change),
        )
    ]
