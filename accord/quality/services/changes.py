"""Change control: every write, each one transaction with its audit event
``quality.change_control.<verb>``.

The gates, in order: a change goes to impact assessment with at least one department
asked; QA approves the plan (signature, never the person who raised it) only when every
requested assessment is signed, the risk is assessed, the regulatory-filing question is
answered and the plan has an action (R-CC-2, R-CC-3); sponsors whose quality agreement
requires it approve or reject it by signature in the portal, and implementation waits
for all of them (R-CC-4); the change closes only with its actions done, every document
to revise approved (R-CC-6) and QA's signed effectiveness review (R-CC-5).

A sponsor's rejection stops the change for that sponsor's products: it stays waiting,
and its owner rescopes it (back to impact assessment; the sponsor's projects and products
come out, the earlier requests stay on record as superseded) or QA rejects it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from accord.accounts.models import Role, Site, User
from accord.audit.services import audit_record, created, snapshot
from accord.core import clock, concurrency
from accord.core.permissions import require
from accord.core.workflow import TransitionNotAllowed
from accord.notifications.services import notify
from accord.projects.models import Project, ProjectDocument
from accord.quality import selectors
from accord.quality.change_workflows import APPROVE, CHANGE_WORKFLOW, DECIDE, WORK
from accord.quality.models import (
    ActionKind,
    Capa,
    ChangeClass,
    ChangeControl,
    ChangeReview,
    ChangeState,
    ChangeType,
    Department,
    Deviation,
    FilingImpact,
    ImpactAssessment,
    ImplementationAction,
    RiskLevel,
    SponsorApproval,
)
from accord.quality.services.numbers import CHANGE, next_number
from accord.signatures.models import Meaning
from accord.signatures.services import signature_apply, signer_authenticate

ADD = "quality.add_changecontrol"

FIELDS = (
    "title",
    "current_state",
    "proposed_state",
    "justification",
    "change_type",
    "duration",
    "temporary_until",
    "urgency",
    "classification",
    "site",
    "products",
    "capa",
    "deviation",
    "filing",
    "filing_rationale",
    "risk_assessment",
    "risk_level",
    "owner",
)


@dataclass(frozen=True)
class ChangeDetails:
    """What a change request says, as it is raised or edited."""

    title: str
    current_state: str
    proposed_state: str
    justification: str
    change_type: str
    classification: str
    site: Site | None
    owner: User | None
    duration: str = ChangeControl.Duration.PERMANENT
    temporary_until: dt.date | None = None
    urgency: str = ChangeControl.Urgency.ROUTINE
    products: str = ""
    projects: Iterable[Project] = field(default_factory=tuple)
    capa: Capa | None = None
    deviation: Deviation | None = None
    filing: str = FilingImpact.TBD
    filing_rationale: str = ""
    risk_assessment: str = ""
    risk_level: str = ""


def _checked(details: ChangeDetails) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    for name, what in (
        ("title", "Give the change a title."),
        ("current_state", "Describe how it is done today."),
        ("proposed_state", "Describe how it will be done after the change."),
        ("justification", "Say why the change is needed."),
    ):
        if not getattr(details, name).strip():
            errors[name] = [what]
    choices = (
        ("change_type", ChangeType, "a change type"),
        ("classification", ChangeClass, "minor or major"),
        ("duration", ChangeControl.Duration, "temporary or permanent"),
        ("urgency", ChangeControl.Urgency, "routine or emergency"),
        ("filing", FilingImpact, "an answer to the filing question"),
    )
    for name, enum, what in choices:
        if getattr(details, name) not in enum.values:
            errors[name] = [f"Choose {what}."]
    if details.risk_level and details.risk_level not in RiskLevel.values:
        errors["risk_level"] = ["Choose low, medium or high."]
    if details.duration == ChangeControl.Duration.TEMPORARY and details.temporary_until is None:
        errors["temporary_until"] = ["A temporary change says the last day it holds."]
    if details.duration == ChangeControl.Duration.PERMANENT and details.temporary_until:
        errors["temporary_until"] = ["A permanent change has no end date."]
    if details.site is None:
        errors["site"] = ["Say at which site the change is made."]
    if details.owner is None or not details.owner.is_cdmo_staff or not details.owner.is_active:
        errors["owner"] = ["The owner is an active member of the CDMO's staff."]
    if details.filing in (FilingImpact.NONE, FilingImpact.NEEDED) and not (
        details.filing_rationale.strip()
    ):
        errors["filing_rationale"] = ["Give the rationale of the answer to the filing question."]
    return errors


def _describe(change: ChangeControl) -> dict[str, object]:
    values = snapshot(change, FIELDS)
    values["projects"] = ", ".join(sorted(p.code for p in change.projects.all())) or "none"
    return values


def _write(change: ChangeControl, details: ChangeDetails) -> None:
    for name in FIELDS:
        value = getattr(details, name)
        setattr(change, name, value.strip() if isinstance(value, str) else value)


@transaction.atomic
def change_control_raise(*, actor: User, details: ChangeDetails) -> ChangeControl:
    """A new change request, as a draft, numbered CC-YYYY-NNNN."""
    require(actor, ADD)
    if not actor.is_cdmo_staff:
        raise PermissionDenied("The CDMO's staff raise change controls.")
    errors = _checked(details)
    if errors:
        raise ValidationError(errors)
    now = clock.now()
    change = ChangeControl(number=next_number(CHANGE, now.year), raised_by=actor, raised_at=now)
    _write(change, details)
    change.save()
    change.projects.set(details.projects)
    audit_record(
        actor=actor,
        action="quality.change_control.raised",
        target=change,
        changes=created(_describe(change)),
    )
    return change


def _locked(change: ChangeControl, version: int | None) -> ChangeControl:
    return concurrency.locked(
        change, version, queryset=ChangeControl.objects.select_related("site")
    )


def _staff(actor: User) -> None:
    if not actor.is_cdmo_staff:
        raise PermissionDenied("The CDMO's staff work change controls.")


@transaction.atomic
def change_control_update(
    *,
    actor: User,
    change: ChangeControl,
    details: ChangeDetails,
    version: int | None,
    reason: str = "",
) -> ChangeControl:
    """Edit the request while it is a draft or being assessed (a reason once assessed);
    from plan approval on, what was approved is frozen."""
    require(actor, WORK)
    _staff(actor)
    change = _locked(change, version)
    if not change.is_open:
        raise ValidationError(f"{change.number} is {change.get_state_display().lower()}.")
    errors = _checked(details)
    if errors:
        raise ValidationError(errors)
    before = _describe(change)
    _write(change, details)
    projects = sorted(p.pk for p in details.projects)
    changed = [k for k, v in snapshot(change, FIELDS).items() if before[k] != v]
    if projects != sorted(change.projects.values_list("pk", flat=True)):
        changed.append("projects")
    CHANGE_WORKFLOW.check_edit(change, changed, reason)
    if not changed:
        return change
    concurrency.bump(change)
    change.save()
    change.projects.set(details.projects)
    after = _describe(change)
    audit_record(
        actor=actor,
        action="quality.change_control.updated",
        target=change,
        changes={k: [before[k], after[k]] for k in after if before[k] != after[k]},
        reason=reason,
    )
    return change


def _editable_plan(change: ChangeControl) -> None:
    if change.state not in (ChangeState.DRAFT, ChangeState.ASSESSMENT):
        raise ValidationError(
            f"{change.number} is {change.get_state_display().lower()}: its assessments are fixed."
        )


@transaction.atomic
def change_control_request_assessment(
    *, actor: User, change: ChangeControl, department: str, assessor: User
) -> ImpactAssessment:
    """Ask a department's assessor for their impact assessment (R-CC-2)."""
    require(actor, WORK)
    _staff(actor)
    change = _locked(change, None)
    _editable_plan(change)
    if department not in Department.values:
        raise ValidationError({"department": ["Choose a department."]})
    if not (assessor.is_cdmo_staff and assessor.is_active and assessor.has_perm(WORK)):
        raise ValidationError(
            {"assessor": ["The assessor is an active staff member who works change controls."]}
        )
    if change.assessments.filter(department=department).exists():
        raise ValidationError({"department": [f"{Department(department).label} is asked already."]})
    assessment = ImpactAssessment.objects.create(
        change=change,
        department=department,
        assessor=assessor,
        requested_by=actor,
        requested_at=clock.now(),
    )
    audit_record(
        actor=actor,
        action="quality.change_control.assessment_requested",
        target=assessment,
        parent=change,
        changes=created(
            {"department": assessment.get_department_display(), "assessor": assessor.printed_name}
        ),
    )
    notify("quality.change_control.assessment_requested", assessment, actor=actor)
    return assessment


def change_control_assess(
    *,
    actor: User,
    assessment: ImpactAssessment,
    impact: str,
    text: str,
    username: str | None,
    password: str,
    acknowledge: bool = False,
    version: int | None = None,
) -> ImpactAssessment:
    """The assessor signs their department's assessment (meaning: reviewed)."""
    require(actor, WORK)
    if assessment.assessor_id != actor.pk:
        raise PermissionDenied(f"This assessment is {assessment.assessor.printed_name}'s to sign.")
    errors: dict[str, list[str]] = {}
    if impact not in ImpactAssessment.Impact.values:
        errors["impact"] = ["Choose the impact."]
    if not text.strip():
        errors["assessment"] = ["Write the assessment."]
    if errors:
        raise ValidationError(errors)
    full = signer_authenticate(
        actor=actor, username=username, password=password, acknowledge=acknowledge
    )
    with transaction.atomic():
        change = _locked(assessment.change, None)
        if change.state != ChangeState.ASSESSMENT:
            raise TransitionNotAllowed(
                f"{change.number} is {change.get_state_display().lower()}: "
                "assessments are signed during impact assessment."
            )
        assessment = concurrency.locked(assessment, version)
        if assessment.is_signed:
            raise ValidationError("This assessment is signed already.")
        assessment.impact = impact
        assessment.assessment = text.strip()
        assessment.signed_at = clock.now()
        concurrency.bump(assessment)
        assessment.save()
        signature_apply(
            actor=actor,
            record=assessment,
            meaning=Meaning.REVIEWED,
            full_credentials=full,
            transition="assess",
        )
        audit_record(
            actor=actor,
            action="quality.change_control.assessed",
            target=assessment,
            parent=change,
            changes={
                "impact": [None, assessment.get_impact_display()],
                "assessment": [None, assessment.assessment],
            },
        )
        notify("quality.change_control.assessed", assessment, actor=actor)
    return assessment


@transaction.atomic
def change_control_add_action(
    *,
    actor: User,
    change: ChangeControl,
    kind: str,
    description: str,
    owner: User | None,
    due_date: dt.date | None,
    document: ProjectDocument | None = None,
    role: Role | None = None,
) -> ImplementationAction:
    """A step of the implementation plan: revise a document, train a role, or another."""
    require(actor, WORK)
    _staff(actor)
    change = _locked(change, None)
    if change.state not in (
        ChangeState.DRAFT,
        ChangeState.ASSESSMENT,
        ChangeState.APPROVED,
        ChangeState.IMPLEMENTATION,
    ):
        raise ValidationError(
            f"{change.number} is {change.get_state_display().lower()}: its plan is fixed."
        )
    errors: dict[str, list[str]] = {}
    if kind not in ActionKind.values:
        errors["kind"] = ["Choose the kind of action."]
    if not description.strip():
        errors["description"] = ["Describe the action."]
    if owner is None or not owner.is_cdmo_staff or not owner.is_active:
        errors["owner"] = ["The owner is an active member of the CDMO's staff."]
    if due_date is None:
        errors["due_date"] = ["Give the due date."]
    if kind == ActionKind.REVISE_DOCUMENT and document is None:
        errors["document"] = ["Choose the document to revise."]
    if kind != ActionKind.REVISE_DOCUMENT and document is not None:
        errors["document"] = ["Only a document revision links a document."]
    if kind == ActionKind.TRAIN_ROLE and role is None:
        errors["role"] = ["Choose the role to train."]
    if kind != ActionKind.TRAIN_ROLE and role is not None:
        errors["role"] = ["Only a training action names a role."]
    if errors:
        raise ValidationError(errors)
    action = ImplementationAction.objects.create(
        change=change,
        kind=kind,
        description=description.strip(),
        owner=owner,
        due_date=due_date,
        document=document,
        role=role,
    )
    audit_record(
        actor=actor,
        action="quality.change_control.action_added",
        target=action,
        parent=change,
        changes=created(
            {
                "kind": action.get_kind_display(),
                "description": action.description,
                "owner": owner.printed_name,
                "due_date": due_date.isoformat(),
                "document": document.title if document else None,
                "role": role.name if role else None,
            }
        ),
    )
    return action


def _document_open(action: ImplementationAction) -> bool:
    return (
        action.kind == ActionKind.REVISE_DOCUMENT
        and action.document.status != ProjectDocument.Status.APPROVED
    )


@transaction.atomic
def change_control_action_done(
    *, actor: User, action: ImplementationAction, evidence: str
) -> ImplementationAction:
    """Its owner (or QA) records an action done, with its evidence. A document revision
    is done only once the revised document is approved (R-CC-6)."""
    require(actor, WORK)
    _staff(actor)
    change = _locked(action.change, None)
    if change.state != ChangeState.IMPLEMENTATION:
        raise TransitionNotAllowed(
            f"{change.number} is {change.get_state_display().lower()}: actions are done "
            "during implementation."
        )
    action = concurrency.locked(
        action, None, queryset=ImplementationAction.objects.select_related("document")
    )
    if action.owner_id != actor.pk and not actor.has_perm(APPROVE):
        raise PermissionDenied(f"This action is {action.owner.printed_name}'s to record.")
    if action.is_done:
        raise ValidationError("This action is done already.")
    if not evidence.strip():
        raise ValidationError({"evidence": ["Say what shows the action was done."]})
    if _document_open(action):
        raise ValidationError(
            {"evidence": [f"“{action.document.title}” is not approved yet: approve it first."]}
        )
    action.evidence = evidence.strip()
    action.done_by = actor
    action.done_at = clock.now()
    concurrency.bump(action)
    action.save()
    audit_record(
        actor=actor,
        action="quality.change_control.action_done",
        target=action,
        parent=change,
        changes={"done": [False, True], "evidence": [None, action.evidence]},
    )
    return action


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
