"""Surveys through the API, through the same services as the pages: the surveys you may
see, answering one sent to you, and for staff the results and the settings."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Exists, OuterRef
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Status
from ninja.pagination import paginate

from accord.core.api import PageNumberPagination
from accord.core.concurrency import expected_version, set_etag
from accord.surveys import results, selectors, services
from accord.surveys.models import (
    CSAT_LABELS,
    NPS_GROUP_LABELS,
    Category,
    Channel,
    LowScoreReason,
    SurveyInvitation,
    SurveyKind,
    SurveyResponse,
    SurveyState,
    Trigger,
    nps_group,
)
from accord.surveys.schemas import (
    AnswerIn,
    AnswerOut,
    CloseIn,
    ResultsFilters,
    ResultsOut,
    SettingsIn,
    SettingsOut,
    SurveyDetailOut,
    SurveyFilters,
    SurveyOut,
)

router = Router(tags=["Surveys"])


def _annotated(request: HttpRequest):
    mine = SurveyInvitation.objects.filter(survey=OuterRef("pk"), recipient=request.user)
    return selectors.surveys_visible_to(request.user).annotate(
        asked_me=Exists(mine), answered_by_me=Exists(mine.filter(answered_at__isnull=False))
    )


def _answer(answer: SurveyResponse) -> dict:
    kind = answer.survey.kind
    return {
        "id": answer.pk,
        "respondent_name": answer.respondent.printed_name,
        "score": answer.score,
        "meaning": CSAT_LABELS[answer.score]
        if kind == SurveyKind.CSAT
        else NPS_GROUP_LABELS[nps_group(answer.score)],
        "reason": answer.reason,
        "reason_label": answer.get_reason_display() if answer.reason else "",
        "comment": answer.comment,
        "ratings": {name: getattr(answer, name) for name in Category.values}
        if kind == SurveyKind.NPS
        else {},
        "channel_label": answer.get_channel_display(),
        "answered_at": answer.answered_at,
    }


def _choices(choices) -> list[dict]:
    return [{"value": value, "label": label} for value, label in choices]


@router.get("/surveys", response=list[SurveyOut], summary="The surveys you may see")
@paginate(PageNumberPagination)
def list_surveys(request: HttpRequest, filters: Query[SurveyFilters]):
    surveys = selectors.surveys_filter(
        _annotated(request),
        kind=filters.kind if filters.kind in SurveyKind.values else "",
        state=filters.state if filters.state in SurveyState.values else "",
    )
    if filters.to_answer:
        surveys = surveys.filter(state=SurveyState.OPEN, asked_me=True, answered_by_me=False)
    return surveys


@router.get(
    "/surveys/{survey_id}",
    response=SurveyDetailOut,
    summary="One survey: its questions and the answers you may see",
)
def get_survey(request: HttpRequest, response: HttpResponse, survey_id: int):
    survey = get_object_or_404(_annotated(request), pk=survey_id)
    set_etag(response, survey)
    answers = selectors.responses_visible_to(request.user).filter(survey=survey)
    survey.reasons = _choices(LowScoreReason.choices)
    survey.categories = _choices(Category.choices) if survey.kind == SurveyKind.NPS else []
    survey.answers = [_answer(answer) for answer in answers]
    return survey


@router.post(
    "/surveys/{survey_id}/answers",
    response={201: AnswerOut},
    summary="Answer a survey sent to you (once; a satisfaction of 1 or 2 needs a reason)",
)
def answer_survey(request: HttpRequest, survey_id: int, payload: AnswerIn):
    survey = get_object_or_404(selectors.surveys_visible_to(request.user), pk=survey_id)
    answer = services.survey_answer(
        actor=request.user,
        survey=survey,
        score=payload.score,
        reason=payload.reason,
        comment=payload.comment,
        ratings={name: getattr(payload, name) for name in Category.values},
        channel=Channel.API,
    )
    return Status(201, _answer(answer))


def _staff(request: HttpRequest, permission: str) -> None:
    if not (request.user.is_cdmo_staff and request.user.has_perm(permission)):
        raise PermissionDenied("Only CDMO staff whose roles allow it do this.")


@router.get(
    "/survey-results",
    response=ResultsOut,
    summary="CSAT and NPS of the answers that match the filters (CDMO staff)",
)
def survey_results(request: HttpRequest, filters: Query[ResultsFilters]):
    _staff(request, "surveys.view_surveyresponse")
    if filters.trigger and filters.trigger not in Trigger.values:
        raise ValidationError({"trigger": [f"Choose one of {', '.join(Trigger.values)}."]})
    if (
        filters.answered_from
        and filters.answered_to
        and filters.answered_to < filters.answered_from
    ):
        raise ValidationError({"answered_to": ["The end is before the start."]})
    responses = selectors.responses_filter(
        selectors.responses_visible_to(request.user), **filters.model_dump()
    )
    tables = results.report(responses)
    return {
        "csat": tables["csat"]["summary"],
        "nps": tables["nps"]["summary"],
        "csat_by_quarter": tables["csat"]["by_quarter"],
        "csat_by_sponsor": tables["csat"]["by_sponsor"],
        "csat_by_project": tables["csat"]["by_project"],
        "csat_by_owner": tables["csat"]["by_owner"],
        "nps_by_quarter": tables["nps"]["by_quarter"],
        "nps_by_sponsor": tables["nps"]["by_sponsor"],
        "categories": tables["nps"]["categories"],
    }


def _settings(settings) -> dict:
    return {
        "concern_csat": settings.concern_csat,
        "milestone_kinds": list(settings.milestone_kinds),
        "milestone_words": settings.words(),
        "quarterly_nps": settings.quarterly_nps,
        "project_close_nps": settings.project_close_nps,
        "remind_after_days": settings.remind_after_days,
        "reminders": settings.reminders,
        "answer_days": settings.answer_days,
        "version": settings.version,
    }


@router.get("/survey-settings", response=SettingsOut, summary="When surveys are sent (staff)")
def get_survey_settings(request: HttpRequest, response: HttpResponse):
    _staff(request, "surveys.view_surveysettings")
    settings = selectors.survey_settings()
    set_etag(response, settings)
    return _settings(settings)


@router.put(
    "/survey-settings",
    response=SettingsOut,
    summary="Change when surveys are sent (send its version, or If-Match with its ETag)",
)
def change_survey_settings(request: HttpRequest, response: HttpResponse, payload: SettingsIn):
    _staff(request, "surveys.change_surveysettings")
    data = payload.model_dump(exclude={"reason", "version"})
    data["milestone_words"] = "\n".join(word.strip() for word in data["milestone_words"])
    settings = services.survey_settings_save(
        actor=request.user,
        version=expected_version(request, payload.version),
        reason=payload.reason,
        **data,
    )
    set_etag(response, settings)
    return _settings(settings)


@router.post(
    "/surveys/{survey_id}/close",
    response=SurveyDetailOut,
    summary="Close an open survey before its time, with a reason (staff)",
    description="As on the survey's page: sent by mistake, or the sponsor asked. Send the "
    "survey's `ETag` as `If-Match` (or `version` in the body); a closed survey is a 409.",
)
def close_survey(request: HttpRequest, response: HttpResponse, survey_id: int, payload: CloseIn):
    _staff(request, "surveys.close_survey")
    survey = get_object_or_404(selectors.surveys_visible_to(request.user), pk=survey_id)
    services.survey_close(
        actor=request.user,
        survey=survey,
        reason=payload.reason,
        version=expected_version(request, payload.version),
    )
    return get_survey(request, response, survey_id)
