"""Quality figures other apps read, as the reader may see them: right-first-time per
batch (a later issue's sponsor scorecards build on it)."""

from __future__ import annotations

import datetime as dt

from accord.quality.dashboard import RightFirstTimeReport, right_first_time
from accord.quality.selectors.records import batches_visible_to, deviations_visible_to


def right_first_time_for(
    user,
    start: dt.date,
    end: dt.date,
    *,
    sponsor_id: int | None = None,
    project_id: int | None = None,
    site_id: int | None = None,
) -> RightFirstTimeReport:
    """The share of the batches made from ``start`` to ``end`` that no deviation
    concerns, per project and overall. Only what ``user`` may see counts: a sponsor's
    people, their own batches and the deviations they were told of."""
    batches = batches_visible_to(user)
    if sponsor_id is not None:
        batches = batches.filter(project__sponsor_id=sponsor_id)
    if project_id is not None:
        batches = batches.filter(project_id=project_id)
    if site_id is not None:
        batches = batches.filter(project__site_id=site_id)
    return right_first_time(batches, deviations_visible_to(user), start, end)
