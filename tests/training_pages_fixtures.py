"""Training data for the training pages' tests: a site's production operators and QC
analysts with a realistic mix of complete, due, overdue and expired training.

``training_world(world)`` builds it once per test and returns the records by name."""

from __future__ import annotations

import datetime as dt

from accord.core import clock
from accord.training import services
from accord.training.models import (
    Competency,
    CompetencyRecord,
    ControlledDocument,
    QuizQuestion,
    Requirement,
)
from tests.factories import PASSWORD, UserFactory


def sign(user) -> dict:
    return {"username": user.username, "password": PASSWORD, "acknowledge": True}


def forget_permissions(*users) -> None:
    for user in users:
        for cache in ("_perm_cache", "_user_perm_cache", "_group_perm_cache"):
            user.__dict__.pop(cache, None)


def training_world(world) -> dict:
    forget_permissions(world.qa_quinn, world.pm_alice, world.admin_ada)
    qa = world.qa_quinn
    today = clock.today()
    cdmo, site = world.cdmo, world.site

    def staff(username: str, first: str, last: str, title: str):
        return UserFactory(
            organization=cdmo,
            username=username,
            first_name=first,
            last_name=last,
            role_codes=("subject_matter_expert",),
            site=site,
            job_title=title,
        )

    olga = staff("op.olga", "Olga", "Brandt", "Production operator")
    omar = staff("op.omar", "Omar", "Haddad", "Production operator")
    cleo = staff("qc.cleo", "Cleo", "Varga", "QC analyst")
    aseptic = services.competency_create(
        actor=qa,
        code="aseptic-gowning",
        name="Aseptic gowning",
        validity_months=12,
        department="manufacturing",
        description="",
    )
    hplc = services.competency_create(
        actor=qa,
        code="hplc",
        name="HPLC analysis",
        validity_months=24,
        department="quality_control",
        description="",
    )
    sop = services.controlled_document_create(
        actor=qa,
        number="SOP-MFG-010",
        title="Cleaning of the suite",
        department="manufacturing",
    )
    services.document_version_make_effective(actor=qa, document=sop, summary="First issue.")
    read_sop = services.requirement_create(
        actor=qa,
        code="read-sop-mfg-010",
        title="Cleaning of the suite (SOP-MFG-010)",
        kind="document",
        document=sop,
    )
    gmp_quiz = services.requirement_create(
        actor=qa,
        code="gmp-basics-quiz",
        title="GMP basics quiz",
        kind="quiz",
        pass_mark=80,
        max_attempts=3,
        questions_per_attempt=2,
    )
    for text, choices, correct in (
        ("Who may correct a GMP record?", ["Anyone", "The author, signed and dated", "QA only"], 1),
        ("An unexplained result is …", ["Ignored", "A deviation", "Repeated until it passes"], 1),
    ):
        QuizQuestion.objects.create(
            requirement=gmp_quiz, text=text, choices=choices, correct=correct
        )
    gowning = services.requirement_create(
        actor=qa,
        code="aseptic-gowning-l3",
        title="Aseptic gowning",
        kind="competency",
        competency=aseptic,
        min_level=3,
    )
    course = services.requirement_create(
        actor=qa,
        code="gmp-induction",
        title="GMP induction course",
        kind="course",
        course_format="classroom",
        validity_months=12,
    )
    hplc_req = services.requirement_create(
        actor=qa,
        code="hplc-l3",
        title="HPLC analysis",
        kind="competency",
        competency=hplc,
        min_level=3,
    )
    production = services.curriculum_create(
        actor=qa,
        code="production-core",
        name="Production core",
        grace_days=30,
        requirements=[read_sop, gmp_quiz, gowning, course],
    )
    qc = services.curriculum_create(
        actor=qa,
        code="qc-core",
        name="QC core",
        grace_days=30,
        requirements=[gmp_quiz, course, hplc_req],
    )
    operator = services.job_role_create(
        actor=qa,
        code="production-operator",
        name="Production operator",
        department="manufacturing",
        curricula=[production],
    )
    analyst = services.job_role_create(
        actor=qa,
        code="qc-analyst",
        name="QC analyst",
        department="quality_control",
        curricula=[qc],
    )
    long_ago = today - dt.timedelta(days=60)
    services.job_role_assign(actor=qa, person=olga, job_role=operator, site=site)
    # Olga's training began two months ago: what she has not done is overdue.
    olga.training_assignments.update(assigned_on=long_ago, due_on=long_ago + dt.timedelta(30))
    olga.job_roles_held.update(assigned_on=long_ago)
    services.job_role_assign(actor=qa, person=omar, job_role=operator, site=site)
    services.job_role_assign(actor=qa, person=cleo, job_role=analyst, site=site)
    # Olga: gowning at level 3 (current), reads the SOP (signed): she is overdue on the
    # quiz and the course. Omar: gowning expired. Cleo: HPLC level 2 (too low).
    services.competency_record(
        actor=qa,
        person=olga,
        competency=aseptic,
        level=4,
        method="ojt",
        evidence="Gowning qualification GQ-114",
        assessed_on=today - dt.timedelta(days=20),
        **sign(qa),
    )
    CompetencyRecord.objects.create(
        person=omar,
        competency=aseptic,
        level=3,
        method="observation",
        assessor=qa,
        evidence="Observed in suite 2",
        assessed_on=today - dt.timedelta(days=400),
        expires_on=today - dt.timedelta(days=35),
        recorded_at=clock.now(),
    )
    services.competency_record(
        actor=qa,
        person=cleo,
        competency=hplc,
        level=2,
        method="exam",
        evidence="HPLC practical exam",
        assessed_on=today - dt.timedelta(days=5),
        **sign(qa),
    )
    olga_sop = olga.training_assignments.get(requirement=read_sop)
    services.assignment_read_and_understood(
        actor=olga, assignment=olga_sop, version=olga_sop.version, **sign(olga)
    )
    return {
        "olga": olga,
        "omar": omar,
        "cleo": cleo,
        "aseptic": aseptic,
        "hplc": hplc,
        "sop": sop,
        "read_sop": read_sop,
        "gmp_quiz": gmp_quiz,
        "gowning": gowning,
        "course": course,
        "hplc_req": hplc_req,
        "production": production,
        "qc": qc,
        "operator": operator,
        "analyst": analyst,
        "ControlledDocument": ControlledDocument,
        "Competency": Competency,
        "Requirement": Requirement,
    }
