"""Deviations through the API, through the same services as the pages.

Everyone reads the deviations they may see (``deviations_visible_to``): staff every one;
a sponsor's people their company's from the moment it was told, without the CDMO's
internal parts; another sponsor's is 404. Every step is the CDMO staff's: a sponsor user
is refused with 403 before any lookup. Writes to a deviation send the version read (or
If-Match with its ETag); QA's approvals carry the user id and password of the signature.
The due date is never edited: a PATCH that sends one is refused (R-DEV-4)."""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Query, Router, Status

from accord.accounts.models import Site, User
from accord.core.api import PageNumberPagination
from accord.core.concurrency import StaleEdit, expected_version, set_etag
from accord.delays.selectors import delays_visible_to
from accord.projects.selectors import projects_visible_to
from accord.quality.deviation_schemas import (
    ApproveIn,
    AssessIn,
    DecideIn,
    DeviationDetailOut,
    DeviationFilters,
    DeviationPage,
    InvestigationIn,
    NoticeIn,
    OtherBatchIn,
    PatchIn,
    RaiseIn,
    ReclassifyIn,
    RecurrenceIn,
    RequestIn,
    SendBackIn,
    SuggestionOut,
    VersionIn,
)
from accord.quality.models import (
    Batch,
    Deviation,
    Investigation,
    SponsorNotice,
)
from accord.quality.models.deviations import DeviationState
from accord.quality.selectors import batches_visible_to, capas_visible_to, deviations_visible_to
from accord.quality.services import (
    deviation_notices,
    deviation_requests,
    deviation_steps,
)
from accord.quality.services import deviation_records as records
from accord.quality.services import deviations as services
from accord.risks.selectors import risks_visible_to
from accord.service.selectors import concerns_visible_to

router = Router(tags=["Deviations"])

S = DeviationState
_STAFF_ONLY = "The CDMO's people work deviations; a sponsor reads those it was told of."


# The services name their fields as the pages do; the API's fields carry ``_id``.
API_FIELDS = {
    "site": "site_id",
    "project": "project_id",
    "batches": "batch_ids",
    "owner": "owner_id",
    "from_delay": "from_delay_id",
    "from_concern": "from_concern_id",
    "from_risk": "from_risk_id",
    "earlier": "earlier_id",
    "team": "team_ids",
    "batch": "batch_id",
}


@contextmanager
def _api_field_names():
    try:
        yield
    except ValidationError as exc:
        if not hasattr(exc, "error_dict") or isinstance(exc, StaleEdit):
            raise
        raise ValidationError(
            {API_FIELDS.get(name, name): errors for name, errors in exc.message_dict.items()}
        ) from exc


def _staff(request: HttpRequest) -> None:
    # Refused before any lookup: a sponsor user learns nothing about ids.
    if not request.user.is_cdmo_staff:
        raise PermissionDenied(_STAFF_ONLY)


def _visible(request: HttpRequest) -> QuerySet[Deviation]:
    return deviations_visible_to(request.user)


def _out(d: Deviation, today: dt.date) -> dict:
    return {
        "id": d.pk,
        "number": d.number,
        "title": d.title,
        "classification": d.classification,
        "classification_label": d.get_classification_display(),
        "state": d.state,
        "state_label": d.get_state_display(),
        "sponsor_id": d.sponsor_id,
        "sponsor_name": d.sponsor.name if d.sponsor else None,
        "project_id": d.project_id,
        "project_code": d.project.code if d.project else None,
        "site_code": d.site.code,
        "area": d.area,
        "owner_name": d.owner.printed_name,
        "occurred_at": d.occurred_at,
        "discovered_at": d.discovered_at,
        "due_date": d.due_date,
        "overdue": d.is_open and d.due_date < today,
        "notify_by": d.notify_by,
        "notified_at": d.notified_at,
        "summary_due": d.summary_due,
        "summary_sent_at": d.summary_sent_at,
        "closed_at": d.closed_at,
        "version": d.version,
    }


def _investigation(investigation: Investigation | None, deviation: Deviation, staff: bool):
    if investigation is None:
        return None
    approved = investigation.approved_at is not None
    summary = investigation.preliminary_summary if (staff or deviation.summary_sent_at) else ""
    show = staff or approved  # a sponsor reads the findings once QA approved them
    return {
        "team": [u.printed_name for u in investigation.team.all()] if staff else [],
        "method": investigation.method if show else "",
        "method_label": investigation.get_method_display() if show and investigation.method else "",
        "analysis": investigation.analysis if staff else "",
        "root_cause_category": investigation.root_cause_category if show else "",
        "root_cause_label": investigation.root_cause_label if show else "",
        "root_cause": investigation.root_cause if show else "",
        "product_impact": investigation.product_impact if show else "",
        "other_batches": [
            {
                "item": o.item,
                "batch_id": o.batch_id,
                "affected": o.affected,
                "conclusion": o.conclusion,
            }
            for o in investigation.other_batches.all()
        ]
        if staff
        else [],
        "preliminary_summary": summary,
        "conclusion": investigation.conclusion if show else "",
        "approved_at": investigation.approved_at,
    }


def _detail(request: HttpRequest, response: HttpResponse, deviation_id: int) -> dict:
    user = request.user
    deviation = get_object_or_404(_visible(request).select_related("reporter"), pk=deviation_id)
    set_etag(response, deviation)
    staff = user.is_cdmo_staff
    investigation = Investigation.objects.filter(deviation=deviation).first()
    batches = deviation.batches.all()
    if not staff:
        batches = batches.filter(project__sponsor_id=user.organization_id)
    requests = deviation.requests.select_related("requested_by", "decided_by") if staff else []
    return {
        **_out(deviation, timezone.localdate()),
        "description": deviation.description,
        "equipment": deviation.equipment,
        "process_step": deviation.process_step,
        "containment": deviation.containment,
        "classification_rationale": deviation.classification_rationale if staff else None,
        "risk_score": deviation.risk_score if staff else None,
        "batches": [b.number for b in batches],
        "reporter_name": deviation.reporter.printed_name if staff else None,
        "impact_assessment": deviation.impact_assessment if staff else None,
        "capa_required": deviation.capa_required if staff else None,
        "capa_rationale": deviation.capa_rationale if staff else None,
        "recurrence_checked": deviation.recurrence_checked if staff else None,
        "missing": deviation_steps.missing_parts(deviation) if staff and deviation.is_open else [],
        "actions": deviation_steps.actions_for(deviation, user) if staff else [],
        "investigation": _investigation(investigation, deviation, staff),
        "capas": [
            {"id": c.pk, "number": c.number, "title": c.title, "state_label": c.get_state_display()}
            for c in capas_visible_to(user).filter(deviation=deviation)
        ],
        "requests": [
            {
                "id": r.pk,
                "kind": r.kind,
                "kind_label": r.get_kind_display(),
                "status": r.status,
                "status_label": r.get_status_display(),
                "previous_due_date": r.previous_due_date,
                "new_due_date": r.new_due_date,
                "justification": r.justification,
                "requested_by_name": r.requested_by.printed_name,
                "requested_at": r.requested_at,
                "decided_by_name": r.decided_by.printed_name if r.decided_by else None,
                "decided_at": r.decided_at,
                "decision_note": r.decision_note,
                "version": r.version,
            }
            for r in requests
        ],
        "notices": [
            {
                "kind": n.kind,
                "kind_label": n.get_kind_display(),
                "sent_at": n.sent_at,
                "recipients": n.recipients,
                "how": n.how,
                "how_label": n.get_how_display(),
                "content": n.content,
                "on_time": n.on_time,
            }
            for n in deviation.notices.all()
        ],
        "recurrence_links": [
            {
                "earlier_id": link.earlier_id,
                "earlier_number": link.earlier.number,
                "justification": link.justification,
            }
            for link in deviation.recurrence_links.select_related("earlier")
        ]
        if staff
        else [],
    }


@router.get(
    "/deviations",
    response=DeviationPage,
    summary="The deviations you may see, newest discovered first",
    description="Staff see every deviation; a sponsor's people their company's from the "
    "moment it was told. Filter by `q`, `classification`, `state` (or `open`), "
    "`sponsor_id`, `project_id`, `site_id`, `owner_id` and `overdue`.",
)
def list_deviations(
    request: HttpRequest,
    filters: Query[DeviationFilters],
    pagination: Query[PageNumberPagination.Input],
):
    deviations = _visible(request)
    query = filters.q.strip()
    if query:
        deviations = deviations.filter(
            Q(number__icontains=query)
            | Q(title__icontains=query)
            | Q(area__icontains=query)
            | Q(equipment__icontains=query)
        )
    if filters.classification is not None:
        deviations = deviations.filter(classification=filters.classification)
    if filters.state == "open":
        deviations = deviations.exclude(state__in=(S.CLOSED, S.CANCELLED))
    elif filters.state:
        deviations = deviations.filter(state=filters.state)
    for field in ("sponsor_id", "project_id", "site_id", "owner_id"):
        value = getattr(filters, field)
        if value is not None:
            deviations = deviations.filter(**{field: value})
    today = timezone.localdate()
    if filters.overdue:
        deviations = deviations.exclude(state__in=(S.CLOSED, S.CANCELLED)).filter(
            due_date__lt=today
        )
    page = PageNumberPagination().paginate_queryset(
        deviations.order_by("-discovered_at", "-number"), pagination
    )
    page["items"] = [_out(d, today) for d in page["items"]]
    return page


@router.get("/deviations/{deviation_id}", response=DeviationDetailOut, summary="One deviation")
def get_deviation(request: HttpRequest, response: HttpResponse, deviation_id: int):
    return _detail(request, response, deviation_id)


def _or_none(queryset, pk: int | None, field: str):
    if pk is None:
        return None
    found = queryset.filter(pk=pk).first()
    if found is None:
        raise ValidationError({field: ["Not found, or not yours to choose."]})
    return found


@router.post(
    "/deviations",
    response={201: DeviationDetailOut},
    summary="Raise a deviation (CDMO staff)",
    description="It gets its DEV number, its due date and the sponsor's clocks at once.",
)
def raise_deviation(request: HttpRequest, response: HttpResponse, payload: RaiseIn):
    _staff(request)
    user = request.user
    project = _or_none(projects_visible_to(user), payload.project_id, "project_id")
    batches = list(batches_visible_to(user).filter(pk__in=payload.batch_ids))
    if len(batches) != len(set(payload.batch_ids)):
        raise ValidationError({"batch_ids": ["A batch is not found."]})
    with _api_field_names():
        deviation = services.deviation_raise(
            actor=user,
            intake=services.Intake(
                title=payload.title,
                description=payload.description,
                occurred_at=payload.occurred_at,
                discovered_at=payload.discovered_at,
                site=_or_none(Site.objects.all(), payload.site_id, "site_id"),
                area=payload.area,
                equipment=payload.equipment,
                process_step=payload.process_step,
                project=project,
                batches=batches,
                containment=payload.containment,
                classification=payload.classification.value,
                classification_rationale=payload.classification_rationale,
                severity=payload.severity,
                occurrence=payload.occurrence,
                detectability=payload.detectability,
                owner=_or_none(User.objects.filter(is_active=True), payload.owner_id, "owner_id"),
            ),
            from_delay=_or_none(delays_visible_to(user), payload.from_delay_id, "from_delay_id"),
            from_concern=_or_none(
                concerns_visible_to(user), payload.from_concern_id, "from_concern_id"
            ),
            from_risk=_or_none(risks_visible_to(user), payload.from_risk_id, "from_risk_id"),
        )
    return Status(201, _detail(request, response, deviation.pk))


def _deviation(request: HttpRequest, deviation_id: int) -> Deviation:
    _staff(request)
    return get_object_or_404(_visible(request), pk=deviation_id)


@router.patch(
    "/deviations/{deviation_id}",
    response=DeviationDetailOut,
    summary="Correct the intake while in assessment (never the due date)",
    description="Send only the fields that change, with the version (or If-Match). A "
    "`due_date` is refused: an extension request approved by QA moves it.",
)
def patch_deviation(
    request: HttpRequest, response: HttpResponse, deviation_id: int, payload: PatchIn
):
    deviation = _deviation(request, deviation_id)
    changes = payload.model_dump(exclude_unset=True)
    version = changes.pop("version", None)
    services.deviation_update(
        actor=request.user,
        deviation=deviation,
        changes=changes,
        version=expected_version(request, version),
    )
    return _detail(request, response, deviation_id)


@router.post("/deviations/{deviation_id}/assess", response=DeviationDetailOut, summary="Assess")
def assess_deviation(
    request: HttpRequest, response: HttpResponse, deviation_id: int, payload: AssessIn
):
    deviation = _deviation(request, deviation_id)
    services.deviation_assess(
        actor=request.user,
        deviation=deviation,
        impact_assessment=payload.impact_assessment,
        capa_required=payload.capa_required,
        capa_rationale=payload.capa_rationale,
        version=expected_version(request, payload.version),
    )
    return _detail(request, response, deviation_id)


@router.get(
    "/deviations/{deviation_id}/recurrence-suggestions",
    response=list[SuggestionOut],
    summary="Earlier deviations of the same area, equipment or cause (24 months)",
)
def recurrence_suggestions(request: HttpRequest, deviation_id: int):
    deviation = _deviation(request, deviation_id)
    return [
        {
            "id": d.pk,
            "number": d.number,
            "title": d.title,
            "discovered_at": d.discovered_at,
            "why": records.why_similar(deviation, d),
        }
        for d in records.recurrence_candidates(deviation)[:20]
    ]


@router.post(
    "/deviations/{deviation_id}/recurrence",
    response=DeviationDetailOut,
    summary="Record the recurrence check: a justified link, or none related",
)
def record_recurrence(
    request: HttpRequest, response: HttpResponse, deviation_id: int, payload: RecurrenceIn
):
    deviation = _deviation(request, deviation_id)
    earlier = None
    if payload.earlier_id is not None:
        earlier = get_object_or_404(_visible(request), pk=payload.earlier_id)
    with _api_field_names():
        records.recurrence_record(
            actor=request.user,
            deviation=deviation,
            earlier=earlier,
            justification=payload.justification,
            version=expected_version(request, payload.version),
        )
    return _detail(request, response, deviation_id)


@router.post(
    "/deviations/{deviation_id}/submit",
    response=DeviationDetailOut,
    summary="Submit the assessment or the investigation to QA",
)
def submit_deviation(
    request: HttpRequest, response: HttpResponse, deviation_id: int, payload: VersionIn
):
    deviation = _deviation(request, deviation_id)
    deviation_steps.deviation_submit(
        actor=request.user,
        deviation=deviation,
        version=expected_version(request, payload.version),
    )
    return _detail(request, response, deviation_id)


@router.post(
    "/deviations/{deviation_id}/approve",
    response=DeviationDetailOut,
    summary="QA's approval of the current stage, signed (never the owner or reporter)",
)
def approve_deviation(
    request: HttpRequest, response: HttpResponse, deviation_id: int, payload: ApproveIn
):
    deviation = _deviation(request, deviation_id)
    deviation_steps.deviation_approve(
        actor=request.user,
        deviation=deviation,
        username=payload.username,
        password=payload.password,
        acknowledge=payload.acknowledge,
        version=expected_version(request, payload.version),
    )
    return _detail(request, response, deviation_id)


@router.post(
    "/deviations/{deviation_id}/send-back",
    response=DeviationDetailOut,
    summary="QA sends the stage back to the owner, with a reason",
)
def send_back_deviation(
    request: HttpRequest, response: HttpResponse, deviation_id: int, payload: SendBackIn
):
    deviation = _deviation(request, deviation_id)
    deviation_steps.deviation_send_back(
        actor=request.user,
        deviation=deviation,
        reason=payload.reason,
        version=expected_version(request, payload.version),
    )
    return _detail(request, response, deviation_id)


@router.post(
    "/deviations/{deviation_id}/reclassify",
    response=DeviationDetailOut,
    summary="QA changes the class, with a reason and a signature",
)
def reclassify_deviation(
    request: HttpRequest, response: HttpResponse, deviation_id: int, payload: ReclassifyIn
):
    deviation = _deviation(request, deviation_id)
    services.deviation_reclassify(
        actor=request.user,
        deviation=deviation,
        classification=payload.classification.value,
        reason=payload.reason,
        username=payload.username,
        password=payload.password,
        acknowledge=payload.acknowledge,
        version=expected_version(request, payload.version),
    )
    return _detail(request, response, deviation_id)


@router.put(
    "/deviations/{deviation_id}/investigation",
    response=DeviationDetailOut,
    summary="Write the investigation as it stands (major and critical, in investigation)",
)
def write_investigation(
    request: HttpRequest, response: HttpResponse, deviation_id: int, payload: InvestigationIn
):
    deviation = _deviation(request, deviation_id)
    team = list(User.objects.filter(pk__in=payload.team_ids, is_active=True))
    if len(team) != len(set(payload.team_ids)):
        raise ValidationError({"team_ids": ["A member of the team is not found."]})
    with _api_field_names():
        records.investigation_update(
            actor=request.user,
            deviation=deviation,
            team=team,
            method=payload.method,
            analysis=payload.analysis,
            root_cause_category=payload.root_cause_category,
            root_cause=payload.root_cause,
            product_impact=payload.product_impact,
            conclusion=payload.conclusion,
            version=expected_version(request, payload.version),
        )
    return _detail(request, response, deviation_id)


@router.post(
    "/deviations/{deviation_id}/other-batches",
    response={201: DeviationDetailOut},
    summary="Add another batch or product assessed, with its conclusion (211.192)",
)
def add_other_batch(
    request: HttpRequest, response: HttpResponse, deviation_id: int, payload: OtherBatchIn
):
    deviation = _deviation(request, deviation_id)
    batch = _or_none(Batch.objects.select_related("project"), payload.batch_id, "batch_id")
    with _api_field_names():
        records.other_batch_assess(
            actor=request.user,
            deviation=deviation,
            batch=batch,
            item=payload.item,
            affected=payload.affected,
            conclusion=payload.conclusion,
            version=expected_version(request, payload.version),
        )
    return Status(201, _detail(request, response, deviation_id))


@router.post(
    "/deviations/{deviation_id}/requests",
    response={201: DeviationDetailOut},
    summary="Ask QA for an extension of the due date or a cancellation",
)
def make_request(
    request: HttpRequest, response: HttpResponse, deviation_id: int, payload: RequestIn
):
    deviation = _deviation(request, deviation_id)
    deviation_requests.deviation_request(
        actor=request.user,
        deviation=deviation,
        kind=payload.kind.value,
        justification=payload.justification,
        new_due_date=payload.new_due_date,
    )
    return Status(201, _detail(request, response, deviation_id))


@router.post(
    "/deviations/{deviation_id}/requests/{request_id}/decide",
    response=DeviationDetailOut,
    summary="QA approves or rejects a request, signed (never the requester)",
)
def decide_request(
    request: HttpRequest,
    response: HttpResponse,
    deviation_id: int,
    request_id: int,
    payload: DecideIn,
):
    deviation = _deviation(request, deviation_id)
    asked = get_object_or_404(deviation.requests.all(), pk=request_id)
    deviation_requests.deviation_request_decide(
        actor=request.user,
        request=asked,
        approve=payload.approve,
        note=payload.note,
        username=payload.username,
        password=payload.password,
        acknowledge=payload.acknowledge,
        version=expected_version(request, payload.version),
    )
    return _detail(request, response, deviation_id)


@router.post(
    "/deviations/{deviation_id}/notices",
    response={201: DeviationDetailOut},
    summary="Record that the sponsor was told, or sent the preliminary summary",
    description="What, when, to whom and how. From the first notification on, the "
    "sponsor's people see the deviation.",
)
def record_notice(
    request: HttpRequest, response: HttpResponse, deviation_id: int, payload: NoticeIn
):
    deviation = _deviation(request, deviation_id)
    service = (
        deviation_notices.deviation_notify_sponsor
        if payload.kind == SponsorNotice.Kind.NOTIFICATION
        else deviation_notices.deviation_send_summary
    )
    service(
        actor=request.user,
        deviation=deviation,
        sent_at=payload.sent_at,
        recipients=payload.recipients,
        how=payload.how.value,
        content=payload.content,
    )
    return Status(201, _detail(request, response, deviation_id))
