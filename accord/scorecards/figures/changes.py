"""Change orders approved on time: of those the sponsor approved in the period, the share
approved within two weeks of being raised (the CDMO drafted, reviewed and sent it fast
enough for the sponsor to decide before the work waits on it)."""

from __future__ import annotations

from django.utils import timezone

from accord.core.dates import format_day
from accord.scorecards.figures.scopes import PROJECT_SCOPES, percent, projects_of, url
from accord.scorecards.variables import PERFORM, Evidence, Measure, Period, Scope, Variable

ON_TIME_DAYS = 14


def change_orders_on_time(scope: Scope, period: Period) -> Measure:
    from accord.changes.selectors import change_orders_approved

    orders = list(change_orders_approved(projects_of(scope), period.start, period.end))
    if not orders:
        return Measure(None, note="No change order was approved in the period.")
    evidence = []
    on_time = 0
    for order in orders:
        days = (order.decided_on - timezone.localdate(order.created_at)).days
        on_time += days <= ON_TIME_DAYS
        evidence.append(
            Evidence(
                f"{order.project.code} · {order.reference} {order.title}",
                url("changes:detail", order.pk),
                f"approved {format_day(order.decided_on)}, {days} days after it was raised",
            )
        )
    return Measure(
        percent(on_time, len(orders)),
        evidence,
        f"{on_time} of {len(orders)} approved within {ON_TIME_DAYS} days of being raised",
    )


VARIABLES = (
    Variable(
        "change_orders_on_time",
        "Change orders approved on time",
        PERFORM,
        "%",
        change_orders_on_time,
        help=f"Change orders approved in the period within {ON_TIME_DAYS} days of being raised.",
        scopes=PROJECT_SCOPES,
    ),
)
