"""Continuous improvement through the API, through the same services as the pages.

Initiatives: CDMO staff read and work them all; a sponsor's people read the
sponsor-facing ones of their company (another sponsor's, or an internal one, is 404).
5S audits and the technology register are for CDMO staff only (403 whatever the id).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema, Status

from accord.accounts.models import Organization, Site, User
from accord.core.api import InputSchema, PageNumberPagination
from accord.core.concurrency import expected_version, set_etag
from accord.delays.models import Delay
from accord.improvement import selectors, services
from accord.improvement.models import (
    FIVE_S,
    SCORE_MAX,
    FiveSAudit,
    Initiative,
    Method,
    Stage,
    StageGate,
)
from accord.improvement.models import (
    Status as InitiativeStatus,
)
from accord.lessons.selectors import lessons_visible_to
from accord.projects.models import Project

router = Router(tags=["Continuous improvement"])


class DeliverableOut(Schema):
    id: int
    stage: str
    name: str
    done_on: dt.date | None
    is_standard: bool = Field(description="On every DMAIC checklist; false for one added")


class GateOut(Schema):
    stage: str
    stage_label: str
    passed_on: dt.date
    passed_by_name: str


class InitiativeOut(Schema):
    id: int
    code: str
    title: str
    problem_statement: str
    method: str
    method_label: str
    status: str
    status_label: str
    stage: str
    stage_label: str
    site_name: str
    sponsor_id: int | None
    project_code: str | None
    owner_name: str
    champion_name: str
    started_on: dt.date
    closed_on: dt.date | None
    baseline_metric: str
    baseline_value: Decimal | None
    unit: str
    target_value: Decimal | None
    result_value: Decimal | None
    result_measured_on: dt.date | None
    days_saved: Decimal | None
    rft_points: Decimal | None
    cost_saved: Decimal | None = Field(None, description="CDMO staff only")
    lesson_id: int | None = Field(
        None, description="The lesson learned it started from (CDMO staff only)"
    )
    deliverables: list[DeliverableOut]
    gates: list[GateOut]
    version: int


class InitiativePage(PageNumberPagination.Output):
    items: list[InitiativeOut]


class InitiativeFilters(Schema):
    q: str | None = Field(None, max_length=200)
    method: Method | None = None
    status: InitiativeStatus | None = None
    stage: Stage | None = None


class InitiativeIn(InputSchema):
    title: str = Field(..., max_length=200)
    problem_statement: str = Field(..., max_length=10000)
    method: Method
    owner_id: int
    champion_id: int
    site_id: int
    team_ids: list[int] = []
    sponsor_id: int | None = None
    project_id: int | None = None
    lesson_id: int | None = Field(None, description="The lesson learned it starts from.")
    started_on: dt.date | None = None
    baseline_metric: str = Field("", max_length=200)
    baseline_value: Decimal | None = None
    unit: str = Field("", max_length=40)
    target_value: Decimal | None = None


class ResultIn(InputSchema):
    result_value: Decimal
    result_measured_on: dt.date
    days_saved: Decimal | None = None
    cost_saved: Decimal | None = None
    rft_points: Decimal | None = None
    version: int | None = Field(None, ge=1)


class SignIn(InputSchema):
    username: str = Field(..., max_length=150)
    password: str = Field(..., max_length=1024)
    acknowledge: bool = False
    note: str = Field("", max_length=2000)
    version: int | None = Field(None, ge=1)


class BaselineIn(InputSchema):
    cause: Delay.Cause
    start: dt.date
    end: dt.date
    site_id: int | None = None
    sponsor_id: int | None = None
    version: int | None = Field(None, ge=1)


class ScoresIn(InputSchema):
    sort: int = Field(..., ge=0, le=SCORE_MAX)
    set_in_order: int = Field(..., ge=0, le=SCORE_MAX)
    shine: int = Field(..., ge=0, le=SCORE_MAX)
    standardize: int = Field(..., ge=0, le=SCORE_MAX)
    sustain: int = Field(..., ge=0, le=SCORE_MAX)


class AuditIn(InputSchema):
    audited_on: dt.date
    auditor_id: int
    scores: ScoresIn
    notes: dict[str, str] = {}


class AuditOut(Schema):
    id: int
    area_id: int
    area_name: str
    audited_on: dt.date
    auditor_name: str
    scores: dict[str, int]
    total: int


class CapabilitySiteOut(Schema):
    site_name: str
    status: str
    status_label: str
    qualified_on: dt.date | None


class CapabilityOut(Schema):
    id: int
    name: str
    category: str
    category_label: str
    sites: list[CapabilitySiteOut]


def _out(initiative: Initiative, user) -> dict:
    return {
        "id": initiative.pk,
        "code": initiative.code,
        "title": initiative.title,
        "problem_statement": initiative.problem_statement,
        "method": initiative.method,
        "method_label": initiative.get_method_display(),
        "status": initiative.status,
        "status_label": initiative.get_status_display(),
        "stage": initiative.stage,
        "stage_label": initiative.stage_label,
        "site_name": initiative.site.name,
        "sponsor_id": initiative.sponsor_id,
        "project_code": initiative.project.code if initiative.project else None,
        "owner_name": initiative.owner.printed_name,
        "champion_name": initiative.champion.printed_name,
        "started_on": initiative.started_on,
        "closed_on": initiative.closed_on,
        "baseline_metric": initiative.baseline_metric,
        "baseline_value": initiative.baseline_value,
        "unit": initiative.unit,
        "target_value": initiative.target_value,
        "result_value": initiative.result_value,
        "result_measured_on": initiative.result_measured_on,
        "days_saved": initiative.days_saved,
        "rft_points": initiative.rft_points,
        "cost_saved": initiative.cost_saved if user.is_cdmo_staff else None,
        # Lessons learned are the CDMO's own: a sponsor's people never read them.
        "lesson_id": initiative.lesson_id if user.is_cdmo_staff else None,
        "deliverables": [
            {
                "id": d.pk,
                "stage": d.stage,
                "name": d.name,
                "done_on": d.done_on,
                "is_standard": d.is_standard,
            }
            for d in initiative.deliverables.all()
        ],
        "gates": [
            {
                "stage": g.stage,
                "stage_label": g.get_stage_display(),
                "passed_on": g.passed_on,
                "passed_by_name": g.passed_by.printed_name,
            }
            for g in initiative.gates.all()
        ],
        "version": initiative.version,
    }


def _staff(request: HttpRequest) -> None:
    # Refused before any lookup: a sponsor user learns nothing about ids.
    if not request.user.is_cdmo_staff:
        raise PermissionDenied("This is for the CDMO's staff.")


def _initiative(request: HttpRequest, initiative_id: int) -> Initiative:
    return get_object_or_404(
        selectors.initiatives_visible_to(request.user).prefetch_related(
            Prefetch("gates", StageGate.objects.select_related("passed_by"))
        ),
        pk=initiative_id,
    )


def _staff_initiative(request: HttpRequest, initiative_id: int) -> Initiative:
    _staff(request)
    return _initiative(request, initiative_id)


def _done(request: HttpRequest, response: HttpResponse, initiative: Initiative) -> dict:
    fresh = _initiative(request, initiative.pk)
    set_etag(response, fresh)
    return _out(fresh, request.user)


def _signed(
    request: HttpRequest,
    response: HttpResponse,
    initiative_id: int,
    payload: SignIn,
    decide: Callable[..., object],
) -> dict:
    """A decision the champion signs with the credentials in the body (a gate, a close)."""
    initiative = _staff_initiative(request, initiative_id)
    decide(
        actor=request.user,
        initiative=initiative,
        username=payload.username,
        password=payload.password,
        acknowledge=payload.acknowledge,
        note=payload.note,
        version=expected_version(request, payload.version),
    )
    return _done(request, response, initiative)


def _staff_user(pk: int) -> User:
    return get_object_or_404(User.objects.filter(organization__kind="cdmo"), pk=pk)


@router.get(
    "/improvement/initiatives",
    response=InitiativePage,
    summary="Improvement initiatives (sponsor users: the sponsor-facing ones of their company)",
)
def list_initiatives(
    request: HttpRequest,
    filters: Query[InitiativeFilters],
    pagination: Query[PageNumberPagination.Input],
):
    rows = selectors.initiatives_filter(
        selectors.initiatives_visible_to(request.user),
        query=filters.q or "",
        method=filters.method.value if filters.method else "",
        status=filters.status.value if filters.status else "",
        stage=filters.stage.value if filters.stage else "",
    ).prefetch_related(
        "deliverables", Prefetch("gates", StageGate.objects.select_related("passed_by"))
    )
    page = PageNumberPagination().paginate_queryset(
        rows.order_by("-started_on", "-code"), pagination
    )
    page["items"] = [_out(item, request.user) for item in page["items"]]
    return page


@router.get(
    "/improvement/initiatives/{initiative_id}", response=InitiativeOut, summary="One initiative"
)
def get_initiative(request: HttpRequest, response: HttpResponse, initiative_id: int):
    initiative = _initiative(request, initiative_id)
    set_etag(response, initiative)
    return _out(initiative, request.user)


@router.post(
    "/improvement/initiatives", response={201: InitiativeOut}, summary="Start an initiative"
)
def create_initiative(request: HttpRequest, response: HttpResponse, payload: InitiativeIn):
    _staff(request)
    sponsor = (
        get_object_or_404(Organization, pk=payload.sponsor_id, kind="sponsor")
        if payload.sponsor_id
        else None
    )
    initiative = services.initiative_create(
        actor=request.user,
        title=payload.title,
        problem_statement=payload.problem_statement,
        method=payload.method.value,
        owner=_staff_user(payload.owner_id),
        champion=_staff_user(payload.champion_id),
        team=[_staff_user(pk) for pk in payload.team_ids],
        site=get_object_or_404(Site, pk=payload.site_id),
        sponsor=sponsor,
        project=get_object_or_404(Project, pk=payload.project_id) if payload.project_id else None,
        started_on=payload.started_on,
        lesson=(
            get_object_or_404(lessons_visible_to(request.user), pk=payload.lesson_id)
            if payload.lesson_id
            else None
        ),
        baseline_metric=payload.baseline_metric,
        baseline_value=payload.baseline_value,
        unit=payload.unit,
        target_value=payload.target_value,
    )
    return Status(201, _done(request, response, initiative))


@router.post(
    "/improvement/initiatives/{initiative_id}/result",
    response=InitiativeOut,
    summary="Record the measured result and what it saved",
)
def record_result(
    request: HttpRequest, response: HttpResponse, initiative_id: int, payload: ResultIn
):
    initiative = _staff_initiative(request, initiative_id)
    data = payload.model_dump(exclude={"version"})
    initiative = services.initiative_update(
        actor=request.user,
        initiative=initiative,
        version=expected_version(request, payload.version),
        **data,
    )
    return _done(request, response, initiative)


@router.post(
    "/improvement/initiatives/{initiative_id}/gate",
    response=InitiativeOut,
    summary="The champion signs the current DMAIC stage's gate (Control closes it)",
)
def pass_gate(request: HttpRequest, response: HttpResponse, initiative_id: int, payload: SignIn):
    return _signed(request, response, initiative_id, payload, services.initiative_pass_gate)


@router.post(
    "/improvement/initiatives/{initiative_id}/close",
    response=InitiativeOut,
    summary="The champion closes a Kaizen or 5S initiative with a signature",
)
def close_initiative(
    request: HttpRequest, response: HttpResponse, initiative_id: int, payload: SignIn
):
    return _signed(request, response, initiative_id, payload, services.initiative_close)


@router.post(
    "/improvement/initiatives/{initiative_id}/baseline-from-delays",
    response=InitiativeOut,
    summary="Take the baseline from the delays register (days lost to a cause per month)",
)
def baseline_from_delays(
    request: HttpRequest, response: HttpResponse, initiative_id: int, payload: BaselineIn
):
    initiative = _staff_initiative(request, initiative_id)
    services.initiative_baseline_from_delays(
        actor=request.user,
        initiative=initiative,
        cause=payload.cause.value,
        start=payload.start,
        end=payload.end,
        site=get_object_or_404(Site, pk=payload.site_id) if payload.site_id else None,
        sponsor=get_object_or_404(Organization, pk=payload.sponsor_id, kind="sponsor")
        if payload.sponsor_id
        else None,
        version=expected_version(request, payload.version),
    )
    return _done(request, response, initiative)


def _audit(audit: FiveSAudit) -> dict:
    return {
        "id": audit.pk,
        "area_id": audit.area_id,
        "area_name": audit.area.name,
        "audited_on": audit.audited_on,
        "auditor_name": audit.auditor.printed_name,
        "scores": {name: getattr(audit, name) for name, _, _ in FIVE_S},
        "total": audit.total,
    }


@router.get(
    "/improvement/areas/{area_id}/audits",
    response=list[AuditOut],
    summary="A 5S area's audits, oldest first (CDMO staff)",
)
def list_audits(request: HttpRequest, area_id: int):
    _staff(request)
    area = get_object_or_404(selectors.five_s_areas_visible_to(request.user), pk=area_id)
    return [_audit(a) for a in area.audits.select_related("area", "auditor").order_by("audited_on")]


@router.post(
    "/improvement/areas/{area_id}/audits",
    response={201: AuditOut},
    summary="Record a 5S audit: the five scores, 0 to 5 each",
)
def record_audit(request: HttpRequest, area_id: int, payload: AuditIn):
    _staff(request)
    area = get_object_or_404(selectors.five_s_areas_visible_to(request.user), pk=area_id)
    audit = services.five_s_audit_record(
        actor=request.user,
        area=area,
        auditor=_staff_user(payload.auditor_id),
        audited_on=payload.audited_on,
        scores=payload.scores.model_dump(),
        notes=payload.notes,
    )
    return Status(201, _audit(audit))


@router.get(
    "/improvement/capabilities",
    response=list[CapabilityOut],
    summary="The technology register: capabilities and their status per site (CDMO staff)",
)
def list_capabilities(request: HttpRequest):
    _staff(request)
    rows = selectors.capabilities_visible_to(request.user).prefetch_related("sites__site")
    return [
        {
            "id": c.pk,
            "name": c.name,
            "category": c.category,
            "category_label": c.get_category_display(),
            "sites": [
                {
                    "site_name": e.site.name,
                    "status": e.status,
                    "status_label": e.get_status_display(),
                    "qualified_on": e.qualified_on,
                }
                for e in c.sites.all()
            ],
        }
        for c in rows.order_by("name")
    ]


# The deliverable, edit and cancel endpoints share this router (and its paths); last.
from accord.improvement import (  # noqa: E402, F401, I001
    api_deliverables,
    initiative_write_api,
    register_api,
)
