"""A small training set-up on top of the shared world: a production operator job role
whose curriculum asks to read an SOP, attend a course, pass a quiz and demonstrate a
competency; two operators and a supervisor who trains others."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from accord.accounts.models import User
from accord.core import clock
from accord.training import services
from accord.training.models import (
    Competency,
    CompetencyRecord,
    ControlledDocument,
    Curriculum,
    JobRole,
    Level,
    QuizQuestion,
    Requirement,
)
from tests.factories import UserFactory


@dataclass
class Training:
    sop: ControlledDocument
    read_sop: Requirement
    course: Requirement
    quiz: Requirement
    aseptic: Competency
    gowning: Requirement
    curriculum: Curriculum
    operator: JobRole
    op_olga: User
    op_omar: User
    sup_sam: User


def staff(world, username: str, first: str, last: str, *roles: str, manager=None) -> User:
    return UserFactory(
        organization=world.cdmo,
        username=username,
        first_name=first,
        last_name=last,
        role_codes=roles or ("operations",),
        site=world.site,
        manager=manager,
    )


def build_training(world) -> Training:
    qa = world.qa_quinn
    sup_sam = staff(world, "sup.sam", "Sam", "Supervisor", "operations")
    op_olga = staff(world, "op.olga", "Olga", "Operator", "subject_matter_expert", manager=sup_sam)
    op_omar = staff(world, "op.omar", "Omar", "Operator", "subject_matter_expert", manager=sup_sam)
    sop = services.controlled_document_create(
        actor=qa, number="SOP-MFG-014", title="Charging a reactor", department="manufacturing"
    )
    services.document_version_make_effective(actor=qa, document=sop, summary="First issue.")
    aseptic = services.competency_create(
        actor=qa,
        code="aseptic-gowning",
        name="Aseptic gowning",
        department="manufacturing",
        validity_months=12,
    )
    read_sop = services.requirement_create(
        actor=qa, code="read-sop-mfg-014", title="Read SOP-MFG-014", kind="document", document=sop
    )
    course = services.requirement_create(
        actor=qa,
        code="gmp-basics",
        title="GMP basics",
        kind="course",
        course_format="classroom",
        validity_months=12,
    )
    quiz = services.requirement_create(
        actor=qa,
        code="gmp-quiz",
        title="GMP basics quiz",
        kind="quiz",
        pass_mark=80,
        max_attempts=2,
        questions_per_attempt=3,
    )
    for n in range(4):
        QuizQuestion.objects.create(
            requirement=quiz,
            text=f"Question {n}",
            choices=["right", "wrong", "also wrong"],
            correct=0,
        )
    gowning = services.requirement_create(
        actor=qa,
        code="gowning",
        title="Aseptic gowning at level 3",
        kind="competency",
        competency=aseptic,
        min_level=Level.INDEPENDENT,
    )
    curriculum = services.curriculum_create(
        actor=qa,
        code="prod-operator",
        name="Production operator",
        grace_days=30,
        requirements=[read_sop, course, quiz, gowning],
    )
    operator = services.job_role_create(
        actor=qa,
        code="production-operator",
        name="Production operator",
        department="manufacturing",
        curricula=[curriculum],
    )
    # Sam trains others in gowning.
    CompetencyRecord.objects.create(
        person=sup_sam,
        competency=aseptic,
        level=Level.TRAINER,
        method="exam",
        assessor=qa,
        evidence="Qualified trainer since 2024",
        assessed_on=clock.today() - dt.timedelta(days=30),
        expires_on=clock.today() + dt.timedelta(days=300),
        recorded_at=clock.now(),
    )
    return Training(
        sop=sop,
        read_sop=read_sop,
        course=course,
        quiz=quiz,
        aseptic=aseptic,
        gowning=gowning,
        curriculum=curriculum,
        operator=operator,
        op_olga=op_olga,
        op_omar=op_omar,
        sup_sam=sup_sam,
    )
