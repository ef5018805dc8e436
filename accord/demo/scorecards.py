"""The demo's scorecards: the CDMO scores itself per sponsor, per site and as a company,
each quarter, perform and transform weighed equally.

The three templates are written on the set-up day by the chief executive. For each of
the last four closed quarters, on the first working day after it ends, the daily sweep
freezes the scorecards of the sponsors served in it (a project of theirs running: a
sponsor whose first project came later has no card for it), both sites and the
company from the demo's
own records as they stood that morning (milestones, delays, batches and deviations,
concerns, surveys, change orders, training, improvement initiatives closed, technologies
qualified, lessons applied); a few working days later the executives
review and sign them: the chief executive the company's and the sponsors', each site
head their own site's. A quarter closed too recently to be signed by the reference date
stays frozen, waiting for the signature (the executives' to-do).
"""

from __future__ import annotations

import datetime as dt

from accord.accounts.models import User
from accord.demo.data import DEMO_PASSWORD
from accord.demo.story import SETUP_ON, Story, Tally, at, day, weekday
from accord.scorecards.models import Scorecard, ScorecardTemplate
from accord.scorecards.services import (
    SIGN_MEANING,
    scorecard_sign,
    scorecards_freeze_due,
    template_create,
)
from accord.scorecards.variables import QUARTER, Period

QUARTERS = 4
SIGN_AFTER_WORKING_DAYS = 3

BANDS = [
    {"name": "Excellent", "lower": 85, "upper": 100, "colour": "#198754"},
    {"name": "Good", "lower": 70, "upper": 85, "colour": "#0d6efd"},
    {"name": "Needs improvement", "lower": 50, "upper": 70, "colour": "#fd7e14"},
    {"name": "Poor", "lower": 0, "upper": 50, "colour": "#dc3545"},
]


def _criterion(name, half, formula, weight, target, unit="points") -> dict:
    return {
        "name": name,
        "half": half,
        "formula": formula,
        "weight": weight,
        "target": target,
        "unit": unit,
    }


P, T = "perform", "transform"
# Perform: delivering today. Transform: building tomorrow. 50 each.
CRITERIA = [
    _criterion("Milestones on time", P, "on_time_milestones", 10, 90, "%"),
    _criterion("Few delay days", P, "max(0, 100 - 4 * delay_days_per_project)", 5, 75),
    _criterion("Right first time", P, "right_first_time", 10, 90, "%"),
    _criterion("Few deviations per batch", P, "max(0, 100 - 40 * deviations_per_batch)", 5, 80),
    _criterion("Concern clocks met", P, "concern_clocks_met", 5, 90, "%"),
    _criterion("Satisfaction (CSAT)", P, "csat", 5, 80, "%"),
    _criterion("Would recommend us (NPS)", P, "(nps + 100) / 2", 5, 70),
    _criterion("Change orders approved on time", P, "change_orders_on_time", 5, 80, "%"),
    _criterion("Training on time", T, "training_on_time", 15, 90, "%"),
    _criterion("Competencies at level 3+", T, "competencies_level3", 10, 70, "%"),
    _criterion("No overdue training", T, "max(0, 100 - 10 * training_overdue)", 10, 80),
    # Counts scored against a quarter's ambition: two improvement initiatives closed,
    # two technologies qualified, four lessons applied make a full score.
    _criterion("Improvement delivered", T, "min(100, 50 * ci_initiatives_completed)", 5, 50),
    _criterion("New technologies", T, "min(100, 50 * technologies_adopted)", 5, 50),
    _criterion("Lessons applied", T, "min(100, 25 * lessons_applied)", 5, 50),
]

# A sponsor's transform half counts what we built for that sponsor: the training and
# competencies of its project teams, the improvement initiatives and the lessons applied
# on its projects and proposals. The technology register qualifies capabilities at a site,
# for every sponsor at once ("New technologies" is measured per site and for the company
# only), so the sponsor template leaves it out and weighs lessons applied double.
SPONSOR_CRITERIA = [
    {**c, "weight": 10} if c["formula"].startswith("min(100, 25 * lessons_applied") else c
    for c in CRITERIA
    if "technologies_adopted" not in c["formula"]
]

TEMPLATES = (
    (
        "Sponsor scorecard",
        "sponsor",
        "How we served each sponsor in the quarter.",
        SPONSOR_CRITERIA,
    ),
    ("Site scorecard", "site", "How each site performed and transformed in the quarter.", CRITERIA),
    ("Company scorecard", "company", "How the company performed and transformed.", CRITERIA),
)


def _quarters() -> list[Period]:
    """The last closed quarters before the reference date, oldest first."""
    last = Period.containing(QUARTER, day(0)).previous()
    found = [last]
    while len(found) < QUARTERS:
        found.insert(0, found[0].previous())
    return found


def _signer(scorecard: Scorecard, users: dict[str, User], site_heads: dict[int, str]) -> User:
    if scorecard.scope_kind == "site":
        return users[site_heads.get(int(scorecard.scope_key), "exec.erin")]
    return users["exec.erin"]


def scorecard_story(*, users: dict[str, User], sites: dict, counts: Tally, log) -> Story:
    yield at(weekday(day(SETUP_ON), back=True), "16:30", key="scorecard-templates")
    # The sites exist from the set-up step on: Singen's head signs its scorecards.
    site_heads = {
        site.pk: "markus.hoffmann" if code == "SGN" else "exec.erin" for code, site in sites.items()
    }
    for name, scope_kind, description, criteria in TEMPLATES:
        exists = ScorecardTemplate.objects.filter(name=name).exists()
        if not exists:
            template_create(
                actor=users["exec.erin"],
                name=name,
                description=description,
                scope_kind=scope_kind,
                period_kind=QUARTER,
                criteria=criteria,
                bands=BANDS,
            )
            log(f"  + scorecard template {name}")
    for period in _quarters():
        freeze_on = weekday(period.end + dt.timedelta(days=1))
        if freeze_on > day(0):
            continue
        yield at(freeze_on, "07:45", key=f"freeze-{period.start}")
        before = Scorecard.objects.filter(period_start=period.start).count()
        scorecards_freeze_due(freeze_on)
        frozen = Scorecard.objects.filter(period_start=period.start)
        for _ in range(before):
            counts.add("scorecards", False)
        for _ in range(frozen.count() - before):
            counts.add("scorecards", True)
        sign_on = freeze_on
        for _ in range(SIGN_AFTER_WORKING_DAYS):
            sign_on = weekday(sign_on + dt.timedelta(days=1))
        if sign_on > day(0):
            log(f"  + scorecards of {period.label} frozen, waiting for signature")
            continue
        yield at(sign_on, "10:30", key=f"sign-{period.start}")
        for scorecard in frozen.filter(state=Scorecard.State.FROZEN).order_by("pk"):
            signer = _signer(scorecard, users, site_heads)
            scorecard_sign(
                actor=signer,
                scorecard=scorecard,
                meaning=SIGN_MEANING,
                username=signer.username,
                password=DEMO_PASSWORD,
                acknowledge=True,
            )
        log(f"  + scorecards of {period.label} frozen and signed")


def scorecard_stories(*, users: dict[str, User], sites: dict, counts: Tally, log) -> list[Story]:
    return [scorecard_story(users=users, sites=sites, counts=counts, log=log)]
