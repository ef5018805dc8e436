"""Change control decisions: the gates (``plan_gaps``, ``closure_gaps``), QA's plan
approval, the sponsors' approvals and decisions, submission, rescoping, implementation,
the effectiveness review and closure, rejection and cancellation. Each write is one
transaction with its audit event ``quality.change_control.<verb>``.

Raising, editing, impact assessments and implementation actions are in ``changes``,
which re-exports everything here.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from accord.accounts.models import User
from accord.audit.services import audit_record, created
from accord.core import clock, concurrency
from accord.core.permissions import require
from accord.core.workflow import TransitionNotAllowed
from accord.notifications.services import notify
from accord.quality import selectors
from accord.quality.change_workflows import APPROVE, CHANGE_WORKFLOW, DECIDE
from accord.quality.models import (
    ChangeControl,
    ChangeReview,
    ChangeState,
    FilingImpact,
    SponsorApproval,
)
from accord.quality.services.change_shared import _document_open, _locked, _staff
from accord.signatures.models import Meaning
from accord.signatures.services import signature_apply, signer_authenticate


def plan_gaps(change: ChangeControl) -> list[str]:
    """What is missing before QA may approve the plan (R-CC-2, R-CC-3)."""
    missing = []
    assessments = list(change.assessments.all())
    if not assessments:
        missing.append("no department was asked for an impact assessment")
    unsigned = [a.get_department_display() for a in assessments if not a.is_signed]
    if unsigned:
        missing.append(f"unsigned impact assessments: {', '.join(unsigned)}")
    if not change.risk_assessment.strip() or not change.risk_level:
        missing.append("the risk assessment and its level")
    if change.filing == FilingImpact.TBD:
        missing.append("an answer to the regulatory-filing question")
    if not change.actions.exists():
        missing.append("an implementation action")
    return missing


def closure_gaps(change: ChangeControl) -> list[str]:
    """What is missing before the change may close (R-CC-6)."""
    missing = []
    actions = list(change.actions.select_related("document"))
    open_actions = [a for a in actions if not a.is_done]
    if open_actions:
        missing.append(f"{len(open_actions)} implementation action(s) not done")
    unapproved = [a.document.title for a in actions if _document_open(a)]
    if unapproved:
        missing.append(f"documents not approved: {', '.join(unapproved)}")
    return missing


def _signed_step(
    actor: User,
    change: ChangeControl,
    name: str,
    *,
    meaning: str,
    username: str | None,
    password: str,
    acknowledge: bool,
    version: int | None,
    reason: str = "",
):
    """Check the transition, then the signer (outside the transaction: a failed attempt
    stays recorded); returns the transition and whether the user id was entered."""
    _staff(actor)
    transition = CHANGE_WORKFLOW.check(change, name, actor, author_id=change.raised_by_id)
    concurrency.check(change, version)
    if transition.reason_required and not reason.strip():
        raise ValidationError({"reason": [f"Give a reason to {transition.label.lower()}."]})
    if meaning != transition.signature:
        raise ValidationError(
            {"meaning": [f"Choose the meaning of this signature: {transition.signature}."]}
        )
    full = signer_authenticate(
        actor=actor, username=username, password=password, acknowledge=acknowledge
    )
    return transition, full


def _move(actor: User, change: ChangeControl, target: str, verb: str, *, reason: str = "", **extra):
    before = change.get_state_display()
    change.state = target
    concurrency.bump(change)
    change.save()
    audit_record(
        actor=actor,
        action=f"quality.change_control.{verb}",
        target=change,
        changes={"state": [before, change.get_state_display()], **extra},
        reason=reason,
    )


def change_control_approve_plan(
    *,
    actor: User,
    change: ChangeControl,
    username: str | None,
    password: str,
    version: int | None,
    acknowledge: bool = False,
    meaning: str = Meaning.APPROVED,
) -> ChangeControl:
    """QA approves the plan with a signature. Sponsors whose quality agreement in force
    today requires it are asked to approve; without any, the change is approved for
    implementation."""
    require(actor, APPROVE)
    change.approvals_needed = selectors.sponsor_approvals_needed(change, clock.now().date())
    name = "approve_plan_for_sponsors" if change.approvals_needed else "approve_plan"
    missing = plan_gaps(change)
    if missing:
        raise ValidationError(f"The plan cannot be approved yet: {'; '.join(missing)}.")
    transition, full = _signed_step(
        actor,
        change,
        name,
        meaning=meaning,
        username=username,
        password=password,
        acknowledge=acknowledge,
        version=version,
    )
    with transaction.atomic():
        locked = _locked(change, version)
        locked.approvals_needed = selectors.sponsor_approvals_needed(locked, clock.now().date())
        CHANGE_WORKFLOW.check(locked, name, actor, author_id=locked.raised_by_id)
        if plan_gaps(locked):
            raise TransitionNotAllowed("Someone changed this change control just now; reload it.")
        now = clock.now()
        locked.plan_approved_by = actor
        locked.plan_approved_at = now
        if not locked.approvals_needed:
            locked.approved_at = now
        asked = [
            SponsorApproval(
                change=locked,
                sponsor=sponsor,
                agreement=agreement,
                products="\n".join(products),
                requested_at=now,
            )
            for sponsor, agreement, products in locked.approvals_needed
        ]
        _move(
            actor,
            locked,
            transition.target,
            "plan_approved",
            sponsors_asked=[None, ", ".join(a.sponsor.name for a in asked) or "none"],
        )
        signature_apply(
            actor=actor,
            record=locked,
            meaning=transition.signature,
            full_credentials=full,
            transition=transition.name,
        )
        for approval in asked:
            approval.save()
            audit_record(
                actor=actor,
                action="quality.change_control.sponsor_asked",
                target=approval,
                parent=locked,
                changes=created(
                    {"sponsor": approval.sponsor.name, "agreement": approval.agreement.reference}
                ),
            )
            notify("quality.change_control.sponsor_asked", approval, actor=actor)
    return locked


def change_control_decide(
    *,
    actor: User,
    approval: SponsorApproval,
    decision: str,
    comment: str,
    username: str | None,
    password: str,
    version: int | None,
    acknowledge: bool = False,
) -> SponsorApproval:
    """The sponsor manager approves or rejects the change for their company, by
    signature (meaning approved or rejected). A rejection needs a comment. When the last
    sponsor asked approves, the change is approved for implementation."""
    require(actor, DECIDE)
    if not actor.is_sponsor_user or actor.organization_id != approval.sponsor_id:
        raise PermissionDenied("Only the sponsor asked decides on its approval.")
    if not selectors.sponsor_approvals_visible_to(actor).filter(pk=approval.pk).exists():
        raise PermissionDenied("You cannot decide on this change.")
    if decision not in (SponsorApproval.Decision.APPROVED, SponsorApproval.Decision.REJECTED):
        raise ValidationError({"meaning": ["Approve or reject the change."]})
    if decision == SponsorApproval.Decision.REJECTED and not comment.strip():
        raise ValidationError({"reason": ["Say why you reject the change."]})
    concurrency.check(approval, version)
    full = signer_authenticate(
        actor=actor, username=username, password=password, acknowledge=acknowledge
    )
    with transaction.atomic():
        change = _locked(approval.change, None)
        approval = concurrency.locked(approval, version)
        if not approval.current or not approval.is_pending:
            raise TransitionNotAllowed("This approval was decided already or is no longer asked.")
        if change.state != ChangeState.SPONSOR_APPROVAL:
            raise TransitionNotAllowed(
                f"{change.number} is {change.get_state_display().lower()}: nothing to decide."
            )
        approval.decision = decision
        approval.comment = comment.strip()
        approval.decided_by = actor
        approval.decided_at = clock.now()
        concurrency.bump(approval)
        approval.save()
        signature_apply(
            actor=actor,
            record=approval,
            meaning=decision,
            full_credentials=full,
            reason=approval.comment,
            transition="decide",
        )
        audit_record(
            actor=actor,
            action="quality.change_control.decided",
            target=approval,
            parent=change,
            changes={"decision": ["Waiting for the sponsor", approval.get_decision_display()]},
            reason=approval.comment,
        )
        still = change.sponsor_approvals.filter(current=True).exclude(
            decision=SponsorApproval.Decision.APPROVED
        )
        if not still.exists():
            CHANGE_WORKFLOW.check(change, "sponsors_approved", actor)
            change.approved_at = clock.now()
            _move(actor, change, ChangeState.APPROVED, "approved")
        notify("quality.change_control.decided", approval, actor=actor)
    return approval


def _simple(
    actor: User, change: ChangeControl, name: str, version: int | None, reason: str = ""
) -> tuple[ChangeControl, object]:
    require(actor, CHANGE_WORKFLOW.transition(name).permission)
    _staff(actor)
    transition = CHANGE_WORKFLOW.check(change, name, actor)
    if transition.reason_required and not reason.strip():
        raise ValidationError({"reason": [f"Give a reason to {transition.label.lower()}."]})
    locked = _locked(change, version)
    CHANGE_WORKFLOW.check(locked, name, actor)
    return locked, transition


@transaction.atomic
def change_control_submit(
    *, actor: User, change: ChangeControl, version: int | None = None
) -> ChangeControl:
    """Send the draft for impact assessment: at least one department is asked."""
    locked, transition = _simple(actor, change, "submit", version)
    if not locked.assessments.exists():
        raise ValidationError("Ask at least one department for its impact assessment first.")
    _move(actor, locked, transition.target, "submitted")
    notify("quality.change_control.submitted", locked, actor=actor)
    return locked


@transaction.atomic
def change_control_rescope(
    *, actor: User, change: ChangeControl, reason: str, version: int | None = None
) -> ChangeControl:
    """Back to impact assessment to rescope the change (e.g. to exclude the products of a
    sponsor that rejected it). Every current sponsor request is superseded: the plan is
    approved, and the sponsors asked, again."""
    locked, transition = _simple(actor, change, "rescope", version, reason)
    superseded = list(locked.sponsor_approvals.filter(current=True).select_related("sponsor"))
    for approval in superseded:
        approval.current = False
        concurrency.bump(approval)
        approval.save(update_fields=["current", "version"])
    locked.plan_approved_by = None
    locked.plan_approved_at = None
    _move(
        actor,
        locked,
        transition.target,
        "rescoped",
        reason=reason,
        superseded=[", ".join(a.sponsor.name for a in superseded) or "none", None],
    )
    return locked


@transaction.atomic
def change_control_start(
    *, actor: User, change: ChangeControl, version: int | None = None
) -> ChangeControl:
    """Start implementing: never while a sponsor asked has not approved (R-CC-4)."""
    locked, transition = _simple(actor, change, "start", version)
    waiting = locked.sponsor_approvals.filter(current=True).exclude(
        decision=SponsorApproval.Decision.APPROVED
    )
    if waiting.exists():
        raise ValidationError("A sponsor has not approved this change: it cannot be implemented.")
    _move(actor, locked, transition.target, "started")
    return locked


@transaction.atomic
def change_control_complete(
    *, actor: User, change: ChangeControl, version: int | None = None
) -> ChangeControl:
    """Implementation done: every action is done; the effectiveness review follows."""
    locked, transition = _simple(actor, change, "complete", version)
    missing = closure_gaps(locked)
    if missing:
        raise ValidationError(f"The implementation is not complete: {'; '.join(missing)}.")
    locked.implemented_at = clock.now()
    _move(actor, locked, transition.target, "implemented")
    notify("quality.change_control.implemented", locked, actor=actor)
    return locked


@transaction.atomic
def change_control_reopen(
    *, actor: User, change: ChangeControl, reason: str, version: int | None = None
) -> ChangeControl:
    """QA sends the change back to implementation (more actions are needed)."""
    locked, transition = _simple(actor, change, "reopen", version, reason)
    locked.implemented_at = None
    _move(actor, locked, transition.target, "reopened", reason=reason)
    return locked


@transaction.atomic
def change_control_cancel(
    *, actor: User, change: ChangeControl, reason: str, version: int | None = None
) -> ChangeControl:
    """Cancel with a reason; nothing is deleted."""
    locked, transition = _simple(actor, change, "cancel", version, reason)
    locked.end_reason = reason.strip()
    _move(actor, locked, transition.target, "cancelled", reason=reason)
    return locked


def change_control_reject(
    *,
    actor: User,
    change: ChangeControl,
    reason: str,
    username: str | None,
    password: str,
    version: int | None,
    acknowledge: bool = False,
    meaning: str = Meaning.REJECTED,
) -> ChangeControl:
    """QA rejects the change, by signature, with a reason."""
    require(actor, APPROVE)
    transition, full = _signed_step(
        actor,
        change,
        "reject",
        meaning=meaning,
        username=username,
        password=password,
        acknowledge=acknowledge,
        version=version,
        reason=reason,
    )
    with transaction.atomic():
        locked = _locked(change, version)
        CHANGE_WORKFLOW.check(locked, "reject", actor, author_id=locked.raised_by_id)
        locked.end_reason = reason.strip()
        _move(actor, locked, transition.target, "rejected", reason=reason)
        signature_apply(
            actor=actor,
            record=locked,
            meaning=transition.signature,
            full_credentials=full,
            reason=reason,
            transition=transition.name,
        )
    return locked


def change_control_close(
    *,
    actor: User,
    change: ChangeControl,
    objectives_met: bool,
    no_adverse_impact: bool,
    evidence: str,
    username: str | None,
    password: str,
    version: int | None,
    acknowledge: bool = False,
    meaning: str = Meaning.VERIFIED,
) -> ChangeControl:
    """QA's signed effectiveness review (R-CC-5), and with it the closure. A change that
    missed its objectives or harmed something does not close: QA sends it back to
    implementation."""
    require(actor, APPROVE)
    errors: dict[str, list[str]] = {}
    if not evidence.strip():
        errors["evidence"] = ["Say what shows the change met its objectives."]
    if not objectives_met:
        errors["objectives_met"] = [
            "A change that missed its objectives does not close: send it back to implementation."
        ]
    if not no_adverse_impact:
        errors["no_adverse_impact"] = [
            "A change with a deleterious impact does not close: send it back to implementation."
        ]
    if errors:
        raise ValidationError(errors)
    missing = closure_gaps(change)
    if missing:
        raise ValidationError(f"The change cannot close: {'; '.join(missing)}.")
    transition, full = _signed_step(
        actor,
        change,
        "close",
        meaning=meaning,
        username=username,
        password=password,
        acknowledge=acknowledge,
        version=version,
    )
    with transaction.atomic():
        locked = _locked(change, version)
        CHANGE_WORKFLOW.check(locked, "close", actor)
        if closure_gaps(locked) or ChangeReview.objects.filter(change=locked).exists():
            raise TransitionNotAllowed("Someone changed this change control just now; reload it.")
        review = ChangeReview.objects.create(
            change=locked,
            objectives_met=objectives_met,
            no_adverse_impact=no_adverse_impact,
            evidence=evidence.strip(),
            reviewed_by=actor,
            reviewed_at=clock.now(),
        )
        signature_apply(
            actor=actor,
            record=review,
            meaning=transition.signature,
            full_credentials=full,
            transition=transition.name,
        )
        audit_record(
            actor=actor,
            action="quality.change_control.reviewed",
            target=review,
            parent=locked,
            changes=created(
                {
                    "objectives_met": objectives_met,
                    "no_adverse_impact": no_adverse_impact,
                    "evidence": review.evidence,
                }
            ),
        )
        locked.closed_at = clock.now()
        _move(actor, locked, transition.target, "closed")
    return locked
