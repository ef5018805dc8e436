"""What change control asks of a person now: a staff member's impact assessments to
sign, plans and reviews waiting for QA, actions they own; a sponsor manager's changes
waiting for their company's decision."""

from __future__ import annotations

from django.db.models import Exists, OuterRef
from django.urls import reverse

from accord.quality import selectors
from accord.quality.change_workflows import APPROVE, WORK
from accord.quality.models import (
    ChangeState,
    ImpactAssessment,
    ImplementationAction,
    SponsorApproval,
)

LIMIT = 8


def changes_waiting_card(user) -> dict:
    """What the "My work" card ``quality/_my_changes_card.html`` shows."""
    empty = {"assessments": [], "plans": [], "reviews": [], "actions": [], "count": 0}
    if not (user.is_cdmo_staff and user.has_perm(WORK)):
        return empty
    visible = selectors.change_controls_visible_to(user)
    assessments = list(
        ImpactAssessment.objects.filter(
            assessor=user,
            signed_at__isnull=True,
            change__state=ChangeState.ASSESSMENT,
            change__in=visible,
        ).select_related("change")[:LIMIT]
    )
    actions = list(
        ImplementationAction.objects.filter(
            owner=user,
            done_at__isnull=True,
            change__state=ChangeState.IMPLEMENTATION,
            change__in=visible,
        )
        .select_related("change")
        .order_by("due_date")[:LIMIT]
    )
    plans, reviews = [], []
    if user.has_perm(APPROVE):
        unsigned = ImpactAssessment.objects.filter(change=OuterRef("pk"), signed_at__isnull=True)
        plans = list(
            visible.filter(state=ChangeState.ASSESSMENT, assessments__isnull=False)
            .exclude(raised_by=user)
            .exclude(Exists(unsigned))
            .distinct()
            .order_by("raised_at")[:LIMIT]
        )
        reviews = list(visible.filter(state=ChangeState.REVIEW).order_by("implemented_at")[:LIMIT])
    return {
        "assessments": assessments,
        "plans": plans,
        "reviews": reviews,
        "actions": actions,
        "count": len(assessments) + len(plans) + len(reviews) + len(actions),
    }


def changes_waiting_on_sponsor(user) -> list[dict]:
    """The changes waiting for the sponsor manager's signature, as the sponsor's quality
    page lists them (registered with ``portal_views.register_changes_waiting``)."""
    return [
        {
            "number": approval.change.number,
            "title": approval.change.title,
            "url": reverse("quality:change_decide", args=[approval.pk]),
            "since": approval.requested_at,
            "products": approval.products,
        }
        for approval in changes_to_decide(user)
    ]


def changes_to_decide(user) -> list[SponsorApproval]:
    """The sponsor manager's company's approvals still waiting for a decision."""
    if not (user.is_sponsor_user and user.has_perm("quality.decide_changecontrol")):
        return []
    return list(
        selectors.sponsor_approvals_visible_to(user)
        .filter(
            current=True,
            decision=SponsorApproval.Decision.PENDING,
            change__state=ChangeState.SPONSOR_APPROVAL,
        )
        .order_by("requested_at")[:LIMIT]
    )
