"""Sponsors' concerns through the API, through the same services as the pages.

Everyone reads the concerns they may see (``concerns_visible_to``); another sponsor's
concern is 404. The steps that serve a concern (acknowledge, first contact, updates,
notes, waiting, resolving) are CDMO staff's: a sponsor user is refused them with 403
before any lookup. The sponsor answers while a concern waits on it, and confirms or
reopens a resolution. Each concern carries its four SLA clocks, computed at the moment
of the request; a list reads each sponsor's policy and each site's working time once.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from ninja import File, Query, Router, Status
from ninja.files import UploadedFile

from accord.accounts.models import Organization, User
from accord.accounts.selectors import sponsors_visible_to
from accord.changes.selectors import change_orders_visible_to
from accord.core.api import PageNumberPagination
from accord.core.concurrency import expected_version, set_etag
from accord.core.storage import StoreUnavailable
from accord.delays.selectors import delays_visible_to
from accord.projects.selectors import projects_visible_to
from accord.risks.selectors import risks_visible_to
from accord.service import selectors, services
from accord.service.clock_rows import ClockRow, clock_rows, next_due
from accord.service.clocks import ClockState
from accord.service.models import Concern, ConcernState
from accord.service.schemas import (
    AcknowledgeIn,
    AssignIn,
    ConcernDetailOut,
    ConcernFilters,
    ConcernOut,
    ConcernRaiseIn,
    ContactIn,
    LinksIn,
    OptionalTextIn,
    ReasonIn,
    ResolveIn,
    TextIn,
)

router = Router(tags=["Concerns"])

_STAFF_ONLY = "CDMO staff serve a concern; the sponsor answers in the portal."
_OPEN = (
    ConcernState.RAISED,
    ConcernState.ACKNOWLEDGED,
    ConcernState.IN_PROGRESS,
    ConcernState.WAITING,
)


class Sorted(list):
    """Concerns put in an order the database cannot compute, paged like a queryset."""

    def count(self) -> int:  # type: ignore[override]
        return len(self)


class ConcernPage(PageNumberPagination.Output):
    items: list[ConcernOut]


def _minutes(delta: dt.timedelta) -> int:
    return round(delta / dt.timedelta(minutes=1))


def _clock(row: ClockRow) -> dict:
    clock = row.clock
    return {
        "kind": row.kind,
        "label": row.label,
        "state": row.state_code,
        "state_label": row.state,
        "started_at": clock.started_at if clock else None,
        "due_at": clock.due_at if clock else None,
        "stopped_at": clock.stopped_at if clock else None,
        "target_minutes": _minutes(clock.target) if clock else 0,
        "remaining_minutes": _minutes(clock.remaining) if clock else None,
        "late_by_minutes": _minutes(clock.late_by) if clock else 0,
        "paused_minutes": _minutes(clock.paused) if clock else 0,
    }


def _concern(concern: Concern, rows: list[ClockRow]) -> dict:
    return {
        "id": concern.pk,
        "number": concern.number,
        "title": concern.title,
        "sponsor_id": concern.sponsor_id,
        "sponsor_name": concern.sponsor.name,
        "project_id": concern.project_id,
        "project_code": concern.project.code if concern.project else None,
        "category": concern.category,
        "category_label": concern.get_category_display(),
        "urgency": concern.urgency,
        "urgency_label": concern.get_urgency_display(),
        "priority": concern.priority,
        "priority_label": concern.get_priority_display(),
        "state": concern.state,
        "state_label": concern.get_state_display(),
        "owner_id": concern.owner_id,
        "owner_name": concern.owner.printed_name if concern.owner else None,
        "raised_at": concern.raised_at,
        "version": concern.version,
        "clocks": [_clock(row) for row in rows],
    }


def _visible(request: HttpRequest) -> QuerySet[Concern]:
    return selectors.concerns_visible_to(request.user).prefetch_related("pauses")


def _filtered(request: HttpRequest, filters: ConcernFilters) -> QuerySet[Concern]:
    concerns = _visible(request)
    query = filters.q.strip()
    if query:
        concerns = concerns.filter(
            Q(number__icontains=query) | Q(title__icontains=query) | Q(description__icontains=query)
        )
    if filters.state == "open":
        concerns = concerns.filter(state__in=_OPEN)
    elif filters.state:
        concerns = concerns.filter(state=filters.state)
    for field in ("sponsor_id", "project_id", "owner_id", "category", "priority"):
        value = getattr(filters, field)
        if value is not None:
            concerns = concerns.filter(**{field: value})
    return concerns.order_by("-raised_at", "-pk")


@router.get(
    "/concerns",
    response=ConcernPage,
    summary="The concerns you may see, newest first (or nearest due), each with its clocks",
    description="Staff see every sponsor's; a sponsor manager its company's; a sponsor "
    "contact those it raised and those of its projects. Filter by `sponsor_id`, "
    "`project_id`, `owner_id`, `state` (or `open`), `category`, `priority`, `clock` "
    "(`at_risk` or `breached`: a clock in that state now) and `q` (number, title or "
    "description). Clocks count working minutes of the concern's site.",
)
def list_concerns(
    request: HttpRequest,
    filters: Query[ConcernFilters],
    pagination: Query[PageNumberPagination.Input],
):
    concerns = _filtered(request, filters)
    now = timezone.now()
    context = selectors.ClockContext()  # each sponsor's policy, each site's hours read once
    if filters.clock:
        wanted = ClockState(filters.clock)
        # A clock's state is computed, never stored: the candidates' clocks decide.
        concerns = concerns.filter(
            pk__in=[
                concern.pk
                for concern in concerns
                if any(
                    row.clock and row.clock.state is wanted
                    for row in clock_rows(concern, now, context)
                )
            ]
        )
    if filters.order == "due":
        # Due times are computed, never stored: the candidates' clocks order them.
        candidates = list(concerns)
        due = {c.pk: next_due(clock_rows(c, now, context)) for c in candidates}
        far = dt.datetime.max.replace(tzinfo=dt.UTC)
        candidates.sort(key=lambda c: (due[c.pk] or far, -c.raised_at.timestamp(), -c.pk))
        concerns = Sorted(candidates)
    page = PageNumberPagination().paginate_queryset(concerns, pagination)
    page["items"] = [
        _concern(concern, clock_rows(concern, now, context)) for concern in page["items"]
    ]
    return page


def _detail(request: HttpRequest, response: HttpResponse, concern_id: int) -> dict:
    """The concern as the caller may read it now (internal notes for staff only)."""
    concern = get_object_or_404(
        _visible(request).select_related("raised_by").prefetch_related("escalations__to"),
        pk=concern_id,
    )
    set_etag(response, concern)
    entries = selectors.concern_entries_visible_to(request.user).filter(concern=concern)
    return {
        **_concern(concern, clock_rows(concern, timezone.now())),
        "description": concern.description,
        "channel": concern.channel,
        "channel_label": concern.get_channel_display(),
        "site_code": concern.site.code,
        "raised_by_name": concern.raised_by.printed_name,
        "acknowledged_at": concern.acknowledged_at,
        "first_contact_at": concern.first_contact_at,
        "last_update_at": concern.last_update_at,
        "resolved_at": concern.resolved_at,
        "closed_at": concern.closed_at,
        "containment": concern.containment,
        "resolution": concern.resolution,
        "root_cause": concern.root_cause,
        "reopened": concern.reopened,
        "escalation_level": concern.escalation_level,
        "entries": [
            {
                "id": entry.pk,
                "kind": entry.kind,
                "kind_label": entry.get_kind_display(),
                "how": entry.how,
                "author_name": entry.author.printed_name if entry.author else None,
                "at": entry.at,
                "text": entry.text,
                "internal": entry.internal,
            }
            for entry in entries
        ],
        "pauses": [
            {"started_at": p.started_at, "ended_at": p.ended_at, "reason": p.reason}
            for p in concern.pauses.all()
        ],
        "escalations": [
            {
                "clock": e.clock,
                "clock_label": e.get_clock_display(),
                "level": e.level,
                "to_name": e.to.printed_name,
                "at": e.at,
            }
            for e in concern.escalations.all()
        ],
        "files": [
            {
                "id": f.pk,
                "name": f.original_name,
                "content_type": f.content_type,
                "size_bytes": f.size_bytes,
                "sha256": f.sha256,
                "uploaded_by_name": f.uploaded_by.printed_name,
                "uploaded_at": f.uploaded_at,
                "url": reverse("service:concern_file", args=[concern.pk, f.pk]),
            }
            for f in selectors.concern_attachments_visible_to(request.user).filter(concern=concern)
        ],
        "links": _links(request, concern),
    }


def _links(request: HttpRequest, concern: Concern) -> list[dict]:
    links = selectors.concern_links_visible_to(request.user, concern)
    return [
        *(
            {
                "kind": "risk",
                "id": r.pk,
                "reference": f"{r.project.code} {r.number}",
                "title": r.title,
            }
            for r in links["risks"]
        ),
        *(
            {
                "kind": "delay",
                "id": d.pk,
                "reference": f"{d.project.code} {d.reference}",
                "title": d.title,
            }
            for d in links["delays"]
        ),
        *(
            {"kind": "change_order", "id": c.pk, "reference": c.reference, "title": c.title}
            for c in links["change_orders"]
        ),
    ]


def _records(request: HttpRequest, payload: LinksIn) -> dict[str, list]:
    """The records named by id that the caller may see (an id it may not see is named
    as not found, the same as one that does not exist)."""
    found = {}
    for field, name, visible in (
        ("risk_ids", "risks", risks_visible_to),
        ("delay_ids", "delays", delays_visible_to),
        ("change_order_ids", "change_orders", change_orders_visible_to),
    ):
        ids = set(getattr(payload, field))
        records = list(visible(request.user).filter(pk__in=ids)) if ids else []
        missing = ids - {r.pk for r in records}
        if missing:
            raise ValidationError({field: [f"No record with id {min(missing)}."]})
        found[name] = records
    return found


@router.get(
    "/concerns/{concern_id}",
    response=ConcernDetailOut,
    summary="One concern: its clocks, its story (internal notes for CDMO staff only), "
    "pauses and escalations",
)
def get_concern(request: HttpRequest, response: HttpResponse, concern_id: int):
    return _detail(request, response, concern_id)


@router.post(
    "/concerns",
    response={201: ConcernDetailOut},
    summary="Raise a concern (a sponsor user for its company; CDMO staff for a sponsor)",
    description="CDMO staff name the sponsor (`sponsor_id`); a sponsor user raises its "
    "own company's (a sponsor it may not see is 404). An owner is named at once and the "
    "acknowledgement clock starts.",
)
def raise_concern(request: HttpRequest, response: HttpResponse, payload: ConcernRaiseIn):
    user = request.user
    if payload.sponsor_id is not None:
        sponsor = get_object_or_404(sponsors_visible_to(user), pk=payload.sponsor_id)
    elif user.is_sponsor_user:
        sponsor = user.organization
    else:
        raise ValidationError({"sponsor_id": ["Name the sponsor whose concern you record."]})
    project = None
    if payload.project_id is not None:
        project = projects_visible_to(user).filter(pk=payload.project_id).first()
        if project is None:
            raise ValidationError({"project_id": ["No project with this id."]})
    try:
        concern = services.concern_raise(
            actor=user,
            sponsor=sponsor,
            project=project,
            title=payload.title,
            description=payload.description,
            category=payload.category,
            urgency=payload.urgency,
        )
    except ValidationError as error:
        raise _api_fields(error) from None
    return Status(201, _detail(request, response, concern.pk))


def _api_fields(error: ValidationError) -> ValidationError:
    """The service names the sponsor and the project; the API's body names their ids."""
    if not hasattr(error, "error_dict") or isinstance(error, StoreUnavailable):
        return error
    renamed = {
        "sponsor": "sponsor_id",
        "project": "project_id",
        "owner": "owner_id",
        "risks": "risk_ids",
        "delays": "delay_ids",
        "change_orders": "change_order_ids",
    }
    return ValidationError(
        {renamed.get(field, field): errors for field, errors in error.error_dict.items()}
    )


def _staff_concern(request: HttpRequest, concern_id: int) -> Concern:
    # Refused before any lookup: a sponsor user learns nothing about ids.
    if not request.user.is_cdmo_staff:
        raise PermissionDenied(_STAFF_ONLY)
    return get_object_or_404(_visible(request), pk=concern_id)


def _any_concern(request: HttpRequest, concern_id: int) -> Concern:
    return get_object_or_404(_visible(request), pk=concern_id)


_VERSIONED = (
    " Send the concern's ETag as `If-Match` (or its `version` in the body): a concern "
    "that changed since you read it answers 412 (409 for `version`); neither answers 428."
)


@router.post(
    "/concerns/{concern_id}/acknowledge",
    response=ConcernDetailOut,
    summary="Recognize: the owner's personal message to the sponsor (CDMO staff)",
    description="Stops the acknowledgement clock; an unowned concern becomes yours." + _VERSIONED,
)
def acknowledge_concern(
    request: HttpRequest, response: HttpResponse, concern_id: int, payload: AcknowledgeIn
):
    concern = _staff_concern(request, concern_id)
    services.concern_acknowledge(
        actor=request.user,
        concern=concern,
        message=payload.message,
        version=expected_version(request, payload.version),
    )
    return _detail(request, response, concern_id)


@router.post(
    "/concerns/{concern_id}/contact",
    response=ConcernDetailOut,
    summary="Relate: the first substantive contact, with its containment (CDMO staff)",
    description="`how` is call, meeting or written; `containment` (what was done at once "
    "to stop the harm) is required. Stops the first-contact clock and starts the update "
    "clock." + _VERSIONED,
)
def contact_concern(
    request: HttpRequest, response: HttpResponse, concern_id: int, payload: ContactIn
):
    concern = _staff_concern(request, concern_id)
    services.concern_contact(
        actor=request.user,
        concern=concern,
        how=payload.how,
        summary=payload.summary,
        containment=payload.containment,
        version=expected_version(request, payload.version),
    )
    return _detail(request, response, concern_id)


@router.post(
    "/concerns/{concern_id}/updates",
    response=ConcernDetailOut,
    summary="Update the sponsor while the concern is open (CDMO staff)",
    description="Restarts the update clock.",
)
def update_concern(request: HttpRequest, response: HttpResponse, concern_id: int, payload: TextIn):
    concern = _staff_concern(request, concern_id)
    services.concern_update(actor=request.user, concern=concern, text=payload.text)
    return _detail(request, response, concern_id)


@router.post(
    "/concerns/{concern_id}/notes",
    response=ConcernDetailOut,
    summary="An internal note: staff read it, the sponsor never does (CDMO staff)",
)
def note_concern(request: HttpRequest, response: HttpResponse, concern_id: int, payload: TextIn):
    concern = _staff_concern(request, concern_id)
    services.concern_note(actor=request.user, concern=concern, text=payload.text)
    return _detail(request, response, concern_id)


@router.post(
    "/concerns/{concern_id}/wait",
    response=ConcernDetailOut,
    summary="Wait on the sponsor: the clocks pause (CDMO staff)",
    description="`reason`: what you are waiting for from the sponsor.",
)
def wait_concern(request: HttpRequest, response: HttpResponse, concern_id: int, payload: ReasonIn):
    concern = _staff_concern(request, concern_id)
    services.concern_wait(actor=request.user, concern=concern, reason=payload.reason)
    return _detail(request, response, concern_id)


@router.post(
    "/concerns/{concern_id}/resume",
    response=ConcernDetailOut,
    summary="The wait is over: the sponsor's answer (required), or staff recording one",
    description="The clocks run again.",
)
def resume_concern(
    request: HttpRequest, response: HttpResponse, concern_id: int, payload: OptionalTextIn
):
    concern = _any_concern(request, concern_id)
    services.concern_resume(actor=request.user, concern=concern, text=payload.text)
    return _detail(request, response, concern_id)


@router.post(
    "/concerns/{concern_id}/resolve",
    response=ConcernDetailOut,
    summary="Resolve: what was done and, where known, why it happened (CDMO staff)",
    description="The sponsor is asked to confirm it." + _VERSIONED,
)
def resolve_concern(
    request: HttpRequest, response: HttpResponse, concern_id: int, payload: ResolveIn
):
    concern = _staff_concern(request, concern_id)
    try:
        services.concern_resolve(
            actor=request.user,
            concern=concern,
            resolution=payload.resolution,
            root_cause=payload.root_cause,
            version=expected_version(request, payload.version),
            **_records(request, payload),
        )
    except ValidationError as error:
        raise _api_fields(error) from None
    return _detail(request, response, concern_id)


@router.post(
    "/concerns/{concern_id}/assign",
    response=ConcernDetailOut,
    summary="Hand the concern to another owner, or change its priority (CDMO staff)",
    description="The owner hands over their own concern; another's, or a new priority, "
    "needs the assign permission. `reason` is required." + _VERSIONED,
)
def assign_concern(
    request: HttpRequest, response: HttpResponse, concern_id: int, payload: AssignIn
):
    concern = _staff_concern(request, concern_id)
    owner = None
    if payload.owner_id is not None:
        owner = User.objects.filter(
            pk=payload.owner_id, organization__kind=Organization.Kind.CDMO
        ).first()
        if owner is None:
            raise ValidationError({"owner_id": ["No member of staff with this id."]})
    try:
        services.concern_assign(
            actor=request.user,
            concern=concern,
            owner=owner,
            priority=payload.priority or "",
            reason=payload.reason,
            version=expected_version(request, payload.version),
        )
    except ValidationError as error:
        raise _api_fields(error) from None
    return _detail(request, response, concern_id)


@router.post(
    "/concerns/{concern_id}/links",
    response=ConcernDetailOut,
    summary="Link the risks, delays and change orders the concern touched (CDMO staff)",
    description="Records of the concern's sponsor only; each reader later sees the links "
    "its own pages show.",
)
def link_concern(request: HttpRequest, response: HttpResponse, concern_id: int, payload: LinksIn):
    concern = _staff_concern(request, concern_id)
    try:
        services.concern_link(actor=request.user, concern=concern, **_records(request, payload))
    except ValidationError as error:
        raise _api_fields(error) from None
    return _detail(request, response, concern_id)


@router.post(
    "/concerns/{concern_id}/files",
    response={201: ConcernDetailOut},
    summary="Add a file to a concern (multipart `file`; the sponsor or staff serving it)",
    description="PDF, Office, images, e-mails or ZIP within the upload limit.",
)
def add_concern_file(
    request: HttpRequest, response: HttpResponse, concern_id: int, file: File[UploadedFile]
):
    concern = _any_concern(request, concern_id)
    try:
        services.concern_attach(actor=request.user, concern=concern, upload=file)
    except ValidationError as error:
        raise _api_fields(error) from None
    return Status(201, _detail(request, response, concern_id))


@router.post(
    "/concerns/{concern_id}/confirm",
    response=ConcernDetailOut,
    summary="The sponsor confirms the resolution: the concern closes (sponsor users)",
)
def confirm_concern(
    request: HttpRequest, response: HttpResponse, concern_id: int, payload: OptionalTextIn
):
    concern = _any_concern(request, concern_id)
    services.concern_confirm(actor=request.user, concern=concern, text=payload.text)
    return _detail(request, response, concern_id)


@router.post(
    "/concerns/{concern_id}/reopen",
    response=ConcernDetailOut,
    summary="The sponsor reopens a resolution that does not settle it (sponsor users)",
    description="`reason` is required; the update clock restarts.",
)
def reopen_concern(
    request: HttpRequest, response: HttpResponse, concern_id: int, payload: ReasonIn
):
    concern = _any_concern(request, concern_id)
    services.concern_reopen(actor=request.user, concern=concern, reason=payload.reason)
    return _detail(request, response, concern_id)
