"""Quality figures other apps read, as the reader may see them: right-first-time per
batch (a later issue's sponsor scorecards build on it)."""

from __future__ import annotations

import datetime as dt

from accord.quality.dashboard import RightFirstTimeReport, right_first_time
from accord.quality.models import Batch, Deviation
from accord.quality.models.deviations import DeviationState
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


def batches_made(projects, start: dt.date, end: dt.date) -> list[tuple[Batch, list[Deviation]]]:
    """The batches of ``projects`` manufactured from ``start`` to ``end``, each with the
    deviations (not cancelled) that concern it, whoever asks: the CDMO's own figures
    (scorecards). Two queries."""
    batches = list(
        Batch.objects.filter(
            project__in=projects, manufactured_on__gte=start, manufactured_on__lte=end
        )
        .select_related("project")
        .order_by("manufactured_on", "pk")
    )
    found: dict[int, list[Deviation]] = {b.pk: [] for b in batches}
    links = Deviation.batches.through.objects.filter(batch_id__in=found).exclude(
        deviation__state=DeviationState.CANCELLED
    )
    for link in links.select_related("deviation").order_by("deviation__number"):
        found[link.batch_id].append(link.deviation)
    return [(b, found[b.pk]) for b in batches]
