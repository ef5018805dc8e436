"""What deviations ask of a staff member now ("My work"): the open ones they own that are
overdue or due within a week, and those waiting for their QA signature (never one they
own or reported)."""

from __future__ import annotations

import datetime as dt

from django.db.models import Q
from django.utils import timezone

from accord.quality.models import Deviation, DeviationRequest
from accord.quality.models.deviations import DeviationState
from accord.quality.selectors import deviations_visible_to
from accord.quality.workflows import APPROVE

LIMIT = 8
SOON_DAYS = 7
_CLOSED = (DeviationState.CLOSED, DeviationState.CANCELLED)
_WITH_QA = (DeviationState.ASSESSMENT_REVIEW, DeviationState.FINAL_REVIEW)


def deviations_waiting_card(user, *, today: dt.date | None = None, limit: int = LIMIT) -> dict:
    """What the "My work" card ``quality/_my_deviations_card.html`` shows."""
    today = today or timezone.localdate()
    visible = deviations_visible_to(user).exclude(state__in=_CLOSED)
    due = list(
        visible.filter(owner=user, due_date__lte=today + dt.timedelta(days=SOON_DAYS)).order_by(
            "due_date", "number"
        )
    )
    to_approve: list[Deviation] = []
    if user.has_perm(APPROVE):
        pending = DeviationRequest.objects.filter(status=DeviationRequest.Status.PENDING).exclude(
            requested_by=user
        )
        to_approve = list(
            visible.filter(Q(state__in=_WITH_QA) | Q(requests__in=pending))
            .exclude(owner=user)
            .exclude(reporter=user)
            .distinct()
            .order_by("due_date", "number")
        )
    return {
        "due": [(d, (d.due_date - today).days) for d in due[:limit]],
        "due_count": len(due),
        "overdue": sum(1 for d in due if d.due_date < today),
        "to_approve": to_approve[:limit],
        "approve_count": len(to_approve),
    }
