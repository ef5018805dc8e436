"""CAPA through the API, through the same services as the pages. Everyone reads the CAPA
they may see (a sponsor: those of its deviations it was told of; another sponsor's is
404); the CDMO's staff open CAPA and work their actions, and QA verifies, implements,
records the check of effectiveness, closes and cancels, each signed with the user id and
password sent in the request."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Field, File, Form, Query, Router, Schema, Status
from ninja.files import UploadedFile

from accord.accounts.models import User
from accord.core import clock
from accord.core.api import InputSchema, PageNumberPagination
from accord.core.concurrency import expected_version, set_etag
from accord.quality import selectors
from accord.quality.models import Capa, CapaAction, CapaActionType, EffectivenessCheck, cause_label
from accord.quality.services import capa as services

router = Router(tags=["CAPA"])


class ActionOut(Schema):
    id: int
    action_type: str
    action_type_label: str
    description: str
    owner_name: str
    qa_approver_name: str
    due_date: dt.date
    state: str
    state_label: str
    evidence: str
    evidence_file_name: str
    done_at: dt.datetime | None
    verified_at: dt.datetime | None
    cancel_reason: str
    version: int


class CheckOut(Schema):
    success_criteria: str
    starts_on: dt.date
    due_date: dt.date
    evidence: str
    verdict: str
    verdict_label: str
    rating: int | None
    checked_by_name: str | None
    checked_at: dt.datetime | None


class CapaOut(Schema):
    id: int
    number: str
    title: str
    problem: str
    state: str
    state_label: str
    deviation_number: str | None
    sponsor_id: int | None
    sponsor_name: str | None
    root_cause_category: str
    root_cause_label: str
    owner_name: str
    qa_approver_name: str
    due_date: dt.date
    overdue: bool
    effectiveness_required: bool
    effectiveness_after_days: int
    effectiveness_rationale: str
    success_criteria: str
    requires_retraining: bool
    follows_number: str | None
    followed_by_numbers: list[str]
    closure_reason: str
    created_at: dt.datetime
    implemented_at: dt.datetime | None
    closed_at: dt.datetime | None
    actions: list[ActionOut]
    check: CheckOut | None = Field(None, description="The check of effectiveness, once implemented")
    version: int


class CapaPage(PageNumberPagination.Output):
    items: list[CapaOut]


class CapaFilters(Schema):
    q: str | None = Field(None, max_length=200)
    state: Capa.State | None = None
    sponsor_id: int | None = None
    owner_id: int | None = Field(None, description="Owner of the CAPA or of one of its actions")
    deviation_id: int | None = None
    overdue: bool | None = Field(None, description="Open and past its due date")


class CapaIn(InputSchema):
    title: str = Field(..., max_length=200)
    problem: str = Field(..., max_length=10_000)
    owner_id: int
    qa_approver_id: int = Field(..., description="From QA; never the owner")
    due_date: dt.date
    success_criteria: str = Field("", max_length=5000)
    deviation_id: int | None = None
    root_cause_category: str | None = Field(
        None, max_length=40, description="Empty: taken from the deviation's investigation"
    )
    effectiveness_required: bool = True
    effectiveness_after_days: int | None = Field(90, ge=0, le=services.MAX_CHECK_DELAY_DAYS)
    effectiveness_rationale: str = Field("", max_length=5000)
    requires_retraining: bool | None = Field(
        None, description="Empty: required when the root cause is training"
    )


class ActionIn(InputSchema):
    action_type: CapaActionType
    description: str = Field(..., max_length=5000)
    owner_id: int
    qa_approver_id: int = Field(..., description="From QA; never the action's owner")
    due_date: dt.date
    version: int | None = Field(None, ge=1, description="The CAPA's version you read")


class VersionIn(InputSchema):
    version: int | None = Field(None, ge=1, description="The version you read (or If-Match)")


class DoneIn(VersionIn):
    evidence: str = Field(..., max_length=10_000, description="What shows it was done")


class ReasonIn(VersionIn):
    reason: str = Field(..., max_length=2000)


class SignIn(VersionIn):
    username: str = Field(..., max_length=150)
    password: str = Field(..., max_length=1024)
    acknowledge: bool = Field(
        False, description="Acknowledge that your electronic signature is binding (once)"
    )


class ImplementIn(SignIn):
    check_due: dt.date | None = Field(
        None, description="Empty: 30 days after the check's window opens"
    )


class SignedReasonIn(SignIn):
    reason: str = Field(..., max_length=2000)


class CheckIn(SignIn):
    evidence: str = Field(..., max_length=10_000)
    verdict: EffectivenessCheck.Verdict
    rating: int = Field(..., ge=1, le=5)


def _action_out(action: CapaAction) -> dict:
    return {
        "id": action.pk,
        "action_type": action.action_type,
        "action_type_label": action.get_action_type_display(),
        "description": action.description,
        "owner_name": action.owner.printed_name,
        "qa_approver_name": action.qa_approver.printed_name,
        "due_date": action.due_date,
        "state": action.state,
        "state_label": action.get_state_display(),
        "evidence": action.evidence,
        "evidence_file_name": action.evidence_name,
        "done_at": action.done_at,
        "verified_at": action.verified_at,
        "cancel_reason": action.cancel_reason,
        "version": action.version,
    }


def _check_out(check: EffectivenessCheck | None) -> dict | None:
    if check is None:
        return None
    return {
        "success_criteria": check.success_criteria,
        "starts_on": check.starts_on,
        "due_date": check.due_date,
        "evidence": check.evidence,
        "verdict": check.verdict,
        "verdict_label": check.get_verdict_display() if check.verdict else "",
        "rating": check.rating,
        "checked_by_name": check.checked_by.printed_name if check.checked_by else None,
        "checked_at": check.checked_at,
    }


def _out(capa: Capa, visible_ids: set[int] | None = None) -> dict:
    followed_by = [c.number for c in capa.followed_by.all()]
    return {
        "id": capa.pk,
        "number": capa.number,
        "title": capa.title,
        "problem": capa.problem,
        "state": capa.state,
        "state_label": capa.get_state_display(),
        "deviation_number": capa.deviation.number if capa.deviation else None,
        "sponsor_id": capa.sponsor_id,
        "sponsor_name": capa.sponsor.name if capa.sponsor else None,
        "root_cause_category": capa.root_cause_category,
        "root_cause_label": cause_label(capa.root_cause_category)
        if capa.root_cause_category
        else "",
        "owner_name": capa.owner.printed_name,
        "qa_approver_name": capa.qa_approver.printed_name,
        "due_date": capa.due_date,
        "overdue": capa.state == Capa.State.OPEN and capa.due_date < clock.today(),
        "effectiveness_required": capa.effectiveness_required,
        "effectiveness_after_days": capa.effectiveness_after_days,
        "effectiveness_rationale": capa.effectiveness_rationale,
        "success_criteria": capa.success_criteria,
        "requires_retraining": capa.requires_retraining,
        "follows_number": capa.follows.number if capa.follows else None,
        "followed_by_numbers": followed_by,
        "closure_reason": capa.closure_reason,
        "created_at": capa.created_at,
        "implemented_at": capa.implemented_at,
        "closed_at": capa.closed_at,
        "actions": [_action_out(a) for a in capa.actions.all()],
        "check": _check_out(getattr(capa, "effectiveness", None)),
        "version": capa.version,
    }


def _visible(request: HttpRequest):
    return (
        selectors.capas_visible_to(request.user)
        .select_related("follows", "effectiveness", "effectiveness__checked_by")
        .prefetch_related("actions__owner", "actions__qa_approver", "followed_by")
    )


def _fresh(request: HttpRequest, response: HttpResponse, capa: Capa) -> dict:
    fresh = get_object_or_404(_visible(request), pk=capa.pk)
    set_etag(response, fresh)
    return _out(fresh)


def _staff(request: HttpRequest) -> None:
    # Refused before any lookup: a sponsor user learns nothing about ids.
    if not request.user.is_cdmo_staff:
        raise PermissionDenied("The CDMO's staff work on CAPA; a sponsor reads them.")


def _person(user_id: int) -> User | None:
    return User.objects.filter(pk=user_id).first()


def _action(request: HttpRequest, capa_id: int, action_id: int) -> CapaAction:
    return get_object_or_404(
        selectors.capa_actions_visible_to(request.user).select_related(
            "capa", "owner", "qa_approver"
        ),
        pk=action_id,
        capa_id=capa_id,
    )


@router.get("/capa", response=CapaPage, summary="The CAPA you may see, newest first")
def list_capa(
    request: HttpRequest,
    filters: Query[CapaFilters],
    pagination: Query[PageNumberPagination.Input],
):
    capas = _visible(request)
    if filters.q:
        capas = capas.filter(
            Q(number__icontains=filters.q)
            | Q(title__icontains=filters.q)
            | Q(deviation__number__icontains=filters.q)
        )
    if filters.state is not None:
        capas = capas.filter(state=filters.state)
    if filters.sponsor_id is not None:
        capas = capas.filter(sponsor_id=filters.sponsor_id)
    if filters.owner_id is not None:
        capas = capas.filter(
            Q(owner_id=filters.owner_id) | Q(actions__owner_id=filters.owner_id)
        ).distinct()
    if filters.deviation_id is not None:
        capas = capas.filter(deviation_id=filters.deviation_id)
    if filters.overdue:
        capas = capas.filter(state=Capa.State.OPEN, due_date__lt=clock.today())
    page = PageNumberPagination().paginate_queryset(
        capas.order_by("-created_at", "-number"), pagination
    )
    page["items"] = [_out(c) for c in page["items"]]
    return page


@router.get("/capa/{capa_id}", response=CapaOut, summary="One CAPA, its actions and its check")
def get_capa(request: HttpRequest, response: HttpResponse, capa_id: int):
    capa = get_object_or_404(_visible(request), pk=capa_id)
    set_etag(response, capa)
    return _out(capa)


@router.post(
    "/capa",
    response={201: CapaOut},
    summary="Open a CAPA, for a deviation or standalone (staff)",
)
def open_capa(request: HttpRequest, response: HttpResponse, payload: CapaIn):
    _staff(request)
    deviation = (
        get_object_or_404(selectors.deviations_visible_to(request.user), pk=payload.deviation_id)
        if payload.deviation_id is not None
        else None
    )
    capa = services.capa_open(
        actor=request.user,
        title=payload.title,
        problem=payload.problem,
        owner=_person(payload.owner_id),
        qa_approver=_person(payload.qa_approver_id),
        due_date=payload.due_date,
        success_criteria=payload.success_criteria,
        deviation=deviation,
        root_cause_category=payload.root_cause_category,
        effectiveness_required=payload.effectiveness_required,
        effectiveness_after_days=payload.effectiveness_after_days,
        effectiveness_rationale=payload.effectiveness_rationale,
        requires_retraining=payload.requires_retraining,
    )
    return Status(201, _fresh(request, response, capa))


@router.post(
    "/capa/{capa_id}/actions",
    response={201: CapaOut},
    summary="Add a correction, corrective or preventive action (staff)",
)
def add_action(request: HttpRequest, response: HttpResponse, capa_id: int, payload: ActionIn):
    _staff(request)
    capa = get_object_or_404(_visible(request), pk=capa_id)
    services.capa_action_add(
        actor=request.user,
        capa=capa,
        action_type=payload.action_type.value,
        description=payload.description,
        owner=_person(payload.owner_id),
        qa_approver=_person(payload.qa_approver_id),
        due_date=payload.due_date,
        version=expected_version(request, payload.version),
    )
    return Status(201, _fresh(request, response, capa))


@router.post(
    "/capa/{capa_id}/actions/{action_id}/done",
    response=CapaOut,
    summary="Mark your action done, with its evidence and an optional file (its owner)",
    description="A form: ``evidence`` (text), ``file`` (optional), ``version``.",
)
def action_done(
    request: HttpRequest,
    response: HttpResponse,
    capa_id: int,
    action_id: int,
    payload: Form[DoneIn],
    file: File[UploadedFile] = None,
):
    _staff(request)
    action = _action(request, capa_id, action_id)
    services.capa_action_done(
        actor=request.user,
        action=action,
        evidence=payload.evidence,
        upload=file,
        version=expected_version(request, payload.version),
    )
    return _fresh(request, response, action.capa)


@router.post(
    "/capa/{capa_id}/actions/{action_id}/verify",
    response=CapaOut,
    summary="Verify a done action with your signature (its QA approver)",
)
def action_verify(
    request: HttpRequest, response: HttpResponse, capa_id: int, action_id: int, payload: SignIn
):
    _staff(request)
    action = _action(request, capa_id, action_id)
    services.capa_action_verify(
        actor=request.user,
        action=action,
        username=payload.username,
        password=payload.password,
        acknowledge=payload.acknowledge,
        version=expected_version(request, payload.version),
    )
    return _fresh(request, response, action.capa)


@router.post(
    "/capa/{capa_id}/actions/{action_id}/return",
    response=CapaOut,
    summary="Send a done action back to its owner, with a reason (its QA approver)",
)
def action_return(
    request: HttpRequest, response: HttpResponse, capa_id: int, action_id: int, payload: ReasonIn
):
    _staff(request)
    action = _action(request, capa_id, action_id)
    services.capa_action_return(
        actor=request.user,
        action=action,
        reason=payload.reason,
        version=expected_version(request, payload.version),
    )
    return _fresh(request, response, action.capa)


@router.post(
    "/capa/{capa_id}/actions/{action_id}/cancel",
    response=CapaOut,
    summary="Cancel an action no longer needed, with a reason (its QA approver)",
)
def action_cancel(
    request: HttpRequest, response: HttpResponse, capa_id: int, action_id: int, payload: ReasonIn
):
    _staff(request)
    action = _action(request, capa_id, action_id)
    services.capa_action_cancel(
        actor=request.user,
        action=action,
        reason=payload.reason,
        version=expected_version(request, payload.version),
    )
    return _fresh(request, response, action.capa)


@router.post(
    "/capa/{capa_id}/implement",
    response=CapaOut,
    summary="Sign the CAPA implemented; its check of effectiveness is scheduled (QA approver)",
)
def implement(request: HttpRequest, response: HttpResponse, capa_id: int, payload: ImplementIn):
    _staff(request)
    capa = get_object_or_404(_visible(request), pk=capa_id)
    services.capa_implement(
        actor=request.user,
        capa=capa,
        username=payload.username,
        password=payload.password,
        acknowledge=payload.acknowledge,
        check_due=payload.check_due,
        version=expected_version(request, payload.version),
    )
    return _fresh(request, response, capa)


@router.post(
    "/capa/{capa_id}/check",
    response=CapaOut,
    summary="Record the check of effectiveness with your signature (QA, never the owner)",
    description="Not or partially effective closes the CAPA not effective and opens a "
    "follow-up CAPA for its owner.",
)
def record_check(request: HttpRequest, response: HttpResponse, capa_id: int, payload: CheckIn):
    _staff(request)
    capa = get_object_or_404(_visible(request), pk=capa_id)
    services.effectiveness_record(
        actor=request.user,
        capa=capa,
        evidence=payload.evidence,
        verdict=payload.verdict.value,
        rating=payload.rating,
        username=payload.username,
        password=payload.password,
        acknowledge=payload.acknowledge,
        version=expected_version(request, payload.version),
    )
    return _fresh(request, response, capa)


@router.post(
    "/capa/{capa_id}/close",
    response=CapaOut,
    summary="Close a CAPA that needs no check of effectiveness, with a reason (QA approver)",
)
def close(request: HttpRequest, response: HttpResponse, capa_id: int, payload: SignedReasonIn):
    _staff(request)
    capa = get_object_or_404(_visible(request), pk=capa_id)
    services.capa_close(
        actor=request.user,
        capa=capa,
        reason=payload.reason,
        username=payload.username,
        password=payload.password,
        acknowledge=payload.acknowledge,
        version=expected_version(request, payload.version),
    )
    return _fresh(request, response, capa)


@router.post(
    "/capa/{capa_id}/cancel",
    response=CapaOut,
    summary="Cancel a CAPA with a reason and your signature (QA, never its owner)",
)
def cancel(request: HttpRequest, response: HttpResponse, capa_id: int, payload: SignedReasonIn):
    _staff(request)
    capa = get_object_or_404(_visible(request), pk=capa_id)
    services.capa_cancel(
        actor=request.user,
        capa=capa,
        reason=payload.reason,
        username=payload.username,
        password=payload.password,
        acknowledge=payload.acknowledge,
        version=expected_version(request, payload.version),
    )
    return _fresh(request, response, capa)
