"""What delays contribute to a sponsor's quarterly business review: the delays the sponsor
was told of in the quarter and their causes. Only delays communicated to the sponsor are
read (never the internal notes), as on the sponsor's own delay pages."""

from __future__ import annotations

import datetime as dt

from accord.delays.models import Delay
from accord.delays.selectors import COMMUNICATED


def delays_told_to_sponsor(sponsor, start: dt.date, end: dt.date) -> dict:
    """The delays reported to ``sponsor`` in ``start``..``end``, and the days lost per
    cause, most days first."""
    delays = (
        Delay.objects.filter(COMMUNICATED, project__sponsor=sponsor)
        .filter(sponsor_informed_on__range=(start, end))
        .select_related("project")
        .order_by("sponsor_informed_on", "project__code", "number")
    )
    rows, causes = [], {}
    for delay in delays:
        rows.append(
            {
                "project": delay.project.code,
                "reference": delay.reference,
                "title": delay.title,
                "cause": delay.cause,
                "cause_label": delay.get_cause_display(),
                "days_lost": delay.days_lost,
                "occurred_on": delay.occurred_on.isoformat(),
                "informed_on": delay.sponsor_informed_on.isoformat(),
                "root_cause": delay.root_cause,
            }
        )
        label = delay.get_cause_display()
        count, days = causes.get(label, (0, 0))
        causes[label] = (count + 1, days + delay.days_lost)
    by_cause = [
        {"cause": label, "count": count, "days_lost": days}
        for label, (count, days) in sorted(causes.items(), key=lambda kv: (-kv[1][1], kv[0]))
    ]
    return {
        "rows": rows,
        "by_cause": by_cause,
        "days_lost": sum(row["days_lost"] for row in rows),
    }
