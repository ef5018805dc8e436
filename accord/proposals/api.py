"""Read API of RFPs and proposals, through the same selectors as the pages."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Router
from ninja.pagination import paginate

from accord.core.api import PageNumberPagination
from accord.core.concurrency import set_etag
from accord.proposals import selectors, services
from accord.proposals.document import proposal_pdf_response
from accord.proposals.models import ProposalRevision
from accord.proposals.schemas import (
    ProposalOut,
    RevisionInternalOut,
    RevisionOut,
    RfpOut,
)
from accord.signatures.selectors import manifest

router = Router(tags=["RFPs and proposals"])


def _signatures(record) -> list[dict]:
    return [
        {
            "printed_name": line.signature.printed_name,
            "username": line.signature.username,
            "meaning": line.signature.meaning,
            "signed_at": line.signature.signed_at,
            "record_version": line.signature.record_version,
            "content_hash": line.signature.content_hash,
            "reason": line.signature.reason,
            "matches_current_content": line.matches,
        }
        for line in manifest(record)
    ]


@router.get("/rfps", response=list[RfpOut], summary="RFPs (sponsor users: their company's)")
@paginate(PageNumberPagination)
def list_rfps(request: HttpRequest, q: str = "", status: str = "", service: str = ""):
    return selectors.rfps_filter(
        selectors.rfps_visible_to(request.user), query=q.strip(), status=status, service=service
    )


@router.get("/rfps/{rfp_id}", response=RfpOut, summary="One RFP")
def get_rfp(request: HttpRequest, response: HttpResponse, rfp_id: int):
    rfp = get_object_or_404(selectors.rfps_visible_to(request.user), pk=rfp_id)
    set_etag(response, rfp)
    return rfp


def _with_revisions(request: HttpRequest):
    visible = selectors.revisions_visible_to(request.user).order_by("-number")
    return selectors.proposals_visible_to(request.user).prefetch_related(
        Prefetch("revisions", queryset=visible, to_attr="visible_revisions")
    )


@router.get(
    "/proposals",
    response=list[ProposalOut],
    summary="Proposals (sponsor users: those with a revision sent to them)",
)
@paginate(PageNumberPagination)
def list_proposals(
    request: HttpRequest, q: str = "", rfp_id: int | None = None, owner_id: int | None = None
):
    proposals = selectors.proposals_filter(_with_revisions(request), query=q.strip())
    if rfp_id is not None:
        proposals = proposals.filter(rfp_id=rfp_id)
    if owner_id is not None:
        # The page's "Mine", for any owner.
        proposals = proposals.filter(owner_id=owner_id)
    return proposals


@router.get("/proposals/{proposal_id}", response=ProposalOut, summary="One proposal")
def get_proposal(request: HttpRequest, response: HttpResponse, proposal_id: int):
    proposal = get_object_or_404(_with_revisions(request), pk=proposal_id)
    set_etag(response, proposal)
    return proposal


def _revision(request: HttpRequest, revision_id: int) -> ProposalRevision:
    return get_object_or_404(selectors.revisions_visible_to(request.user), pk=revision_id)


@router.get(
    "/proposal-revisions/{revision_id}",
    response=RevisionOut,
    summary="One revision as the sponsor reads it: scope, milestones, timeline, signatures",
)
def get_revision(request: HttpRequest, response: HttpResponse, revision_id: int):
    revision = _revision(request, revision_id)
    set_etag(response, revision)
    timeline = revision.timeline or None
    return {
        "id": revision.pk,
        "proposal_id": revision.proposal_id,
        "proposal_number": revision.proposal.number,
        "reference": revision.reference,
        "status": revision.status,
        "currency": revision.proposal.currency,
        "summary": revision.summary,
        "valid_until": revision.valid_until,
        "total": revision.total,
        "sent_on": revision.sent_on,
        "scope_items": list(revision.scope_items.all()),
        "milestones": [
            {
                "id": m.pk,
                "name": m.name,
                "trigger": m.trigger,
                "percent": m.percent,
                "amount": m.amount,
                "due_amount": m.due_amount(revision.total),
            }
            for m in revision.milestones.all()
        ],
        "timeline": timeline,
        "comments": list(selectors.comments_visible_to(request.user).filter(revision=revision)),
        "signatures": _signatures(revision),
        "version": revision.version,
    }


@router.get(
    "/proposal-revisions/{revision_id}/pdf",
    summary="One revision as the proposal document (PDF); a draft is watermarked",
)
def get_revision_pdf(request: HttpRequest, revision_id: int) -> HttpResponse:
    return proposal_pdf_response(_revision(request, revision_id))


@router.get(
    "/proposal-revisions/{revision_id}/internal",
    response=RevisionInternalOut,
    summary="CDMO staff only: pricing notes, complexity assessment and reviews of a revision",
)
def get_revision_internal(request: HttpRequest, response: HttpResponse, revision_id: int):
    if not request.user.is_cdmo_staff:
        raise PermissionDenied("This is internal to the CDMO.")
    revision = _revision(request, revision_id)
    set_etag(response, revision)
    assessment = selectors.assessments_visible_to(request.user).filter(revision=revision).first()
    reviews = selectors.reviews_visible_to(request.user).filter(revision=revision)
    return {
        "id": revision.pk,
        "reference": revision.reference,
        "status": revision.status,
        "internal_pricing_notes": revision.internal_pricing_notes,
        "sponsor_feedback": revision.sponsor_feedback,
        "assessment": None
        if assessment is None
        else {
            "factors": assessment.factors(),
            "score": assessment.score,
            "level": assessment.level,
            "rationale": assessment.rationale,
            "assessed_by_name": assessment.assessed_by.printed_name,
            "assessed_at": assessment.assessed_at,
        },
        "required_reviews": services.revision_required_reviews(revision),
        "missing_reviews": services.revision_missing_reviews(revision),
        "reviews": [
            {
                "kind": review.kind,
                "decision": review.decision,
                "reason": review.reason,
                "reviewer_name": review.reviewer.printed_name,
                "signed_at": review.signed_at,
                "invalidated_at": review.invalidated_at,
                "invalidation_reason": review.invalidation_reason,
                "signatures": _signatures(review),
            }
            for review in reviews.order_by("signed_at", "pk")
        ],
    }


# The writes join this router: one router per path.
from accord.proposals import write_api  # noqa: E402, F401
