"""The figures an initiative's charts are drawn from: the delays' Pareto by cause over the
baseline's scope and period, and the monthly trend of the baseline's cause from the
baseline period on, with the baseline and the target as lines."""

from __future__ import annotations

from accord.core import clock
from accord.delays import selectors as delays
from accord.improvement.models import Initiative


def initiative_charts(initiative: Initiative, user) -> dict | None:
    if not (initiative.baseline_cause and initiative.baseline_start and initiative.baseline_end):
        return None
    scope = delays.delays_filter(
        delays.delays_visible_to(user),
        site_id=initiative.baseline_site_id,
        sponsor_id=initiative.baseline_sponsor_id,
    )
    pareto = delays.delay_pareto(
        delays.delays_filter(scope, start=initiative.baseline_start, end=initiative.baseline_end)
    )
    until = initiative.closed_on or clock.today()
    trend = delays.delay_trend(
        delays.delays_filter(
            scope, cause=initiative.baseline_cause, start=initiative.baseline_start, end=until
        )
    )
    baseline = float(initiative.baseline_value) if initiative.baseline_value is not None else None
    target = float(initiative.target_value) if initiative.target_value is not None else None
    return {
        "pareto": {
            "labels": [bar.label for bar in pareto],
            "days": [bar.days for bar in pareto],
            "cumulative": [bar.cumulative for bar in pareto],
            "highlight": [bar.cause == initiative.baseline_cause for bar in pareto],
        },
        "trend": {
            "labels": [point.month.strftime("%b %Y") for point in trend],
            "days": [point.days for point in trend],
            "delays": [point.delays for point in trend],
            "baseline": baseline,
            "target": target,
        },
    }
