"""Training services: job roles assign their curricula, new versions reopen training,
read and understood is a signature, quizzes, competencies with expiry, OJT, reviews of
effectiveness, and signing rights that wait for the e-signature training."""

from __future__ import annotations

import datetime as dt
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection

from accord.audit.models import AuditEvent
from accord.core import clock
from accord.notifications.models import Notification
from accord.signatures.models import Signature
from accord.training import services
from accord.training.models import (
    Assignment,
    CompetencyRecord,
    EffectivenessReview,
    Level,
    OjtRecord,
    Requirement,
)
from accord.training.status import State, competency_gaps, requirement_cell
from tests.factories import PASSWORD
from tests.training_world import build_training


@pytest.fixture
def training(world):
    return build_training(world)


def _assign(world, training, person):
    return services.job_role_assign(
        actor=world.qa_quinn, person=person, job_role=training.operator, site=world.site
    )


def _open(person, requirement=None):
    rows = Assignment.objects.filter(person=person, status=Assignment.Status.OPEN)
    if requirement is not None:
        rows = rows.filter(requirement=requirement)
    return rows


@pytest.mark.req("R-TRN-1")
def test_assigning_a_job_role_creates_its_assignments_due_after_the_grace_period(world, training):
    _assign(world, training, training.op_olga)

    open_ = _open(training.op_olga)
    assert {a.requirement.code for a in open_} == {
        "read-sop-mfg-014",
        "gmp-basics",
        "gmp-quiz",
        "gowning",
    }
    assert {a.due_on for a in open_} == {clock.today() + dt.timedelta(days=30)}
    reading = open_.get(requirement=training.read_sop)
    assert reading.what_to_read == "SOP-MFG-014 version 1"
    assert AuditEvent.objects.filter(action="training.job_role.assigned").count() == 1


@pytest.mark.req("R-TRN-1")
def test_a_role_held_twice_at_one_site_is_refused_and_current_training_is_not_reassigned(
    world, training
):
    CompetencyRecord.objects.create(
        person=training.op_olga,
        competency=training.aseptic,
        level=Level.INDEPENDENT,
        method="observation",
        assessor=world.qa_quinn,
        evidence="Observed in suite 2",
        assessed_on=clock.today(),
        recorded_at=clock.now(),
    )
    _assign(world, training, training.op_olga)
    assert not _open(training.op_olga, training.gowning).exists()
    with pytest.raises(ValidationError, match="already holds Production operator"):
        _assign(world, training, training.op_olga)


@pytest.mark.req("R-TRN-2")
def test_a_new_version_reopens_training_for_exactly_those_who_must_know_it(world, training):
    _assign(world, training, training.op_olga)
    _assign(world, training, training.op_omar)
    olga_reading = _open(training.op_olga, training.read_sop).get()
    services.assignment_read_and_understood(
        actor=training.op_olga,
        assignment=olga_reading,
        username="op.olga",
        password=PASSWORD,
        acknowledge=True,
    )
    # pm_alice holds no operator role: the SOP is not hers to read.
    version, reached = services.document_version_make_effective(
        actor=world.qa_quinn, document=training.sop, summary="New charging sequence."
    )

    assert version.version == 2
    assert reached == 2
    olga = _open(training.op_olga, training.read_sop).get()
    assert olga.reason == "new_version"
    assert olga.what_to_read == "SOP-MFG-014 version 2"
    # Omar had not read version 1 yet: his one open assignment now asks for version 2.
    omar = _open(training.op_omar, training.read_sop)
    assert omar.count() == 1
    assert omar.get().what_to_read == "SOP-MFG-014 version 2"
    assert not Assignment.objects.filter(person=world.pm_alice).exists()
    cell = requirement_cell(training.op_olga, training.read_sop, clock.today())
    assert cell.state == State.DUE


@pytest.mark.req("R-TRN-2")
def test_a_second_version_the_same_day_moves_the_open_assignment_instead_of_adding_one(
    world, training
):
    _assign(world, training, training.op_olga)
    for summary in ("Version two.", "Version three."):
        services.document_version_make_effective(
            actor=world.qa_quinn, document=training.sop, summary=summary
        )
    rows = Assignment.objects.filter(person=training.op_olga, requirement=training.read_sop)
    assert rows.count() == 1
    assert rows.get().what_to_read == "SOP-MFG-014 version 3"


@pytest.mark.req("R-TRN-2")
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_versions_and_capa_retraining_at_once_leave_one_open_assignment_per_person(world):
    """Real concurrency needs PostgreSQL: two new versions of the SOP and a CAPA's
    retraining land at the same instant; each operator ends with one open assignment."""
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: three writers at the same moment")
    training = build_training(world)
    _assign(world, training, training.op_olga)
    _assign(world, training, training.op_omar)
    for assignment in _open(training.op_olga, training.read_sop) | _open(
        training.op_omar, training.read_sop
    ):
        services.assignment_read_and_understood(
            actor=assignment.person,
            assignment=assignment,
            username=assignment.person.username,
            password=PASSWORD,
            acknowledge=True,
        )
    start = threading.Barrier(3)

    def version(n: int) -> None:
        try:
            start.wait()
            services.document_version_make_effective(
                actor=world.qa_quinn, document=training.sop, summary=f"Change {n}"
            )
        finally:
            connection.close()

    def capa() -> None:
        try:
            start.wait()
            services.training_assign(
                actor=world.qa_quinn,
                people=[training.op_olga, training.op_omar],
                requirement=training.read_sop,
                reason="capa",
                due_on=clock.today() + dt.timedelta(days=7),
                source="CAPA-2026-0001",
            )
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = [pool.submit(version, 1), pool.submit(version, 2), pool.submit(capa)]
        for future in futures:
            future.result()

    for person in (training.op_olga, training.op_omar):
        rows = _open(person, training.read_sop)
        assert rows.count() == 1
        assert rows.get().what_to_read == "SOP-MFG-014 version 3"


@pytest.mark.req("R-TRN-3")
def test_read_and_understood_is_a_signature_on_the_exact_version(world, training):
    _assign(world, training, training.op_olga)
    reading = _open(training.op_olga, training.read_sop).get()
    with pytest.raises(ValidationError, match="password is not correct"):
        services.assignment_read_and_understood(
            actor=training.op_olga,
            assignment=reading,
            username="op.olga",
            password="nope",
            acknowledge=True,
        )
    assert _open(training.op_olga, training.read_sop).exists()
    with pytest.raises(PermissionDenied):
        services.assignment_read_and_understood(
            actor=training.op_omar,
            assignment=reading,
            username="op.omar",
            password=PASSWORD,
            acknowledge=True,
        )

    services.assignment_read_and_understood(
        actor=training.op_olga,
        assignment=reading,
        username="op.olga",
        password=PASSWORD,
        acknowledge=True,
    )

    reading.refresh_from_db()
    assert reading.status == "completed"
    signature = Signature.objects.get(record_type="training.assignment", record_id=reading.pk)
    assert signature.get_meaning_display() == "Trained: read and understood"
    assert signature.printed_name == "Olga Operator"
    assert signature.full_credentials
    assert requirement_cell(training.op_olga, training.read_sop, clock.today()).is_qualified


@pytest.mark.req("R-TRN-3")
def test_a_failed_quiz_keeps_the_assignment_open_and_tells_the_manager(world, training):
    _assign(world, training, training.op_olga)
    quiz = _open(training.op_olga, training.quiz).get()
    attempt = services.quiz_start(actor=training.op_olga, assignment=quiz)
    assert len(attempt.questions) == 3  # drawn from a bank of four

    wrong = {qid: order[0] if order[0] != 0 else order[1] for qid, order in attempt.questions}
    attempt = services.quiz_submit(actor=training.op_olga, attempt=attempt, answers=wrong)

    assert attempt.score == 0 and attempt.passed is False
    assert _open(training.op_olga, training.quiz).exists()
    told = Notification.objects.get(recipient=training.sup_sam, kind="training_quiz_failed")
    assert "Olga Operator" in told.title

    attempt = services.quiz_start(actor=training.op_olga, assignment=quiz)
    right = {qid: 0 for qid, _ in attempt.questions}
    attempt = services.quiz_submit(actor=training.op_olga, attempt=attempt, answers=right)
    assert attempt.score == 100 and attempt.passed
    assert not _open(training.op_olga, training.quiz).exists()


@pytest.mark.req("R-TRN-3")
def test_a_quiz_has_limited_attempts_and_refuses_partial_answers(world, training):
    _assign(world, training, training.op_olga)
    quiz = _open(training.op_olga, training.quiz).get()
    for _ in range(2):
        attempt = services.quiz_start(actor=training.op_olga, assignment=quiz)
        qids = [qid for qid, _ in attempt.questions]
        with pytest.raises(ValidationError, match="Answer every question"):
            services.quiz_submit(actor=training.op_olga, attempt=attempt, answers={qids[0]: 0})
        services.quiz_submit(actor=training.op_olga, attempt=attempt, answers={q: 1 for q in qids})
    with pytest.raises(ValidationError, match="No attempts left"):
        services.quiz_start(actor=training.op_olga, assignment=quiz)


@pytest.mark.req("R-TRN-4")
def test_a_competency_record_has_level_assessor_method_evidence_and_expiry(world, training):
    _assign(world, training, training.op_olga)
    record = services.competency_record(
        actor=world.qa_quinn,
        person=training.op_olga,
        competency=training.aseptic,
        level=3,
        method="observation",
        evidence="Observed gowning for Grade B, 3 sessions",
        assessed_on=clock.today(),
        username="qa.quinn",
        password=PASSWORD,
        acknowledge=True,
    )
    assert record.assessor == world.qa_quinn
    assert record.expires_on == clock.today().replace(year=clock.today().year + 1)
    assert not _open(training.op_olga, training.gowning).exists()
    assert Signature.objects.filter(record_type="training.competencyrecord").count() == 1

    with pytest.raises(PermissionDenied, match="own competency"):
        services.competency_record(
            actor=world.qa_quinn,
            person=world.qa_quinn,
            competency=training.aseptic,
            level=3,
            method="exam",
            evidence="x",
            assessed_on=clock.today(),
            username="qa.quinn",
            password=PASSWORD,
        )


@pytest.mark.req("R-TRN-4")
def test_an_expired_competency_no_longer_counts(world, training):
    today = clock.today()
    CompetencyRecord.objects.create(
        person=training.op_omar,
        competency=training.aseptic,
        level=Level.TRAINER,
        method="exam",
        assessor=world.qa_quinn,
        evidence="Exam 2025",
        assessed_on=today - dt.timedelta(days=400),
        expires_on=today - dt.timedelta(days=35),
        recorded_at=clock.now(),
    )
    gaps = competency_gaps(training.op_omar, [(training.aseptic, 3)], today)
    assert gaps == [
        f"Aseptic gowning: level 4 expired on {(today - dt.timedelta(days=35)):%-d %b %Y}"
    ]
    cell = requirement_cell(training.op_omar, training.gowning, today)
    assert cell.state == State.EXPIRED
    assert cell.label == "Expired"


@pytest.mark.req("R-TRN-4")
def test_on_the_job_training_is_signed_by_trainer_trainee_and_assessor(world, training):
    _assign(world, training, training.op_olga)
    with pytest.raises(ValidationError, match="may not train others"):
        services.ojt_start(
            actor=world.qa_quinn,
            trainee=training.op_olga,
            trainer=training.op_omar,
            competency=training.aseptic,
            task="Gown for Grade B",
            steps=["Hands"],
            performed_on=clock.today(),
        )
    ojt = services.ojt_start(
        actor=world.qa_quinn,
        trainee=training.op_olga,
        trainer=training.sup_sam,
        competency=training.aseptic,
        task="Gown for Grade B entry",
        steps=["Wash hands", "Don coverall without touching the floor", "Glove check"],
        performed_on=clock.today(),
    )
    with pytest.raises(ValidationError, match="trainer signs the observed steps first"):
        services.ojt_sign(
            actor=training.op_olga, ojt=ojt, username="op.olga", password=PASSWORD, acknowledge=True
        )
    services.ojt_sign(
        actor=training.sup_sam,
        ojt=ojt,
        username="sup.sam",
        password=PASSWORD,
        acknowledge=True,
        observed=[True, True, True],
        comments=["", "Good", ""],
    )
    services.ojt_sign(
        actor=training.op_olga, ojt=ojt, username="op.olga", password=PASSWORD, acknowledge=True
    )
    ojt = services.ojt_assess(
        actor=world.qa_quinn,
        ojt=OjtRecord.objects.get(pk=ojt.pk),
        verdict="competent",
        level=3,
        assessment="Performed unaided, no critical errors.",
        username="qa.quinn",
        password=PASSWORD,
        acknowledge=True,
    )

    assert ojt.state == "assessed"
    meanings = sorted(
        Signature.objects.filter(record_type="training.ojtrecord", record_id=ojt.pk).values_list(
            "meaning", flat=True
        )
    )
    assert meanings == ["approved", "trained", "verified"]
    record = CompetencyRecord.objects.get(person=training.op_olga, competency=training.aseptic)
    assert record.method == "ojt" and record.level == 3 and record.ojt == ojt
    assert not _open(training.op_olga, training.gowning).exists()


@pytest.mark.req("R-TRN-6")
def test_training_effectiveness_is_reviewed_per_curriculum_with_a_signature(world, training):
    today = clock.today()
    with pytest.raises(ValidationError) as refused:
        services.effectiveness_review_record(
            actor=world.qa_quinn,
            curriculum=training.curriculum,
            period_start=today - dt.timedelta(days=90),
            period_end=today,
            method="Quiz results and deviations caused by operators",
            findings="Two errors",
            conclusion="partly",
            actions="",
            username="qa.quinn",
            password=PASSWORD,
        )
    assert "needs actions" in str(refused.value)
    review = services.effectiveness_review_record(
        actor=world.qa_quinn,
        curriculum=training.curriculum,
        period_start=today - dt.timedelta(days=90),
        period_end=today,
        method="Quiz results and deviations caused by operators",
        findings="First-time pass rate 92%; no deviation with a training root cause.",
        conclusion="effective",
        actions="",
        username="qa.quinn",
        password=PASSWORD,
        acknowledge=True,
    )
    assert EffectivenessReview.objects.get().get_conclusion_display() == "Effective"
    assert (
        Signature.objects.get(
            record_type="training.effectivenessreview", record_id=review.pk
        ).meaning
        == "reviewed"
    )


@pytest.mark.req("R-TRN-7")
def test_a_signer_whose_role_needs_the_e_signature_training_may_not_sign_without_it(
    world, training
):
    esig = Requirement.objects.create(code="accord-esig", title="Accord e-signature", kind="course")
    esig.signing_roles.set(world.qa_quinn.roles.all())
    _assign(world, training, training.op_olga)
    reading = _open(training.op_olga, training.read_sop).get()
    # Olga's roles do not sign with this requirement: she signs.
    services.assignment_read_and_understood(
        actor=training.op_olga,
        assignment=reading,
        username="op.olga",
        password=PASSWORD,
        acknowledge=True,
    )
    with pytest.raises(ValidationError, match="Accord e-signature") as refused:
        services.competency_record(
            actor=world.qa_quinn,
            person=training.op_omar,
            competency=training.aseptic,
            level=2,
            method="exam",
            evidence="Exam",
            assessed_on=clock.today(),
            username="qa.quinn",
            password=PASSWORD,
            acknowledge=True,
        )
    assert "Nothing was signed" in str(refused.value)
    assert not CompetencyRecord.objects.filter(person=training.op_omar).exists()

    assignment = services.training_assign(
        actor=training.sup_sam,
        people=[world.qa_quinn],
        requirement=esig,
        reason="initial",
        due_on=clock.today(),
    )[0]
    services.assignment_record_course(
        actor=training.sup_sam,
        assignment=assignment,
        completed_on=clock.today(),
        note="Accord e-signature session, trainer Sam Supervisor",
    )
    services.competency_record(
        actor=world.qa_quinn,
        person=training.op_omar,
        competency=training.aseptic,
        level=2,
        method="exam",
        evidence="Exam",
        assessed_on=clock.today(),
        username="qa.quinn",
        password=PASSWORD,
        acknowledge=True,
    )
    assert CompetencyRecord.objects.filter(person=training.op_omar).count() == 1


def test_capa_retraining_reaches_named_people_and_role_holders_once_each(world, training):
    from accord.quality.models import Capa

    _assign(world, training, training.op_olga)
    capa = Capa(number="CAPA-2026-0042", requires_retraining=True)
    assignments = services.capa_retraining_assign(
        actor=world.qa_quinn,
        capa=capa,
        requirement=training.read_sop,
        due_on=clock.today() + dt.timedelta(days=5),
        people=[training.op_olga, training.op_omar],
        job_roles=[training.operator],
    )
    assert sorted(a.person.username for a in assignments) == ["op.olga", "op.omar"]
    olga = _open(training.op_olga, training.read_sop).get()
    assert olga.due_on == clock.today() + dt.timedelta(days=5)
    assert "CAPA-2026-0042" in olga.source


def test_the_sweep_reminds_warns_and_opens_periodic_retraining_once(world, training):
    from accord.training.sweeps import training_sweep

    today = clock.today()
    _assign(world, training, training.op_olga)
    course = _open(training.op_olga, training.course).get()
    # GMP basics (valid 12 months) was attended eleven and a half months ago.
    Assignment.objects.filter(pk=course.pk).update(
        status="completed",
        assigned_on=today - dt.timedelta(days=380),
        due_on=today - dt.timedelta(days=350),
        completed_on=today - dt.timedelta(days=350),
    )
    Assignment.objects.filter(person=training.op_olga, requirement=training.quiz).update(
        assigned_on=today - dt.timedelta(days=31), due_on=today - dt.timedelta(days=1)
    )
    CompetencyRecord.objects.create(
        person=training.op_olga,
        competency=training.aseptic,
        level=3,
        method="exam",
        assessor=world.qa_quinn,
        evidence="Exam",
        assessed_on=today - dt.timedelta(days=340),
        expires_on=today + dt.timedelta(days=10),
        recorded_at=clock.now(),
    )

    first = training_sweep(today)
    second = training_sweep(today)

    assert first["retraining opened"] == 1
    renewal = _open(training.op_olga, training.course).get()
    assert renewal.reason == "periodic"
    assert renewal.assigned_by is None
    assert first["competency warnings sent"] == 2  # Olga and her manager
    kinds = set(Notification.objects.values_list("kind", flat=True))
    assert {"training_due", "competency_expiring"} <= kinds
    overdue = Notification.objects.get(recipient=training.op_olga, title__contains="overdue")
    assert "GMP basics quiz" in overdue.title
    assert second == {
        "retraining opened": 0,
        "reminders sent": 0,
        "competency warnings sent": 0,
    }


def test_kpis_count_on_time_completion_overdue_and_expiring_per_department(world, training):
    from accord.training.kpis import training_kpis

    today = clock.today()
    _assign(world, training, training.op_olga)
    _assign(world, training, training.op_omar)
    Assignment.objects.filter(person=training.op_omar).update(
        assigned_on=today - dt.timedelta(days=32), due_on=today - dt.timedelta(days=2)
    )
    olga = _open(training.op_olga, training.read_sop).get()
    Assignment.objects.filter(pk=olga.pk).update(
        assigned_on=today - dt.timedelta(days=33), due_on=today - dt.timedelta(days=3)
    )
    services.assignment_read_and_understood(
        actor=training.op_olga,
        assignment=olga,
        username="op.olga",
        password=PASSWORD,
        acknowledge=True,
    )
    CompetencyRecord.objects.create(
        person=training.op_omar,
        competency=training.aseptic,
        level=3,
        method="exam",
        assessor=world.qa_quinn,
        evidence="Exam",
        assessed_on=today - dt.timedelta(days=300),
        expires_on=today + dt.timedelta(days=45),
        recorded_at=clock.now(),
    )

    rows = {r.department: r for r in training_kpis(today)}

    manufacturing = rows["Manufacturing"]
    assert manufacturing.people == 2
    assert manufacturing.overdue == 4  # Omar's four, all past due
    assert manufacturing.due == 5  # Omar's four and Olga's reading
    assert manufacturing.on_time == 0  # Olga read it three days late
    assert manufacturing.expiring == {30: 0, 60: 1, 90: 1}
    assert rows["All departments"].overdue == 4


@pytest.mark.req("R-TRN-5")
def test_an_activity_requirement_is_set_through_its_service_and_the_gate_asks_it(world, training):
    from accord.training.gate import activity_gaps
    from accord.training.models import ActivityRequirement

    with pytest.raises(PermissionDenied):
        services.activity_requirement_set(
            actor=world.pm_alice,
            activity="deviation_investigation",
            competency=training.aseptic,
            min_level=3,
        )
    services.activity_requirement_set(
        actor=world.qa_quinn,
        activity="deviation_investigation",
        competency=training.aseptic,
        min_level=2,
    )
    services.activity_requirement_set(
        actor=world.qa_quinn,
        activity="deviation_investigation",
        competency=training.aseptic,
        min_level=4,
    )
    assert ActivityRequirement.objects.get().min_level == 4
    assert activity_gaps(training.sup_sam, "deviation_investigation") == []
    assert activity_gaps(training.op_olga, "deviation_investigation") == [
        "Aseptic gowning: no record (level 4 needed)"
    ]
    assert AuditEvent.objects.filter(action="training.activity_requirement.set").count() == 2
