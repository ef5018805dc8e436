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

This module holds raising and editing a change, its impact assessments and its
implementation actions; the decisions along the workflow (plan approval, sponsors'
decisions, implementation, review and closure, rejection, cancellation) are in
``change_decisions`` and re-exported here, so ``accord.quality.services.changes`` stays
the one place to import change control services from.
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
from accord.quality.change_workflows import APPROVE, CHANGE_WORKFLOW, WORK
from accord.quality.models import (
    ActionKind,
    Capa,
    ChangeClass,
    ChangeControl,
    ChangeState,
    ChangeType,
    Department,
    Deviation,
    FilingImpact,
    ImpactAssessment,
    ImplementationAction,
    RiskLevel,
)
from accord.quality.services.change_decisions import (
    change_control_approve_plan,
    change_control_cancel,
    change_control_close,
    change_control_complete,
    change_control_decide,
    change_control_reject,
    change_control_reopen,
    change_control_rescope,
    change_control_start,
    change_control_submit,
    closure_gaps,
    plan_gaps,
)
from accord.quality.services.change_shared import _document_open, _locked, _staff
from accord.quality.services.numbers import CHANGE, next_number
from accord.signatures.models import Meaning
from accord.signatures.services import signature_apply, signer_authenticate
from accord.training.gate import GateBlocked, activity_gaps
from accord.training.models import Activity, Requirement
from accord.training.services import change_training_assign, not_trained, role_holders

__all__ = [
    "ADD",
    "ChangeDetails",
    "FIELDS",
    "change_control_action_done",
    "change_control_add_action",
    "change_control_approve_plan",
    "change_control_assess",
    "change_control_cancel",
    "change_control_close",
    "change_control_complete",
    "change_control_decide",
    "change_control_raise",
    "change_control_reject",
    "change_control_reopen",
    "change_control_request_assessment",
    "change_control_rescope",
    "change_control_start",
    "change_control_submit",
    "change_control_update",
    "closure_gaps",
    "plan_gaps",
]

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
    gaps = activity_gaps(assessor, Activity.CHANGE_ASSESSMENT)
    if gaps:  # the qualification gate (R-TRN-5)
        raise GateBlocked(assessor.printed_name, gaps, field="assessor")
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
    training: Requirement | None = None,
) -> ImplementationAction:
    """A step of the implementation plan: revise a document, train a role, or another.
    A training action that names the training assigns it at once to everyone who holds
    the role, due on the action's due date (R-CC-6)."""
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
    if kind != ActionKind.TRAIN_ROLE and training is not None:
        errors["training"] = ["Only a training action names the training."]
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
        training=training,
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
                "training": training.title if training else None,
            }
        ),
    )
    if training is not None:
        change_training_assign(
            actor=actor,
            requirement=training,
            people=role_holders(role),
            due_on=due_date,
            source=change.number,
        )
    return action


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
    if action.training_id:
        untrained = not_trained(action.training, role_holders(action.role))
        if untrained:
            shown = ", ".join(untrained[:5]) + (
                f" and {len(untrained) - 5} more" if len(untrained) > 5 else ""
            )
            raise ValidationError(
                {
                    "evidence": [
                        f"{action.training.title} is not complete for {shown}: "
                        "the action is done once the role's people are trained."
                    ]
                }
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
