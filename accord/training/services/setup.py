"""Setting up what people must know: competencies, controlled documents, requirements,
curricula and job roles. QA's training coordinators keep them (``manage_training``)."""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import models, transaction

from accord.accounts.models import Role, User
from accord.audit.services import audit_record, created, diff
from accord.core.permissions import require
from accord.training.models import (
    Activity,
    ActivityRequirement,
    Competency,
    ControlledDocument,
    Curriculum,
    JobRole,
    Level,
    QuizQuestion,
    Requirement,
)
from accord.training.services.assignments import MANAGE

_ACTION = {
    Competency: "competency",
    ControlledDocument: "document",
    Requirement: "requirement",
    Curriculum: "curriculum",
    JobRole: "job_role",
}


def _plain(record: models.Model, fields: Iterable[str]) -> dict[str, object]:
    out: dict[str, object] = {}
    for name in fields:
        value = getattr(record, name)
        out[name] = value.pk if isinstance(value, models.Model) else value
    return out


def _clean(record: models.Model) -> None:
    try:
        record.full_clean(validate_unique=True)
    except ValidationError as error:
        raise ValidationError(error.message_dict) from None


def _save(actor: User, record: models.Model, fields: dict, verb: str) -> models.Model:
    before = {} if record.pk is None else _plain(record, fields)
    for name, value in fields.items():
        setattr(record, name, value.strip() if isinstance(value, str) else value)
    _clean(record)
    record.save()
    after = _plain(record, fields)
    audit_record(
        actor=actor,
        action=f"training.{_ACTION[type(record)]}.{verb}",
        target=record,
        changes=created(after) if verb == "created" else diff(before, after),
    )
    return record


def _requirement_rules(kind: str, fields: dict) -> None:
    errors: dict[str, list[str]] = {}
    if kind == Requirement.Kind.DOCUMENT and not (
        fields.get("document") or fields.get("project_document")
    ):
        errors["document"] = ["Choose the document to read."]
    if kind == Requirement.Kind.COMPETENCY and not fields.get("competency"):
        errors["competency"] = ["Choose the competency to demonstrate."]
    if kind == Requirement.Kind.QUIZ and not fields.get("pass_mark"):
        errors["pass_mark"] = ["Give the pass mark of the quiz."]
    if kind != Requirement.Kind.DOCUMENT:
        fields["document"] = None
        fields["project_document"] = None
    if kind != Requirement.Kind.COMPETENCY:
        fields["competency"] = None
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def competency_create(*, actor: User, **fields) -> Competency:
    require(actor, MANAGE)
    return _save(actor, Competency(), fields, "created")


@transaction.atomic
def competency_update(*, actor: User, competency: Competency, **fields) -> Competency:
    require(actor, MANAGE)
    competency = Competency.objects.select_for_update().get(pk=competency.pk)
    return _save(actor, competency, fields, "updated")


@transaction.atomic
def controlled_document_create(*, actor: User, **fields) -> ControlledDocument:
    require(actor, MANAGE)
    return _save(actor, ControlledDocument(), fields, "created")


@transaction.atomic
def requirement_create(*, actor: User, signing_roles: Iterable[Role] = (), **fields) -> Requirement:
    require(actor, MANAGE)
    _requirement_rules(fields.get("kind", ""), fields)
    requirement = _save(actor, Requirement(), fields, "created")
    if signing_roles:
        requirement.signing_roles.set(signing_roles)
    return requirement


@transaction.atomic
def requirement_update(
    *, actor: User, requirement: Requirement, signing_roles: Iterable[Role] | None = None, **fields
) -> Requirement:
    require(actor, MANAGE)
    requirement = Requirement.objects.select_for_update().get(pk=requirement.pk)
    _requirement_rules(fields.get("kind", requirement.kind), fields)
    requirement = _save(actor, requirement, fields, "updated")
    if signing_roles is not None:
        before = sorted(requirement.signing_roles.values_list("name", flat=True))
        requirement.signing_roles.set(signing_roles)
        after = sorted(r.name for r in signing_roles)
        if before != after:
            audit_record(
                actor=actor,
                action="training.requirement.updated",
                target=requirement,
                changes={"signing_roles": [before, after]},
            )
    return requirement


def _set_members(actor, record, relation: str, members, action: str) -> None:
    manager = getattr(record, relation)
    before = sorted(str(m) for m in manager.all())
    manager.set(list(members))
    after = sorted(str(m) for m in members)
    if before != after:
        audit_record(actor=actor, action=action, target=record, changes={relation: [before, after]})


@transaction.atomic
def curriculum_create(
    *, actor: User, requirements: Iterable[Requirement] = (), **fields
) -> Curriculum:
    require(actor, MANAGE)
    curriculum = _save(actor, Curriculum(), fields, "created")
    _set_members(
        actor, curriculum, "requirements", list(requirements), "training.curriculum.updated"
    )
    return curriculum


@transaction.atomic
def curriculum_update(
    *,
    actor: User,
    curriculum: Curriculum,
    requirements: Iterable[Requirement] | None = None,
    **fields,
) -> Curriculum:
    """Change a curriculum. Requirements added reach people who hold its job roles when
    they are next assigned; a coordinator assigns them now with ``training_assign``."""
    require(actor, MANAGE)
    curriculum = Curriculum.objects.select_for_update().get(pk=curriculum.pk)
    curriculum = _save(actor, curriculum, fields, "updated")
    if requirements is not None:
        _set_members(
            actor, curriculum, "requirements", list(requirements), "training.curriculum.updated"
        )
    return curriculum


@transaction.atomic
def job_role_create(*, actor: User, curricula: Iterable[Curriculum] = (), **fields) -> JobRole:
    require(actor, MANAGE)
    job_role = _save(actor, JobRole(), fields, "created")
    _set_members(actor, job_role, "curricula", list(curricula), "training.job_role.updated")
    return job_role


@transaction.atomic
def job_role_update(
    *, actor: User, job_role: JobRole, curricula: Iterable[Curriculum] | None = None, **fields
) -> JobRole:
    require(actor, MANAGE)
    job_role = JobRole.objects.select_for_update().get(pk=job_role.pk)
    job_role = _save(actor, job_role, fields, "updated")
    if curricula is not None:
        _set_members(actor, job_role, "curricula", list(curricula), "training.job_role.updated")
    return job_role


@transaction.atomic
def quiz_question_add(
    *, actor: User, requirement: Requirement, text: str, choices: list[str], correct: int
) -> QuizQuestion:
    """A question of a quiz's bank: single choice, at least two answers."""
    require(actor, MANAGE)
    errors: dict[str, list[str]] = {}
    if requirement.kind != Requirement.Kind.QUIZ:
        errors["requirement"] = ["Questions belong to a quiz."]
    if not (text or "").strip():
        errors["text"] = ["Write the question."]
    answers = [c.strip() for c in choices or [] if c and c.strip()]
    if len(answers) < 2:
        errors["choices"] = ["Offer at least two answers."]
    elif not 0 <= correct < len(answers):
        errors["correct"] = ["Say which answer is right."]
    if errors:
        raise ValidationError(errors)
    question = QuizQuestion.objects.create(
        requirement=requirement, text=text.strip(), choices=answers, correct=correct
    )
    audit_record(
        actor=actor,
        action="training.quiz_question.added",
        target=question,
        parent=requirement,
        changes=created({"text": question.text, "choices": answers, "correct": answers[correct]}),
    )
    return question


@transaction.atomic
def activity_requirement_set(
    *, actor: User, activity: str, competency: Competency, min_level: int
) -> ActivityRequirement:
    """What the gate asks of whoever does ``activity`` (leads an investigation, assesses
    a change): ``competency`` at ``min_level`` or above."""
    require(actor, MANAGE)
    if activity not in Activity.values:
        raise ValidationError({"activity": ["Choose the activity."]})
    if min_level not in Level.values:
        raise ValidationError({"min_level": ["Choose a level from 1 to 4."]})
    row = ActivityRequirement.objects.filter(activity=activity, competency=competency).first()
    before = row.min_level if row else None
    if row is None:
        row = ActivityRequirement.objects.create(
            activity=activity, competency=competency, min_level=min_level
        )
    else:
        row.min_level = min_level
        row.save(update_fields=["min_level"])
    audit_record(
        actor=actor,
        action="training.activity_requirement.set",
        target=row,
        changes={
            "activity": [None, Activity(activity).label],
            "competency": [None, competency.name],
            "min_level": [before, min_level],
        },
    )
    return row
