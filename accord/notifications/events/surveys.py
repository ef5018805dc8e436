"""Sponsor surveys: the invitation and its reminders for the people asked, and a low score
for the account owner. The e-mail of an invitation carries the person's one-time link
(``accord.surveys.links.email_link``, made when it is sent); the notification in Accord
opens the survey in the portal."""

from __future__ import annotations

from django.urls import reverse

from accord.core.dates import format_day
from accord.notifications.events import event
from accord.notifications.services import Message


def _answer_url(survey) -> str:
    return reverse("surveys:answer", args=[survey.pk])


def _ask(survey) -> str:
    if survey.kind == "csat":
        return f"{survey.question} One score and a word, a minute of your time."
    return (
        "How likely are you to recommend us to a colleague? One score and six quick "
        "ratings, two minutes of your time."
    )


@event("surveys.survey.sent")
def survey_sent(survey, *, actor=None, **context) -> list[Message]:
    return [
        Message(
            "survey_invitation",
            invitation.recipient,
            survey,
            f"Your opinion, please: {survey.title}",
            _ask(survey),
            _answer_url(survey),
        )
        for invitation in survey.invitations.filter(answered_at__isnull=True).select_related(
            "recipient__organization"
        )
    ]


@event("surveys.surveyinvitation.reminded")
def survey_reminded(invitation, *, actor=None, **context) -> list[Message]:
    from accord.surveys.selectors import survey_settings

    survey = invitation.survey
    # Each reminder says which it is (the same words again would be taken for old news).
    last = invitation.reminders_sent >= survey_settings().reminders
    return [
        Message(
            "survey_invitation",
            invitation.recipient,
            survey,
            f"{'Last reminder' if last else 'Reminder'}: your opinion on {survey.title}",
            f"{_ask(survey)} The survey closes on {format_day(survey.closes_at)}.",
            _answer_url(survey),
            dedupe_key=f"survey_reminder:{invitation.pk}:{invitation.reminders_sent}",
        )
    ]


@event("surveys.surveyresponse.recorded")
def survey_low_score(response, *, actor=None, **context) -> list[Message]:
    """Only a low score tells anyone: the owner of the follow-up it opened (the account
    owner), else the account team whose service the survey measures."""
    if not response.is_low:
        return []
    from accord.surveys.services.sending import account_owner

    survey = response.survey
    follow_up = response.follow_up
    person = follow_up.owner if follow_up else account_owner(survey.sponsor) or survey.owner
    if person is None:
        return []
    score = f"{response.score} of {5 if survey.kind == 'csat' else 10}"
    why = f" Main reason: {response.get_reason_display().lower()}." if response.reason else ""
    todo = " A follow-up to call them back is on your list." if follow_up else ""
    return [
        Message(
            "survey_low_score",
            person,
            response,
            f"Low score from {response.respondent.printed_name} ({survey.sponsor.name}): {score}",
            f"{survey.title}.{why}{todo}",
            reverse("surveys:detail", args=[survey.pk]),
        )
    ]
