"""Change control through the API, through the same services as the pages. Staff read
every change and work it; a sponsor's people read the changes that affect their company
once QA approved the plan (another sponsor's is 404), with only their own company's
projects and approval, never the CDMO's internal assessments and actions; the sponsor
manager signs the company's decision with the user id and password sent."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema, Status

from accord.accounts.models import Role, Site, User
from accord.core.api import InputSchema, PageNumberPagination
from accord.core.concurrency import expected_version, set_etag
from accord.projects.models import Project, ProjectDocument
from accord.quality import selectors
from accord.quality.models import (
    ActionKind,
    Capa,
    ChangeClass,
    ChangeControl,
    ChangeState,
    ChangeType,
    Department,
    Deviation,
    FilingImpact,
    ImpactAssessment,
    RiskLevel,
    SponsorApproval,
)
from accord.quality.services import changes as services
from accord.training.models import Requirement

router = Router(tags=["Change control"])


class AssessmentOut(Schema):
    id: int
    department: str
    department_label: str
    assessor_name: str
    impact: str
    assessment: str
    signed_at: dt.datetime | None


class ActionOut(Schema):
    id: int
    kind: str
    kind_label: str
    description: str
    owner_name: str
    due_date: dt.date
    document_id: int | None
    document_status: str | None
    role_name: str | None
    evidence: str
    done_at: dt.datetime | None


class ApprovalOut(Schema):
    id: int
    sponsor_id: int
    sponsor_name: str
    decision: str
    decision_label: str
    products: str
    comment: str
    requested_at: dt.datetime
    decided_by_name: str | None
    decided_at: dt.datetime | None
    current: bool
    version: int


class ChangeOut(Schema):
    id: int
    number: str
    title: str
    current_state: str
    proposed_state: str
    justification: str
    change_type: str
    change_type_label: str
    classification: str
    duration: str
    temporary_until: dt.date | None
    urgency: str
    state: str
    state_label: str
    site_name: str
    products: list[str]
    project_codes: list[str]
    filing: str
    filing_label: str
    filing_rationale: str
    risk_level: str
    owner_name: str
    raised_at: dt.datetime
    plan_approved_at: dt.datetime | None
    approved_at: dt.datetime | None
    closed_at: dt.datetime | None
    approvals: list[ApprovalOut]
    assessments: list[AssessmentOut] = Field(description="CDMO staff only; empty for sponsors")
    actions: list[ActionOut] = Field(description="CDMO staff only; empty for sponsors")
    version: int


class ChangePage(PageNumberPagination.Output):
    items: list[ChangeOut]


class ChangeFilters(Schema):
    state: ChangeState | None = None
    change_type: ChangeType | None = None
    sponsor_id: int | None = Field(None, description="Changes touching a sponsor's projects")


class ChangeIn(InputSchema):
    title: str = Field(..., max_length=200)
    current_state: str = Field(..., max_length=10000)
    proposed_state: str = Field(..., max_length=10000)
    justification: str = Field(..., max_length=10000)
    change_type: ChangeType
    classification: ChangeClass
    site_id: int
    owner_id: int
    duration: ChangeControl.Duration = ChangeControl.Duration.PERMANENT
    temporary_until: dt.date | None = None
    urgency: ChangeControl.Urgency = ChangeControl.Urgency.ROUTINE
    products: list[str] = Field(default_factory=list, max_length=50)
    project_ids: list[int] = Field(default_factory=list, max_length=50)
    capa_id: int | None = None
    deviation_id: int | None = None
    filing: FilingImpact = FilingImpact.TBD
    filing_rationale: str = Field("", max_length=10000)
    risk_assessment: str = Field("", max_length=10000)
    risk_level: RiskLevel | None = None
    reason: str = Field("", max_length=2000, description="Required to edit once assessed")
    version: int | None = Field(None, ge=1, description="To edit: the version you read")


class AssessmentRequestIn(InputSchema):
    department: Department
    assessor_id: int


class SignIn(InputSchema):
    username: str = Field(..., max_length=150)
    password: str = Field(..., max_length=1024)
    acknowledge: bool = Field(
        False, description="Acknowledge that your electronic signature is binding (once)"
    )
    version: int | None = Field(None, ge=1, description="The version you read (or If-Match)")


class AssessIn(SignIn):
    impact: ImpactAssessment.Impact
    assessment: str = Field(..., max_length=10000)


class RejectIn(SignIn):
    reason: str = Field(..., max_length=2000)


class CloseIn(SignIn):
    objectives_met: bool
    no_adverse_impact: bool
    evidence: str = Field(..., max_length=10000)


class DecideIn(SignIn):
    decision: SponsorApproval.Decision = Field(description="approved or rejected")
    comment: str = Field("", max_length=2000, description="Required to reject")


class ActionIn(InputSchema):
    kind: ActionKind
    description: str = Field(..., max_length=5000)
    owner_id: int
    due_date: dt.date
    document_id: int | None = None
    role_id: int | None = None
    training_id: int | None = None


class DoneIn(InputSchema):
    evidence: str = Field(..., max_length=5000)


class StepIn(InputSchema):
    reason: str = Field("", max_length=2000, description="Required to cancel, reopen, rescope")
    version: int | None = Field(None, ge=1, description="The version you read (or If-Match)")


def _approval_out(approval: SponsorApproval) -> dict:
    return {
        "id": approval.pk,
        "sponsor_id": approval.sponsor_id,
        "sponsor_name": approval.sponsor.name,
        "decision": approval.decision,
        "decision_label": approval.get_decision_display(),
        "products": approval.products,
        "comment": approval.comment,
        "requested_at": approval.requested_at,
        "decided_by_name": approval.decided_by.printed_name if approval.decided_by else None,
        "decided_at": approval.decided_at,
        "current": approval.current,
        "version": approval.version,
    }


def _out(change: ChangeControl, user) -> dict:
    staff = user.is_cdmo_staff
    projects = (
        change.projects.all() if staff else change.projects.filter(sponsor_id=user.organization_id)
    )
    approvals = selectors.sponsor_approvals_visible_to(user).filter(change=change)
    return {
        "id": change.pk,
        "number": change.number,
        "title": change.title,
        "current_state": change.current_state,
        "proposed_state": change.proposed_state,
        "justification": change.justification,
        "change_type": change.change_type,
        "change_type_label": change.get_change_type_display(),
        "classification": change.classification,
        "duration": change.duration,
        "temporary_until": change.temporary_until,
        "urgency": change.urgency,
        "state": change.state,
        "state_label": change.get_state_display(),
        "site_name": change.site.name,
        "products": change.product_list
        if staff
        else [p for p in selectors.products_for(change, user.organization) if p],
        "project_codes": sorted(p.code for p in projects),
        "filing": change.filing,
        "filing_label": change.get_filing_display(),
        "filing_rationale": change.filing_rationale,
        "risk_level": change.risk_level,
        "owner_name": change.owner.printed_name,
        "raised_at": change.raised_at,
        "plan_approved_at": change.plan_approved_at,
        "approved_at": change.approved_at,
        "closed_at": change.closed_at,
        "approvals": [_approval_out(a) for a in approvals],
        "assessments": [
            {
                "id": a.pk,
                "department": a.department,
                "department_label": a.get_department_display(),
                "assessor_name": a.assessor.printed_name,
                "impact": a.impact,
                "assessment": a.assessment,
                "signed_at": a.signed_at,
            }
            for a in change.assessments.select_related("assessor")
        ]
        if staff
        else [],
        "actions": [
            {
                "id": a.pk,
                "kind": a.kind,
                "kind_label": a.get_kind_display(),
                "description": a.description,
                "owner_name": a.owner.printed_name,
                "due_date": a.due_date,
                "document_id": a.document_id,
                "document_status": a.document.status if a.document else None,
                "role_name": a.role.name if a.role else None,
                "evidence": a.evidence,
                "done_at": a.done_at,
            }
            for a in change.actions.select_related("owner", "document", "role")
        ]
        if staff
        else [],
        "version": change.version,
    }


def _visible(request: HttpRequest):
    return selectors.change_controls_visible_to(request.user)


def _staff(request: HttpRequest) -> None:
    # Refused before any lookup: a sponsor user learns nothing about ids.
    if not request.user.is_cdmo_staff:
        raise PermissionDenied("The CDMO's staff work change controls.")


def _staff_change(request: HttpRequest, change_id: int) -> ChangeControl:
    _staff(request)
    return get_object_or_404(_visible(request), pk=change_id)


def _done(request: HttpRequest, response: HttpResponse, change: ChangeControl) -> dict:
    fresh = get_object_or_404(_visible(request), pk=change.pk)
    set_etag(response, fresh)
    return _out(fresh, request.user)


def _staff_user(pk: int) -> User:
    return get_object_or_404(User.objects.filter(organization__kind="cdmo"), pk=pk)


def _details(payload: ChangeIn) -> services.ChangeDetails:
    projects = list(Project.objects.filter(pk__in=payload.project_ids))
    if len(projects) != len(set(payload.project_ids)):
        raise ValidationError({"project_ids": ["A project does not exist."]})
    return services.ChangeDetails(
        title=payload.title,
        current_state=payload.current_state,
        proposed_state=payload.proposed_state,
        justification=payload.justification,
        change_type=payload.change_type.value,
        classification=payload.classification.value,
        site=get_object_or_404(Site, pk=payload.site_id),
        owner=_staff_user(payload.owner_id),
        duration=payload.duration.value,
        temporary_until=payload.temporary_until,
        urgency=payload.urgency.value,
        products="\n".join(p.strip() for p in payload.products if p.strip()),
        projects=projects,
        capa=get_object_or_404(Capa, pk=payload.capa_id) if payload.capa_id else None,
        deviation=get_object_or_404(Deviation, pk=payload.deviation_id)
        if payload.deviation_id
        else None,
        filing=payload.filing.value,
        filing_rationale=payload.filing_rationale,
        risk_assessment=payload.risk_assessment,
        risk_level=payload.risk_level.value if payload.risk_level else "",
    )


@router.get("/change-controls", response=ChangePage, summary="The change controls you may see")
def list_changes(
    request: HttpRequest,
    filters: Query[ChangeFilters],
    pagination: Query[PageNumberPagination.Input],
):
    changes = _visible(request)
    if filters.state is not None:
        changes = changes.filter(state=filters.state)
    if filters.change_type is not None:
        changes = changes.filter(change_type=filters.change_type)
    if filters.sponsor_id is not None and request.user.is_cdmo_staff:
        changes = changes.filter(projects__sponsor_id=filters.sponsor_id).distinct()
    page = PageNumberPagination().paginate_queryset(
        changes.order_by("-raised_at", "-number"), pagination
    )
    page["items"] = [_out(c, request.user) for c in page["items"]]
    return page


@router.get("/change-controls/{change_id}", response=ChangeOut, summary="One change control")
def get_change(request: HttpRequest, response: HttpResponse, change_id: int):
    change = get_object_or_404(_visible(request), pk=change_id)
    set_etag(response, change)
    return _out(change, request.user)


@router.post("/change-controls", response={201: ChangeOut}, summary="Raise a change (staff)")
def raise_change(request: HttpRequest, response: HttpResponse, payload: ChangeIn):
    _staff(request)
    change = services.change_control_raise(actor=request.user, details=_details(payload))
    return Status(201, _done(request, response, change))


@router.put(
    "/change-controls/{change_id}",
    response=ChangeOut,
    summary="Edit a change while it is a draft or assessed (a reason once assessed)",
)
def update_change(request: HttpRequest, response: HttpResponse, change_id: int, payload: ChangeIn):
    change = _staff_change(request, change_id)
    change = services.change_control_update(
        actor=request.user,
        change=change,
        details=_details(payload),
        version=expected_version(request, payload.version),
        reason=payload.reason,
    )
    return _done(request, response, change)


@router.post(
    "/change-controls/{change_id}/assessments",
    response={201: ChangeOut},
    summary="Ask a department's assessor for an impact assessment",
)
def request_assessment(
    request: HttpRequest, response: HttpResponse, change_id: int, payload: AssessmentRequestIn
):
    change = _staff_change(request, change_id)
    services.change_control_request_assessment(
        actor=request.user,
        change=change,
        department=payload.department.value,
        assessor=_staff_user(payload.assessor_id),
    )
    return Status(201, _done(request, response, change))


@router.post(
    "/change-controls/{change_id}/assessments/{assessment_id}/sign",
    response=ChangeOut,
    summary="Sign your impact assessment (its assessor)",
)
def sign_assessment(
    request: HttpRequest,
    response: HttpResponse,
    change_id: int,
    assessment_id: int,
    payload: AssessIn,
):
    change = _staff_change(request, change_id)
    assessment = get_object_or_404(change.assessments.all(), pk=assessment_id)
    services.change_control_assess(
        actor=request.user,
        assessment=assessment,
        impact=payload.impact.value,
        text=payload.assessment,
        username=payload.username,
        password=payload.password,
        acknowledge=payload.acknowledge,
        version=payload.version,
    )
    return _done(request, response, change)


@router.post(
    "/change-controls/{change_id}/actions",
    response={201: ChangeOut},
    summary="Add an implementation action",
)
def add_action(request: HttpRequest, response: HttpResponse, change_id: int, payload: ActionIn):
    change = _staff_change(request, change_id)
    services.change_control_add_action(
        actor=request.user,
        change=change,
        kind=payload.kind.value,
        description=payload.description,
        owner=_staff_user(payload.owner_id),
        due_date=payload.due_date,
        document=get_object_or_404(ProjectDocument, pk=payload.document_id)
        if payload.document_id
        else None,
        role=get_object_or_404(Role, pk=payload.role_id) if payload.role_id else None,
        training=get_object_or_404(Requirement, pk=payload.training_id)
        if payload.training_id
        else None,
    )
    return Status(201, _done(request, response, change))


@router.post(
    "/change-controls/{change_id}/actions/{action_id}/done",
    response=ChangeOut,
    summary="Record an action done, with its evidence",
)
def action_done(
    request: HttpRequest, response: HttpResponse, change_id: int, action_id: int, payload: DoneIn
):
    change = _staff_change(request, change_id)
    action = get_object_or_404(change.actions.all(), pk=action_id)
    services.change_control_action_done(
        actor=request.user, action=action, evidence=payload.evidence
    )
    return _done(request, response, change)


@router.post(
    "/change-controls/{change_id}/approve-plan",
    response=ChangeOut,
    summary="Approve the plan with your signature (QA; never who raised it)",
)
def approve_plan(request: HttpRequest, response: HttpResponse, change_id: int, payload: SignIn):
    change = _staff_change(request, change_id)
    change = services.change_control_approve_plan(
        actor=request.user,
        change=change,
        username=payload.username,
        password=payload.password,
        acknowledge=payload.acknowledge,
        version=expected_version(request, payload.version),
    )
    return _done(request, response, change)


@router.post(
    "/change-controls/{change_id}/reject",
    response=ChangeOut,
    summary="Reject the change with your signature and a reason (QA)",
)
def reject_change(request: HttpRequest, response: HttpResponse, change_id: int, payload: RejectIn):
    change = _staff_change(request, change_id)
    change = services.change_control_reject(
        actor=request.user,
        change=change,
        reason=payload.reason,
        username=payload.username,
        password=payload.password,
        acknowledge=payload.acknowledge,
        version=expected_version(request, payload.version),
    )
    return _done(request, response, change)


@router.post(
    "/change-controls/{change_id}/close",
    response=ChangeOut,
    summary="Sign the effectiveness review and close (QA)",
)
def close_change(request: HttpRequest, response: HttpResponse, change_id: int, payload: CloseIn):
    change = _staff_change(request, change_id)
    change = services.change_control_close(
        actor=request.user,
        change=change,
        objectives_met=payload.objectives_met,
        no_adverse_impact=payload.no_adverse_impact,
        evidence=payload.evidence,
        username=payload.username,
        password=payload.password,
        acknowledge=payload.acknowledge,
        version=expected_version(request, payload.version),
    )
    return _done(request, response, change)


STEPS = {
    "submit": services.change_control_submit,
    "start": services.change_control_start,
    "complete": services.change_control_complete,
    "reopen": services.change_control_reopen,
    "cancel": services.change_control_cancel,
    "rescope": services.change_control_rescope,
}


@router.post(
    "/change-controls/{change_id}/steps/{name}",
    response=ChangeOut,
    summary="Take a workflow step: submit, start, complete, reopen, cancel or rescope",
)
def take_step(
    request: HttpRequest, response: HttpResponse, change_id: int, name: str, payload: StepIn
):
    change = _staff_change(request, change_id)
    step = STEPS.get(name)
    if step is None:
        raise Http404("There is no such step.")
    kwargs = {"reason": payload.reason} if name in ("reopen", "cancel", "rescope") else {}
    change = step(
        actor=request.user,
        change=change,
        version=expected_version(request, payload.version),
        **kwargs,
    )
    return _done(request, response, change)


@router.post(
    "/change-approvals/{approval_id}/decide",
    response=ApprovalOut,
    summary="Approve or reject a change for your company, by signature (sponsor manager)",
    description="Your user id and password, checked now; a wrong one signs nothing and "
    "counts toward the lockout. A rejection needs a comment.",
)
def decide(request: HttpRequest, response: HttpResponse, approval_id: int, payload: DecideIn):
    approval = get_object_or_404(
        selectors.sponsor_approvals_visible_to(request.user), pk=approval_id
    )
    approval = services.change_control_decide(
        actor=request.user,
        approval=approval,
        decision=payload.decision.value,
        comment=payload.comment,
        username=payload.username,
        password=payload.password,
        acknowledge=payload.acknowledge,
        version=expected_version(request, payload.version),
    )
    set_etag(response, approval)
    return _approval_out(selectors.sponsor_approvals_visible_to(request.user).get(pk=approval.pk))
