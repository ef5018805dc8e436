"""The surveys' periodic sweeps (``accord.core.periodic``), both daily.

``survey_sweep`` reminds the people who have not answered (after the settings' number of
days, once or twice) and closes a survey whose time is over. ``relationship_survey_sweep``
sends each sponsor with a running project its relationship survey on the first run of a
quarter. Running either twice, or on two workers at once, adds nothing: each survey is
handled under its row lock, an invitation counts its reminders, and a sponsor's survey
of a quarter is unique in the database.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from accord.surveys import services
from accord.surveys.models import Survey, SurveySettings, SurveyState
from accord.surveys.selectors import survey_settings


def survey_sweep(now: dt.datetime | None = None) -> int:
    """Remind and close what is due; returns how many steps it took."""
    now = now or timezone.now()
    settings = survey_settings()
    steps = 0
    for pk in Survey.objects.filter(state=SurveyState.OPEN).values_list("pk", flat=True):
        steps += _sweep_one(pk, now, settings)
    return steps


@transaction.atomic
def _sweep_one(pk: int, now: dt.datetime, settings: SurveySettings) -> int:
    survey = Survey.objects.select_for_update(of=("self",)).select_related("sponsor").get(pk=pk)
    if survey.state != SurveyState.OPEN:
        return 0
    if now >= survey.closes_at:
        services.close_survey(survey, by=None, reason="The time to answer is over.")
        return 1
    steps = 0
    waiting = survey.invitations.select_for_update(of=("self",)).filter(
        answered_at__isnull=True, reminders_sent__lt=settings.reminders
    )
    for invitation in waiting.select_related("recipient", "survey"):
        wait = dt.timedelta(days=settings.remind_after_days * (invitation.reminders_sent + 1))
        if now >= invitation.sent_at + wait:
            services.invitation_remind(invitation)
            steps += 1
    return steps


def relationship_survey_sweep(now: dt.datetime | None = None) -> int:
    """Send the quarter's relationship survey to each sponsor that has none yet; returns
    how many were sent."""
    now = now or timezone.now()
    if not survey_settings().quarterly_nps:
        return 0
    sent = 0
    for sponsor in services.sponsors_to_ask_quarterly():
        if services.nps_send_quarterly(sponsor=sponsor, at=now) is not None:
            sent += 1
    return sent
