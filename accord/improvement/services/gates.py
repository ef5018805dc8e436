"""The signed decisions on an initiative: passing a DMAIC stage gate, closing with the
measured result, and cancelling.

Only the initiative's champion signs (and must hold the approval permission); the
signer's credentials are checked before the transaction opens, so a failed attempt is
recorded even though nothing else is written.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from accord.accounts.models import User
from accord.audit.services import audit_record
from accord.core import clock, concurrency
from accord.improvement.models import STAGE_ORDER, Initiative, Stage, StageGate, Status
from accord.improvement.services.shared import APPROVE, CHANGE, locked, staff
from accord.signatures.models import Meaning, Signature
from accord.signatures.services import signature_apply, signer_authenticate


def gate_gaps(initiative: Initiative) -> list[str]:
    """What stops the current stage's gate (or the closure) now, in plain words."""
    if not initiative.is_open:
        return [f"the initiative is {initiative.get_status_display().lower()}"]
    missing = []
    if initiative.is_dmaic:
        undone = [
            d.name
            for d in initiative.deliverables.all()
            if d.stage == initiative.stage and not d.is_done
        ]
        if undone:
            missing.append(f"deliverables not done: {', '.join(undone)}")
    if (not initiative.is_dmaic or initiative.stage == Stage.CONTROL) and (
        initiative.result_value is None or initiative.result_measured_on is None
    ):
        missing.append("a measured result and the day it was measured")
    return missing


def _sign_check(
    actor: User,
    initiative: Initiative,
    *,
    blocked: str,
    version: int | None,
    username: str | None,
    password: str,
    acknowledge: bool,
) -> bool:
    """Before the transaction: nothing stops the decision (``blocked`` names it in the
    refusal), the actor is the champion, and their credentials are right."""
    missing = gate_gaps(initiative)
    if missing:
        raise ValidationError(f"{blocked}: {'; '.join(missing)}.")
    staff(actor, APPROVE)
    if actor.pk != initiative.champion_id:
        raise PermissionDenied(
            f"Only the initiative's champion, {initiative.champion.printed_name}, signs its gates."
        )
    concurrency.check(initiative, version)
    return signer_authenticate(
        actor=actor, username=username, password=password, acknowledge=acknowledge
    )


def _approve(actor: User, record, *, full: bool, note: str, transition: str) -> Signature:
    return signature_apply(
        actor=actor,
        record=record,
        meaning=Meaning.APPROVED,
        full_credentials=full,
        reason=note,
        transition=transition,
    )


def _close(actor: User, current: Initiative, signature: Signature, note: str) -> None:
    current.status = Status.CLOSED
    current.closed_on = clock.today()
    concurrency.bump(current)
    current.save()
    audit_record(
        actor=actor,
        action="improvement.initiative.closed",
        target=current,
        changes={
            "status": ["Open", "Closed"],
            "closed_on": [None, current.closed_on.isoformat()],
            "result_value": [None, str(current.result_value)],
            "signature": [None, signature.pk],
        },
        reason=note,
    )


def initiative_pass_gate(
    *,
    actor: User,
    initiative: Initiative,
    username: str | None,
    password: str,
    version: int | None,
    acknowledge: bool = False,
    note: str = "",
) -> StageGate:
    """The champion signs the current DMAIC stage's gate once its deliverables are done;
    the initiative moves to the next stage. The Control gate also closes it, which needs
    the measured result."""
    if not initiative.is_dmaic:
        raise ValidationError("Only DMAIC initiatives have stage gates; close this one instead.")
    full = _sign_check(
        actor,
        initiative,
        blocked=f"The {initiative.get_stage_display()} gate cannot be passed yet",
        version=version,
        username=username,
        password=password,
        acknowledge=acknowledge,
    )
    with transaction.atomic():
        current = locked(initiative, version)
        missing = gate_gaps(current)
        if missing:
            raise ValidationError(f"The gate cannot be passed yet: {'; '.join(missing)}.")
        stage = current.stage
        gate = StageGate.objects.create(
            initiative=current,
            stage=stage,
            passed_on=clock.today(),
            passed_by=actor,
            note=note.strip(),
        )
        signature = _approve(actor, gate, full=full, note=note, transition=f"gate_{stage}")
        gate.signature = signature
        gate.save(update_fields=["signature"])
        audit_record(
            actor=actor,
            action="improvement.stagegate.passed",
            target=gate,
            parent=current,
            changes={"stage": [None, Stage(stage).label], "signature": [None, signature.pk]},
            reason=note,
        )
        if stage == Stage.CONTROL:
            _close(actor, current, signature, note)
        else:
            following = STAGE_ORDER[STAGE_ORDER.index(stage) + 1]
            current.stage = following
            concurrency.bump(current)
            current.save()
            audit_record(
                actor=actor,
                action="improvement.initiative.stage_entered",
                target=current,
                changes={"stage": [Stage(stage).label, Stage(following).label]},
            )
    initiative.refresh_from_db()
    return gate


def initiative_close(
    *,
    actor: User,
    initiative: Initiative,
    username: str | None,
    password: str,
    version: int | None,
    acknowledge: bool = False,
    note: str = "",
) -> Initiative:
    """The champion closes a Kaizen or 5S initiative with a signature; it needs the
    measured result. A DMAIC initiative closes at its Control gate."""
    if initiative.is_dmaic:
        raise ValidationError("A DMAIC initiative closes when its Control gate is passed.")
    full = _sign_check(
        actor,
        initiative,
        blocked=f"{initiative.code} cannot close yet",
        version=version,
        username=username,
        password=password,
        acknowledge=acknowledge,
    )
    with transaction.atomic():
        current = locked(initiative, version)
        signature = _approve(actor, current, full=full, note=note, transition="close")
        _close(actor, current, signature, note)
    return current


def initiative_cancel(
    *, actor: User, initiative: Initiative, reason: str, version: int | None
) -> Initiative:
    """Stop an open initiative; the reason stays in the audit trail."""
    staff(actor, CHANGE)
    if not reason.strip():
        raise ValidationError({"reason": ["Give a reason to cancel the initiative."]})
    with transaction.atomic():
        current = locked(initiative, version)
        if not current.is_open:
            raise ValidationError(f"{current.code} is {current.get_status_display().lower()}.")
        current.status = Status.CANCELLED
        current.closed_on = clock.today()
        concurrency.bump(current)
        current.save()
        audit_record(
            actor=actor,
            action="improvement.initiative.cancelled",
            target=current,
            changes={"status": ["Open", "Cancelled"]},
            reason=reason,
        )
    return current


__all__ = ["gate_gaps", "initiative_cancel", "initiative_close", "initiative_pass_gate"]
