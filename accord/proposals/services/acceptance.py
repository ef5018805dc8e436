"""The sponsor's answer to a proposal: its manager accepts the revision currently sent,
or declines it with a reason, in the portal, with an electronic signature.

Accepting signs "accepted" and declining signs "rejected" on the revision itself, so the
revision's signature manifest shows the author's signature and the sponsor's side by
side, each with its content hash. Only a sponsor user of the proposal's own company who
holds ``proposals.accept_proposalrevision`` (the sponsor manager) may answer; CDMO staff
never answer on the sponsor's behalf (a win on paper is recorded through
``services/outcomes.py``). Only the revision currently sent can be answered: a
superseded one says which revision replaced it, an expired offer says until when it held.
The RFP does not move: recording the win (and the project) is the CDMO's step.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from accord.accounts.models import User
from accord.audit.services import audit_record
from accord.core import clock, concurrency
from accord.core.dates import format_day
from accord.core.workflow import TransitionNotAllowed
from accord.notifications.services import notify
from accord.proposals.models import ProposalRevision
from accord.proposals.selectors import revisions_visible_to
from accord.proposals.services._common import lock_revision
from accord.proposals.workflows import REVISION_WORKFLOW, SPONSOR_ACTIONS
from accord.signatures.models import Signature
from accord.signatures.services import signature_apply, signer_authenticate

S = ProposalRevision.Status


def revision_sponsor_decision(revision: ProposalRevision) -> Signature | None:
    """The sponsor's signed answer to the revision ("accepted" or "rejected"), if any."""
    return (
        Signature.objects.filter(
            record_type="proposals.proposalrevision",
            record_id=revision.pk,
            transition__in=SPONSOR_ACTIONS,
        )
        .order_by("-signed_at", "-pk")
        .first()
    )


def revision_answer_check(actor: User, revision: ProposalRevision, name: str) -> None:
    """Who may answer and whether this revision can still be answered; raises otherwise."""
    if not actor.is_sponsor_user:
        raise PermissionDenied(
            "Only the sponsor accepts or declines its proposal; CDMO staff record a win "
            "agreed outside the portal as the RFP's outcome."
        )
    if not revisions_visible_to(actor).filter(pk=revision.pk).exists():
        raise PermissionDenied("This proposal is not yours to answer.")
    if revision.status == S.SUPERSEDED:
        newer = (
            revision.proposal.revisions.filter(number__gt=revision.number)
            .exclude(status__in=ProposalRevision.OPEN_STATES)
            .order_by("-number")
            .first()
        )
        later = f" by {newer.reference}" if newer else ""
        raise TransitionNotAllowed(
            f"{revision.reference} was superseded{later}: only the latest revision sent "
            "can be accepted or declined."
        )
    if revision.status in (S.ACCEPTED, S.DECLINED):
        raise TransitionNotAllowed(
            f"{revision.reference} was already {revision.get_status_display().lower()}."
        )
    REVISION_WORKFLOW.check(revision, name, actor)
    rfp = revision.proposal.rfp
    if rfp.is_closed:
        raise TransitionNotAllowed(
            f"{rfp.number} is {rfp.get_status_display().lower()}: this proposal can no longer "
            "be answered."
        )
    if name == "accept" and revision.valid_until and revision.valid_until < clock.today():
        raise ValidationError(
            {
                "__all__": [
                    f"This offer was valid until {format_day(revision.valid_until)}: ask the CDMO "
                    "for a new revision, or decline it."
                ]
            }
        )


def _answer(
    *,
    actor: User,
    revision: ProposalRevision,
    name: str,
    meaning: str,
    reason: str,
    username: str | None,
    password: str,
    acknowledge: bool,
    version: int | None,
) -> ProposalRevision:
    revision_answer_check(actor, revision, name)
    transition = REVISION_WORKFLOW.transition(name)
    if meaning != transition.signature:
        raise ValidationError(
            {"meaning": [f"Choose the meaning of this signature: {transition.signature}."]}
        )
    if transition.reason_required and not reason.strip():
        raise ValidationError({"reason": ["Tell the CDMO why you decline: it is kept on record."]})
    # Outside the transaction: a failed attempt stays recorded (and counts to lockout).
    full_credentials = signer_authenticate(
        actor=actor, username=username, password=password, acknowledge=acknowledge
    )
    with transaction.atomic():
        locked = lock_revision(revision, version)
        if locked.status != revision.status:
            raise TransitionNotAllowed("Someone else answered this revision just now; reload it.")
        REVISION_WORKFLOW.check(locked, name, actor)
        if name == "accept" and locked.proposal.revisions.filter(status=S.ACCEPTED).exists():
            raise TransitionNotAllowed("Another revision of this proposal is already accepted.")
        changes: dict[str, list] = {"status": [locked.status, transition.target]}
        locked.status = transition.target
        concurrency.bump(locked)
        locked.save(update_fields=["status", "version", "updated_at"])
        audit_record(
            actor=actor,
            action=f"proposals.proposalrevision.{transition.target}",
            target=locked,
            parent=locked.proposal,
            changes=changes,
            reason=reason,
        )
        signature_apply(
            actor=actor,
            record=locked,
            meaning=transition.signature,
            full_credentials=full_credentials,
            reason=reason,
            transition=name,
        )
        notify(f"proposals.proposalrevision.{name}", locked, actor=actor, reason=reason)
    return locked


def revision_accept(
    *,
    actor: User,
    revision: ProposalRevision,
    meaning: str,
    username: str | None,
    password: str,
    acknowledge: bool = False,
    reason: str = "",
    version: int | None = None,
) -> ProposalRevision:
    """The sponsor manager accepts the revision currently sent, signing "accepted"."""
    return _answer(
        actor=actor,
        revision=revision,
        name="accept",
        meaning=meaning,
        reason=reason,
        username=username,
        password=password,
        acknowledge=acknowledge,
        version=version,
    )


def revision_decline(
    *,
    actor: User,
    revision: ProposalRevision,
    meaning: str,
    reason: str,
    username: str | None,
    password: str,
    acknowledge: bool = False,
    version: int | None = None,
) -> ProposalRevision:
    """The sponsor manager declines the revision currently sent, signing "rejected" with
    the reason, which the CDMO reads on the revision and in its audit trail."""
    return _answer(
        actor=actor,
        revision=revision,
        name="decline",
        meaning=meaning,
        reason=reason,
        username=username,
        password=password,
        acknowledge=acknowledge,
        version=version,
    )
