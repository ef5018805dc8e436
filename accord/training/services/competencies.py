"""Competencies: an assessor's signed record of a person's proficiency, with the method,
the evidence and an expiry (R-TRN-4), and on-the-job training, where a trainee performs
a task under a qualified trainer, both sign the steps observed and an assessor signs the
verdict that becomes the competency record."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from accord.accounts.models import User
from accord.audit.services import audit_record, created
from accord.core import clock, concurrency
from accord.core.dates import add_months
from accord.core.permissions import require
from accord.notifications.services import notify
from accord.signatures.models import Meaning
from accord.signatures.services import signature_apply, signer_authenticate
from accord.training.models import (
    Assignment,
    Competency,
    CompetencyRecord,
    Level,
    Method,
    OjtRecord,
    Requirement,
)
from accord.training.status import competency_gaps

ASSESS = "training.assess_competency"


def _assessor_check(actor: User, person: User) -> None:
    require(actor, ASSESS)
    if person.pk == actor.pk:
        raise PermissionDenied("Nobody assesses their own competency.")
    if not (person.is_active and person.is_cdmo_staff):
        raise ValidationError({"person": [f"{person.printed_name} is not active CDMO staff."]})


def _record(
    *,
    actor: User,
    person: User,
    competency: Competency,
    level: int,
    method: str,
    evidence: str,
    assessed_on: dt.date,
    full: bool,
    ojt: OjtRecord | None = None,
) -> CompetencyRecord:
    expires_on = (
        add_months(assessed_on, competency.validity_months) if competency.validity_months else None
    )
    record = CompetencyRecord.objects.create(
        person=person,
        competency=competency,
        level=level,
        method=method,
        assessor=actor,
        evidence=evidence.strip(),
        assessed_on=assessed_on,
        expires_on=expires_on,
        ojt=ojt,
        recorded_at=clock.now(),
    )
    signature_apply(
        actor=actor,
        record=record,
        meaning=Meaning.APPROVED,
        full_credentials=full,
        transition="assess",
    )
    audit_record(
        actor=actor,
        action="training.competency.recorded",
        target=record,
        parent=person,
        changes=created(
            {
                "competency": competency.name,
                "level": record.get_level_display(),
                "method": record.get_method_display(),
                "evidence": record.evidence,
                "assessed_on": assessed_on.isoformat(),
                "expires_on": expires_on.isoformat() if expires_on else None,
            }
        ),
    )
    # Open assignments this record satisfies are complete.
    for assignment in Assignment.objects.select_for_update().filter(
        person=person,
        status=Assignment.Status.OPEN,
        requirement__kind=Requirement.Kind.COMPETENCY,
        requirement__competency=competency,
        requirement__min_level__lte=level,
    ):
        assignment.status = Assignment.Status.COMPLETED
        assignment.completed_on = assessed_on
        assignment.completed_at = clock.now()
        assignment.completion_note = f"Level {level} assessed by {actor.printed_name}"
        assignment.version += 1
        assignment.save()
        audit_record(
            actor=actor,
            action="training.assignment.completed",
            target=assignment,
            parent=person,
            changes={
                "status": ["Open", "Completed"],
                "completed_on": [None, assessed_on.isoformat()],
                "how": [None, f"Competency record at level {level}"],
            },
        )
    return record


def _valid_level(level) -> int:
    try:
        level = int(level)
    except (TypeError, ValueError):
        level = 0
    if level not in Level.values:
        raise ValidationError({"level": ["Choose a level from 1 to 4."]})
    return level


def competency_record(
    *,
    actor: User,
    person: User,
    competency: Competency,
    level: int,
    method: str,
    evidence: str,
    assessed_on: dt.date | None,
    username: str | None,
    password: str,
    acknowledge: bool = False,
) -> CompetencyRecord:
    """The assessor signs a person's proficiency in a competency."""
    _assessor_check(actor, person)
    errors: dict[str, list[str]] = {}
    try:
        level = _valid_level(level)
    except ValidationError as error:
        errors.update(error.message_dict)
    if method not in Method.values:
        errors["method"] = ["Choose how the competency was assessed."]
    if not (evidence or "").strip():
        errors["evidence"] = ["Name the evidence (the record, the exam, what was observed)."]
    if assessed_on is None or assessed_on > clock.today():
        errors["assessed_on"] = ["Give the day of the assessment (not in the future)."]
    if errors:
        raise ValidationError(errors)
    full = signer_authenticate(
        actor=actor, username=username, password=password, acknowledge=acknowledge
    )
    with transaction.atomic():
        return _record(
            actor=actor,
            person=person,
            competency=competency,
            level=level,
            method=method,
            evidence=evidence,
            assessed_on=assessed_on,
            full=full,
        )


@transaction.atomic
def ojt_start(
    *,
    actor: User,
    trainee: User,
    trainer: User,
    competency: Competency,
    task: str,
    steps: list[str],
    performed_on: dt.date | None,
) -> OjtRecord:
    """Record on-the-job training: the trainer must hold the competency at level 4
    (can train others) on the day."""
    require(actor, ASSESS)
    errors: dict[str, list[str]] = {}
    if trainee.pk == trainer.pk:
        errors["trainer"] = ["The trainer is someone other than the trainee."]
    for field, person in (("trainee", trainee), ("trainer", trainer)):
        if not (person.is_active and person.is_cdmo_staff):
            errors[field] = [f"{person.printed_name} is not active CDMO staff."]
    if not (task or "").strip():
        errors["task"] = ["Name the task performed."]
    steps = [s.strip() for s in steps or [] if s and s.strip()]
    if not steps:
        errors["steps"] = ["List the steps the trainer observes, one per line."]
    if performed_on is None or performed_on > clock.today():
        errors["performed_on"] = ["Give the day of the training (not in the future)."]
    if not errors:
        gaps = competency_gaps(trainer, [(competency, Level.TRAINER)], performed_on)
        if gaps:
            errors["trainer"] = [
                f"{trainer.printed_name} may not train others in {competency.name}: "
                + "; ".join(gaps)
                + "."
            ]
    if errors:
        raise ValidationError(errors)
    ojt = OjtRecord.objects.create(
        trainee=trainee,
        trainer=trainer,
        competency=competency,
        task=task.strip(),
        steps=[{"step": s, "observed": False, "comment": ""} for s in steps],
        performed_on=performed_on,
    )
    audit_record(
        actor=actor,
        action="training.ojt.started",
        target=ojt,
        parent=trainee,
        changes=created(
            {
                "competency": competency.name,
                "trainer": trainer.printed_name,
                "task": ojt.task,
                "steps": len(steps),
                "performed_on": performed_on.isoformat(),
            }
        ),
    )
    return ojt


def ojt_sign(
    *,
    actor: User,
    ojt: OjtRecord,
    username: str | None,
    password: str,
    acknowledge: bool = False,
    observed: list[bool] | None = None,
    comments: list[str] | None = None,
    version: int | None = None,
) -> OjtRecord:
    """The trainer signs the steps they observed (meaning verified), the trainee that
    they performed them (meaning trained). The trainer signs first."""
    ojt = OjtRecord.objects.get(pk=ojt.pk)
    if actor.pk not in (ojt.trainee_id, ojt.trainer_id):
        raise PermissionDenied("Only the trainee and the trainer sign this record.")
    if ojt.state != OjtRecord.State.IN_TRAINING:
        raise ValidationError("This record is signed already.")
    is_trainer = actor.pk == ojt.trainer_id
    if is_trainer:
        marks = list(observed or [])
        if len(marks) != len(ojt.steps) or not all(marks):
            raise ValidationError(
                {"observed": ["Observe every step before signing (or start a new record)."]}
            )
    elif ojt.trainer_signed_at is None:
        raise ValidationError("The trainer signs the observed steps first.")
    full = signer_authenticate(
        actor=actor, username=username, password=password, acknowledge=acknowledge
    )
    with transaction.atomic():
        ojt = concurrency.locked(ojt, version)
        if ojt.state != OjtRecord.State.IN_TRAINING:
            raise ValidationError("This record is signed already.")
        if is_trainer:
            notes = list(comments or [])
            ojt.steps = [
                {
                    "step": s["step"],
                    "observed": True,
                    "comment": (notes[i] if i < len(notes) else "").strip(),
                }
                for i, s in enumerate(ojt.steps)
            ]
            ojt.trainer_signed_at = clock.now()
        else:
            ojt.trainee_signed_at = clock.now()
            ojt.state = OjtRecord.State.SIGNED
        ojt.version += 1
        ojt.save()
        signature_apply(
            actor=actor,
            record=ojt,
            meaning=Meaning.VERIFIED if is_trainer else Meaning.TRAINED,
            full_credentials=full,
            transition="trainer_sign" if is_trainer else "trainee_sign",
        )
        audit_record(
            actor=actor,
            action="training.ojt.signed",
            target=ojt,
            parent=ojt.trainee,
            changes={"signed_by": [None, "trainer" if is_trainer else "trainee"]},
        )
        if not is_trainer:
            notify("training.ojt.to_assess", ojt, actor=actor)
    return ojt


def ojt_assess(
    *,
    actor: User,
    ojt: OjtRecord,
    verdict: str,
    level: int | None,
    assessment: str,
    username: str | None,
    password: str,
    acknowledge: bool = False,
    version: int | None = None,
) -> OjtRecord:
    """The assessor's signed verdict. Competent at a level: a competency record (method
    on-the-job training) that counts from the day of the training."""
    ojt = OjtRecord.objects.get(pk=ojt.pk)
    _assessor_check(actor, ojt.trainee)
    if actor.pk == ojt.trainer_id:
        raise PermissionDenied("The assessor is someone other than the trainer.")
    if ojt.state != OjtRecord.State.SIGNED:
        raise ValidationError("The trainee and the trainer sign before the assessment.")
    errors: dict[str, list[str]] = {}
    if verdict not in OjtRecord.Verdict.values:
        errors["verdict"] = ["Choose the verdict."]
    if verdict == OjtRecord.Verdict.COMPETENT:
        try:
            level = _valid_level(level)
        except ValidationError as error:
            errors.update(error.message_dict)
    else:
        level = None
    if not (assessment or "").strip():
        errors["assessment"] = ["Write the assessment."]
    if errors:
        raise ValidationError(errors)
    full = signer_authenticate(
        actor=actor, username=username, password=password, acknowledge=acknowledge
    )
    with transaction.atomic():
        ojt = concurrency.locked(ojt, version)
        if ojt.state != OjtRecord.State.SIGNED:
            raise ValidationError("This record is assessed already.")
        ojt.assessor = actor
        ojt.verdict = verdict
        ojt.level_awarded = level
        ojt.assessment = assessment.strip()
        ojt.assessed_at = clock.now()
        ojt.state = OjtRecord.State.ASSESSED
        ojt.version += 1
        ojt.save()
        signature_apply(
            actor=actor,
            record=ojt,
            meaning=Meaning.APPROVED,
            full_credentials=full,
            transition="assess",
        )
        audit_record(
            actor=actor,
            action="training.ojt.assessed",
            target=ojt,
            parent=ojt.trainee,
            changes={
                "verdict": [None, ojt.get_verdict_display()],
                "level": [None, level],
                "assessment": [None, ojt.assessment],
            },
        )
        if verdict == OjtRecord.Verdict.COMPETENT:
            _record(
                actor=actor,
                person=ojt.trainee,
                competency=ojt.competency,
                level=level,
                method=Method.OJT,
                evidence=f"On-the-job training: {ojt.task} (trainer {ojt.trainer.printed_name})",
                assessed_on=ojt.performed_on,
                full=full,
                ojt=ojt,
            )
    return ojt
