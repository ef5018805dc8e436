"""The one-time link in a survey e-mail: it answers the survey without signing in.

The link carries the invitation's id and its random key, signed with the installation's
secret key and the moment it was made (Django's ``signing``): nobody can make one, a
changed one is worthless, and one older than ``MAX_AGE`` is refused whatever the survey.
Nothing of it is stored: it is made again each time an e-mail is rendered, when it is
sent. It works while the survey is open and the person has not answered; the answer it
carries uses it up.
"""

from __future__ import annotations

import datetime as dt
import secrets

from django.core import signing
from django.urls import reverse

from accord.surveys.models import SurveyInvitation

SALT = "accord.surveys.answer-link"
# Longer than any survey stays open (30 days, then two reminders of 30): a backstop.
MAX_AGE = dt.timedelta(days=100)


class LinkExpired(Exception):
    """The link is genuine but too old."""


def new_key() -> str:
    return secrets.token_urlsafe(18)


def link_token(invitation: SurveyInvitation) -> str:
    return signing.dumps({"i": invitation.pk, "k": invitation.link_key}, salt=SALT)


def link_path(invitation: SurveyInvitation) -> str:
    return reverse("surveys:link", args=[link_token(invitation)])


def invitation_for_token(token: str) -> SurveyInvitation | None:
    """The invitation a genuine link names; None for anything else. Raises
    ``LinkExpired`` for a genuine link past ``MAX_AGE``."""
    try:
        data = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except signing.SignatureExpired:
        raise LinkExpired from None
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("i"), int):
        return None
    invitation = (
        SurveyInvitation.objects.select_related("survey__sponsor", "recipient__organization")
        .filter(pk=data["i"])
        .first()
    )
    if invitation is None or not secrets.compare_digest(invitation.link_key, str(data.get("k"))):
        return None
    return invitation


def email_link(notification) -> str:
    """The path an invitation's e-mail links to: a fresh one-time link while the person
    may still answer, else the survey's page."""
    invitation = (
        SurveyInvitation.objects.select_related("survey")
        .filter(survey_id=notification.record_id, recipient_id=notification.recipient_id)
        .first()
    )
    if invitation is None or invitation.answered_at or not invitation.survey.is_open:
        return ""
    return link_path(invitation)
