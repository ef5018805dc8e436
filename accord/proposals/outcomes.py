"""Reads of RFP outcomes and postmortems (CDMO staff only, fail closed), the lessons
learned search, and the relationship-health signal that recent outcomes give.

Health rule (registered with ``accord.clients.health.register_signal_source``): in the
last 365 days, two or more RFPs lost makes the relationship amber; three or more losses
with no win is red. Declines and withdrawals
say nothing about the relationship and do not count.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from django.db.models import Count, Q, QuerySet

from accord.clients.health import AMBER, RED, Signal
from accord.proposals.models import LossReason, Postmortem, RfpOutcome

WINDOW_DAYS = 365
LOSSES_AMBER = 2
LOSSES_RED = 3


def _staff(user, permission: str) -> bool:
    return bool(
        user
        and user.is_authenticated
        and user.is_active
        and user.is_cdmo_staff
        and user.has_perm(permission)
    )


def outcomes_visible_to(user) -> QuerySet[RfpOutcome]:
    outcomes = RfpOutcome.objects.select_related(
        "rfp__sponsor", "revision__proposal", "project", "recorded_by"
    )
    return outcomes if _staff(user, "proposals.view_rfpoutcome") else outcomes.none()


def postmortems_visible_to(user) -> QuerySet[Postmortem]:
    postmortems = Postmortem.objects.select_related(
        "rfp__sponsor", "rfp__outcome", "recorded_by", "follow_up"
    )
    return postmortems if _staff(user, "proposals.view_postmortem") else postmortems.none()


def postmortems_filter(
    postmortems: QuerySet[Postmortem],
    *,
    q: str = "",
    reason: str = "",
    sponsor=None,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> QuerySet[Postmortem]:
    """The lessons learned list: text search (RFP, sponsor, competitor, lessons, what the
    data says), one reason, one sponsor, the decision date between start and end."""
    if q:
        postmortems = postmortems.filter(
            Q(rfp__number__icontains=q)
            | Q(rfp__title__icontains=q)
            | Q(rfp__sponsor__name__icontains=q)
            | Q(competitor__icontains=q)
            | Q(lessons__icontains=q)
            | Q(data_says__icontains=q)
            | Q(other_note__icontains=q)
        )
    if reason in LossReason.values:
        # A JSON list holds the code as a quoted string: exact on every database.
        postmortems = postmortems.filter(reasons__icontains=f'"{reason}"')
    if sponsor is not None:
        postmortems = postmortems.filter(rfp__sponsor=sponsor)
    if start:
        postmortems = postmortems.filter(rfp__outcome__decided_on__gte=start)
    if end:
        postmortems = postmortems.filter(rfp__outcome__decided_on__lte=end)
    return postmortems


def outcome_signal(losses: int, wins: int) -> Signal | None:
    """What the last year's proposal outcomes say about a relationship."""
    if losses >= LOSSES_RED and wins == 0:
        return Signal(RED, f"{losses} proposals lost in the last 12 months, none won")
    if losses >= LOSSES_AMBER:
        won = f"{wins} won" if wins else "none won"
        return Signal(AMBER, f"{losses} proposals lost in the last 12 months, {won}")
    return None


def outcome_signals(sponsor_ids: Sequence[int], today: dt.date) -> Mapping[int, list[Signal]]:
    """The signal source for relationship health: one query for all sponsors."""
    since = today - dt.timedelta(days=WINDOW_DAYS)
    rows = (
        RfpOutcome.objects.filter(
            rfp__sponsor_id__in=list(sponsor_ids), decided_on__gt=since, decided_on__lte=today
        )
        .values("rfp__sponsor_id")
        .annotate(
            losses=Count("pk", filter=Q(kind=RfpOutcome.Kind.LOST)),
            wins=Count("pk", filter=Q(kind=RfpOutcome.Kind.WON)),
        )
    )
    signals: dict[int, list[Signal]] = {}
    for row in rows:
        signal = outcome_signal(row["losses"], row["wins"])
        if signal:
            signals[row["rfp__sponsor_id"]] = [signal]
    return signals
