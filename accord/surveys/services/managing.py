"""Running surveys: the CDMO-wide settings, closing a survey (staff early, or Accord when
its time is over or everyone answered), and reminding the people who have not answered.
Each write audits itself in its transaction."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from accord.accounts.models import User
from accord.audit.services import audit_record, diff, snapshot
from accord.core import concurrency
from accord.core.permissions import require
from accord.notifications.services import notify
from accord.planning.models import Task
from accord.surveys.models import Survey, SurveyInvitation, SurveySettings, SurveyState
from accord.surveys.workflows import SURVEY_WORKFLOW

SETTINGS_FIELDS = (
    "concern_csat",
    "milestone_kinds",
    "milestone_words",
    "quarterly_nps",
    "project_close_nps",
    "remind_after_days",
    "reminders",
)
KIND_LABELS = {
    Task.Kind.MILESTONE.value: "Milestones",
    Task.Kind.DECISION.value: "Decision points",
}


def _shown(values: dict[str, object]) -> dict[str, object]:
    """Settings as a person reads them in the history: kinds of milestone by name."""
    kinds = values.get("milestone_kinds")
    if isinstance(kinds, list):
        values["milestone_kinds"] = ", ".join(KIND_LABELS.get(k, k) for k in kinds) or "None"
    return values


@transaction.atomic
def survey_settings_save(
    *, actor: User, version: int | None, reason: str = "", **fields
) -> SurveySettings:
    """Change what triggers a survey and how long people have to answer. ``version`` is
    the one the editor read: a change saved meanwhile is refused, never overwritten."""
    require(actor, "surveys.change_surveysettings")
    if not actor.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff set how surveys are sent.")
    unknown = set(fields) - set(SETTINGS_FIELDS)
    if unknown:
        raise ValidationError({"__all__": [f"Unknown settings: {', '.join(sorted(unknown))}"]})
    SurveySettings.objects.get_or_create(pk=SurveySettings.ONE)
    settings = concurrency.locked(SurveySettings(pk=SurveySettings.ONE), version)
    before = _shown(snapshot(settings, SETTINGS_FIELDS))
    for name, value in fields.items():
        setattr(settings, name, value.strip() if isinstance(value, str) else value)
    settings.full_clean()
    changes = diff(before, _shown(snapshot(settings, SETTINGS_FIELDS)))
    if not changes:
        return settings
    concurrency.bump(settings)
    settings.updated_at = timezone.now()
    settings.save()
    audit_record(
        actor=actor,
        action="surveys.surveysettings.changed",
        target=settings,
        changes=changes,
        reason=reason,
    )
    return settings


def close_survey(survey: Survey, *, by: User | None, reason: str) -> Survey:
    """Close ``survey`` (locked by the caller's transaction): no more answers, no more
    reminders, and its links stop working."""
    answered = survey.invitations.filter(answered_at__isnull=False).count()
    asked = survey.invitations.count()
    survey.state = SurveyState.CLOSED
    survey.closed_at = timezone.now()
    concurrency.bump(survey)
    survey.save(update_fields=["state", "closed_at", "version"])
    audit_record(
        actor=by,
        action="surveys.survey.closed",
        target=survey,
        parent=survey.project or survey.sponsor,
        changes={
            "state": [SurveyState.OPEN.label, SurveyState.CLOSED.label],
            "answered": [None, f"{answered} of {asked}"],
        },
        reason=reason,
    )
    return survey


@transaction.atomic
def survey_close(*, actor: User, survey: Survey, reason: str, version: int | None = None) -> Survey:
    """Staff close a survey before its time (it was sent by mistake, the sponsor asked),
    with a reason."""
    if not actor.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff close a survey.")
    survey = concurrency.locked(survey, version)
    SURVEY_WORKFLOW.check(survey, "close", actor)
    if not (reason or "").strip():
        raise ValidationError({"reason": ["Say why the survey closes before its time."]})
    return close_survey(survey, by=actor, reason=reason.strip())


def invitation_remind(invitation: SurveyInvitation) -> None:
    """Remind one person who has not answered (its row locked by the caller)."""
    invitation.reminders_sent += 1
    invitation.reminded_at = timezone.now()
    invitation.save(update_fields=["reminders_sent", "reminded_at"])
    audit_record(
        actor=None,
        action="surveys.surveyinvitation.reminded",
        target=invitation,
        parent=invitation.survey,
        changes={"reminders_sent": [invitation.reminders_sent - 1, invitation.reminders_sent]},
    )
    notify("surveys.surveyinvitation.reminded", invitation)
