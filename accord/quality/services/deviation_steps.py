"""A deviation's way through QA: what each stage still lacks (the gates name it),
submitting a stage, QA sending it back with a reason, and QA's approval by signature,
never the owner's nor the reporter's. The class selects the branch
(``quality.workflows``)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction

from accord.accounts.models import User
from accord.core import clock, concurrency
from accord.core.permissions import require
from accord.notifications.services import notify
from accord.quality.models import Deviation, Investigation
from accord.quality.models.capa import CapaState
from accord.quality.models.deviations import DeviationState
from accord.quality.services.deviations import _lock, _record, _segregated
from accord.quality.workflows import (
    APPROVE,
    DEVIATION_WORKFLOW,
    SEND_BACK,
    SUBMIT,
    WORK,
    approval_for,
)
from accord.signatures.models import Meaning
from accord.signatures.services import signature_apply, signer_authenticate

S = DeviationState


def _capa_count(deviation: Deviation) -> int:
    return deviation.capas.exclude(state=CapaState.CANCELLED).count()


def missing_parts(deviation: Deviation, stage: str | None = None) -> list[str]:
    """What the deviation still lacks before it may leave ``stage`` ('assessment' or
    'investigation'; its current stage when not given), in words."""
    if stage is None:
        stage = (
            "investigation"
            if deviation.state in (S.INVESTIGATION, S.FINAL_REVIEW)
            else "assessment"
        )
    missing: list[str] = []
    if stage == "assessment":
        if not deviation.impact_assessment.strip():
            missing.append("the impact assessment")
        if deviation.capa_required is None:
            missing.append("the answer to \u201cCAPA required?\u201d")
        elif deviation.capa_required is False and not deviation.capa_rationale.strip():
            missing.append("why no CAPA is required")
        if not deviation.recurrence_checked:
            missing.append("the recurrence check against earlier deviations")
        # A minor deviation closes at this approval: its CAPA exists by then (R-DEV-5).
        if (
            not deviation.needs_investigation
            and deviation.capa_required
            and not _capa_count(deviation)
        ):
            missing.append("a CAPA (the assessment says one is required)")
        return missing
    investigation = Investigation.objects.filter(deviation=deviation).first()
    if investigation is None:
        return ["the investigation"]
    if not investigation.team.exists():
        missing.append("the investigation team")
    if not investigation.method:
        missing.append("the investigation method")
    if not investigation.root_cause_category:
        missing.append("the root cause category")
    if not investigation.root_cause.strip():
        missing.append("the root cause")
    if not investigation.product_impact.strip():
        missing.append("the product impact")
    if not investigation.other_batches.exists():
        missing.append("the other batches or products assessed (21 CFR 211.192)")
    if not investigation.conclusion.strip():
        missing.append("the conclusion")
    if deviation.capa_required and not _capa_count(deviation):
        missing.append("a CAPA (the assessment says one is required)")
    return missing


def _complete(deviation: Deviation, what: str, stage: str | None = None) -> None:
    missing = missing_parts(deviation, stage)
    if missing:
        raise ValidationError(f"Cannot {what} yet: {_listed(missing)} missing.")


def _listed(parts: list[str]) -> str:
    text = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return text + (" is" if len(parts) == 1 else " are")


def _move(actor, deviation: Deviation, name: str) -> tuple[str, str]:
    """Check ``name`` with the workflow and move the record; (from, to) labels."""
    DEVIATION_WORKFLOW.check(deviation, name, actor, author_id=deviation.owner_id)
    transition = DEVIATION_WORKFLOW.transition(name)
    before = deviation.get_state_display()
    deviation.state = transition.target
    return before, deviation.get_state_display()


@transaction.atomic
def deviation_submit(*, actor: User, deviation: Deviation, version: int | None) -> Deviation:
    """Send the assessment, or the investigation, to QA; refused while a part is missing."""
    require(actor, WORK)
    deviation = _lock(deviation, version)
    name = SUBMIT.get(deviation.state)
    if name is None:
        raise ValidationError(f"{deviation.number} has nothing to submit to QA now.")
    DEVIATION_WORKFLOW.check(deviation, name, actor)
    _complete(deviation, "submit it to QA")
    before, after = _move(actor, deviation, name)
    concurrency.bump(deviation)
    deviation.save(update_fields=["state", "version"])
    _record(actor, deviation, "submitted", {"state": [before, after]})
    notify("quality.deviation.submitted", deviation, actor=actor)
    return deviation


@transaction.atomic
def deviation_send_back(
    *, actor: User, deviation: Deviation, reason: str, version: int | None
) -> Deviation:
    """QA returns the assessment or the investigation to its owner, saying why."""
    require(actor, APPROVE)
    deviation = _lock(deviation, version)
    name = SEND_BACK.get(deviation.state)
    if name is None:
        raise ValidationError(f"{deviation.number} is not with QA.")
    if not (reason or "").strip():
        raise ValidationError({"reason": ["Say what the owner must do again."]})
    before, after = _move(actor, deviation, name)
    concurrency.bump(deviation)
    deviation.save(update_fields=["state", "version"])
    _record(actor, deviation, "sent_back", {"state": [before, after]}, reason=reason.strip())
    notify("quality.deviation.sent_back", deviation, actor=actor, reason=reason.strip())
    return deviation


def deviation_approve(
    *,
    actor: User,
    deviation: Deviation,
    username: str | None,
    password: str,
    version: int | None,
    acknowledge: bool = False,
) -> Deviation:
    """QA's signature on the stage the deviation is in: a minor deviation's assessment
    closes it; a major or critical one's opens the investigation; the investigation's
    final approval closes it. Never the owner's nor the reporter's. Every required part
    is checked before the password: a refusal names what is missing and signs nothing."""
    require(actor, APPROVE)
    _segregated(actor, deviation, "approve it")
    name = approval_for(deviation)
    if name is None:
        raise ValidationError(f"{deviation.number} is not waiting for QA's approval.")
    DEVIATION_WORKFLOW.check(deviation, name, actor, author_id=deviation.owner_id)
    _complete(deviation, "approve it")
    full = signer_authenticate(
        actor=actor, username=username, password=password, acknowledge=acknowledge
    )
    return _approve(actor, deviation, version, full)


@transaction.atomic
def _approve(actor: User, deviation: Deviation, version: int | None, full: bool) -> Deviation:
    deviation = _lock(deviation, version)
    name = approval_for(deviation)
    if name is None:
        raise ValidationError(f"{deviation.number} is not waiting for QA's approval.")
    _complete(deviation, "approve it")
    before, after = _move(actor, deviation, name)
    now = clock.now()
    if deviation.state == S.CLOSED:
        deviation.closed_at = now
    concurrency.bump(deviation)
    deviation.save(update_fields=["state", "closed_at", "version"])
    if name == "approve_assessment":
        Investigation.objects.get_or_create(deviation=deviation)
    signed = deviation
    if name == "approve_investigation":
        Investigation.objects.filter(deviation=deviation).update(approved_at=now)
        # The final approval vouches for the investigation, its own record.
        signed = Investigation.objects.get(deviation=deviation)
    signature_apply(
        actor=actor,
        record=signed,
        meaning=Meaning.APPROVED,
        full_credentials=full,
        transition=name,
    )
    verb = "closed" if deviation.state == S.CLOSED else "approved"
    _record(actor, deviation, verb, {"state": [before, after]})
    notify(f"quality.deviation.{verb}", deviation, actor=actor)
    return deviation


def actions_for(deviation: Deviation, user: User) -> list[str]:
    """The workflow steps ``user`` may take on ``deviation`` now (names), with segregation
    of duties: an owner or reporter is never offered the approval."""
    names = [
        t.name for t in DEVIATION_WORKFLOW.available(deviation, user, author_id=deviation.owner_id)
    ]
    if user.pk == deviation.reporter_id:
        names = [n for n in names if not n.startswith("approve")]
    return names
