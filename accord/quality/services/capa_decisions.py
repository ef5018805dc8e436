"""The CAPA's decisions, each by QA's electronic signature (ICH Q10 3.2.2): implemented
once every action is verified or cancelled (which schedules its check of
effectiveness), closed when it needs no check, the check of effectiveness recorded
(closing it effective, or not effective with a follow-up CAPA), and cancelled.

Each is one transaction with its audit event (``quality.capa.<verb>``); the signature is
checked before the transaction opens. Importable from ``accord.quality.services.capa``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from accord.accounts.models import User
from accord.audit.services import created
from accord.core import clock
from accord.core.permissions import require
from accord.notifications.services import notify
from accord.quality.capa_workflows import APPROVE, CAPA_WORKFLOW, VERDICT_TRANSITION
from accord.quality.models import Capa, Deviation, EffectivenessCheck
from accord.quality.services.capa_shared import (
    CHECK_WINDOW_DAYS,
    FOLLOW_UP_MIN_DAYS,
    A,
    S,
    _closable,
    _current,
    _locked,
    _open,
    _record,
    _save,
    _staff,
    _state_change,
    _text,
)
from accord.signatures.models import Meaning
from accord.signatures.services import signature_apply, signer_authenticate

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
