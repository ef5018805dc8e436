"""Quality agreements through the API, through the same services as the pages. Everyone
reads the agreements they may see (a sponsor: its own approved revisions; another
sponsor's is 404); QA staff draft, rewrite and approve them, the approval signed with
the user id and password sent in the request."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema, Status

from accord.accounts.models import Organization
from accord.core.api import InputSchema, PageNumberPagination
from accord.core.concurrency import expected_version, set_etag
from accord.quality import selectors, services
from accord.quality.models import (
    MAX_NOTIFY_HOURS,
    MAX_SUMMARY_DAYS,
    ChangeType,
    DeviationClass,
    QualityAgreement,
)

router = Router(tags=["Quality agreements"])


class NotifyOut(Schema):
    deviation_class: str
    deviation_class_label: str
    hours: int


class ApprovalOut(Schema):
    change_type: str
    change_type_label: str
    product: str = Field(description="Empty: every product")


class ContactSchema(Schema):
    name: str = Field(..., max_length=120)
    email: str = Field(..., max_length=254)
    role: str = Field("", max_length=120)


class AgreementOut(Schema):
    id: int
    reference: str
    sponsor_id: int
    sponsor_name: str
    revision: int
    title: str
    status: str
    status_label: str
    effective_from: dt.date
    summary_days: int = Field(description="Working days to the preliminary summary")
    share_team_qualification: bool = Field(
        description="The sponsor sees its project teams' qualification status"
    )
    in_force_today: bool
    notify: list[NotifyOut]
    approvals: list[ApprovalOut]
    contacts: list[ContactSchema]
    approved_by_name: str | None
    approved_at: dt.datetime | None
    version: int


class AgreementPage(PageNumberPagination.Output):
    items: list[AgreementOut]


class AgreementFilters(Schema):
    sponsor_id: int | None = None
    status: QualityAgreement.Status | None = None


class ApprovalIn(InputSchema):
    change_type: ChangeType
    product: str = Field("", max_length=120)


class TermsIn(InputSchema):
    title: str = Field(..., max_length=200)
    effective_from: dt.date
    summary_days: int = Field(..., ge=1, le=MAX_SUMMARY_DAYS)
    share_team_qualification: bool = Field(
        False, description="Show the sponsor its project teams' qualification status"
    )
    notify: dict[DeviationClass, int] = Field(
        default_factory=dict,
        description=f"Hours to tell the sponsor (1 to {MAX_NOTIFY_HOURS}) per deviation "
        "class; a class left out is not notifiable",
    )
    approvals: list[ApprovalIn] = Field(default_factory=list, max_length=50)
    contacts: list[ContactSchema] = Field(default_factory=list, max_length=10)
    version: int | None = Field(None, ge=1, description="To rewrite: the version you read")


class DraftIn(TermsIn):
    sponsor_id: int


class ApproveIn(InputSchema):
    username: str = Field(..., max_length=150)
    password: str = Field(..., max_length=1024)
    acknowledge: bool = Field(
        False, description="Acknowledge that your electronic signature is binding (once)"
    )
    version: int | None = Field(None, ge=1, description="The version you read (or If-Match)")


def _out(agreement: QualityAgreement, in_force_ids: set[int]) -> dict:
    return {
        "id": agreement.pk,
        "reference": agreement.reference,
        "sponsor_id": agreement.sponsor_id,
        "sponsor_name": agreement.sponsor.name,
        "revision": agreement.revision,
        "title": agreement.title,
        "status": agreement.status,
        "status_label": agreement.get_status_display(),
        "effective_from": agreement.effective_from,
        "summary_days": agreement.summary_days,
        "share_team_qualification": agreement.share_team_qualification,
        "in_force_today": agreement.pk in in_force_ids,
        "notify": [
            {
                "deviation_class": t.deviation_class,
                "deviation_class_label": t.get_deviation_class_display(),
                "hours": t.notify_within_hours,
            }
            for t in agreement.notification_terms.all()
        ],
        "approvals": [
            {
                "change_type": t.change_type,
                "change_type_label": t.get_change_type_display(),
                "product": t.product,
            }
            for t in agreement.change_approval_terms.all()
        ],
        "contacts": [
            {"name": c.name, "email": c.email, "role": c.role} for c in agreement.contacts.all()
        ],
        "approved_by_name": agreement.approved_by.printed_name if agreement.approved_by else None,
        "approved_at": agreement.approved_at,
        "version": agreement.version,
    }


def _in_force(agreements) -> set[int]:
    from django.utils import timezone

    found = selectors.agreements_in_force({a.sponsor_id for a in agreements}, timezone.localdate())
    return {a.pk for a in found.values()}


def _visible(request: HttpRequest):
    return selectors.quality_agreements_visible_to(request.user).prefetch_related(
        "notification_terms", "change_approval_terms", "contacts"
    )


def _terms(payload: TermsIn) -> services.Terms:
    return services.Terms(
        title=payload.title,
        effective_from=payload.effective_from,
        summary_days=payload.summary_days,
        notify={key.value: hours for key, hours in payload.notify.items()},
        approvals=[(a.change_type.value, a.product) for a in payload.approvals],
        contacts=[services.Contact(c.name, c.email, c.role) for c in payload.contacts],
        share_team_qualification=payload.share_team_qualification,
    )


@router.get(
    "/quality-agreements",
    response=AgreementPage,
    summary="The quality agreements you may see (a sponsor: its approved revisions)",
)
def list_agreements(
    request: HttpRequest,
    filters: Query[AgreementFilters],
    pagination: Query[PageNumberPagination.Input],
):
    agreements = _visible(request)
    if filters.sponsor_id is not None:
        agreements = agreements.filter(sponsor_id=filters.sponsor_id)
    if filters.status is not None:
        agreements = agreements.filter(status=filters.status)
    page = PageNumberPagination().paginate_queryset(
        agreements.order_by("sponsor__name", "-revision"), pagination
    )
    items = list(page["items"])
    in_force = _in_force(items)
    page["items"] = [_out(a, in_force) for a in items]
    return page


@router.get("/quality-agreements/{agreement_id}", response=AgreementOut, summary="One agreement")
def get_agreement(request: HttpRequest, response: HttpResponse, agreement_id: int):
    agreement = get_object_or_404(_visible(request), pk=agreement_id)
    set_etag(response, agreement)
    return _out(agreement, _in_force([agreement]))


def _staff(request: HttpRequest) -> None:
    # Refused before any lookup: a sponsor user learns nothing about ids.
    if not request.user.is_cdmo_staff:
        raise PermissionDenied("The CDMO's quality staff keep quality agreements.")


@router.post(
    "/quality-agreements",
    response={201: AgreementOut},
    summary="Draft a revision of a sponsor's quality agreement (QA)",
)
def draft_agreement(request: HttpRequest, response: HttpResponse, payload: DraftIn):
    _staff(request)
    sponsor = get_object_or_404(
        Organization.objects.filter(kind=Organization.Kind.SPONSOR), pk=payload.sponsor_id
    )
    agreement = services.agreement_draft(actor=request.user, sponsor=sponsor, terms=_terms(payload))
    set_etag(response, agreement)
    return Status(201, _out(get_object_or_404(_visible(request), pk=agreement.pk), set()))


@router.put(
    "/quality-agreements/{agreement_id}",
    response=AgreementOut,
    summary="Rewrite a draft (send its version, or If-Match with its ETag)",
)
def rewrite_agreement(
    request: HttpRequest, response: HttpResponse, agreement_id: int, payload: TermsIn
):
    _staff(request)
    agreement = get_object_or_404(_visible(request), pk=agreement_id)
    agreement = services.agreement_rewrite(
        actor=request.user,
        agreement=agreement,
        terms=_terms(payload),
        version=expected_version(request, payload.version),
    )
    set_etag(response, agreement)
    return _out(get_object_or_404(_visible(request), pk=agreement.pk), set())


@router.post(
    "/quality-agreements/{agreement_id}/approve",
    response=AgreementOut,
    summary="Approve a draft with your signature (QA; never the drafter)",
    description="Your user id and password, checked now; a wrong one signs nothing and "
    "counts toward the lockout. Send the version you read (or If-Match).",
)
def approve_agreement(
    request: HttpRequest, response: HttpResponse, agreement_id: int, payload: ApproveIn
):
    _staff(request)
    agreement = get_object_or_404(_visible(request), pk=agreement_id)
    agreement = services.agreement_approve(
        actor=request.user,
        agreement=agreement,
        username=payload.username,
        password=payload.password,
        acknowledge=payload.acknowledge,
        version=expected_version(request, payload.version),
    )
    set_etag(response, agreement)
    fresh = get_object_or_404(_visible(request), pk=agreement.pk)
    return _out(fresh, _in_force([fresh]))
