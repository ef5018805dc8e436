"""Reviews and the revision's workflow: submit for review, signed reviews (the last
required one approves), back to draft, and sending with the owner's signature."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from accord.accounts.models import User
from accord.audit.services import audit_record, created
from accord.core import clock, concurrency
from accord.core.workflow import TransitionNotAllowed
from accord.notifications.services import notify
from accord.proposals.complexity import REVIEW_ROLES, required_reviews
from accord.proposals.models import (
    ComplexityAssessment,
    ProposalReview,
    ProposalRevision,
    ReviewKind,
    Rfp,
)
from accord.proposals.services._common import authorize_staff, lock_revision, reviews_invalidate
from accord.proposals.services.content import milestone_problems
from accord.proposals.services.rfps import rfp_status_set
from accord.proposals.workflows import REVISION_WORKFLOW
from accord.signatures.models import Meaning
from accord.signatures.services import signature_apply, signer_authenticate

S = ProposalRevision.Status


def revision_required_reviews(revision: ProposalRevision) -> list[str]:
    assessment = ComplexityAssessment.objects.filter(revision=revision).first()
    return required_reviews(assessment.factors() if assessment else None)


def revision_missing_reviews(revision: ProposalRevision) -> list[str]:
    """Required review kinds without a current review signed "reviewed"."""
    signed = set(
        revision.reviews.filter(
            invalidated_at__isnull=True, decision=ProposalReview.Decision.REVIEWED
        ).values_list("kind", flat=True)
    )
    return [kind for kind in revision_required_reviews(revision) if kind not in signed]


def revision_problems(revision: ProposalRevision) -> list[str]:
    """What keeps the revision from review: no scope, milestones that do not add up, no
    complexity assessment. Empty when it is complete."""
    problems = []
    if not revision.scope_items.exists():
        problems.append("Add at least one scope item.")
    problems += milestone_problems(revision)
    if not ComplexityAssessment.objects.filter(revision=revision).exists():
        problems.append("Assess the technical complexity: it decides the reviews required.")
    return problems


def _labels(kinds: list[str]) -> str:
    return ", ".join(ReviewKind(kind).label for kind in kinds)


def _check_authors(actor: User, revision: ProposalRevision, what: str) -> None:
    if actor.pk in (revision.created_by_id, revision.proposal.owner_id):
        raise PermissionDenied(
            f"The author or owner of a revision cannot {what} it; another person must."
        )


def revision_transition(
    *,
    actor: User,
    revision: ProposalRevision,
    name: str,
    reason: str = "",
    meaning: str = "",
    username: str | None = None,
    password: str = "",
    acknowledge: bool = False,
    version: int | None = None,
) -> ProposalRevision:
    """Submit for review, go back to draft (with a reason; the reviews signed so far are
    invalidated), or send to the sponsor (the owner, with a signature, once every
    required review is signed "reviewed")."""
    if name not in ("submit", "redraft", "send"):
        raise TransitionNotAllowed(f"There is no action called {name!r} here.")
    authorize_staff(actor, "proposals.view_proposal")
    if name == "send":
        missing = revision_missing_reviews(revision)
        if missing:
            raise ValidationError(
                {
                    "__all__": [
                        f"{revision.reference} cannot be sent before these reviews are signed "
                        f"“reviewed”: {_labels(missing)}."
                    ]
                }
            )
        if actor.pk != revision.proposal.owner_id:
            raise PermissionDenied(
                f"Only the proposal's owner, {revision.proposal.owner.printed_name}, sends it."
            )
    transition = REVISION_WORKFLOW.check(revision, name, actor)
    if transition.reason_required and not reason.strip():
        raise ValidationError({"reason": [f"Give a reason to {transition.label.lower()}."]})
    if name in ("submit", "send"):
        problems = revision_problems(revision)
        if problems:
            raise ValidationError({"__all__": problems})
    full_credentials = False
    if transition.signature:
        if meaning != transition.signature:
            raise ValidationError(
                {"meaning": [f"Choose the meaning of this signature: {transition.signature}."]}
            )
        # Outside the transaction: a failed attempt stays recorded (and counts to lockout).
        full_credentials = signer_authenticate(
            actor=actor, username=username, password=password, acknowledge=acknowledge
        )
    with transaction.atomic():
        locked = lock_revision(revision, version)
        if locked.status != revision.status or locked.version != revision.version:
            raise TransitionNotAllowed("Someone else changed this revision just now; reload it.")
        REVISION_WORKFLOW.check(locked, name, actor)
        changes: dict[str, list] = {"status": [locked.status, transition.target]}
        if name == "redraft":
            invalidated = reviews_invalidate(locked, f"Back to draft: {reason.strip()}")
            if invalidated:
                changes["reviews_invalidated"] = [None, invalidated]
        if name == "send":
            locked.sent_on = clock.today()
            locked.sent_by = actor
            changes["sent_on"] = [None, locked.sent_on.isoformat()]
        locked.status = transition.target
        concurrency.bump(locked)
        locked.save()
        audit_record(
            actor=actor,
            action=f"proposals.proposalrevision.{name}",
            target=locked,
            parent=locked.proposal,
            changes=changes,
            reason=reason,
        )
        if transition.signature:
            signature_apply(
                actor=actor,
                record=locked,
                meaning=transition.signature,
                full_credentials=full_credentials,
                reason=reason,
                transition=transition.name,
            )
        if name == "send":
            _after_send(actor, locked)
        notify(f"proposals.proposalrevision.{name}", locked, actor=actor)
    return locked


def _after_send(actor: User, revision: ProposalRevision) -> None:
    """Earlier sent revisions are superseded; the RFP now has a proposal sent."""
    earlier = revision.proposal.revisions.filter(status=S.SENT).exclude(pk=revision.pk)
    for previous in earlier.select_for_update(of=("self",)):
        previous.status = S.SUPERSEDED
        concurrency.bump(previous)
        previous.save(update_fields=["status", "version", "updated_at"])
        audit_record(
            actor=actor,
            action="proposals.proposalrevision.superseded",
            target=previous,
            parent=previous.proposal,
            changes={"status": [S.SENT, S.SUPERSEDED], "superseded_by": [None, revision.reference]},
        )
    rfp = Rfp.objects.select_for_update(of=("self",)).get(pk=revision.proposal.rfp_id)
    if rfp.status in (Rfp.Status.NEW, Rfp.Status.QUALIFYING, Rfp.Status.IN_PREPARATION):
        rfp_status_set(actor=actor, rfp=rfp, status=Rfp.Status.PROPOSAL_SENT)


def revision_review(
    *,
    actor: User,
    revision: ProposalRevision,
    kind: str,
    decision: str,
    reason: str = "",
    username: str | None = None,
    password: str = "",
    acknowledge: bool = False,
    version: int | None = None,
) -> ProposalReview:
    """Sign one required review of a revision in review: "reviewed", or "rejected" with a
    reason (which sends it back to draft). The reviewer holds the role the review needs
    and is neither the revision's author nor the proposal's owner. The last required
    review signed "reviewed" approves the revision."""
    authorize_staff(actor, "proposals.view_proposal")
    if decision not in ProposalReview.Decision.values:
        raise ValidationError({"meaning": ["Choose reviewed or rejected."]})
    if kind not in ReviewKind.values:
        raise ValidationError({"kind": ["Choose the review you sign."]})
    name = "review" if decision == Meaning.REVIEWED else "reject"
    transition = REVISION_WORKFLOW.check(revision, name, actor, author_id=revision.created_by_id)
    _check_authors(actor, revision, "review")
    required = revision_required_reviews(revision)
    if kind not in required:
        raise ValidationError(
            {"kind": [f"{revision.reference} does not need a {ReviewKind(kind).label} review."]}
        )
    role = REVIEW_ROLES[kind]
    if not actor.has_role(role):
        raise PermissionDenied(
            f"A {ReviewKind(kind).label} review needs the {role.replace('_', ' ')} role."
        )
    current = revision.reviews.filter(kind=kind, invalidated_at__isnull=True).first()
    if current is not None:
        raise ValidationError(
            {"kind": [f"{current.reviewer.printed_name} already signed this review."]}
        )
    if transition.reason_required and not reason.strip():
        raise ValidationError({"reason": ["Give the reason for rejecting: the author needs it."]})
    # Outside the transaction: a failed attempt stays recorded (and counts to lockout).
    full_credentials = signer_authenticate(
        actor=actor, username=username, password=password, acknowledge=acknowledge
    )
    with transaction.atomic():
        locked = lock_revision(revision, version)
        REVISION_WORKFLOW.check(locked, name, actor, author_id=locked.created_by_id)
        if locked.reviews.filter(kind=kind, invalidated_at__isnull=True).exists():
            raise TransitionNotAllowed("Someone else signed this review just now; reload it.")
        review = ProposalReview.objects.create(
            revision=locked,
            kind=kind,
            decision=decision,
            reason=reason.strip(),
            reviewer=actor,
            signed_at=timezone.now(),
        )
        audit_record(
            actor=actor,
            action=f"proposals.proposalreview.{decision}",
            target=review,
            parent=locked,
            changes=created({"kind": kind, "decision": decision, "reason": review.reason}),
            reason=reason,
        )
        review.signature = signature_apply(
            actor=actor,
            record=review,
            meaning=decision,
            full_credentials=full_credentials,
            reason=reason,
            transition=name,
        )
        review.save(update_fields=["signature"])
        if decision == ProposalReview.Decision.REJECTED:
            _rejected(actor, locked, review)
        elif not revision_missing_reviews(locked):
            _status(actor, locked, S.APPROVED, "approved")
        notify("proposals.proposalrevision.reviewed", locked, actor=actor, review=review)
    return review


def _status(actor: User, revision: ProposalRevision, status: str, action: str, **extra) -> None:
    changes = {"status": [revision.status, status], **extra}
    revision.status = status
    concurrency.bump(revision)
    revision.save(update_fields=["status", "version", "updated_at"])
    audit_record(
        actor=actor,
        action=f"proposals.proposalrevision.{action}",
        target=revision,
        parent=revision.proposal,
        changes=changes,
    )


def _rejected(actor: User, revision: ProposalRevision, review: ProposalReview) -> None:
    """A rejection closes the review round: back to draft, every review of the round
    (the rejection too) kept in the history as invalidated."""
    invalidated = reviews_invalidate(
        revision, f"Review round closed: {review.get_kind_display()} rejected it."
    )
    _status(
        actor,
        revision,
        S.DRAFT,
        "rejected",
        reviews_invalidated=[None, invalidated],
    )
