"""The scorecard variables continuous improvement computes (registered from the app's
``ready``): initiatives completed and their measured gains, and technologies adopted.
All belong to the Transform half. A scope with nothing to measure answers ``None``."""

from __future__ import annotations

from decimal import Decimal

from django.db.models import QuerySet
from django.urls import reverse

from accord.core.dates import format_day
from accord.improvement.models import CapabilitySite, Initiative, Qualification, Status
from accord.improvement.selectors import open_between
from accord.scorecards.variables import (
    COMPANY,
    PERSON,
    PROJECT,
    SITE,
    SPONSOR,
    TRANSFORM,
    Evidence,
    Measure,
    Period,
    Scope,
    Variable,
    register,
)

INITIATIVE_SCOPES = frozenset({COMPANY, SITE, SPONSOR, PROJECT, PERSON})
_SCOPE_FILTER = {SITE: "site_id", SPONSOR: "sponsor_id", PROJECT: "project_id", PERSON: "owner_id"}


def _initiatives(scope: Scope) -> QuerySet[Initiative]:
    initiatives = Initiative.objects.all()
    if scope.kind in _SCOPE_FILTER:
        initiatives = initiatives.filter(**{_SCOPE_FILTER[scope.kind]: scope.key})
    return initiatives


def _closed_in(scope: Scope, period: Period) -> list[Initiative]:
    return list(
        _initiatives(scope)
        .filter(status=Status.CLOSED, closed_on__gte=period.start, closed_on__lte=period.end)
        .order_by("closed_on", "code")
    )


def _evidence(initiative: Initiative, detail: str) -> Evidence:
    return Evidence(str(initiative), reverse("improvement:detail", args=[initiative.pk]), detail)


def initiatives_completed(scope: Scope, period: Period) -> Measure:
    if not open_between(_initiatives(scope), period.start, period.end).exists():
        return Measure(None, note="No improvement initiative ran in this scope and period.")
    closed = _closed_in(scope, period)
    return Measure(
        len(closed),
        [_evidence(item, f"closed {format_day(item.closed_on)}") for item in closed],
        note=f"{len(closed)} initiative(s) closed with a measured result",
    )


def _gain(field: str, unit: str):
    def compute(scope: Scope, period: Period) -> Measure:
        measured = [item for item in _closed_in(scope, period) if getattr(item, field) is not None]
        if not measured:
            return Measure(None, note="No initiative closed in the period measured this gain.")
        total = sum((getattr(item, field) for item in measured), Decimal(0))
        return Measure(
            float(total),
            [_evidence(item, f"{getattr(item, field)} {unit}") for item in measured],
            note=f"{total} {unit} over {len(measured)} closed initiative(s)",
        )

    return compute


def technologies_adopted(scope: Scope, period: Period) -> Measure:
    entries = CapabilitySite.objects.select_related("capability", "site")
    if scope.kind == SITE:
        entries = entries.filter(site_id=scope.key)
    if not entries.exists():
        return Measure(None, note="The technology register has nothing for this scope.")
    adopted = list(
        entries.filter(
            status__in=[Qualification.QUALIFIED, Qualification.RETIRED],
            qualified_on__gte=period.start,
            qualified_on__lte=period.end,
        ).order_by("qualified_on", "pk")
    )
    return Measure(
        len(adopted),
        [
            Evidence(
                f"{entry.capability.name} at {entry.site.name}",
                reverse("improvement:capability_detail", args=[entry.capability_id]),
                f"qualified {format_day(entry.qualified_on)}",
            )
            for entry in adopted
        ],
        note=f"{len(adopted)} capability qualification(s) at a site",
    )


register(
    Variable(
        "ci_initiatives_completed",
        "CI initiatives completed",
        TRANSFORM,
        "count",
        initiatives_completed,
        help="Improvement initiatives closed in the period with a measured result.",
        scopes=INITIATIVE_SCOPES,
    ),
    Variable(
        "ci_savings_days",
        "CI savings (days)",
        TRANSFORM,
        "days",
        _gain("days_saved", "days"),
        help="Days saved, as measured, by the initiatives closed in the period.",
        scopes=INITIATIVE_SCOPES,
    ),
    Variable(
        "ci_rft_gain",
        "CI right-first-time gain",
        TRANSFORM,
        "points",
        _gain("rft_points", "points"),
        help="Right-first-time points gained by the initiatives closed in the period.",
        scopes=INITIATIVE_SCOPES,
    ),
    Variable(
        "technologies_adopted",
        "New technologies adopted",
        TRANSFORM,
        "count",
        technologies_adopted,
        help="Capabilities of the technology register qualified at a site in the period.",
        scopes=frozenset({COMPANY, SITE}),
    ),
)
