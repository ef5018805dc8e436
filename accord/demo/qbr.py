"""The demo business reviews: each sponsor's review of the last closed quarter (closed at
least three weeks before the reference date), prepared
by its account lead in the second week after the quarter, its narrative written from the
snapshot that afternoon, published (signed) a few days later by the account lead or, for
the two big pharma accounts, an executive; then the sponsor's manager comments in the
portal and the account lead replies. Two sponsors also have the quarter before's review.

The narrative is written from the review's own snapshot, so what it says is what the
figures show. A sponsor that already has a review of a quarter keeps it: loading twice
creates nothing new.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from accord.accounts.models import Organization, User
from accord.demo.data import DEMO_PASSWORD, reference_date
from accord.demo.story import Story, Tally, at, weekday
from accord.qbr.models import BusinessReview
from accord.qbr.services import (
    business_review_prepare,
    business_review_publish,
    business_review_update,
    review_comment_add,
)
from accord.scorecards.variables import QUARTER, Period
from accord.signatures.models import Meaning

REVIEW_WEEKS = dt.timedelta(weeks=3)


@dataclass(frozen=True)
class ReviewSpec:
    sponsor: str  # short name
    lead: str  # prepares, writes, replies
    publisher: str  # signs
    manager: str  # the sponsor's manager, who comments
    prepare_after: int  # days after the quarter's end
    comments: tuple[tuple[str, str], ...]  # (the sponsor's comment, the lead's reply)
    earlier: bool = False  # the quarter before too


REVIEWS: tuple[ReviewSpec, ...] = (
    ReviewSpec(
        "NovaBridge",
        "bd.ben",
        "bd.ben",
        "novabridge.manager",
        8,
        (
            (
                "Thank you for the clear review. Can the next one show the engineering batch "
                "yields next to the targets?",
                "Yes: from next quarter the milestone table carries the yield against the "
                "target for every batch we complete.",
            ),
        ),
        earlier=True,
    ),
    ReviewSpec(
        "Solvantis",
        "claire.dubois",
        "claire.dubois",
        "solvantis.manager",
        9,
        (
            (
                "The conjugation delay hurt our clinical supply plan. We would like a joint "
                "review of the linker-payload lead times before the next campaign.",
                "Agreed. We will propose two dates for a joint supply review with our supply "
                "chain manager and bring the supplier's confirmed lead times.",
            ),
            (
                "Please also include the CAPA effectiveness results once they are in.",
                "We will: the effectiveness check results go into next quarter's review.",
            ),
        ),
    ),
    ReviewSpec(
        "Kerrowan",
        "bd.ben",
        "exec.erin",
        "kerrowan.manager",
        10,
        (
            (
                "Our supplier quality team would like the change control summary as a "
                "separate annex in future reviews.",
                "Noted: from the next review the change controls that touch your products "
                "come with their own annex, with your approvals and their dates.",
            ),
        ),
        earlier=True,
    ),
    ReviewSpec(
        "Aubrelle",
        "claire.dubois",
        "claire.dubois",
        "aubrelle.manager",
        9,
        (
            (
                "Very helpful for our board meeting. Could you add a short paragraph on what "
                "the next decision point means for our budget?",
                "Of course: we will add the cost of each option at the next go/no-go to the "
                "outlook, and walk you through it before your board meets.",
            ),
        ),
    ),
    ReviewSpec(
        "Hoshizora",
        "claire.dubois",
        "markus.hoffmann",
        "hoshizora.manager",
        11,
        (
            (
                "We appreciate the transparency on the deviation. Please confirm the "
                "investigation report date.",
                "The investigation report is due with the CAPA plan; we will confirm the "
                "date at our next weekly call and in the portal.",
            ),
        ),
    ),
    ReviewSpec(
        "Quillon",
        "bd.ben",
        "bd.ben",
        "quillon.manager",
        8,
        (
            (
                "Good quarter. Our CMC lead asks whether the stability pull schedule can be "
                "shared in the portal.",
                "It can: we have added the pull schedule to the project documents shared with you.",
            ),
        ),
    ),
)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def narrative(review: BusinessReview) -> dict[str, str]:
    """The four texts, written from the review's snapshot."""
    c = review.content
    quarter = c["quarter"]["label"]
    met, missed = c["milestones"]["met"], c["milestones"]["missed"]
    delays, concerns = c["delays"], c["concerns"]
    quality, surveys = c["quality"], c["surveys"]
    due = len(met) + len(missed)
    lines = []
    if due:
        lines.append(
            f"In {quarter} we met {len(met)} of the {_plural(due, 'milestone')} due against "
            "the baseline."
        )
    else:
        lines.append(f"No baselined milestone fell due in {quarter}; the work ran to plan.")
    if delays["rows"]:
        causes = ", ".join(k["cause"].lower() for k in delays["by_cause"])
        lines.append(
            f"We reported {_plural(len(delays['rows']), 'delay')} to you "
            f"({_plural(delays['days_lost'], 'working day')} lost; {causes})."
        )
    if concerns["opened"]:
        lines.append(
            f"You raised {_plural(concerns['opened'], 'concern')}; "
            f"{concerns['closed']} closed in the quarter."
        )
    if surveys["csat"]["answers"]:
        lines.append(f"Your satisfaction answers gave a CSAT of {surveys['csat']['csat']} %.")
    highlights = [f"{m['name']} ({m['project']}) achieved on plan." for m in met[:3]]
    issues = [
        f"{m['name']} ({m['project']}): {'late' if m['achieved'] else 'not yet achieved'}, "
        f"{m['variance_days'] or 0} days against the baseline."
        for m in missed[:3]
    ]
    issues += [
        f"{d['title']} ({d['project']}, {d['cause_label'].lower()})." for d in delays["rows"][:3]
    ]
    if quality["deviations"]:
        issues.append(
            f"{_plural(len(quality['deviations']), 'deviation')} reported to you; "
            "investigations and CAPA are followed in the quality section."
        )
    ahead = c["ahead"]
    outlook = []
    if ahead["milestones"]:
        outlook.append(
            "Next quarter: "
            + "; ".join(f"{m['name']} ({m['project']})" for m in ahead["milestones"][:4])
            + "."
        )
    if ahead["decisions"]:
        outlook.append(
            "Decisions we will ask of you: "
            + "; ".join(f"{d['name']} ({d['project']})" for d in ahead["decisions"][:3])
            + "."
        )
    return {
        "summary": " ".join(lines),
        "highlights": "\n".join(highlights) or "Steady delivery across the projects.",
        "issues": "\n".join(issues) or "No issue of note in the quarter.",
        "outlook": " ".join(outlook) or "We continue the work as planned.",
    }


def _review_story(
    spec: ReviewSpec,
    period: Period,
    *,
    users: dict[str, User],
    sponsors: dict[str, Organization],
    counts: Tally,
    log: Callable[[str], None],
    comment: bool,
) -> Story:
    prepared_on = weekday(period.end + dt.timedelta(days=spec.prepare_after))
    if prepared_on >= reference_date():
        return
    yield at(prepared_on, "10:00", key=f"qbr-{spec.sponsor}")
    sponsor = sponsors.get(spec.sponsor)
    lead, publisher = users.get(spec.lead), users.get(spec.publisher)
    if sponsor is None or lead is None or publisher is None:
        return
    if BusinessReview.objects.filter(sponsor=sponsor, quarter_start=period.start).exists():
        counts.add("business reviews", False)
        return
    review = business_review_prepare(actor=lead, sponsor=sponsor, quarter_start=period.start)
    counts.add("business reviews", True)
    yield at(prepared_on, "15:00", key=f"qbr-{spec.sponsor}")
    review = business_review_update(actor=lead, review=review, **narrative(review))
    published_on = weekday(prepared_on + dt.timedelta(days=2))
    if published_on >= reference_date():
        log(f"  + {sponsor.short_name} business review {period.label} (draft)")
        return
    yield at(published_on, "11:00", key=f"qbr-{spec.sponsor}")
    review = business_review_publish(
        actor=publisher,
        review=review,
        meaning=Meaning.AUTHORED,
        username=publisher.username,
        password=DEMO_PASSWORD,
        acknowledge=True,
    )
    log(f"  + {sponsor.short_name} business review {period.label} (signed by {publisher})")
    manager = users.get(spec.manager)
    if not comment or manager is None:
        return
    day = published_on
    for text, reply in spec.comments:
        day = weekday(day + dt.timedelta(days=2))
        if day >= reference_date():
            return
        yield at(day, "09:30", key=f"qbr-comment-{spec.sponsor}")
        question = review_comment_add(actor=manager, review=review, text=text)
        yield at(day, "16:00", key=f"qbr-reply-{spec.sponsor}")
        review_comment_add(actor=lead, review=review, text=reply, reply_to=question)


def qbr_stories(
    *,
    users: dict[str, User],
    sponsors: dict[str, Organization],
    counts: Tally,
    log: Callable[[str], None],
) -> list[Story]:
    # The last quarter whose review has had its weeks: a quarter that closed only days
    # before the reference date is still being reviewed.
    last = Period.containing(QUARTER, reference_date() - REVIEW_WEEKS).previous()
    stories = []
    for spec in REVIEWS:
        people = {"users": users, "sponsors": sponsors, "counts": counts, "log": log}
        stories.append(_review_story(spec, last, comment=True, **people))
        if spec.earlier:
            stories.append(_review_story(spec, last.previous(), comment=False, **people))
    return stories
