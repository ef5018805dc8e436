"""Answering a survey: in the portal, through the API, or through the one-time link of
the e-mail, all through ``survey_answer``. One answer per person per survey; a low score
needs its reason and opens a follow-up for the sponsor's account owner."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from accord.accounts.models import User
from accord.audit.services import audit_record, created
from accord.clients.models import FollowUp
from accord.clients.services import followup_add
from accord.core import clock
from accord.core.dates import format_day
from accord.core.permissions import require
from accord.notifications.services import notify
from accord.surveys.models import (
    CSAT_LABELS,
    NPS_GROUP_LABELS,
    Category,
    Channel,
    LowScoreReason,
    Survey,
    SurveyInvitation,
    SurveyKind,
    SurveyResponse,
    is_low,
    nps_group,
)
from accord.surveys.services.managing import close_survey
from accord.surveys.services.sending import account_owner

ANSWER = "surveys.answer_survey"
COMMENT_MAX = 2000
FOLLOW_UP_DAYS = 3  # calendar days the account owner has to call after a low score


def _score_problem(kind: str, score: object) -> str:
    low, high = (1, 5) if kind == SurveyKind.CSAT else (0, 10)
    if isinstance(score, bool) or not isinstance(score, int) or not low <= score <= high:
        if kind == SurveyKind.CSAT:
            return "Choose a score from 1 (very dissatisfied) to 5 (very satisfied)."
        return "Choose a score from 0 (not at all likely) to 10 (extremely likely)."
    return ""


def _ratings(kind: str, ratings: Mapping[str, object] | None) -> tuple[dict, dict]:
    """The six ratings of a relationship survey, checked; (ratings, errors)."""
    ratings = {name: value for name, value in (ratings or {}).items() if value not in (None, "")}
    errors: dict[str, list[str]] = {}
    if ratings and kind == SurveyKind.CSAT:
        errors["ratings"] = ["A satisfaction survey asks no ratings; send the score only."]
        return {}, errors
    for name, value in ratings.items():
        if name not in Category.values:
            errors[name] = [f"There is no question “{name}” in this survey."]
        elif isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
            errors[name] = [f"Rate {Category(name).label.lower()} from 1 (poor) to 5 (excellent)."]
    return ratings, errors


def _check(survey: Survey, score: object, reason: str, comment: str, ratings) -> dict:
    errors: dict[str, list[str]] = {}
    if problem := _score_problem(survey.kind, score):
        errors["score"] = [problem]
    if reason and reason not in LowScoreReason.values:
        errors["reason"] = ["Choose a reason from the list."]
    elif not reason and survey.is_csat and not errors and is_low(survey.kind, score):
        errors["reason"] = ["Tell us the main reason for a low score: it is where we start."]
    if reason == LowScoreReason.OTHER and not comment:
        errors["comment"] = ["Tell us in a few words what went wrong."]
    if len(comment) > COMMENT_MAX:
        errors["comment"] = [f"Keep it under {COMMENT_MAX} characters."]
    checked, rating_errors = _ratings(survey.kind, ratings)
    errors.update(rating_errors)
    if errors:
        raise ValidationError(errors)
    return checked


def _score_text(kind: str, score: int) -> str:
    if kind == SurveyKind.CSAT:
        return f"{score} of 5 ({CSAT_LABELS[score].lower()})"
    return f"{score} of 10 ({NPS_GROUP_LABELS[nps_group(score)].lower()})"


def _follow_up(response: SurveyResponse) -> FollowUp | None:
    """A follow-up for the sponsor's account owner (else whose service the survey
    measures) to call the person back; opened in their name, as their own to-do."""
    survey = response.survey
    for person in (account_owner(survey.sponsor), survey.owner):
        if (
            person is not None
            and person.is_active
            and person.is_cdmo_staff
            and person.has_perm("clients.add_followup")
        ):
            reason = f" ({response.get_reason_display().lower()})" if response.reason else ""
            return followup_add(
                actor=person,
                sponsor=survey.sponsor,
                description=(
                    f"Call {response.respondent.printed_name} back: they scored "
                    f"{_score_text(survey.kind, response.score)}{reason} in the survey "
                    f"“{survey.title}”."
                )[:500],
                owner=person,
                due_on=clock.today() + dt.timedelta(days=FOLLOW_UP_DAYS),
            )
    return None


@transaction.atomic
def survey_answer(
    *,
    actor: User,
    survey: Survey,
    score: int,
    reason: str = "",
    comment: str = "",
    ratings: Mapping[str, object] | None = None,
    channel: str = Channel.PORTAL,
) -> SurveyResponse:
    """``actor`` answers ``survey``, sent to them: once, while it is open. A low score
    (satisfaction 1 or 2, recommendation 0 to 6) opens a follow-up for the account owner
    and tells them; the survey closes when everyone asked has answered."""
    require(actor, ANSWER)
    survey = (
        Survey.objects.select_for_update(of=("self",))
        .select_related("sponsor", "project", "owner")
        .get(pk=survey.pk)
    )
    invitation = (
        SurveyInvitation.objects.select_for_update(of=("self",))
        .filter(survey=survey, recipient=actor)
        .first()
    )
    if invitation is None:
        raise PermissionDenied("This survey was not sent to you.")
    if invitation.answered_at is not None:
        raise ValidationError(
            f"You answered this survey on {format_day(invitation.answered_at)}; each person "
            "answers once."
        )
    if not survey.is_open:
        raise ValidationError("This survey is closed: it takes no more answers.")
    if channel not in Channel.values:
        raise ValidationError({"channel": ["Answer in the portal, by the link or the API."]})
    reason = (reason or "").strip()
    comment = (comment or "").strip()
    checked = _check(survey, score, reason, comment, ratings)
    now = timezone.now()
    response = SurveyResponse(
        survey=survey,
        respondent=actor,
        score=score,
        reason=reason,
        comment=comment,
        channel=channel,
        answered_at=now,
        **checked,
    )
    try:
        with transaction.atomic():
            response.save()
    except IntegrityError:
        raise ValidationError(
            "You answered this survey already; each person answers once."
        ) from None
    invitation.answered_at = now
    invitation.save(update_fields=["answered_at"])
    if response.is_low:
        response.follow_up = _follow_up(response)
        if response.follow_up is not None:
            response.save(update_fields=["follow_up"])
    changes = {
        "score": _score_text(survey.kind, score),
        "reason": response.get_reason_display() if reason else None,
        "comment": comment or None,
        **{Category(name).label.lower(): value for name, value in checked.items()},
        "channel": response.get_channel_display(),
    }
    if response.follow_up is not None:
        follow_up = response.follow_up
        changes["follow_up"] = (
            f"{follow_up.owner.printed_name} to call back by {format_day(follow_up.due_on)}"
        )
    audit_record(
        actor=actor,
        action="surveys.surveyresponse.recorded",
        target=response,
        parent=survey,
        changes=created(changes),
    )
    notify("surveys.surveyresponse.recorded", response, actor=actor)
    if not survey.invitations.filter(answered_at__isnull=True).exists():
        close_survey(survey, by=None, reason="Everyone asked has answered.")
    return response
