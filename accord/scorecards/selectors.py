"""Reads of scorecards that depend on who is asking, and the summaries other apps use.

CDMO staff who may view scorecards see every template and every frozen scorecard. A
sponsor's people see only the signed scorecards of their own sponsor (never a site's,
the company's, a department's or a person's, and never another sponsor's); they see no
template. Anyone else sees nothing.
"""

from __future__ import annotations

import datetime as dt

from django.db.models import Q, QuerySet

from accord.core.input import query_pk
from accord.scorecards.models import Criterion, Scorecard, ScorecardTemplate, StandingBand
from accord.scorecards.variables import QUARTER, SPONSOR, Period


def _active(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


def templates_visible_to(user) -> QuerySet[ScorecardTemplate]:
    templates = ScorecardTemplate.objects.all()
    if not (_active(user) and user.is_cdmo_staff and user.has_perm("scorecards.view_scorecard")):
        return templates.none()
    return templates


def criteria_visible_to(user) -> QuerySet[Criterion]:
    return Criterion.objects.filter(template__in=templates_visible_to(user))


def bands_visible_to(user) -> QuerySet[StandingBand]:
    return StandingBand.objects.filter(template__in=templates_visible_to(user))


def scorecards_visible_to(user) -> QuerySet[Scorecard]:
    scorecards = Scorecard.objects.select_related("template", "sponsor", "signed_by")
    if not (_active(user) and user.has_perm("scorecards.view_scorecard")):
        return scorecards.none()
    if user.is_cdmo_staff:
        return scorecards
    if user.is_sponsor_user:
        return scorecards.filter(
            scope_kind=SPONSOR,
            sponsor_id=user.organization_id,
            scope_key=str(user.organization_id),
            state=Scorecard.State.SIGNED,
        )
    return scorecards.none()


def scorecards_waiting_signature() -> QuerySet[Scorecard]:
    return Scorecard.objects.filter(state=Scorecard.State.FROZEN)


def scorecards_filter(
    scorecards: QuerySet[Scorecard],
    *,
    q: str = "",
    scope_kind: str = "",
    state: str = "",
    template: str = "",
    period: str = "",
) -> QuerySet[Scorecard]:
    if q:
        scorecards = scorecards.filter(
            Q(scope_label__icontains=q) | Q(template_name__icontains=q) | Q(standing__icontains=q)
        )
    if scope_kind:
        scorecards = scorecards.filter(scope_kind=scope_kind)
    if state:
        scorecards = scorecards.filter(state=state)
    if (template_pk := query_pk(template)) is not None:
        scorecards = scorecards.filter(template_id=template_pk)
    if period:
        try:
            scorecards = scorecards.filter(period_start=dt.date.fromisoformat(period))
        except ValueError:
            scorecards = scorecards.none()
    return scorecards


def sponsor_scorecard(sponsor, period) -> Scorecard | None:
    """The frozen sponsor-scope scorecard of ``sponsor`` for a calendar quarter (a
    :class:`Period` of kind quarter, or any day in the quarter), or None. When several
    sponsor templates scored the quarter, the one in use comes first, then by name."""
    if not isinstance(period, Period):
        period = Period.containing(QUARTER, period)
    if period.kind != QUARTER:
        period = Period.containing(QUARTER, period.start)
    return (
        Scorecard.objects.filter(
            scope_kind=SPONSOR,
            scope_key=str(sponsor.pk),
            period_kind=QUARTER,
            period_start=period.start,
        )
        .select_related("template", "signed_by")
        .order_by("-template__is_active", "template_name", "pk")
        .first()
    )


def scorecard_summary(scorecard) -> dict:
    """The figures of a frozen scorecard (or a live computation) as plain data."""
    return {
        "score": scorecard.score,
        "perform": scorecard.perform,
        "transform": scorecard.transform,
        "standing": scorecard.standing,
        "standing_colour": scorecard.standing_colour,
        "criteria": [
            {
                "name": row["name"],
                "half": row["half"],
                "weight": row["weight"],
                "score": row["score"],
                "target": row["target"],
                "met": row["met"],
            }
            for row in scorecard.criteria
        ],
    }
