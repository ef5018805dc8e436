"""Completing training: read and understood is a Part 11 signature on the exact
document version (R-TRN-3); a course is recorded by the coordinator who ran it; a quiz
is passed at its pass mark within its attempts, questions in a random order, and a
failed attempt keeps the assignment open and tells the person's manager."""

from __future__ import annotations

import datetime as dt
import random

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from accord.accounts.models import User
from accord.audit.services import audit_record, created
from accord.core import clock, concurrency
from accord.core.permissions import require
from accord.notifications.services import notify
from accord.signatures.models import Meaning
from accord.signatures.services import signature_apply, signer_authenticate
from accord.training.models import Assignment, QuizAttempt, Requirement
from accord.training.services.assignments import MANAGE

_rng = random.SystemRandom()


def _lock_open(assignment: Assignment, version: int | None) -> Assignment:
    assignment = concurrency.locked(assignment, version)
    if not assignment.is_open:
        raise ValidationError(
            f"This assignment is {assignment.get_status_display().lower()} already."
        )
    return assignment


def _complete(
    actor: User, assignment: Assignment, how: str, note: str = "", on: dt.date | None = None
) -> None:
    assignment.status = Assignment.Status.COMPLETED
    assignment.completed_at = clock.now()
    assignment.completed_on = on or clock.today()
    assignment.completion_note = note[:300]
    assignment.version += 1
    assignment.save()
    audit_record(
        actor=actor,
        action="training.assignment.completed",
        target=assignment,
        parent=assignment.person,
        changes={
            "status": ["Open", "Completed"],
            "completed_on": [None, assignment.completed_on.isoformat()],
            "how": [None, how],
        },
    )


def assignment_read_and_understood(
    *,
    actor: User,
    assignment: Assignment,
    username: str | None,
    password: str,
    acknowledge: bool = False,
    version: int | None = None,
) -> Assignment:
    """The person signs that they read and understood the assigned document version."""
    if assignment.person_id != actor.pk:
        raise PermissionDenied("Only the trainee signs that they read and understood.")
    if assignment.requirement.kind != Requirement.Kind.DOCUMENT:
        raise ValidationError("Only a document is read and understood.")
    if not assignment.what_to_read:
        raise ValidationError("This document has no effective version to read yet.")
    full = signer_authenticate(
        actor=actor, username=username, password=password, acknowledge=acknowledge
    )
    with transaction.atomic():
        assignment = _lock_open(assignment, version)
        signature_apply(
            actor=actor,
            record=assignment,
            meaning=Meaning.TRAINED,
            full_credentials=full,
            transition="read_and_understood",
        )
        _complete(actor, assignment, f"Read and understood {assignment.what_to_read}")
    return assignment


@transaction.atomic
def assignment_record_course(
    *, actor: User, assignment: Assignment, completed_on: dt.date | None, note: str
) -> Assignment:
    """The coordinator records that the person attended a course (or finished it)."""
    require(actor, MANAGE)
    if assignment.requirement.kind != Requirement.Kind.COURSE:
        raise ValidationError("Only a course is recorded as attended.")
    if assignment.person_id == actor.pk:
        raise PermissionDenied("Someone else records your attendance.")
    today = clock.today()
    if completed_on is None or completed_on > today:
        raise ValidationError({"completed_on": ["Give the day of the course (not in the future)."]})
    if not (note or "").strip():
        raise ValidationError({"note": ["Say which session it was and who ran it."]})
    assignment = _lock_open(assignment, None)
    _complete(actor, assignment, "Course attended", note.strip(), on=completed_on)
    return assignment


def attempts_left(assignment: Assignment) -> int | None:
    limit = assignment.requirement.max_attempts
    if limit is None:
        return None
    return max(0, limit - assignment.attempts.filter(submitted_at__isnull=False).count())


@transaction.atomic
def quiz_start(*, actor: User, assignment: Assignment) -> QuizAttempt:
    """Draw the questions of an attempt in a random order (and their answers too)."""
    if assignment.person_id != actor.pk:
        raise PermissionDenied("Only the trainee takes their quiz.")
    requirement = assignment.requirement
    if requirement.kind != Requirement.Kind.QUIZ:
        raise ValidationError("This training is not a quiz.")
    assignment = _lock_open(assignment, None)
    unfinished = assignment.attempts.filter(submitted_at__isnull=True).first()
    if unfinished is not None:
        return unfinished
    left = attempts_left(assignment)
    if left == 0:
        raise ValidationError(
            f"No attempts left at {requirement.title}: your training coordinator decides "
            "what comes next."
        )
    bank = list(requirement.questions.filter(is_active=True))
    if not bank:
        raise ValidationError(f"{requirement.title} has no questions yet.")
    count = min(requirement.questions_per_attempt or len(bank), len(bank))
    drawn = _rng.sample(bank, count)
    questions = [[q.pk, _rng.sample(range(len(q.choices)), len(q.choices))] for q in drawn]
    number = assignment.attempts.count() + 1
    attempt = QuizAttempt.objects.create(
        assignment=assignment, number=number, questions=questions, started_at=clock.now()
    )
    audit_record(
        actor=actor,
        action="training.quiz.started",
        target=attempt,
        parent=assignment,
        changes=created({"attempt": number, "questions": count}),
    )
    return attempt


@transaction.atomic
def quiz_submit(*, actor: User, attempt: QuizAttempt, answers: dict) -> QuizAttempt:
    """Score an attempt. ``answers`` maps question id to the index of the chosen answer in
    the bank's order. At the pass mark the assignment is complete; below it, it stays
    open and the person's manager is told."""
    attempt = (
        QuizAttempt.objects.select_for_update()
        .select_related("assignment__requirement", "assignment__person")
        .get(pk=attempt.pk)
    )
    assignment = attempt.assignment
    if assignment.person_id != actor.pk:
        raise PermissionDenied("Only the trainee answers their quiz.")
    if attempt.submitted_at is not None:
        raise ValidationError("This attempt was submitted already.")
    asked = {int(qid): order for qid, order in attempt.questions}
    given: dict[int, int] = {}
    for key, value in (answers or {}).items():
        try:
            qid, choice = int(key), int(value)
        except (TypeError, ValueError):
            raise ValidationError({"answers": ["Answers name a question and a choice."]}) from None
        if qid not in asked or choice not in asked[qid]:
            raise ValidationError({"answers": ["An answer is not one of this attempt's."]})
        given[qid] = choice
    missing = len(asked) - len(given)
    if missing:
        raise ValidationError(
            {"answers": [f"Answer every question ({missing} unanswered); nothing was scored."]}
        )
    correct = dict(
        assignment.requirement.questions.filter(pk__in=asked).values_list("pk", "correct")
    )
    right = sum(1 for qid, choice in given.items() if correct.get(qid) == choice)
    score = round(100 * right / len(asked))
    pass_mark = assignment.requirement.pass_mark or 80
    attempt.answers = {str(k): v for k, v in given.items()}
    attempt.submitted_at = clock.now()
    attempt.score = score
    attempt.passed = score >= pass_mark
    attempt.save()
    audit_record(
        actor=actor,
        action="training.quiz.submitted",
        target=attempt,
        parent=assignment,
        changes={
            "score": [None, f"{score}%"],
            "result": [None, "Passed" if attempt.passed else "Failed"],
        },
    )
    if attempt.passed:
        locked = _lock_open(assignment, None)
        _complete(actor, locked, f"Quiz passed with {score}% (pass mark {pass_mark}%)")
    else:
        notify(
            "training.quiz.failed",
            attempt,
            actor=actor,
            attempts_left=attempts_left(assignment),
        )
    return attempt
