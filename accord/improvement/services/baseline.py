"""An initiative's baseline taken from the delays module: the working days lost to one
cause, per month, at a site or for a sponsor over a period, with the delays it came from.

The figures are read through the delays' own selectors, as the person taking the
baseline sees them, so the baseline never counts a delay they could not open.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import ValidationError
from django.db import transaction

from accord.accounts.models import Organization, Site, User
from accord.audit.services import audit_record, diff, snapshot
from accord.core import concurrency
from accord.core.dates import format_day
from accord.delays.models import Delay
from accord.delays.selectors import delay_summary, delays_filter, delays_visible_to
from accord.improvement.models import Initiative
from accord.improvement.services.shared import CHANGE, locked, staff

BASELINE_FIELDS = (
    "baseline_metric",
    "baseline_value",
    "unit",
    "baseline_method",
    "baseline_start",
    "baseline_end",
    "baseline_cause",
    "baseline_site",
    "baseline_sponsor",
)
UNIT = "working days lost per month"


def months_spanned(start: dt.date, end: dt.date) -> int:
    """Calendar months from ``start``'s to ``end``'s, both counted."""
    return (end.year - start.year) * 12 + end.month - start.month + 1


@dataclass(frozen=True)
class DelayBaseline:
    cause: str
    start: dt.date
    end: dt.date
    months: int
    delays: list[Delay]
    days_lost: int
    per_month: Decimal

    @property
    def cause_label(self) -> str:
        return Delay.Cause(self.cause).label


def baseline_from_delays(
    *,
    user: User,
    cause: str,
    start: dt.date,
    end: dt.date,
    site: Site | None = None,
    sponsor: Organization | None = None,
) -> DelayBaseline:
    """The figure a baseline from delays would store, without storing it (the page shows
    it before the person confirms)."""
    if cause not in Delay.Cause.values:
        raise ValidationError({"cause": ["Choose a delay cause."]})
    if end < start:
        raise ValidationError({"end": ["The period ends before it starts."]})
    delays = delays_filter(
        delays_visible_to(user),
        cause=cause,
        site_id=site.pk if site else None,
        sponsor_id=sponsor.pk if sponsor else None,
        start=start,
        end=end,
    )
    summary = delay_summary(delays)
    months = months_spanned(start, end)
    per_month = (Decimal(summary.days_lost) / months).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP
    )
    return DelayBaseline(
        cause=cause,
        start=start,
        end=end,
        months=months,
        delays=list(delays.order_by("occurred_on", "pk")),
        days_lost=summary.days_lost,
        per_month=per_month,
    )


def initiative_baseline_from_delays(
    *,
    actor: User,
    initiative: Initiative,
    cause: str,
    start: dt.date,
    end: dt.date,
    site: Site | None = None,
    sponsor: Organization | None = None,
    version: int | None = None,
) -> Initiative:
    """Store the delays' figure as the initiative's baseline, with the delays it came from."""
    staff(actor, CHANGE)
    figure = baseline_from_delays(
        user=actor, cause=cause, start=start, end=end, site=site, sponsor=sponsor
    )
    if not figure.delays:
        raise ValidationError(
            {"cause": ["No delay of this cause in that period and scope: there is no baseline."]}
        )
    where = f" at {site.name}" if site else ""
    whose = f" for {sponsor.name}" if sponsor else ""
    with transaction.atomic():
        current = locked(initiative, version)
        if not current.is_open:
            raise ValidationError(f"{current.code} is {current.get_status_display().lower()}.")
        before = snapshot(current, BASELINE_FIELDS)
        before_delays = sorted(current.baseline_delays.values_list("pk", flat=True))
        current.baseline_metric = f"Working days lost to {figure.cause_label.lower()}"
        current.baseline_value = figure.per_month
        current.unit = UNIT
        current.baseline_method = (
            f"From the delays register: {figure.days_lost} working days lost to "
            f"{figure.cause_label.lower()} in {len(figure.delays)} delays{where}{whose} "
            f"from {format_day(start)} to {format_day(end)}, over {figure.months} months."
        )
        current.baseline_start, current.baseline_end = start, end
        current.baseline_cause = cause
        current.baseline_site, current.baseline_sponsor = site, sponsor
        concurrency.bump(current)
        current.save()
        current.baseline_delays.set(figure.delays)
        changes = diff(before, snapshot(current, BASELINE_FIELDS))
        changes["baseline_delays"] = [before_delays, sorted(d.pk for d in figure.delays)]
        audit_record(
            actor=actor,
            action="improvement.initiative.baseline_from_delays",
            target=current,
            changes=changes,
        )
    return current
