"""Scorecards frozen at the end of a period, waiting for an executive's signature; and,
once signed, a sponsor's own scorecard in its portal."""

from __future__ import annotations

from django.urls import reverse

from accord.notifications.events import event, sponsor_users, users_with_permission
from accord.notifications.services import Message


def _score(scorecard) -> str:
    if scorecard.score is None:
        return "not measured"
    return (
        f"{scorecard.score:g} ({scorecard.standing})"
        if scorecard.standing
        else f"{scorecard.score:g}"
    )


@event("scorecards.scorecard.frozen")
def scorecard_frozen(scorecard, *, actor=None, **context) -> list[Message]:
    return [
        Message(
            "scorecard_to_sign",
            user,
            scorecard,
            f"Scorecard to sign: {scorecard.scope_label}, {scorecard.period.label}",
            f"{scorecard.template_name} was frozen at {_score(scorecard)}. Review its "
            "figures and sign it.",
            reverse("scorecards:detail", args=[scorecard.pk]),
            dedupe_key=f"scorecard-frozen-{scorecard.pk}",
        )
        for user in users_with_permission("scorecards.sign_scorecard")
        if user.is_cdmo_staff
    ]


@event("scorecards.scorecard.signed")
def scorecard_signed(scorecard, *, actor=None, **context) -> list[Message]:
    if scorecard.sponsor_id is None or scorecard.scope_kind != "sponsor":
        return []
    return [
        Message(
            "scorecard_published",
            user,
            scorecard,
            f"Your scorecard for {scorecard.period.label} is available",
            f"How the CDMO scored its service to you: {_score(scorecard)}.",
            reverse("scorecards:portal_detail", args=[scorecard.pk]),
            dedupe_key=f"scorecard-signed-{scorecard.pk}",
        )
        for user in sponsor_users(scorecard.sponsor_id, "scorecards.view_scorecard")
    ]
