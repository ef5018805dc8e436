from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Router
from ninja.pagination import paginate

from accord.core.api import PageNumberPagination
from accord.core.concurrency import set_etag
from accord.scorecards import selectors, services
from accord.scorecards.rendering import portal_criteria, scorecard_pdf_response
from accord.scorecards.schemas import (
    ScorecardDetailOut,
    ScorecardOut,
    ScorecardSignIn,
    TemplateIn,
    TemplateOut,
)

router = Router(tags=["Scorecards"])


def _staff(request: HttpRequest) -> None:
    if not request.user.is_cdmo_staff:
        raise PermissionDenied("Scorecard templates are the CDMO's own.")


def _parts(payload: TemplateIn) -> dict:
    data = payload.model_dump()
    data.pop("version", None)
    return data


@router.get(
    "/scorecard-templates", response=list[TemplateOut], summary="Scorecard templates (staff)"
)
@paginate(PageNumberPagination)
def list_templates(request: HttpRequest):
    _staff(request)
    return selectors.templates_visible_to(request.user).prefetch_related("criteria", "bands")


@router.get("/scorecard-templates/{template_id}", response=TemplateOut, summary="One template")
def get_template(request: HttpRequest, response: HttpResponse, template_id: int):
    _staff(request)
    template = get_object_or_404(selectors.templates_visible_to(request.user), pk=template_id)
    set_etag(response, template)
    return template


@router.post(
    "/scorecard-templates",
    response={201: TemplateOut},
    summary="Create a template (weights summing to 100, known variable names)",
)
def create_template(request: HttpRequest, payload: TemplateIn):
    _staff(request)
    return 201, services.template_create(actor=request.user, **_parts(payload))


@router.put(
    "/scorecard-templates/{template_id}", response=TemplateOut, summary="Rewrite a template"
)
def update_template(request: HttpRequest, template_id: int, payload: TemplateIn):
    _staff(request)
    template = get_object_or_404(selectors.templates_visible_to(request.user), pk=template_id)
    return services.template_update(
        actor=request.user, template=template, version=payload.version, **_parts(payload)
    )


@router.get(
    "/scorecards",
    response=list[ScorecardOut],
    summary="Frozen scorecards (sponsor users: their own signed sponsor scorecards)",
)
@paginate(PageNumberPagination)
def list_scorecards(request: HttpRequest, scope_kind: str = "", state: str = "", q: str = ""):
    scorecards = selectors.scorecards_visible_to(request.user)
    return selectors.scorecards_filter(scorecards, q=q, scope_kind=scope_kind, state=state)


@router.get("/scorecards/{scorecard_id}", response=ScorecardDetailOut, summary="One scorecard")
def get_scorecard(request: HttpRequest, response: HttpResponse, scorecard_id: int):
    scorecard = get_object_or_404(selectors.scorecards_visible_to(request.user), pk=scorecard_id)
    set_etag(response, scorecard)
    if not request.user.is_cdmo_staff:
        scorecard.criteria = portal_criteria(scorecard.criteria)
    return scorecard


@router.get("/scorecards/{scorecard_id}/pdf", summary="One frozen scorecard as a PDF")
def get_scorecard_pdf(request: HttpRequest, scorecard_id: int) -> HttpResponse:
    scorecard = get_object_or_404(selectors.scorecards_visible_to(request.user), pk=scorecard_id)
    return scorecard_pdf_response(scorecard, for_sponsor=not request.user.is_cdmo_staff)


@router.post(
    "/scorecards/{scorecard_id}/sign",
    response=ScorecardDetailOut,
    summary="Sign a frozen scorecard as its reviewing executive (password in the body)",
)
def sign_scorecard(request: HttpRequest, scorecard_id: int, payload: ScorecardSignIn):
    _staff(request)
    scorecard = get_object_or_404(selectors.scorecards_visible_to(request.user), pk=scorecard_id)
    return services.scorecard_sign(
        actor=request.user,
        scorecard=scorecard,
        meaning=payload.meaning,
        username=payload.username,
        password=payload.password,
        acknowledge=payload.acknowledge,
        reason=payload.reason,
        version=payload.version,
    )
