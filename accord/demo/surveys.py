"""The demo's surveys: what sponsors said of the service over the last five quarters.

Every sponsor got its relationship survey (NPS) on the first working day of each quarter
(the demo's projects are only its current ones; the CDMO served these sponsors before
them). Milestone surveys went out by themselves, as the project stories recorded their
progress. The sponsors' people answer a few days later, or not at all, as the table of
each sponsor's mood says: NovaBridge grows happier as it is guided through its first
filing, Kerrowan warms slowly to a new supplier, and Solvantis, whose ADC conjugation
slipped, turns detractor for a quarter; its account owner's follow-up is closed two
days later, after the call. Reminders and closing run every morning, as the sweep does.

Scores and delays come from the survey's title and the person's username, so that a
second load answers exactly what the first one did, and finds it all present.
"""

from __future__ import annotations

import datetime as dt
import zlib

from django.utils import timezone

from accord.accounts.models import Organization, User
from accord.accounts.roles import SPONSOR_MANAGER
from accord.clients.services import followup_close
from accord.demo.story import Story, Tally, at, day, weekday
from accord.surveys import services, sweeps
from accord.surveys.models import (
    Category,
    SurveyInvitation,
    SurveyKind,
    SurveyResponse,
    quarter_of,
    quarter_start,
)

QUARTERS = 5
# The sponsors' likelihood to recommend us, oldest quarter first (each person's own score
# lies one point either side).
MOOD = {
    "NovaBridge": (7, 8, 8, 9, 9),
    "Solvantis": (8, 8, 7, 5, 7),
    "Kerrowan": (6, 7, 7, 8, 8),
    "Aubrelle": (9, 9, 10, 9, 10),
    "Hoshizora": (7, 7, 8, 8, 9),
    "Quillon": (8, 9, 8, 9, 9),
}
PRAISE = (
    "The project team answers before we finish asking.",
    "Reports are clear and our board reads them as they are.",
    "Your analytical people found the impurity before we did.",
    "Every date you gave us held.",
)
NEUTRAL = (
    "Good science; reports sometimes come a day or two late.",
    "Solid work. We would like to hear about risks earlier.",
    "Fine, though the invoices need chasing on our side.",
)
CRITICISM = (
    "The conjugation slip cost us a quarter, and we heard about it late.",
    "Three dates moved in a month; we need one we can plan on.",
    "We learn about changes from the plan, not from a call.",
)
LOW_REASONS = ("schedule", "communication", "slow")
ANSWER_WINDOW = 12  # days a person may take; the surveys stay open 15


def _seed(invitation: SurveyInvitation) -> int:
    return zlib.crc32(f"{invitation.survey.title}|{invitation.recipient.username}".encode())


def _quarters() -> list[str]:
    """The demo's last quarters whose survey had three weeks to be answered."""
    latest = day(-21)
    quarters: list[str] = []
    current = quarter_start(quarter_of(latest))
    while len(quarters) < QUARTERS:
        quarters.insert(0, quarter_of(current))
        current = quarter_start(quarter_of(current - dt.timedelta(days=1)))
    return quarters


def _answers(invitation: SurveyInvitation, seed: int) -> bool:
    """Managers answer relationship surveys; others answer four times in five."""
    if invitation.survey.kind == SurveyKind.NPS and invitation.recipient.has_role(SPONSOR_MANAGER):
        return True
    return seed % 5 != 0


def _due(invitation: SurveyInvitation, seed: int, last: dt.date) -> dt.date:
    """A day or a week after it was sent; by the story's last day at the latest (a
    survey sent that morning is answered by the keenest that day)."""
    sent = timezone.localdate(invitation.sent_at)
    return min(weekday(sent + dt.timedelta(days=1 + (seed >> 4) % 6)), last)


def _nps(invitation: SurveyInvitation, seed: int, quarters: list[str]) -> dict:
    survey = invitation.survey
    mood = MOOD.get(survey.sponsor.short_name, (8,) * QUARTERS)
    index = quarters.index(survey.quarter) if survey.quarter in quarters else QUARTERS - 1
    score = max(0, min(10, mood[index] + (seed >> 8) % 3 - 1))
    ratings = {}
    for position, category in enumerate(Category.values):
        if (seed >> (position + 12)) % 9 == 0:
            continue  # could not say
        rating = round(score / 2) + (seed >> (position + 3)) % 3 - 1
        ratings[category] = max(1, min(5, rating))
    words = PRAISE if score >= 9 else NEUTRAL if score >= 7 else CRITICISM
    fields = {"score": score, "ratings": ratings}
    if (seed >> 20) % 3 or score <= 6:
        fields["comment"] = words[(seed >> 22) % len(words)]
    if score <= 6:
        fields["reason"] = "schedule"
    return fields


def _csat(seed: int) -> dict:
    roll = seed % 20
    if roll == 0:
        reason = LOW_REASONS[(seed >> 6) % len(LOW_REASONS)]
        return {"score": 2, "reason": reason, "comment": CRITICISM[(seed >> 9) % len(CRITICISM)]}
    score = 3 if roll < 4 else 4 if roll < 11 else 5
    fields: dict = {"score": score}
    if (seed >> 12) % 3 == 0:
        fields["comment"] = (PRAISE if score == 5 else NEUTRAL)[(seed >> 14) % 3]
    return fields


def _answer_due(today: dt.date, last: dt.date, quarters: list[str], counts: Tally) -> None:
    since = today - dt.timedelta(days=ANSWER_WINDOW)
    invitations = (
        SurveyInvitation.objects.filter(sent_at__date__gte=since)
        .select_related("survey__sponsor", "recipient")
        .order_by("sent_at", "pk")
    )
    for invitation in invitations:
        seed = _seed(invitation)
        if not _answers(invitation, seed) or _due(invitation, seed, last) != today:
            continue
        if invitation.answered_at is not None:
            counts.add("survey answers", False)
            continue
        survey = invitation.survey
        if not survey.is_open:
            continue
        fields = _nps(invitation, seed, quarters) if survey.kind == SurveyKind.NPS else _csat(seed)
        channel = "link" if seed % 3 else "portal"
        services.survey_answer(actor=invitation.recipient, survey=survey, channel=channel, **fields)
        counts.add("survey answers", True)


def _follow_ups_done(today: dt.date) -> None:
    """The account owner calls back two working days after a low score."""
    answers = SurveyResponse.objects.filter(
        follow_up__isnull=False, follow_up__is_done=False
    ).select_related("follow_up__owner")
    for answer in answers:
        called = weekday(timezone.localdate(answer.answered_at) + dt.timedelta(days=2))
        if called <= today:
            followup_close(actor=answer.follow_up.owner, followup=answer.follow_up, done_on=today)


def survey_stories(
    *, users: dict[str, User], sponsors: dict[str, Organization], counts: Tally
) -> list[Story]:
    return [_survey_days(sponsors, counts)]


def _survey_days(sponsors: dict[str, Organization], counts: Tally) -> Story:
    quarters = _quarters()
    first = quarter_start(quarters[0])
    starts = {weekday(quarter_start(q)) for q in quarters}
    today, last = weekday(first), weekday(day(0), back=True)
    while today <= last:
        yield at(today, "08:30", key=f"sweep-{today}")
        if today in starts:
            for sponsor in sorted(sponsors.values(), key=lambda s: s.name):
                if sponsor.is_sponsor:
                    services.nps_send_quarterly(sponsor=sponsor)
        sweeps.survey_sweep()
        yield at(today, "11:00", key=f"answers-{today}")
        _answer_due(today, last, quarters, counts)
        yield at(today, "15:30", key=f"calls-{today}")
        _follow_ups_done(today)
        today = weekday(today + dt.timedelta(days=1))
