"""Every write to a CAPA, its actions and its check of effectiveness (ICH Q10 3.2.2).

Each is one transaction with its audit event (``quality.capa.<verb>``); the steps that
approve, verify or decide are electronic signatures, checked before the transaction
opens so that a wrong password changes nothing but the failed-attempt count.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone

from accord.accounts.models import User
from accord.audit.services import audit_record, created
from accord.core import clock, concurrency
from accord.core.permissions import require
from accord.core.uploads import file_with_row
from accord.notifications.services import notify
from accord.quality.capa_workflows import (
    APPROVE,
    CAPA_ACTION_WORKFLOW,
    CAPA_WORKFLOW,
    VERDICT_TRANSITION,
    WORK,
)
from accord.quality.models import (
    CAUSES,
    Capa,
    CapaAction,
    CapaActionType,
    Deviation,
    DeviationClass,
    EffectivenessCheck,
    cause_label,
)
from accord.quality.services.numbers import CAPA, next_number
from accord.service.services.concern_records import upload_checked
from accord.signatures.models import Meaning
from accord.signatures.services import signature_apply, signer_authenticate

S = Capa.State
A = CapaAction.State

MAX_CHECK_DELAY_DAYS = 730
# The monitoring window of a check, when QA names no due date of its own.
CHECK_WINDOW_DAYS = 30
# A follow-up CAPA gets as long as the one it follows had, and never less than this.
FOLLOW_UP_MIN_DAYS = 30


# ----------------------------------------------------------------- proportional effort


@dataclass(frozen=True)
class Effort:
    """What a CAPA must contain, in proportion to the risk of what it answers
    (ICH Q9/Q10, R-CAPA-2)."""

    corrective_action: bool  # at least one corrective action, verified, before implementation
    effectiveness_check: bool  # it cannot close without a signed check of effectiveness


def proportional_effort(deviation: Deviation | None) -> Effort:
    """A CAPA answering a major or critical deviation removes a cause (a correction alone
    does not) and proves it worked: corrective action and a check of effectiveness are
    both required. Minor deviations and standalone CAPA are left to judgement."""
    serious = deviation is not None and deviation.classification in (
        DeviationClass.MAJOR,
        DeviationClass.CRITICAL,
    )
    return Effort(corrective_action=serious, effectiveness_check=serious)


def missing_for_closure(capa: Capa) -> list[str]:
    """What stops the CAPA from being implemented or closed, in words (empty: nothing).
    A parent never closes while a child action is open (R-CAPA-4)."""
    missing = []
    actions = list(capa.actions.all())
    if not any(a.state == A.VERIFIED for a in actions):
        # Every action cancelled means nothing was done: cancel the CAPA instead.
        missing.append("at least one verified action")
    unfinished = [a for a in actions if a.state in (A.OPEN, A.DONE)]
    if unfinished:
        named = "; ".join(
            f"{a.get_action_type_display()} “{a.description[:60]}” "
            f"({a.get_state_display().lower()}, {a.owner.printed_name})"
            for a in unfinished
        )
        missing.append(f"every action verified or cancelled; still open: {named}")
    effort = proportional_effort(capa.deviation)
    if effort.corrective_action and not any(
        a.action_type == CapaActionType.CORRECTIVE and a.state == A.VERIFIED for a in actions
    ):
        missing.append(
            "a verified corrective action (required for a CAPA of a "
            f"{capa.deviation.get_classification_display().lower()} deviation)"
        )
    return missing


def _closable(capa: Capa) -> None:
    missing = missing_for_closure(capa)
    if missing:
        raise ValidationError(f"{capa.number} cannot close yet. It needs {'; '.join(missing)}.")


# ----------------------------------------------------------------- helpers


def _staff(actor: User, what: str) -> None:
    if not actor.is_cdmo_staff:
        raise PermissionDenied(f"The CDMO's staff {what}.")


def _person_errors(owner: User | None, approver: User | None, errors: dict[str, list[str]]) -> None:
    if owner is None or not (owner.is_active and owner.is_cdmo_staff):
        errors["owner"] = ["Choose an active member of the CDMO's staff as owner."]
    elif not owner.has_perm(WORK):
        errors["owner"] = [f"{owner.printed_name}'s roles do not allow working on CAPA."]
    if approver is None or not (approver.is_active and approver.is_cdmo_staff):
        errors["qa_approver"] = ["Choose an active member of QA as approver."]
    elif not approver.has_perm(APPROVE):
        errors["qa_approver"] = [f"{approver.printed_name} does not approve CAPA (a QA role)."]
    elif owner is not None and approver.pk == owner.pk:
        # R-CAPA-1: whoever does the work never approves it.
        errors["qa_approver"] = [
            "The QA approver is never the owner: choose someone else to approve."
        ]


def _due_errors(due_date: dt.date | None, errors: dict[str, list[str]], field="due_date") -> None:
    if due_date is None:
        errors[field] = ["Give a due date."]
    elif due_date < clock.today():
        errors[field] = ["The due date cannot be in the past."]


def _cause_valid(code: str) -> bool:
    category, _, sub = code.partition(".")
    return category in CAUSES and (not sub or sub in CAUSES[category][1])


# The checks made before signing read the record as stored now, not the caller's copy;
# the write itself locks the row and compares the version the caller read.
def _current(capa: Capa) -> Capa:
    return Capa.objects.select_related("deviation", "owner", "qa_approver").get(pk=capa.pk)


def _current_action(action: CapaAction) -> CapaAction:
    return CapaAction.objects.select_related("capa", "owner", "qa_approver").get(pk=action.pk)


def _locked(capa: Capa, version: int | None) -> Capa:
    return concurrency.locked(
        capa,
        version,
        queryset=Capa.objects.select_related("deviation", "owner", "qa_approver", "follows"),
    )


def _locked_action(action: CapaAction, version: int | None) -> CapaAction:
    return concurrency.locked(
        action,
        version,
        queryset=CapaAction.objects.select_related("capa", "capa__deviation", "owner"),
    )


def _save(record, fields: list[str]) -> None:
    concurrency.bump(record)
    record.save(update_fields=[*fields, "version"])


def _record(actor: User | None, capa: Capa, verb: str, changes: dict, *, target=None, reason=""):
    audit_record(
        actor=actor,
        action=f"quality.capa.{verb}",
        target=target or capa,
        parent=capa if target is not None else capa.deviation,
        changes=changes,
        reason=reason,
    )


def _state_change(before: str, after: str) -> dict[str, list]:
    return {"state": [S(before).label, S(after).label]}


def _text(value: str, field: str, message: str) -> str:
    value = (value or "").strip()
    if not value:
        raise ValidationError({field: [message]})
    return value


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


@transaction.atomic
def _open(
    *,
    actor: User,
    title: str,
    problem: str,
    owner: User | None,
    qa_approver: User | None,
    due_date: dt.date | None,
    success_criteria: str,
    deviation: Deviation | None,
    root_cause_category: str | None,
    effectiveness_required: bool,
    effectiveness_after_days: int | None,
    effectiveness_rationale: str,
    requires_retraining: bool | None,
    follows: Capa | None = None,
) -> Capa:
    errors: dict[str, list[str]] = {}
    if not (title or "").strip():
        errors["title"] = ["Give the CAPA a short title."]
    if not (problem or "").strip():
        errors["problem"] = ["State the problem the CAPA addresses."]
    _person_errors(owner, qa_approver, errors)
    _due_errors(due_date, errors)
    if deviation is not None and deviation.state == Deviation.State.CANCELLED:
        errors["deviation"] = [f"{deviation.number} is cancelled: it takes no CAPA."]
    if root_cause_category is None:
        investigation = getattr(deviation, "investigation", None) if deviation else None
        root_cause_category = investigation.root_cause_category if investigation else ""
    root_cause_category = root_cause_category.strip()
    if root_cause_category and not _cause_valid(root_cause_category):
        errors["root_cause_category"] = ["Choose a cause from the taxonomy."]
    effort = proportional_effort(deviation)
    if effectiveness_required:
        if not (success_criteria or "").strip():
            errors["success_criteria"] = [
                "State up front what will show that the actions worked (the check's criteria)."
            ]
        if effectiveness_after_days is None or not (
            0 <= effectiveness_after_days <= MAX_CHECK_DELAY_DAYS
        ):
            errors["effectiveness_after_days"] = [
                f"The check starts 0 to {MAX_CHECK_DELAY_DAYS} days after implementation."
            ]
    elif effort.effectiveness_check:
        errors["effectiveness_required"] = [
            f"A CAPA of a {deviation.get_classification_display().lower()} deviation "
            "requires a check of effectiveness."
        ]
    elif not (effectiveness_rationale or "").strip():
        errors["effectiveness_rationale"] = ["Say why no check of effectiveness is needed."]
    if errors:
        raise ValidationError(errors)
    if requires_retraining is None:
        # A training root cause calls for retraining unless someone decides otherwise.
        requires_retraining = root_cause_category == "people.training"
    capa = Capa(
        number=next_number(CAPA, clock.today().year),
        title=title.strip(),
        problem=problem.strip(),
        deviation=deviation,
        follows=follows,
        sponsor=deviation.sponsor if deviation else (follows.sponsor if follows else None),
        root_cause_category=root_cause_category,
        owner=owner,
        qa_approver=qa_approver,
        due_date=due_date,
        effectiveness_required=effectiveness_required,
        effectiveness_after_days=effectiveness_after_days if effectiveness_required else 0,
        effectiveness_rationale="" if effectiveness_required else effectiveness_rationale.strip(),
        success_criteria=(success_criteria or "").strip(),
        requires_retraining=requires_retraining,
        created_by=actor,
        created_at=clock.now(),
    )
    capa.full_clean()
    capa.save()
    _record(
        actor,
        capa,
        "opened",
        created(
            {
                "title": capa.title,
                "deviation": deviation.number if deviation else None,
                "follows": follows.number if follows else None,
                "owner": owner.printed_name,
                "qa_approver": qa_approver.printed_name,
                "due_date": due_date.isoformat(),
                "root_cause": cause_label(root_cause_category) if root_cause_category else None,
                "effectiveness_required": effectiveness_required,
                "success_criteria": capa.success_criteria or None,
                "requires_retraining": requires_retraining,
            }
        ),
    )
    notify("quality.capa.opened", capa, actor=actor)
    return capa


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


# ----------------------------------------------------------------- the CAPA's decisions


def _decide(actor: User, capa: Capa, name: str) -> None:
    CAPA_WORKFLOW.check(capa, name, actor, author_id=capa.owner_id)


def capa_implement(
    *,
    actor: User,
    capa: Capa,
    username: str | None,
    password: str,
    acknowledge: bool = False,
    check_due: dt.date | None = None,
    version: int | None = None,
) -> Capa:
    """The CAPA's QA approver signs it implemented once every action is verified or
    cancelled (R-CAPA-4). The check of effectiveness is created as its own dated record:
    its window opens N days after today, its criteria are those stated up front."""
    capa = _current(capa)
    if capa.qa_approver_id != actor.pk:
        raise PermissionDenied(
            f"{capa.qa_approver.printed_name} is this CAPA's QA approver: they sign it."
        )
    _decide(actor, capa, "implement")
    _closable(capa)
    starts_on = clock.today() + dt.timedelta(days=capa.effectiveness_after_days)
    if check_due is not None and check_due < starts_on:
        raise ValidationError(
            {"check_due": [f"The check is due on or after its window opens ({starts_on})."]}
        )
    full = signer_authenticate(
        actor=actor, username=username, password=password, acknowledge=acknowledge
    )
    return _implement(actor, capa, version, full, starts_on, check_due)


@transaction.atomic
def _implement(
    actor: User,
    capa: Capa,
    version: int | None,
    full: bool,
    starts_on: dt.date,
    check_due: dt.date | None,
) -> Capa:
    capa = _locked(capa, version)
    _decide(actor, capa, "implement")
    _closable(capa)
    capa.state = S.IMPLEMENTED
    capa.implemented_at = clock.now()
    _save(capa, ["state", "implemented_at"])
    signature_apply(
        actor=actor,
        record=capa,
        meaning=Meaning.APPROVED,
        full_credentials=full,
        transition="implement",
    )
    check = EffectivenessCheck.objects.create(
        capa=capa,
        success_criteria=capa.success_criteria,
        starts_on=starts_on,
        due_date=check_due or starts_on + dt.timedelta(days=CHECK_WINDOW_DAYS),
        created_at=clock.now(),
    )
    _record(actor, capa, "implemented", _state_change(S.OPEN, S.IMPLEMENTED))
    _record(
        actor,
        capa,
        "check_scheduled",
        created(
            {
                "starts_on": check.starts_on.isoformat(),
                "due_date": check.due_date.isoformat(),
                "success_criteria": check.success_criteria,
            }
        ),
        target=check,
    )
    notify("quality.capa.implemented", capa, actor=actor)
    return capa


def capa_close(
    *,
    actor: User,
    capa: Capa,
    reason: str,
    username: str | None,
    password: str,
    acknowledge: bool = False,
    version: int | None = None,
) -> Capa:
    """The QA approver closes a CAPA that needs no check of effectiveness, with a reason
    and a signature, once every action is verified or cancelled (R-CAPA-4)."""
    capa = _current(capa)
    if capa.qa_approver_id != actor.pk:
        raise PermissionDenied(
            f"{capa.qa_approver.printed_name} is this CAPA's QA approver: they close it."
        )
    _decide(actor, capa, "close")
    reason = _text(reason, "reason", "Say why the CAPA closes.")
    _closable(capa)
    full = signer_authenticate(
        actor=actor, username=username, password=password, acknowledge=acknowledge
    )
    return _close(actor, capa, reason, version, full)


@transaction.atomic
def _close(actor: User, capa: Capa, reason: str, version: int | None, full: bool) -> Capa:
    capa = _locked(capa, version)
    _decide(actor, capa, "close")
    _closable(capa)
    capa.state = S.CLOSED
    capa.closed_at = clock.now()
    capa.closure_reason = reason
    _save(capa, ["state", "closed_at", "closure_reason"])
    signature_apply(
        actor=actor,
        record=capa,
        meaning=Meaning.APPROVED,
        full_credentials=full,
        reason=reason,
        transition="close",
    )
    _record(actor, capa, "closed", _state_change(S.OPEN, S.CLOSED), reason=reason)
    notify("quality.capa.closed", capa, actor=actor)
    return capa


def effectiveness_record(
    *,
    actor: User,
    capa: Capa,
    evidence: str,
    verdict: str,
    rating: int | None,
    username: str | None,
    password: str,
    acknowledge: bool = False,
    version: int | None = None,
    follow_up: FollowUp | None = None,
) -> Capa:
    """QA records the check of effectiveness (the evidence, a verdict and a rating from 1
    to 5) and signs it; only this takes a CAPA whose check is required to "closed,
    effective" (R-CAPA-3). Not (or partially) effective closes it not effective and
    opens a follow-up CAPA, owned by the same person, who is told; ``follow_up`` may
    word it and tie it to a later deviation of the same sponsor."""
    capa = _current(capa)
    require(actor, APPROVE)
    _staff(actor, "record checks of effectiveness")
    errors: dict[str, list[str]] = {}
    if verdict not in VERDICT_TRANSITION:
        errors["verdict"] = ["Choose effective, partially effective or not effective."]
    if rating is None or not 1 <= rating <= 5:
        errors["rating"] = ["Rate the efficacy from 1 (none) to 5 (fully effective)."]
    if not (evidence or "").strip():
        errors["evidence"] = ["Give the evidence the verdict rests on."]
    later = follow_up.deviation if follow_up else None
    if later is not None and (
        later.sponsor_id != capa.sponsor_id or later.state == Deviation.State.CANCELLED
    ):
        errors["follow_up"] = ["Tie the follow-up to a live deviation of the same sponsor."]
    if errors:
        raise ValidationError(errors)
    _decide(actor, capa, VERDICT_TRANSITION[verdict])
    _window_open(capa)
    full = signer_authenticate(
        actor=actor, username=username, password=password, acknowledge=acknowledge
    )
    return _check_record(
        actor, capa, evidence.strip(), verdict, rating, version, full, follow_up or FollowUp()
    )


@dataclass(frozen=True)
class FollowUp:
    """How the follow-up of a CAPA found not effective is worded, when not by default."""

    title: str = ""
    problem: str = ""
    success_criteria: str = ""
    deviation: Deviation | None = None  # a later deviation of the same sponsor


def _window_open(capa: Capa) -> None:
    check = capa.effectiveness
    if clock.today() < check.starts_on:
        raise ValidationError(
            f"The monitoring window of {capa.number}'s check opens on "
            f"{check.starts_on:%d %b %Y}: record the verdict after it."
        )


@transaction.atomic
def _check_record(
    actor: User,
    capa: Capa,
    evidence: str,
    verdict: str,
    rating: int,
    version: int | None,
    full: bool,
    wording: FollowUp,
) -> Capa:
    capa = _locked(capa, version)
    name = VERDICT_TRANSITION[verdict]
    transition = CAPA_WORKFLOW.check(capa, name, actor, author_id=capa.owner_id)
    check = EffectivenessCheck.objects.select_for_update().get(capa=capa)
    _window_open(capa)
    now = clock.now()
    check.evidence = evidence
    check.verdict = verdict
    check.rating = rating
    check.checked_by = actor
    check.checked_at = now
    check.full_clean()
    _save(check, ["evidence", "verdict", "rating", "checked_by", "checked_at"])
    signature_apply(
        actor=actor,
        record=check,
        meaning=Meaning.REVIEWED,
        full_credentials=full,
        transition=name,
    )
    _record(
        actor,
        capa,
        "check_recorded",
        {
            "verdict": [None, check.get_verdict_display()],
            "rating": [None, rating],
            "evidence": [None, evidence],
        },
        target=check,
    )
    capa.state = transition.target
    capa.closed_at = now
    _save(capa, ["state", "closed_at"])
    _record(actor, capa, "closed", _state_change(S.IMPLEMENTED, capa.state))
    if capa.state == S.CLOSED_NOT_EFFECTIVE:
        follow_up = _open(
            actor=actor,
            title=(wording.title.strip() or f"Follow-up of {capa.number}: {capa.title}")[:200],
            problem=(
                f"The check of effectiveness of {capa.number} found it "
                f"{check.get_verdict_display().lower()} (rated {rating} of 5). "
                f"Evidence: {evidence}\n\n"
                + (wording.problem.strip() or f"The problem it addressed: {capa.problem}")
            ),
            owner=capa.owner,
            qa_approver=capa.qa_approver,
            due_date=clock.today() + dt.timedelta(days=_follow_up_days(capa)),
            success_criteria=wording.success_criteria.strip() or capa.success_criteria,
            deviation=wording.deviation or capa.deviation,
            root_cause_category=capa.root_cause_category,
            effectiveness_required=True,
            effectiveness_after_days=capa.effectiveness_after_days,
            effectiveness_rationale="",
            requires_retraining=capa.requires_retraining,
            follows=capa,
        )
        notify("quality.capa.not_effective", follow_up, actor=actor)
    else:
        notify("quality.capa.effective", capa, actor=actor)
    return capa


def _follow_up_days(capa: Capa) -> int:
    given = (capa.due_date - timezone.localdate(capa.created_at)).days
    return max(FOLLOW_UP_MIN_DAYS, given)


def capa_cancel(
    *,
    actor: User,
    capa: Capa,
    reason: str,
    username: str | None,
    password: str,
    acknowledge: bool = False,
    version: int | None = None,
) -> Capa:
    """QA cancels a CAPA with a reason and a signature (never its owner). Its open
    actions are cancelled with it; nothing is deleted."""
    capa = _current(capa)
    require(actor, APPROVE)
    _staff(actor, "cancel CAPA")
    _decide(actor, capa, "cancel")
    reason = _text(reason, "reason", "Say why the CAPA is cancelled.")
    full = signer_authenticate(
        actor=actor, username=username, password=password, acknowledge=acknowledge
    )
    return _cancel(actor, capa, reason, version, full)


@transaction.atomic
def _cancel(actor: User, capa: Capa, reason: str, version: int | None, full: bool) -> Capa:
    capa = _locked(capa, version)
    _decide(actor, capa, "cancel")
    before = capa.state
    for action in capa.actions.select_for_update().filter(state__in=[A.OPEN, A.DONE]):
        previous = action.state
        action.state = A.CANCELLED
        action.cancel_reason = f"The CAPA was cancelled: {reason}"
        _save(action, ["state", "cancel_reason"])
        _record(
            actor,
            capa,
            "action_cancelled",
            {"state": [A(previous).label, A.CANCELLED.label]},
            target=action,
            reason=action.cancel_reason,
        )
    capa.state = S.CANCELLED
    capa.closed_at = clock.now()
    capa.closure_reason = reason
    _save(capa, ["state", "closed_at", "closure_reason"])
    signature_apply(
        actor=actor,
        record=capa,
        meaning=Meaning.APPROVED,
        full_credentials=full,
        reason=reason,
        transition="cancel",
    )
    _record(actor, capa, "cancelled", _state_change(before, S.CANCELLED), reason=reason)
    notify("quality.capa.cancelled", capa, actor=actor)
    return capa
