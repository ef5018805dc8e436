"""What the concerns ask of a staff member now ("My work"): the open concerns they own
and those escalated to them, the nearest due clock first."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils import timezone

from accord.service import selectors
from accord.service.clock_rows import ClockRow, clock_rows, nearest
from accord.service.clocks import ClockState
from accord.service.models import Concern

LIMIT = 8
_FAR = dt.datetime.max.replace(tzinfo=dt.UTC)


@dataclass(frozen=True)
class ConcernWaiting:
    concern: Concern
    row: ClockRow | None  # the clock to look at first (None: none counting)
    escalated: bool  # it came to this person by an escalation, not as its owner

    @property
    def due(self) -> dt.datetime:
        return self.row.clock.due_at if self.row and self.row.clock.due_at else _FAR


def concerns_waiting_card(user, *, now: dt.datetime | None = None, limit: int = LIMIT) -> dict:
    """What the "My work" card ``service/_my_concerns_card.html`` shows. Each sponsor's
    policy and each site's working time is read once, however many concerns."""
    now = now or timezone.now()
    context = selectors.ClockContext()
    waiting = [
        ConcernWaiting(
            concern=concern,
            row=nearest(clock_rows(concern, now, context)),
            escalated=concern.owner_id != user.pk,
        )
        for concern in selectors.concerns_waiting_on(user)
    ]
    waiting.sort(key=lambda item: (item.due, item.concern.raised_at))
    return {
        "concerns": waiting[:limit],
        "count": len(waiting),
        "late": sum(1 for i in waiting if i.row and i.row.clock.state is ClockState.BREACHED),
        "more": max(0, len(waiting) - limit),
    }
