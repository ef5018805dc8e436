"""Quality: batches right first time (no deviation concerns them) and deviations per
batch, over the batches manufactured in the period."""

from __future__ import annotations

from accord.core.dates import format_day
from accord.scorecards.figures.scopes import PROJECT_SCOPES, percent, projects_of, url
from accord.scorecards.variables import PERFORM, Evidence, Measure, Period, Scope, Variable


def _batches(scope: Scope, period: Period):
    from accord.quality.selectors.kpis import batches_made

    return batches_made(projects_of(scope), period.start, period.end)


def _evidence(rows) -> list[Evidence]:
    return [
        Evidence(
            f"{batch.project.code} · batch {batch.number}",
            url("quality:batch", batch.pk),
            f"made {format_day(batch.manufactured_on)}; "
            + (
                "deviations " + ", ".join(d.number for d in deviations)
                if deviations
                else "no deviation"
            ),
        )
        for batch, deviations in rows
    ]


def right_first_time(scope: Scope, period: Period) -> Measure:
    rows = _batches(scope, period)
    if not rows:
        return Measure(None, note="No batch was made in the period.")
    clean = sum(not deviations for _, deviations in rows)
    return Measure(
        percent(clean, len(rows)),
        _evidence(rows),
        f"{clean} of {len(rows)} batches without a deviation",
    )


def deviations_per_batch(scope: Scope, period: Period) -> Measure:
    rows = _batches(scope, period)
    if not rows:
        return Measure(None, note="No batch was made in the period.")
    links = sum(len(deviations) for _, deviations in rows)
    return Measure(
        round(links / len(rows), 2),
        _evidence(rows),
        f"{links} deviations over {len(rows)} batches",
    )


VARIABLES = (
    Variable(
        "right_first_time",
        "Right-first-time batches",
        PERFORM,
        "%",
        right_first_time,
        help="Batches made in the period that no deviation concerns.",
        scopes=PROJECT_SCOPES,
    ),
    Variable(
        "deviations_per_batch",
        "Deviations per batch",
        PERFORM,
        "count",
        deviations_per_batch,
        higher_is_better=False,
        help="Deviations concerning the batches made in the period, per batch.",
        scopes=PROJECT_SCOPES,
    ),
)
