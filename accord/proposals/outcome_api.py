"""How an RFP ends, through the API: won (the proposal becomes the project, with its SOW
deliverables, plan and signed baseline, all at once), lost (with a postmortem), declined
by the CDMO or withdrawn by the sponsor; and reading that outcome.

Business development and executives record outcomes; the reasons and the postmortem are
internal, so every route here is CDMO staff's (a sponsor user is 403 whatever the id).
A sponsor reads only the RFP's new status."""

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Status

from accord.accounts.models import Site
from accord.accounts.selectors import users_visible_to
from accord.proposals import selectors, services
from accord.proposals.api import router
from accord.proposals.models import LossReason, Postmortem, Rfp, RfpOutcome
from accord.proposals.write_api import api_field_names, chosen, staff
from accord.proposals.write_schemas import CloseIn, LoseIn, OutcomeOut, WinIn

RECORD = "proposals.record_rfp_outcome"


def _rfp(request: HttpRequest, rfp_id: int) -> Rfp:
    return get_object_or_404(selectors.rfps_visible_to(request.user), pk=rfp_id)


def _outcome_out(rfp: Rfp) -> dict | None:
    outcome = (
        RfpOutcome.objects.select_related("rfp", "revision__proposal", "project", "recorded_by")
        .filter(rfp=rfp)
        .first()
    )
    if outcome is None:
        return None
    postmortem = Postmortem.objects.filter(rfp=rfp).first()
    revision = outcome.revision
    return {
        "rfp_id": rfp.pk,
        "rfp_number": rfp.number,
        "rfp_status": outcome.rfp.status,
        "kind": outcome.kind,
        "kind_label": outcome.get_kind_display(),
        "decided_on": outcome.decided_on,
        "revision_id": revision.pk if revision else None,
        "revision_reference": (
            f"{revision.proposal.number} {revision.reference}" if revision else None
        ),
        "project_id": outcome.project_id,
        "project_code": outcome.project.code if outcome.project_id else None,
        "reason": outcome.reason,
        "recorded_by_name": outcome.recorded_by.printed_name,
        "recorded_at": outcome.recorded_at,
        "postmortem": None
        if postmortem is None
        else {
            "reasons": postmortem.reasons,
            "reason_labels": [LossReason(code).label for code in postmortem.reasons],
            "other_note": postmortem.other_note,
            "competitor": postmortem.competitor,
            "data_says": postmortem.data_says,
            "lessons": postmortem.lessons,
            "follow_up_on": postmortem.follow_up_on,
            "follow_up_id": postmortem.follow_up_id,
        },
    }


@router.get(
    "/rfps/{rfp_id}/outcome",
    response=OutcomeOut,
    summary="How the RFP ended, with the reasons and postmortem (CDMO staff); 404 while open",
)
def get_outcome(request: HttpRequest, rfp_id: int):
    staff(request, "proposals.view_rfpoutcome")
    found = _outcome_out(_rfp(request, rfp_id))
    if found is None:
        raise Http404
    return found


@router.post(
    "/rfps/{rfp_id}/win",
    response={201: OutcomeOut},
    summary="Record a win: the proposal becomes the project, with its SOW, plan and "
    "signed baseline",
    description="On the revision the sponsor accepted, or the one still sent with a "
    "`reason` (a signed purchase order). The project manager named by `pm_id` creates the "
    "project and signs its contract baseline: `username` and `password` are theirs. One "
    "transaction: a wrong password or a used project code writes nothing. "
    "The answer names the new project (`project_id`, `project_code`).",
)
def win_rfp(request: HttpRequest, rfp_id: int, payload: WinIn):
    staff(request, RECORD)
    rfp = _rfp(request, rfp_id)
    revision = chosen(
        selectors.revisions_visible_to(request.user).filter(proposal__rfp=rfp),
        payload.revision_id,
        "revision_id",
    )
    pm = chosen(users_visible_to(request.user).filter(is_active=True), payload.pm_id, "pm_id")
    site = chosen(Site.objects.all(), payload.site_id, "site_id")
    with api_field_names({"pm": "pm_id", "site": "site_id"}):
        services.proposal_win(
            actor=request.user,
            revision=revision,
            pm=pm,
            project_code=payload.project_code,
            start_date=payload.start_date,
            username=payload.username,
            password=payload.password,
            acknowledge=payload.acknowledge,
            title=payload.title,
            site=site,
            template_code=payload.template_code,
            reason=payload.reason,
            decided_on=payload.decided_on,
        )
    return Status(201, _outcome_out(rfp))


@router.post(
    "/rfps/{rfp_id}/lose",
    response={201: OutcomeOut},
    summary="Record a loss with its postmortem; a follow-up date becomes a follow-up",
)
def lose_rfp(request: HttpRequest, rfp_id: int, payload: LoseIn):
    staff(request, RECORD)
    rfp = _rfp(request, rfp_id)
    services.rfp_lose(actor=request.user, rfp=rfp, **payload.model_dump())
    return Status(201, _outcome_out(rfp))


@router.post(
    "/rfps/{rfp_id}/decline",
    response={201: OutcomeOut},
    summary="The CDMO turns the RFP down, with its (internal) reason",
)
def decline_rfp(request: HttpRequest, rfp_id: int, payload: CloseIn):
    staff(request, RECORD)
    rfp = _rfp(request, rfp_id)
    services.rfp_decline(actor=request.user, rfp=rfp, **payload.model_dump())
    return Status(201, _outcome_out(rfp))


@router.post(
    "/rfps/{rfp_id}/withdraw",
    response={201: OutcomeOut},
    summary="The sponsor withdrew the RFP; what they said is kept as the reason",
)
def withdraw_rfp(request: HttpRequest, rfp_id: int, payload: CloseIn):
    staff(request, RECORD)
    rfp = _rfp(request, rfp_id)
    services.rfp_withdraw(actor=request.user, rfp=rfp, **payload.model_dump())
    return Status(201, _outcome_out(rfp))
