"""What sponsor concerns contribute to a sponsor's quarterly business review: the concerns
raised and closed in the quarter, and how their service-level clocks went. A sponsor's
managers see every concern of their company, so every one is read; the conversation's
internal entries never are."""

from __future__ import annotations

import datetime as dt

from django.db.models import Q
from django.utils import timezone

from accord.service.clock_rows import STATE_LABELS
from accord.service.clocks import ClockState
from accord.service.models import ClockKind, Concern
from accord.service.selectors import ClockContext, concern_clocks


def concerns_for_sponsor(sponsor, start: dt.date, end: dt.date, *, as_of: dt.datetime) -> dict:
    """Concerns raised or closed in ``start``..``end``; the clocks of those raised in it,
    as they stood at ``as_of`` (the end of the quarter, or now if sooner)."""
    concerns = list(
        Concern.objects.filter(sponsor=sponsor)
        .filter(Q(raised_at__date__range=(start, end)) | Q(closed_at__date__range=(start, end)))
        .select_related("sponsor", "site", "project")
        .prefetch_related("pauses")
        .order_by("raised_at", "number")
    )
    context = ClockContext()
    tally = {
        kind.value: {"label": kind.label, "met": 0, "missed": 0, "open": 0} for kind in ClockKind
    }
    rows = []
    for concern in concerns:
        raised = start <= timezone.localdate(concern.raised_at) <= end
        clocks = {}
        if raised:
            for kind, found in concern_clocks(concern, now=as_of, context=context).items():
                if found is None:
                    continue
                clocks[kind] = STATE_LABELS[found.state]
                if found.stopped_at is not None:
                    tally[kind]["met" if found.state is ClockState.MET else "missed"] += 1
                elif found.state is ClockState.BREACHED:
                    tally[kind]["missed"] += 1
                else:
                    tally[kind]["open"] += 1
        rows.append(
            {
                "number": concern.number,
                "title": concern.title,
                "category": concern.get_category_display(),
                "priority": concern.get_priority_display(),
                "state": concern.get_state_display(),
                "raised_at": concern.raised_at.isoformat(),
                "closed_at": concern.closed_at.isoformat() if concern.closed_at else None,
                "raised_in_quarter": raised,
                "closed_in_quarter": bool(
                    concern.closed_at and start <= timezone.localdate(concern.closed_at) <= end
                ),
                "clocks": clocks,
            }
        )
    return {
        "rows": rows,
        "opened": sum(1 for row in rows if row["raised_in_quarter"]),
        "closed": sum(1 for row in rows if row["closed_in_quarter"]),
        "clocks": list(tally.values()),
    }
