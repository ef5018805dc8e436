"""Service: concern clocks met and the median time to resolve a concern (concerns
raised in the period), CSAT and NPS (answers given in the period)."""

from __future__ import annotations

import statistics

from accord.core.dates import format_day
from accord.scorecards.figures.scopes import PROJECT_SCOPES, url
from accord.scorecards.variables import (
    COMPANY,
    PERFORM,
    PROJECT,
    SITE,
    SPONSOR,
    Evidence,
    Measure,
    Period,
    Scope,
    Variable,
)


def _filters(scope: Scope) -> dict:
    key = None if scope.kind == COMPANY else int(scope.key)
    return {
        "sponsor_id": key if scope.kind == SPONSOR else None,
        "project_id": key if scope.kind == PROJECT else None,
        "site_id": key if scope.kind == SITE else None,
    }


def _concern_facts(scope: Scope, period: Period):
    from accord.service.dashboard import facts_for
    from accord.service.selectors import concerns_raised

    concerns = concerns_raised(period.start, period.end, **_filters(scope))
    ids = dict(concerns.values_list("number", "pk"))
    titles = dict(concerns.values_list("number", "title"))
    return [(fact, ids[fact.number], titles[fact.number]) for fact in facts_for(concerns)]


def concern_clocks_met(scope: Scope, period: Period) -> Measure:
    from accord.service.clocks import ClockState

    met = breached = 0
    evidence = []
    for fact, pk, title in _concern_facts(scope, period):
        clocks = [
            c
            for kind in ("acknowledge", "first_contact", "update", "resolve")
            for c in fact.all_clocks(kind)
        ]
        own_met = sum(c.state == ClockState.MET for c in clocks)
        own_breached = sum(c.state == ClockState.BREACHED for c in clocks)
        met += own_met
        breached += own_breached
        if own_met or own_breached:
            evidence.append(
                Evidence(
                    f"{fact.number} {title}",
                    url("service:concern", pk),
                    f"raised {format_day(fact.raised_on)}: {own_met} clocks met, "
                    f"{own_breached} broken",
                )
            )
    if not met + breached:
        return Measure(None, note="No concern clock ran to its end in the period.")
    return Measure(
        round(100 * met / (met + breached), 1),
        evidence,
        f"{met} of {met + breached} clocks met",
    )


def median_resolution_hours(scope: Scope, period: Period) -> Measure:
    hours = []
    evidence = []
    for fact, pk, title in _concern_facts(scope, period):
        resolve = fact.clocks.get("resolve")
        if resolve is None or resolve.hours is None:
            continue
        hours.append(resolve.hours)
        evidence.append(
            Evidence(
                f"{fact.number} {title}",
                url("service:concern", pk),
                f"resolved in {resolve.hours:g} working hours",
            )
        )
    if not hours:
        return Measure(None, note="No concern raised in the period was resolved.")
    return Measure(
        round(statistics.median(hours), 1),
        evidence,
        f"median of {len(hours)} resolved concerns, in working hours",
    )


def _answers(kind: str, scope: Scope, period: Period):
    from accord.surveys.selectors import responses_answered

    return list(responses_answered(kind, period.start, period.end, **_filters(scope)))


def _survey_evidence(responses) -> list[Evidence]:
    return [
        Evidence(
            f"{r.survey.title}",
            url("surveys:detail", r.survey_id),
            f"scored {r.score}, {format_day(r.answered_at)}",
        )
        for r in responses
    ]


def csat(scope: Scope, period: Period) -> Measure:
    from accord.surveys.results import csat_numbers

    responses = _answers("csat", scope, period)
    if not responses:
        return Measure(None, note="No satisfaction survey was answered in the period.")
    numbers = csat_numbers([r.score for r in responses])
    return Measure(
        numbers["csat"],
        _survey_evidence(responses),
        f"{numbers['satisfied']} of {numbers['answers']} answers satisfied (4 or 5)",
    )


def nps(scope: Scope, period: Period) -> Measure:
    from accord.surveys.results import nps_numbers

    responses = _answers("nps", scope, period)
    if not responses:
        return Measure(None, note="No relationship survey was answered in the period.")
    numbers = nps_numbers([r.score for r in responses])
    return Measure(
        numbers["nps"],
        _survey_evidence(responses),
        f"{numbers['promoters']} promoters, {numbers['passives']} passives and "
        f"{numbers['detractors']} detractors in {numbers['answers']} answers",
    )


VARIABLES = (
    Variable(
        "concern_clocks_met",
        "Concern clocks met",
        PERFORM,
        "%",
        concern_clocks_met,
        help="Of the clocks of concerns raised in the period that have ended, the share met.",
        scopes=PROJECT_SCOPES,
    ),
    Variable(
        "median_resolution_hours",
        "Median concern resolution time",
        PERFORM,
        "hours",
        median_resolution_hours,
        higher_is_better=False,
        help="Median working hours to resolve the concerns raised in the period.",
        scopes=PROJECT_SCOPES,
    ),
    Variable(
        "csat",
        "Customer satisfaction (CSAT)",
        PERFORM,
        "%",
        csat,
        help="Share of satisfaction answers given in the period that were 4 or 5.",
        scopes=PROJECT_SCOPES,
    ),
    Variable(
        "nps",
        "Net promoter score (NPS)",
        PERFORM,
        "points",
        nps,
        help="Promoters less detractors, in points from -100 to 100, of the answers given "
        "in the period.",
        scopes=PROJECT_SCOPES,
    ),
)
