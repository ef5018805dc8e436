"""Writes to RFPs, proposals and revisions through the API, through the same services as
the pages and with the same permissions.

CDMO staff prepare everything: a sponsor user is refused (403) before any lookup on
their steps. A sponsor user may submit an RFP for its own company, comment on the
revision it was sent, and accept or decline it with its signature. Writes to a record
that exists send the version read (or If-Match with the detail's ETag); a revision's
scope items and payment milestones are its content, so they carry the revision's
version. Every step answers with the record as it is now and its new ETag."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Status

from accord.accounts.selectors import sponsors_visible_to, users_visible_to
from accord.core.api_fields import api_field_names as field_names
from accord.core.concurrency import expected_version
from accord.proposals import selectors, services
from accord.proposals.api import get_proposal, get_revision, get_revision_internal, get_rfp
from accord.proposals.api import router as proposals_router
from accord.proposals.models import PaymentMilestone, ProposalRevision, ScopeItem
from accord.proposals.schemas import ProposalOut, RevisionInternalOut, RevisionOut, RfpOut
from accord.proposals.write_schemas import (
    AnswerIn,
    AssessmentIn,
    CommentIn,
    MilestoneIn,
    MilestonePatchIn,
    ProposalIn,
    ProposalPatchIn,
    ReviewIn,
    RevisionPatchIn,
    RfpIn,
    RfpPatchIn,
    ScopeItemIn,
    ScopeItemPatchIn,
    SendIn,
    TimelineIn,
    TransitionIn,
)

# One router per path: the read operations' (another router's same path would answer 405).
router = proposals_router

API_FIELDS = {"sponsor": "sponsor_id", "owner": "owner_id", "revision": "revision_id"}
_STAFF_ONLY = "The CDMO's people prepare proposals."


def api_field_names(extra: dict[str, str] | None = None):
    """The services' field errors under the API's names (``owner`` is ``owner_id``)."""
    return field_names({**API_FIELDS, **(extra or {})})


def staff(request: HttpRequest, permission: str) -> None:
    # Before any lookup: a sponsor user learns nothing about ids.
    if not request.user.is_cdmo_staff:
        raise PermissionDenied(_STAFF_ONLY)
    if not request.user.has_perm(permission):
        raise PermissionDenied("Your roles do not allow this.")


def chosen(queryset, pk: int | None, field: str):
    if pk is None:
        return None
    found = queryset.filter(pk=pk).first()
    if found is None:
        raise ValidationError({field: ["Not found, or not yours to choose."]})
    return found


def _revision(request: HttpRequest, revision_id: int) -> ProposalRevision:
    return get_object_or_404(selectors.revisions_visible_to(request.user), pk=revision_id)


# --------------------------------------------------------------------------- RFPs


@router.post(
    "/rfps",
    response={201: RfpOut},
    summary="Log an RFP (CDMO staff, for a sponsor) or submit one (a sponsor user, its own)",
    description="Staff name `sponsor_id` (422 without it) and may give `received_on`; a "
    "sponsor user's RFP is its own company's, received today (another sponsor's id is 404).",
)
def create_rfp(request: HttpRequest, response: HttpResponse, payload: RfpIn):
    user = request.user
    fields = payload.model_dump()
    sponsor_id = fields.pop("sponsor_id")
    sponsor = None
    if sponsor_id is not None:
        sponsor = get_object_or_404(sponsors_visible_to(user), pk=sponsor_id)
    if not user.has_perm("proposals.add_rfp"):
        raise PermissionDenied("Your roles do not allow you to submit RFPs.")
    with api_field_names():
        rfp = services.rfp_create(actor=user, sponsor=sponsor, **fields)
    return Status(201, get_rfp(request, response, rfp.pk))


@router.patch(
    "/rfps/{rfp_id}",
    response=RfpOut,
    summary="Correct what an RFP asks for (CDMO staff); frozen once it is closed",
)
def patch_rfp(request: HttpRequest, response: HttpResponse, rfp_id: int, payload: RfpPatchIn):
    staff(request, "proposals.change_rfp")
    rfp = get_object_or_404(selectors.rfps_visible_to(request.user), pk=rfp_id)
    fields = payload.model_dump(exclude_unset=True)
    version = expected_version(request, fields.pop("version", None))
    services.rfp_update(actor=request.user, rfp=rfp, version=version, **fields)
    return get_rfp(request, response, rfp_id)


@router.post(
    "/rfps/{rfp_id}/qualify", response=RfpOut, summary="Start qualifying a new RFP (CDMO staff)"
)
def qualify_rfp(request: HttpRequest, response: HttpResponse, rfp_id: int):
    staff(request, "proposals.change_rfp")
    rfp = get_object_or_404(selectors.rfps_visible_to(request.user), pk=rfp_id)
    services.rfp_transition(actor=request.user, rfp=rfp, name="qualify")
    return get_rfp(request, response, rfp_id)


# --------------------------------------------------------------------------- proposals


@router.post(
    "/rfps/{rfp_id}/proposals",
    response={201: ProposalOut},
    summary="Start a proposal for an RFP, with an empty draft R1 (CDMO staff)",
)
def create_proposal(request: HttpRequest, response: HttpResponse, rfp_id: int, payload: ProposalIn):
    staff(request, "proposals.add_proposal")
    rfp = get_object_or_404(selectors.rfps_visible_to(request.user), pk=rfp_id)
    owner = chosen(users_visible_to(request.user), payload.owner_id, "owner_id") or request.user
    with api_field_names():
        proposal = services.proposal_create(
            actor=request.user,
            rfp=rfp,
            title=payload.title,
            owner=owner,
            currency=payload.currency,
        )
    return Status(201, get_proposal(request, response, proposal.pk))


@router.patch(
    "/proposals/{proposal_id}",
    response=ProposalOut,
    summary="Rename a proposal, hand it to another owner, or change its currency (CDMO staff)",
)
def patch_proposal(
    request: HttpRequest, response: HttpResponse, proposal_id: int, payload: ProposalPatchIn
):
    staff(request, "proposals.change_proposal")
    proposal = get_object_or_404(selectors.proposals_visible_to(request.user), pk=proposal_id)
    fields = payload.model_dump(exclude_unset=True)
    version = expected_version(request, fields.pop("version", None))
    if "owner_id" in fields:
        fields["owner"] = chosen(users_visible_to(request.user), fields.pop("owner_id"), "owner_id")
        if fields["owner"] is None:
            raise ValidationError({"owner_id": ["A proposal always has an owner."]})
    with api_field_names():
        services.proposal_update(actor=request.user, proposal=proposal, version=version, **fields)
    return get_proposal(request, response, proposal_id)


@router.post(
    "/proposals/{proposal_id}/revisions",
    response={201: RevisionOut},
    summary="Start the next revision, a copy of the latest with the sponsor's feedback "
    "(CDMO staff)",
)
def create_revision(request: HttpRequest, response: HttpResponse, proposal_id: int):
    staff(request, "proposals.change_proposal")
    proposal = get_object_or_404(selectors.proposals_visible_to(request.user), pk=proposal_id)
    revision = services.revision_create(actor=request.user, proposal=proposal)
    return Status(201, get_revision(request, response, revision.pk))


# --------------------------------------------------------------------------- revision content


@router.patch(
    "/proposal-revisions/{revision_id}",
    response=RevisionInternalOut,
    summary="The cover summary, validity and internal pricing notes of an open revision "
    "(CDMO staff)",
    description="Any change to an open revision's content sends it back to draft and "
    "invalidates the reviews signed so far.",
)
def patch_revision(
    request: HttpRequest, response: HttpResponse, revision_id: int, payload: RevisionPatchIn
):
    staff(request, "proposals.change_proposal")
    revision = _revision(request, revision_id)
    fields = payload.model_dump(exclude_unset=True)
    version = expected_version(request, fields.pop("version", None))
    services.revision_update(actor=request.user, revision=revision, version=version, **fields)
    return get_revision_internal(request, response, revision_id)


@router.post(
    "/proposal-revisions/{revision_id}/scope-items",
    response={201: RevisionOut},
    summary="Price one piece of work: its total is quantity x unit price (CDMO staff)",
)
def create_scope_item(
    request: HttpRequest, response: HttpResponse, revision_id: int, payload: ScopeItemIn
):
    staff(request, "proposals.change_proposal")
    revision = _revision(request, revision_id)
    services.scope_item_add(actor=request.user, revision=revision, **payload.model_dump())
    return Status(201, get_revision(request, response, revision_id))


def _item(request: HttpRequest, revision_id: int, item_id: int) -> ScopeItem:
    revision = _revision(request, revision_id)
    return get_object_or_404(
        ScopeItem.objects.select_related("revision"), pk=item_id, revision=revision
    )


@router.patch(
    "/proposal-revisions/{revision_id}/scope-items/{item_id}",
    response=RevisionOut,
    summary="Change a scope item; the version is its revision's (CDMO staff)",
)
def patch_scope_item(
    request: HttpRequest,
    response: HttpResponse,
    revision_id: int,
    item_id: int,
    payload: ScopeItemPatchIn,
):
    staff(request, "proposals.change_proposal")
    item = _item(request, revision_id, item_id)
    fields = payload.model_dump(exclude_unset=True)
    version = expected_version(request, fields.pop("version", None))
    services.scope_item_update(actor=request.user, item=item, version=version, **fields)
    return get_revision(request, response, revision_id)


@router.delete(
    "/proposal-revisions/{revision_id}/scope-items/{item_id}",
    response=RevisionOut,
    summary="Remove a scope item; If-Match with the revision's ETag (CDMO staff)",
)
def delete_scope_item(request: HttpRequest, response: HttpResponse, revision_id: int, item_id: int):
    staff(request, "proposals.change_proposal")
    item = _item(request, revision_id, item_id)
    services.scope_item_remove(
        actor=request.user, item=item, version=expected_version(request, None)
    )
    return get_revision(request, response, revision_id)


@router.post(
    "/proposal-revisions/{revision_id}/milestones",
    response={201: RevisionOut},
    summary="Add a payment milestone: a percent of the total or a fixed amount (CDMO staff)",
)
def create_milestone(
    request: HttpRequest, response: HttpResponse, revision_id: int, payload: MilestoneIn
):
    staff(request, "proposals.change_proposal")
    revision = _revision(request, revision_id)
    services.milestone_add(actor=request.user, revision=revision, **payload.model_dump())
    return Status(201, get_revision(request, response, revision_id))


def _milestone(request: HttpRequest, revision_id: int, milestone_id: int) -> PaymentMilestone:
    revision = _revision(request, revision_id)
    return get_object_or_404(
        PaymentMilestone.objects.select_related("revision"), pk=milestone_id, revision=revision
    )


@router.patch(
    "/proposal-revisions/{revision_id}/milestones/{milestone_id}",
    response=RevisionOut,
    summary="Change a payment milestone; the version is its revision's (CDMO staff)",
)
def patch_milestone(
    request: HttpRequest,
    response: HttpResponse,
    revision_id: int,
    milestone_id: int,
    payload: MilestonePatchIn,
):
    staff(request, "proposals.change_proposal")
    milestone = _milestone(request, revision_id, milestone_id)
    fields = payload.model_dump(exclude_unset=True)
    version = expected_version(request, fields.pop("version", None))
    services.milestone_update(actor=request.user, milestone=milestone, version=version, **fields)
    return get_revision(request, response, revision_id)


@router.delete(
    "/proposal-revisions/{revision_id}/milestones/{milestone_id}",
    response=RevisionOut,
    summary="Remove a payment milestone; If-Match with the revision's ETag (CDMO staff)",
)
def delete_milestone(
    request: HttpRequest, response: HttpResponse, revision_id: int, milestone_id: int
):
    staff(request, "proposals.change_proposal")
    milestone = _milestone(request, revision_id, milestone_id)
    services.milestone_remove(
        actor=request.user, milestone=milestone, version=expected_version(request, None)
    )
    return get_revision(request, response, revision_id)


@router.put(
    "/proposal-revisions/{revision_id}/timeline",
    response=RevisionOut,
    summary="Schedule a plan template from the proposed start: CPM dates and P50/P80 (CDMO staff)",
)
def put_timeline(
    request: HttpRequest, response: HttpResponse, revision_id: int, payload: TimelineIn
):
    staff(request, "proposals.change_proposal")
    revision = _revision(request, revision_id)
    services.revision_timeline_build(
        actor=request.user,
        revision=revision,
        template_code=payload.template_code,
        start=payload.start,
        scale=payload.scale,
        batches=payload.batches,
        version=expected_version(request, payload.version),
    )
    return get_revision(request, response, revision_id)


@router.put(
    "/proposal-revisions/{revision_id}/complexity",
    response=RevisionInternalOut,
    summary="Score the eight complexity factors; they decide the reviews required (CDMO staff)",
)
def put_complexity(
    request: HttpRequest, response: HttpResponse, revision_id: int, payload: AssessmentIn
):
    staff(request, "proposals.change_proposal")
    revision = _revision(request, revision_id)
    factors = payload.model_dump()
    version = expected_version(request, factors.pop("version"))
    services.assessment_record(actor=request.user, revision=revision, version=version, **factors)
    return get_revision_internal(request, response, revision_id)


# --------------------------------------------------------------------------- workflow


def _transition(request: HttpRequest, response: HttpResponse, revision_id: int, name: str, **kw):
    staff(request, "proposals.view_proposal")
    revision = _revision(request, revision_id)
    version = expected_version(request, kw.pop("version"))
    services.revision_transition(
        actor=request.user, revision=revision, name=name, version=version, **kw
    )
    return get_revision_internal(request, response, revision_id)


@router.post(
    "/proposal-revisions/{revision_id}/submit",
    response=RevisionInternalOut,
    summary="Submit a complete revision for review (CDMO staff)",
)
def submit_revision(
    request: HttpRequest, response: HttpResponse, revision_id: int, payload: TransitionIn
):
    return _transition(request, response, revision_id, "submit", **payload.model_dump())


@router.post(
    "/proposal-revisions/{revision_id}/redraft",
    response=RevisionInternalOut,
    summary="Back to draft, with a reason; the reviews signed so far are invalidated (CDMO staff)",
)
def redraft_revision(
    request: HttpRequest, response: HttpResponse, revision_id: int, payload: TransitionIn
):
    return _transition(request, response, revision_id, "redraft", **payload.model_dump())


@router.post(
    "/proposal-revisions/{revision_id}/send",
    response=RevisionInternalOut,
    summary="Send an approved revision to the sponsor, signed by the proposal's owner",
)
def send_revision(request: HttpRequest, response: HttpResponse, revision_id: int, payload: SendIn):
    return _transition(request, response, revision_id, "send", **payload.model_dump())


@router.post(
    "/proposal-revisions/{revision_id}/reviews",
    response={201: RevisionInternalOut},
    summary="Sign one required review of a revision in review: reviewed, or rejected with "
    "a reason (never its author or owner)",
    description="The last required review signed `reviewed` approves the revision; a "
    "rejection sends it back to draft.",
)
def create_review(
    request: HttpRequest, response: HttpResponse, revision_id: int, payload: ReviewIn
):
    staff(request, "proposals.review_proposalrevision")
    revision = _revision(request, revision_id)
    fields = payload.model_dump()
    version = expected_version(request, fields.pop("version"))
    with api_field_names({"meaning": "decision"}):
        services.revision_review(actor=request.user, revision=revision, version=version, **fields)
    return Status(201, get_revision_internal(request, response, revision_id))


# --------------------------------------------------------------------------- the sponsor's side


def _answer(request: HttpRequest, response: HttpResponse, revision_id: int, payload: AnswerIn):
    revision = _revision(request, revision_id)
    fields = payload.model_dump()
    version = expected_version(request, fields.pop("version"))
    answer = (
        services.revision_accept if fields["meaning"] == "accepted" else services.revision_decline
    )
    answer(actor=request.user, revision=revision, version=version, **fields)
    return get_revision(request, response, revision_id)


@router.post(
    "/proposal-revisions/{revision_id}/answer",
    response=RevisionOut,
    summary="The sponsor's manager accepts (meaning accepted) or declines (meaning "
    "rejected, with a reason) the revision currently sent, signed",
)
def answer_revision(
    request: HttpRequest, response: HttpResponse, revision_id: int, payload: AnswerIn
):
    return _answer(request, response, revision_id, payload)


@router.post(
    "/proposal-revisions/{revision_id}/comments",
    response={201: RevisionOut},
    summary="A sponsor user's comment on the revision it was sent",
)
def create_comment(
    request: HttpRequest, response: HttpResponse, revision_id: int, payload: CommentIn
):
    revision = _revision(request, revision_id)
    services.revision_comment_add(actor=request.user, revision=revision, text=payload.text)
    return Status(201, get_revision(request, response, revision_id))


# The outcomes (won with the project, lost, declined, withdrawn) join this router too.
from accord.proposals import outcome_api  # noqa: E402, F401
