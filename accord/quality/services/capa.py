"""Every write to a CAPA, its actions and its check of effectiveness (ICH Q10 3.2.2).

Each is one transaction with its audit event (``quality.capa.<verb>``); the steps that
approve, verify or decide are electronic signatures, checked before the transaction
opens so that a wrong password changes nothing but the failed-attempt count.

This module holds opening a CAPA and the work on its actions (add, done, verify,
return, cancel). The CAPA's decisions (implement, check of effectiveness, close,
cancel) live in ``capa_decisions``, the helpers both share and the proportional effort
in ``capa_shared``; every public name is re-exported here, so other code imports from
``accord.quality.services.capa`` alone.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from accord.accounts.models import User
from accord.audit.services import created
from accord.core import clock
from accord.core.permissions import require
from accord.core.uploads import file_with_row
from accord.notifications.services import notify
from accord.quality.capa_workflows import CAPA_ACTION_WORKFLOW, WORK
from accord.quality.models import Capa, CapaAction, CapaActionType, Deviation
from accord.quality.services.capa_decisions import (
    FollowUp,
    capa_cancel,
    capa_close,
    capa_implement,
    effectiveness_record,
)
from accord.quality.services.capa_shared import (
    CHECK_WINDOW_DAYS,
    FOLLOW_UP_MIN_DAYS,
    MAX_CHECK_DELAY_DAYS,
    A,
    Effort,
    S,
    _current_action,
    _due_errors,
    _locked,
    _locked_action,
    _open,
    _person_errors,
    _record,
    _save,
    _staff,
    _text,
    missing_for_closure,
    proportional_effort,
)
from accord.service.services.concern_records import upload_checked
from accord.signatures.models import Meaning
from accord.signatures.services import signature_apply, signer_authenticate

__all__ = [
    "CHECK_WINDOW_DAYS",
    "FOLLOW_UP_MIN_DAYS",
    "MAX_CHECK_DELAY_DAYS",
    "Effort",
    "FollowUp",
    "capa_action_add",
    "capa_action_cancel",
    "capa_action_done",
    "capa_action_return",
    "capa_action_verify",
    "capa_cancel",
    "capa_close",
    "capa_implement",
    "capa_open",
    "effectiveness_record",
    "missing_for_closure",
    "proportional_effort",
]


# ----------------------------------------------------------------- opening


def capa_open(
    *,
    actor: User,
    title: str,
    problem: str,
    owner: User | None,
    qa_approver: User | None,
    due_date: dt.date | None,
    success_criteria: str = "",
    deviation: Deviation | None = None,
    root_cause_category: str | None = None,
    effectiveness_required: bool = True,
    effectiveness_after_days: int | None = 90,
    effectiveness_rationale: str = "",
    requires_retraining: bool | None = None,
) -> Capa:
    """Open a CAPA, from a deviation (its sponsor and, when investigated, its root cause
    come along) or standalone. The owner is told."""
    require(actor, "quality.add_capa")
    _staff(actor, "open CAPA")
    return _open(
        actor=actor,
        title=title,
        problem=problem,
        owner=owner,
        qa_approver=qa_approver,
        due_date=due_date,
        success_criteria=success_criteria,
        deviation=deviation,
        root_cause_category=root_cause_category,
        effectiveness_required=effectiveness_required,
        effectiveness_after_days=effectiveness_after_days,
        effectiveness_rationale=effectiveness_rationale,
        requires_retraining=requires_retraining,
    )


# ----------------------------------------------------------------- actions


@transaction.atomic
def capa_action_add(
    *,
    actor: User,
    capa: Capa,
    action_type: str,
    description: str,
    owner: User | None,
    qa_approver: User | None,
    due_date: dt.date | None,
    version: int | None = None,
) -> CapaAction:
    """Add a correction, corrective or preventive action to an open CAPA. Its owner is
    told; its QA approver is never its owner (R-CAPA-1)."""
    require(actor, WORK)
    _staff(actor, "add CAPA actions")
    capa = _locked(capa, version)
    if capa.state != S.OPEN:
        raise ValidationError(
            f"{capa.number} is {capa.get_state_display().lower()}: it takes no more actions."
        )
    errors: dict[str, list[str]] = {}
    if action_type not in CapaActionType.values:
        errors["action_type"] = ["Choose correction, corrective or preventive action."]
    if not (description or "").strip():
        errors["description"] = ["Describe the action."]
    _person_errors(owner, qa_approver, errors)
    _due_errors(due_date, errors)
    if errors:
        raise ValidationError(errors)
    action = CapaAction(
        capa=capa,
        action_type=action_type,
        description=description.strip(),
        owner=owner,
        qa_approver=qa_approver,
        due_date=due_date,
    )
    action.full_clean()
    action.save()
    _save(capa, [])
    _record(
        actor,
        capa,
        "action_added",
        created(
            {
                "type": action.get_action_type_display(),
                "description": action.description,
                "owner": owner.printed_name,
                "qa_approver": qa_approver.printed_name,
                "due_date": due_date.isoformat(),
            }
        ),
        target=action,
    )
    notify("quality.capa.action_added", action, actor=actor)
    return action


def capa_action_done(
    *,
    actor: User,
    action: CapaAction,
    evidence: str,
    upload: UploadedFile | None = None,
    version: int | None = None,
) -> CapaAction:
    """The action's owner records it done, with the evidence (text and an optional file);
    its QA approver is asked to verify it. The file is written before its row commits and
    removed if the row does not (``accord.core.uploads``)."""
    action = _current_action(action)
    if action.owner_id != actor.pk:
        raise PermissionDenied(f"{action.owner.printed_name} owns this action: they mark it done.")
    CAPA_ACTION_WORKFLOW.check(action, "done", actor)
    evidence = _text(evidence, "evidence", "Describe the evidence that the action was done.")
    if upload is None:
        return _done(actor, action, evidence, version, None, "")
    name = upload_checked(upload, "evidence_file")
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    field = CapaAction._meta.get_field("evidence_file")
    with file_with_row(
        field.generate_filename(action, name), upload, storage=field.storage
    ) as pending:
        return _done(actor, action, evidence, version, pending.name, name, digest.hexdigest())


@transaction.atomic
def _done(
    actor: User,
    action: CapaAction,
    evidence: str,
    version: int | None,
    stored: str | None,
    name: str,
    sha256: str = "",
) -> CapaAction:
    action = _locked_action(action, version)
    CAPA_ACTION_WORKFLOW.check(action, "done", actor)
    if action.capa.state != S.OPEN:
        raise ValidationError(f"{action.capa.number} is no longer open.")
    action.state = A.DONE
    action.evidence = evidence
    action.done_at = clock.now()
    fields = ["state", "evidence", "done_at"]
    changes = {"state": ["Open", A.DONE.label], "evidence": [None, evidence]}
    if stored:
        action.evidence_file.name = stored
        action.evidence_name = name[:200]
        action.evidence_sha256 = sha256
        fields += ["evidence_file", "evidence_name", "evidence_sha256"]
        changes["evidence_file"] = [None, name]
        changes["sha256"] = [None, sha256]
    _save(action, fields)
    _record(actor, action.capa, "action_done", changes, target=action)
    notify("quality.capa.action_done", action, actor=actor)
    return action


def capa_action_verify(
    *,
    actor: User,
    action: CapaAction,
    username: str | None,
    password: str,
    acknowledge: bool = False,
    version: int | None = None,
) -> CapaAction:
    """The action's QA approver verifies it with a signature (meaning: verified)."""
    action = _current_action(action)
    _approver_of(actor, action)
    CAPA_ACTION_WORKFLOW.check(action, "verify", actor, author_id=action.owner_id)
    full = signer_authenticate(
        actor=actor, username=username, password=password, acknowledge=acknowledge
    )
    return _verify(actor, action, version, full)


def _approver_of(actor: User, action: CapaAction) -> None:
    if action.qa_approver_id != actor.pk:
        raise PermissionDenied(
            f"{action.qa_approver.printed_name} is this action's QA approver: they decide on it."
        )


@transaction.atomic
def _verify(actor: User, action: CapaAction, version: int | None, full: bool) -> CapaAction:
    action = _locked_action(action, version)
    CAPA_ACTION_WORKFLOW.check(action, "verify", actor, author_id=action.owner_id)
    action.state = A.VERIFIED
    action.verified_at = clock.now()
    _save(action, ["state", "verified_at"])
    signature_apply(
        actor=actor,
        record=action,
        meaning=Meaning.VERIFIED,
        full_credentials=full,
        transition="verify",
    )
    _record(
        actor,
        action.capa,
        "action_verified",
        {"state": [A.DONE.label, A.VERIFIED.label]},
        target=action,
    )
    notify("quality.capa.action_verified", action, actor=actor)
    return action


@transaction.atomic
def capa_action_return(
    *, actor: User, action: CapaAction, reason: str, version: int | None = None
) -> CapaAction:
    """The QA approver sends a done action back to its owner: the evidence does not
    show it done. The reason is recorded and the owner told."""
    _approver_of(actor, action)
    action = _locked_action(action, version)
    CAPA_ACTION_WORKFLOW.check(action, "return", actor, author_id=action.owner_id)
    reason = _text(reason, "reason", "Say what is missing, for its owner.")
    action.state = A.OPEN
    action.done_at = None
    _save(action, ["state", "done_at"])
    _record(
        actor,
        action.capa,
        "action_returned",
        {"state": [A.DONE.label, A.OPEN.label]},
        target=action,
        reason=reason,
    )
    notify("quality.capa.action_returned", action, actor=actor, reason=reason)
    return action


@transaction.atomic
def capa_action_cancel(
    *, actor: User, action: CapaAction, reason: str, version: int | None = None
) -> CapaAction:
    """The QA approver cancels an action no longer needed, with a reason. It stays on
    the record."""
    _approver_of(actor, action)
    action = _locked_action(action, version)
    CAPA_ACTION_WORKFLOW.check(action, "cancel", actor, author_id=action.owner_id)
    reason = _text(reason, "reason", "Say why the action is no longer needed.")
    if action.capa.state != S.OPEN:
        raise ValidationError(f"{action.capa.number} is no longer open.")
    before = action.state
    action.state = A.CANCELLED
    action.cancel_reason = reason
    _save(action, ["state", "cancel_reason"])
    _record(
        actor,
        action.capa,
        "action_cancelled",
        {"state": [A(before).label, A.CANCELLED.label]},
        target=action,
        reason=reason,
    )
    return action
