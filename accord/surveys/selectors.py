"""Reads of surveys, invitations and answers, as the person asking may see them.

Staff see every survey and answer. A sponsor manager sees its company's surveys and the
answers of its people; a sponsor contact sees the surveys it was asked to answer and its
own answers. Nobody outside the sponsor's company sees any of them.
"""

from __future__ import annotations

import datetime as dt

from django.db.models import Exists, OuterRef, Q, QuerySet

from accord.accounts.roles import SPONSOR_CONTACT, SPONSOR_MANAGER
from accord.surveys.models import (
    Survey,
    SurveyInvitation,
    SurveyResponse,
    SurveySettings,
    SurveyState,
)


def _active(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


def _sponsor_scope(user, queryset: QuerySet, sponsor: str, own: Q) -> QuerySet:
    """Staff: all; a sponsor manager: its company's; a sponsor contact: ``own`` only."""
    if user.is_cdmo_staff:
        return queryset
    mine = queryset.filter(**{sponsor: user.organization_id})
    if user.has_role(SPONSOR_MANAGER):
        return mine
    if user.has_role(SPONSOR_CONTACT):
        return mine.filter(own)
    return queryset.none()


def surveys_visible_to(user) -> QuerySet[Survey]:
    surveys = Survey.objects.select_related("sponsor", "project", "concern", "milestone", "owner")
    if not _active(user) or not user.has_perm("surveys.view_survey"):
        return surveys.none()
    invited = SurveyInvitation.objects.filter(survey=OuterRef("pk"), recipient=user)
    return _sponsor_scope(user, surveys, "sponsor_id", Q(Exists(invited)))


def invitations_visible_to(user) -> QuerySet[SurveyInvitation]:
    invitations = SurveyInvitation.objects.select_related("survey__sponsor", "recipient")
    if not _active(user) or not user.has_perm("surveys.view_survey"):
        return invitations.none()
    return _sponsor_scope(user, invitations, "survey__sponsor_id", Q(recipient=user))


def responses_visible_to(user) -> QuerySet[SurveyResponse]:
    responses = SurveyResponse.objects.select_related(
        "survey__sponsor", "survey__project", "survey__owner", "respondent"
    )
    if not _active(user) or not user.has_perm("surveys.view_surveyresponse"):
        return responses.none()
    return _sponsor_scope(user, responses, "survey__sponsor_id", Q(respondent=user))


def survey_settings_visible_to(user) -> QuerySet[SurveySettings]:
    if not (_active(user) and user.is_cdmo_staff and user.has_perm("surveys.view_surveysettings")):
        return SurveySettings.objects.none()
    return SurveySettings.objects.all()


def survey_settings() -> SurveySettings:
    """The CDMO's survey settings: as saved, else the defaults (not saved)."""
    return SurveySettings.objects.filter(pk=SurveySettings.ONE).first() or SurveySettings()


def surveys_to_answer(user) -> QuerySet[Survey]:
    """Open surveys the user was asked to answer and has not answered yet."""
    waiting = SurveyInvitation.objects.filter(
        survey=OuterRef("pk"), recipient=user, answered_at__isnull=True
    )
    return surveys_visible_to(user).filter(Exists(waiting), state=SurveyState.OPEN)


def invitation_of(user, survey: Survey) -> SurveyInvitation | None:
    if not _active(user):
        return None
    return SurveyInvitation.objects.filter(survey=survey, recipient=user).first()


def surveys_filter(
    surveys: QuerySet[Survey],
    *,
    query: str = "",
    kind: str = "",
    state: str = "",
    trigger: str = "",
    sponsor_id: int | None = None,
) -> QuerySet[Survey]:
    if query:
        surveys = surveys.filter(
            Q(title__icontains=query)
            | Q(sponsor__name__icontains=query)
            | Q(project__code__icontains=query)
        )
    if kind:
        surveys = surveys.filter(kind=kind)
    if state:
        surveys = surveys.filter(state=state)
    if trigger:
        surveys = surveys.filter(trigger=trigger)
    if sponsor_id is not None:
        surveys = surveys.filter(sponsor_id=sponsor_id)
    return surveys


def responses_filter(
    responses: QuerySet[SurveyResponse],
    *,
    kind: str = "",
    sponsor_id: int | None = None,
    project_id: int | None = None,
    owner_id: int | None = None,
    trigger: str = "",
    answered_from: dt.date | None = None,
    answered_to: dt.date | None = None,
) -> QuerySet[SurveyResponse]:
    """The answers a results page counts: by kind, sponsor, project, owner, what sent the
    survey, and the days they were given (both included, in the installation's zone)."""
    if kind:
        responses = responses.filter(survey__kind=kind)
    if sponsor_id is not None:
        responses = responses.filter(survey__sponsor_id=sponsor_id)
    if project_id is not None:
        responses = responses.filter(survey__project_id=project_id)
    if owner_id is not None:
        responses = responses.filter(survey__owner_id=owner_id)
    if trigger:
        responses = responses.filter(survey__trigger=trigger)
    if answered_from is not None:
        responses = responses.filter(answered_at__date__gte=answered_from)
    if answered_to is not None:
        responses = responses.filter(answered_at__date__lte=answered_to)
    return responses


def responses_answered(
    kind: str,
    start: dt.date,
    end: dt.date,
    *,
    sponsor_id: int | None = None,
    project_id: int | None = None,
    site_id: int | None = None,
) -> QuerySet[SurveyResponse]:
    """The answers to surveys of ``kind`` given from ``start`` to ``end`` (local days),
    of a sponsor, a project, a site (its projects' surveys) or all, whoever asks: the
    CDMO's own figures (scorecards)."""
    responses = SurveyResponse.objects.filter(
        survey__kind=kind, answered_at__date__gte=start, answered_at__date__lte=end
    ).select_related("survey__sponsor", "survey__project")
    if sponsor_id is not None:
        responses = responses.filter(survey__sponsor_id=sponsor_id)
    if project_id is not None:
        responses = responses.filter(survey__project_id=project_id)
    if site_id is not None:
        responses = responses.filter(survey__project__site_id=site_id)
    return responses.order_by("answered_at", "pk")
