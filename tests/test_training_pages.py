"""The training pages as people use them: my training and its signatures, quizzes, job
roles, competencies, effectiveness reviews, new document versions, the transcript PDF,
the lists, My work and the sponsor's view of its team."""

from __future__ import annotations

import io
import re

import pytest
from django.urls import reverse
from pypdf import PdfReader

from accord.core import clock
from accord.quality.models import QualityAgreement
from accord.signatures.models import Signature
from accord.training.models import Assignment, EffectivenessReview, OjtRecord
from tests.conftest import client_for
from tests.factories import PASSWORD
from tests.training_pages_fixtures import training_world


@pytest.fixture
def trained(world):
    return training_world(world)


def _signature(user, meaning: str) -> dict:
    return {
        "meaning": meaning,
        "username": user.username,
        "password": PASSWORD,
        "acknowledge": "on",
    }


def _open(person, requirement) -> Assignment:
    return person.training_assignments.get(requirement=requirement, status="open")


def test_my_training_lists_what_is_due_with_the_overdue_marked(world, trained):
    page = client_for(trained["olga"]).get(reverse("training:home")).content.decode()
    assert "GMP basics quiz" in page and "GMP induction course" in page
    assert "Overdue since" in page
    assert "Cleaning of the suite" not in page.split("Recently completed")[0]


@pytest.mark.req("R-TRN-3")
def test_read_and_understood_is_an_e_signature_on_the_exact_version(world, trained):
    omar = trained["omar"]
    assignment = _open(omar, trained["read_sop"])
    client = client_for(omar)
    form = client.get(reverse("training:assignment_sign", args=[assignment.pk])).content.decode()
    assert "SOP-MFG-010 version 1" in form and "Trained: read and understood" in form
    wrong = client.post(
        reverse("training:assignment_sign", args=[assignment.pk]),
        {**_signature(omar, "trained"), "password": "not-my-password"},
    )
    assert wrong.status_code == 200
    assignment.refresh_from_db()
    assert assignment.is_open
    done = client.post(
        reverse("training:assignment_sign", args=[assignment.pk]), _signature(omar, "trained")
    )
    assert done.status_code == 302
    assignment.refresh_from_db()
    assert assignment.status == "completed" and assignment.completed_on == clock.today()
    signature = Signature.objects.get(record_type="training.assignment", record_id=assignment.pk)
    assert signature.meaning == "trained" and signature.printed_name == "Omar Haddad"
    record = client_for(world.qa_quinn).get(reverse("training:person", args=[omar.pk]))
    assert "Trained: read and understood" in record.content.decode()


def test_nobody_signs_another_persons_reading(world, trained):
    assignment = _open(trained["omar"], trained["read_sop"])
    response = client_for(world.qa_quinn).get(
        reverse("training:assignment_sign", args=[assignment.pk])
    )
    assert response.status_code == 403


def _answers(page: str, right: bool, trained) -> dict:
    from accord.training.models import QuizQuestion

    ids = [int(i) for i in re.findall(r'data-question="(\d+)"', page)]
    correct = dict(QuizQuestion.objects.filter(pk__in=ids).values_list("pk", "correct"))
    return {f"q{qid}": correct[qid] if right else (correct[qid] + 1) % 3 for qid in ids}


@pytest.mark.req("R-TRN-3")
def test_a_failed_quiz_keeps_the_training_open_and_a_pass_completes_it(world, trained):
    omar = trained["omar"]
    assignment = _open(omar, trained["gmp_quiz"])
    client = client_for(omar)
    started = client.post(reverse("training:quiz_start", args=[assignment.pk]))
    attempt = assignment.attempts.get()
    assert started["Location"] == reverse("training:quiz", args=[assignment.pk, attempt.pk])
    page = client.get(started["Location"]).content.decode()
    shown = [int(i) for i in re.findall(r'data-question="(\d+)"', page)]
    assert shown == [qid for qid, _ in attempt.questions]  # the attempt's own order
    incomplete = client.post(started["Location"], {})
    assert "Answer every question" in incomplete.content.decode()
    failed = client.post(started["Location"], _answers(page, False, trained), follow=True)
    assert "Not passed: 0 %" in failed.content.decode()
    assignment.refresh_from_db()
    assert assignment.is_open
    again = client.post(reverse("training:quiz_start", args=[assignment.pk]))
    page = client.get(again["Location"]).content.decode()
    passed = client.post(again["Location"], _answers(page, True, trained), follow=True)
    assert "Passed: 100 %" in passed.content.decode()
    assignment.refresh_from_db()
    assert assignment.status == "completed"


@pytest.mark.req("R-TRN-1")
def test_giving_a_job_role_assigns_its_curricula_due_after_the_grace_period(world, trained):
    qa = world.qa_quinn
    response = client_for(qa).post(
        reverse("training:job_role_assign", args=[world.pm_alice.pk]),
        {"job_role": trained["analyst"].pk, "site": world.site.pk},
        follow=True,
    )
    assert "holds QC analyst at VSP: 3 assignments open" in response.content.decode()
    due = {
        a.requirement.code: a.due_on
        for a in world.pm_alice.training_assignments.filter(status="open")
    }
    grace = clock.today() + __import__("datetime").timedelta(days=30)
    assert due == {"gmp-basics-quiz": grace, "gmp-induction": grace, "hplc-l3": grace}
    page = client_for(qa).get(reverse("training:person", args=[world.pm_alice.pk]))
    assert "QC analyst" in page.content.decode()


def test_only_training_coordinators_give_job_roles(world, trained):
    response = client_for(world.pm_alice).get(
        reverse("training:job_role_assign", args=[trained["omar"].pk])
    )
    assert response.status_code == 403


@pytest.mark.req("R-TRN-4")
def test_a_competency_assessment_is_signed_with_level_method_evidence_and_expiry(world, trained):
    qa, omar = world.qa_quinn, trained["omar"]
    response = client_for(qa).post(
        reverse("training:competency_record"),
        {
            "person": omar.pk,
            "competency": trained["aseptic"].pk,
            "level": 3,
            "method": "observation",
            "evidence": "Observed gowning in suite 3, media fill MF-22",
            "assessed_on": clock.today().isoformat(),
            **_signature(qa, "approved"),
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    page = client_for(qa).get(reverse("training:person", args=[omar.pk])).content.decode()
    assert "3 · Works independently · Observation · assessed by Quinn Keller" in page
    expires = clock.today().replace(year=clock.today().year + 1)
    assert "until" in page and str(expires.year) in page


@pytest.mark.req("R-TRN-4")
def test_an_expired_competency_shows_as_expired_on_the_persons_record(world, trained):
    page = (
        client_for(world.qa_quinn)
        .get(reverse("training:person", args=[trained["omar"].pk]))
        .content.decode()
    )
    competencies = page[page.index('data-testid="competencies"') :]
    assert "Expired" in competencies.split("</ul>")[0]


@pytest.mark.req("R-TRN-6")
def test_a_curriculums_effectiveness_review_is_recorded_and_signed(world, trained):
    qa, curriculum = world.qa_quinn, trained["production"]
    response = client_for(qa).post(
        reverse("training:effectiveness_review", args=[curriculum.pk]),
        {
            "period_start": "2026-01-01",
            "period_end": "2026-06-30",
            "method": "Quiz scores and deviations with a training root cause",
            "findings": "No deviation traced to gowning; quiz first-pass rate 92 %",
            "conclusion": "effective",
            "actions": "",
            **_signature(qa, "reviewed"),
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    review = EffectivenessReview.objects.get(curriculum=curriculum)
    assert review.reviewed_by == qa
    page = client_for(qa).get(reverse("training:curriculum", args=[curriculum.pk]))
    text = page.content.decode()
    assert "quiz first-pass rate 92 %" in text and "Quinn Keller" in text
    assert "Reviewed" in text


@pytest.mark.req("R-TRN-2")
def test_a_new_document_version_says_how_many_retraining_assignments_it_created(world, trained):
    response = client_for(world.qa_quinn).post(
        reverse("training:document_version", args=[trained["sop"].pk]),
        {"summary": "New detergent concentration."},
        follow=True,
    )
    text = response.content.decode()
    assert "SOP-MFG-010 version 2 is effective" in text
    assert "2 retraining assignments created" in text  # Olga reopened, Omar's moved on
    olga = _open(trained["olga"], trained["read_sop"])
    assert olga.reason == "new_version" and "version 2" in olga.what_to_read


@pytest.mark.req("R-TRN-3")
def test_the_transcript_pdf_carries_the_signatures_manifest(world, trained):
    response = client_for(world.qa_quinn).get(
        reverse("training:person_transcript", args=[trained["olga"].pk])
    )
    assert response["Content-Type"] == "application/pdf"
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    text = " ".join(text.split())
    assert "Training record: Olga Brandt" in text
    assert "Signatures manifest" in text
    assert "Trained: read and understood" in text
    assert "Olga Brandt op.olga" in text  # the signer's printed name and user id
    assert "Quinn Keller" in text  # the assessor of her gowning


def test_the_assignment_list_filters_and_exports(world, trained):
    client = client_for(world.qa_quinn)
    overdue = client.get(reverse("training:assignments"), {"state": "overdue"}).content.decode()
    assert "Olga Brandt" in overdue and "Omar Haddad" not in overdue
    csv = client.get(
        reverse("training:assignments_export", args=["csv"]), {"state": "overdue"}
    ).content.decode("utf-8-sig")
    assert csv.splitlines()[0].startswith("Person,Requirement,Title")
    assert len(csv.strip().splitlines()) == 3  # the quiz and the course
    requirements = client.get(reverse("training:requirements"), {"kind": "quiz"})
    assert "gmp-basics-quiz" in requirements.content.decode()
    assert "gmp-induction" not in requirements.content.decode()


def test_each_record_links_to_its_history(world, trained):
    client = client_for(world.qa_quinn)
    page = client.get(reverse("training:document", args=[trained["sop"].pk])).content.decode()
    history = reverse("audit:history", args=["training.controlleddocument", trained["sop"].pk])
    assert history in page
    assert client.get(history).status_code == 200


def test_on_the_job_training_is_signed_by_trainee_and_trainer_then_assessed(world, trained):
    qa, olga, omar = world.qa_quinn, trained["olga"], trained["omar"]
    started = client_for(qa).post(
        reverse("training:ojt_start"),
        {
            "trainee": omar.pk,
            "trainer": olga.pk,
            "competency": trained["aseptic"].pk,
            "task": "Gown for grade A",
            "steps": "Sanitize hands\nDon the coverall\nCheck in the mirror",
            "performed_on": clock.today().isoformat(),
        },
    )
    assert started.status_code == 302, started.content.decode()[:2000]
    ojt = OjtRecord.objects.get()
    trainer = client_for(olga).post(
        reverse("training:ojt_sign", args=[ojt.pk]),
        {
            "observed_0": "on",
            "observed_1": "on",
            "observed_2": "on",
            **_signature(olga, "verified"),
        },
    )
    assert trainer.status_code == 302, trainer.content.decode()[:2000]
    trainee = client_for(omar).post(
        reverse("training:ojt_sign", args=[ojt.pk]), _signature(omar, "trained")
    )
    assert trainee.status_code == 302, trainee.content.decode()[:2000]
    assessed = client_for(qa).post(
        reverse("training:ojt_assess", args=[ojt.pk]),
        {
            "verdict": "competent",
            "level": 3,
            "assessment": "Gowned without error.",
            **_signature(qa, "approved"),
        },
    )
    assert assessed.status_code == 302, assessed.content.decode()[:2000]
    page = client_for(qa).get(reverse("training:ojt", args=[ojt.pk])).content.decode()
    assert "Assessed: Competent" in page
    for name in ("Olga Brandt", "Omar Haddad", "Quinn Keller"):
        assert name in page


def test_my_work_shows_my_open_training(world, trained):
    page = client_for(trained["olga"]).get(reverse("home:work")).content.decode()
    card = page[page.index('data-testid="my-training-card"') :]
    assert "2 overdue" in card and "GMP basics quiz" in card


def test_staff_find_documents_and_requirements_in_the_search(world, trained):
    found = client_for(world.pm_alice).get("/api/v1/search", {"q": "SOP-MFG-010"}).json()
    assert any(g["type"] == "controlled_documents" for g in found["groups"])
    assert (
        client_for(world.sponsor_a_manager)
        .get("/api/v1/search", {"q": "SOP-MFG-010"})
        .json()["total"]
        == 0
    )


def test_sponsor_people_see_nothing_of_training(world, trained):
    for user in (world.sponsor_a_manager, world.sponsor_a_contact):
        client = client_for(user)
        for url in (
            reverse("training:home"),
            reverse("training:person", args=[trained["olga"].pk]),
            reverse("training:assignments"),
            reverse("training:documents"),
        ):
            assert client.get(url).status_code == 403, url
    nav = client_for(world.sponsor_a_manager).get(reverse("home:portal")).content.decode()
    assert "Skill matrix" not in nav


def _share(world, share: bool) -> None:
    from tests.test_cross_tenant import _aurora_agreement

    agreement = _aurora_agreement(world)
    QualityAgreement.objects.filter(pk=agreement.pk).update(share_team_qualification=share)


def test_the_sponsor_sees_its_teams_qualification_only_where_the_agreement_says(world, trained):
    from accord.projects.models import ProjectMembership

    ProjectMembership.objects.create(project=world.project_a, user=trained["olga"])
    manager = client_for(world.sponsor_a_manager)
    url = reverse("projects:detail", args=[world.project_a.pk])
    _share(world, False)
    assert 'data-testid="team-qualification"' not in manager.get(url).content.decode()
    _share(world, True)
    page = manager.get(url).content.decode()
    card = page[page.index('data-testid="team-qualification"') :].split("Shared under")[0]
    assert "Olga Brandt" in card and "Not qualified" in card
    assert "GMP basics quiz" not in page and "Overdue" not in card  # nothing else
    other = client_for(world.sponsor_b_manager).get(
        reverse("projects:detail", args=[world.project_b.pk])
    )
    assert 'data-testid="team-qualification"' not in other.content.decode()


def test_training_coordinators_see_the_kpis_per_department(world, trained):
    page = client_for(world.qa_quinn).get(reverse("training:home")).content.decode()
    kpis = page[page.index('data-testid="kpi-table"') :].split("</table>")[0]
    assert "Manufacturing" in kpis and "Quality control" in kpis and "All departments" in kpis
    assert "Expiring in 30 days" in kpis
    operator = client_for(trained["olga"]).get(reverse("training:home")).content.decode()
    assert 'data-testid="kpi-table"' not in operator


def test_a_coordinator_sets_up_a_requirement_and_a_curriculum(world, trained):
    from accord.accounts.models import Role
    from accord.training.models import Curriculum, Requirement

    client = client_for(world.qa_quinn)
    qa_role = Role.objects.get(code="quality_assurance")
    made = client.post(
        reverse("training:requirement_create"),
        {
            "code": "accord-esignature",
            "title": "Accord e-signature training",
            "kind": "course",
            "course_format": "e_learning",
            "min_level": 3,
            "signing_roles": [qa_role.pk],
        },
    )
    assert made.status_code == 302, made.content.decode()[:3000]
    requirement = Requirement.objects.get(code="accord-esignature")
    assert list(requirement.signing_roles.all()) == [qa_role]
    page = client.get(made["Location"]).content.decode()
    assert "Quality assurance may sign only while this training is current" in page
    curriculum = trained["qc"]
    edit = client.get(reverse("training:curriculum_edit", args=[curriculum.pk])).content.decode()
    assert 'value="qc-core"' in edit
    saved = client.post(
        reverse("training:curriculum_edit", args=[curriculum.pk]),
        {
            "code": "qc-core",
            "name": "QC core",
            "grace_days": 21,
            "requirements": [trained["gmp_quiz"].pk, requirement.pk],
        },
    )
    assert saved.status_code == 302, saved.content.decode()[:3000]
    curriculum = Curriculum.objects.get(pk=curriculum.pk)
    assert curriculum.grace_days == 21
    assert set(curriculum.requirements.all()) == {trained["gmp_quiz"], requirement}
    assert client_for(world.pm_alice).get(reverse("training:requirement_create")).status_code == 403


def test_a_coordinator_adds_a_question_to_a_quiz_bank_and_a_bad_one_is_named(trained, world):
    from accord.audit.models import AuditEvent
    from accord.training.models import QuizQuestion, Requirement

    quiz = Requirement.objects.get(code="gmp-basics-quiz")
    before = quiz.questions.count()
    url = reverse("training:requirement", args=[quiz.pk])
    client = client_for(world.qa_quinn)
    assert "Question bank" in client.get(url).content.decode()
    response = client.post(
        url, {"text": "Who signs a batch record entry?", "choices": "The doer\n\n", "correct": 1}
    )
    assert "Offer at least two answers." in response.content.decode()
    assert quiz.questions.count() == before
    response = client.post(
        url,
        {
            "text": "Who signs a batch record entry?",
            "choices": "Whoever did the step\nThe shift lead, for everyone\nQA at release",
            "correct": 1,
        },
    )
    assert response.status_code == 302
    added = QuizQuestion.objects.get(text="Who signs a batch record entry?")
    assert added.correct == 0 and len(added.choices) == 3
    assert AuditEvent.objects.filter(action="training.quiz_question.added").exists()
    page = client.get(url).content.decode()
    assert 'Whoever did the step <span class="badge text-bg-success">right answer</span>' in page
    # Staff who do not keep training read the requirement without its answers.
    assert "Question bank" not in client_for(world.pm_alice).get(url).content.decode()
