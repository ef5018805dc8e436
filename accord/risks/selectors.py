"""Reads of risks that depend on who is asking.

Views, the API, the portal card and the audit history all load risks through
``risks_visible_to``, so a sponsor user never reaches an internal risk or another
sponsor's risk: it is simply not there (404).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Case, F, IntegerField, Q, QuerySet, Value, When

from accord.accounts.models import Organization, User
from accord.projects.models import Project
from accord.projects.selectors import projects_visible_to
from accord.risks.models import SCALE, Level, Risk, RiskReview, level_of, score_range

SCORE = F("likelihood") * F("impact")


def risks_visible_to(user) -> QuerySet[Risk]:
    risks = Risk.objects.select_related("project__sponsor", "owner").annotate(score_value=SCORE)
    if not (user and user.is_authenticated and user.is_active):
        return risks.none()
    if not user.has_perm("risks.view_risk"):
        return risks.none()
    risks = risks.filter(project__in=projects_visible_to(user))
    if user.is_cdmo_staff:
        return risks
    if user.is_sponsor_user:
        return risks.filter(shared_with_sponsor=True)
    return risks.none()


def risk_reviews_visible_to(user) -> QuerySet[RiskReview]:
    return RiskReview.objects.select_related("reviewed_by").filter(risk__in=risks_visible_to(user))


def risks_filter(
    risks: QuerySet[Risk],
    *,
    status: str = "",
    category: str = "",
    level: str = "",
    likelihood: int | None = None,
    impact: int | None = None,
    min_score: int | None = None,
    query: str = "",
) -> QuerySet[Risk]:
    """Narrow an already visibility-filtered queryset; never widens it.

    ``status="live"`` means every risk that is not closed.
    """
    if status == "live":
        risks = risks.filter(status__in=Risk.LIVE_STATUSES)
    elif status:
        risks = risks.filter(status=status)
    if category:
        risks = risks.filter(category=category)
    if level:
        low, high = score_range(level)
        risks = risks.filter(score_value__gte=low, score_value__lte=high)
    if likelihood:
        risks = risks.filter(likelihood=likelihood)
    if impact:
        risks = risks.filter(impact=impact)
    if min_score:
        risks = risks.filter(score_value__gte=min_score)
    if query:
        risks = risks.filter(Q(title__icontains=query) | Q(cause__icontains=query))
    return risks


# Closed risks sink to the bottom of a register sorted by status.
STATUS_ORDER = Case(
    *(When(status=value, then=Value(i)) for i, value in enumerate(Risk.Status.values)),
    output_field=IntegerField(),
)


@dataclass(frozen=True)
class HeatCell:
    likelihood: int
    impact: int
    count: int

    @property
    def score(self) -> int:
        return self.likelihood * self.impact

    @property
    def level(self) -> Level:
        return level_of(self.score)


def risk_heat_map(risks: QuerySet[Risk]) -> list[tuple[int, list[HeatCell]]]:
    """Live risks counted per (likelihood, impact) cell.

    Rows run from impact 5 down to 1 and columns from likelihood 1 to 5, the way a risk
    matrix is drawn, so the critical corner is top right.
    """
    counts: dict[tuple[int, int], int] = {}
    pairs = risks.filter(status__in=Risk.LIVE_STATUSES).values_list("likelihood", "impact")
    for pair in pairs:
        counts[pair] = counts.get(pair, 0) + 1
    return [
        (
            impact,
            [
                HeatCell(likelihood, impact, counts.get((likelihood, impact), 0))
                for likelihood in SCALE
            ],
        )
        for impact in reversed(SCALE)
    ]


def risks_overdue_for_review(user, *, today: dt.date | None = None) -> QuerySet[Risk]:
    """Live risks past their review date that this user owns or whose project they are on."""
    today = today or dt.date.today()
    return (
        risks_visible_to(user)
        .filter(status__in=Risk.LIVE_STATUSES, next_review_date__lt=today)
        .filter(Q(owner=user) | Q(project__memberships__user=user))
        .distinct()
        .order_by("next_review_date", "project__code", "sequence")
    )


def project_risks_for_card(user, project: Project, *, limit: int = 5) -> list[Risk]:
    """The highest-scoring live risks of a project that this user may see."""
    return list(
        risks_visible_to(user)
        .filter(project=project, status__in=Risk.LIVE_STATUSES)
        .order_by("-score_value", "sequence")[:limit]
    )


def risk_owner_candidates() -> QuerySet:
    """People who may own a risk: active CDMO staff (a risk is the CDMO's to manage)."""
    return User.objects.filter(organization__kind=Organization.Kind.CDMO, is_active=True).order_by(
        "last_name", "first_name"
    )


def overdue_reviews_widget(user, *, limit: int = 5) -> dict:
    """What the "My work" card ``risks/_overdue_reviews_card.html`` shows."""
    overdue = risks_overdue_for_review(user)
    risks = list(overdue[:limit])
    count = len(risks) if len(risks) < limit else overdue.count()
    return {"risks": risks, "count": count, "more": count - len(risks)}
