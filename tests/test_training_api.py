"""The training API: assignments (mine, all), read-and-understood signing, quizzes,
competency records, the matrix as JSON, job roles given, new document versions; through
the same services as the pages, for CDMO staff only."""

from __future__ import annotations

import pytest

from accord.core import clock
from accord.signatures.models import Signature
from accord.training.models import QuizQuestion
from tests.conftest import client_for
from tests.factories import PASSWORD
from tests.training_pages_fixtures import training_world


@pytest.fixture
def trained(world):
    return training_world(world)


def _sign(user) -> dict:
    return {"username": user.username, "password": PASSWORD, "acknowledge": True}


def test_my_assignments_and_everyones(world, trained):
    mine = client_for(trained["olga"]).get("/api/v1/training/assignments", {"mine": True})
    assert mine.status_code == 200
    items = mine.json()["items"]
    assert {i["person_name"] for i in items} == {"Olga Brandt"}
    overdue = [i["requirement_code"] for i in items if i["overdue"]]
    assert sorted(overdue) == ["gmp-basics-quiz", "gmp-induction"]
    everyone = (
        client_for(world.qa_quinn)
        .get("/api/v1/training/assignments", {"status": "open", "page_size": 100})
        .json()
    )
    assert {"Olga Brandt", "Omar Haddad", "Cleo Varga"} <= {
        i["person_name"] for i in everyone["items"]
    }


@pytest.mark.req("R-TRN-3")
def test_read_and_understood_through_the_api_is_a_signature(world, trained):
    omar = trained["omar"]
    assignment = omar.training_assignments.get(requirement=trained["read_sop"], status="open")
    client = client_for(omar)
    url = f"/api/v1/training/assignments/{assignment.pk}/read-and-understood"
    refused = client.post(
        url, {**_sign(omar), "password": "wrong"}, content_type="application/json"
    )
    assert refused.status_code in (400, 403, 422)
    done = client.post(url, _sign(omar), content_type="application/json")
    assert done.status_code == 200, done.content
    assert done.json()["status"] == "completed"
    assert done.json()["version_to_read"] == "SOP-MFG-010 version 1"
    signature = Signature.objects.get(record_type="training.assignment", record_id=assignment.pk)
    assert signature.get_meaning_display() == "Trained: read and understood"


@pytest.mark.req("R-TRN-3")
def test_a_quiz_through_the_api(world, trained):
    omar = trained["omar"]
    assignment = omar.training_assignments.get(requirement=trained["gmp_quiz"], status="open")
    client = client_for(omar)
    started = client.post(f"/api/v1/training/assignments/{assignment.pk}/quiz-attempts")
    assert started.status_code == 201, started.content
    attempt = started.json()
    assert len(attempt["questions"]) == 2 and attempt["pass_mark"] == 80
    correct = dict(QuizQuestion.objects.values_list("pk", "correct"))
    wrong = {str(q["id"]): (correct[q["id"]] + 1) % 3 for q in attempt["questions"]}
    failed = client.post(
        f"/api/v1/training/quiz-attempts/{attempt['id']}/answers",
        {"answers": wrong},
        content_type="application/json",
    )
    assert failed.status_code == 200, failed.content
    assert failed.json()["passed"] is False and failed.json()["score"] == 0
    mine = client.get(f"/api/v1/training/assignments/{assignment.pk}").json()
    assert mine["status"] == "open"


@pytest.mark.req("R-TRN-4")
def test_competency_records_are_listed_and_recorded_with_a_signature(world, trained):
    qa = world.qa_quinn
    client = client_for(qa)
    listed = client.get(
        "/api/v1/training/competency-records", {"person_id": trained["omar"].pk}
    ).json()["items"]
    assert listed[0]["competency_code"] == "aseptic-gowning" and listed[0]["current"] is False
    made = client.post(
        "/api/v1/training/competency-records",
        {
            "person_id": trained["omar"].pk,
            "competency_id": trained["aseptic"].pk,
            "level": 3,
            "method": "exam",
            "evidence": "Written exam 9/10",
            **_sign(qa),
        },
        content_type="application/json",
    )
    assert made.status_code == 201, made.content
    body = made.json()
    assert body["current"] is True and body["level_label"] == "3 · Works independently"
    assert body["expires_on"] is not None and body["assessor_name"] == "Quinn Keller"


def test_the_matrix_as_json_agrees_with_the_page(world, trained):
    body = (
        client_for(world.qa_quinn)
        .get("/api/v1/training/matrix", {"job_role_id": trained["operator"].pk})
        .json()
    )
    assert [r["person_name"] for r in body["rows"]] == ["Olga Brandt", "Omar Haddad"]
    olga = body["rows"][0]
    states = {c["column_id"]: c["state"] for c in olga["cells"]}
    assert states[trained["gmp_quiz"].pk] == "overdue"
    assert states[trained["read_sop"].pk] == "qualified"
    assert body["totals"]["overdue"] >= 2


@pytest.mark.req("R-TRN-1")
def test_a_job_role_given_through_the_api_assigns_its_curricula(world, trained):
    response = client_for(world.qa_quinn).post(
        "/api/v1/training/role-holdings",
        {
            "person_id": world.pm_alice.pk,
            "job_role_id": trained["analyst"].pk,
            "site_id": world.site.pk,
        },
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    assert response.json()["open_assignments"] == 3
    assert response.json()["assigned_on"] == clock.today().isoformat()


@pytest.mark.req("R-TRN-2")
def test_a_new_document_version_through_the_api_counts_its_retraining(world, trained):
    response = client_for(world.qa_quinn).post(
        f"/api/v1/training/documents/{trained['sop'].pk}/versions",
        {"summary": "Rinse twice."},
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    assert response.json()["version"] == 2 and response.json()["retraining_created"] == 2


def test_sponsor_people_get_403_from_every_training_endpoint(world, trained):
    client = client_for(world.sponsor_a_manager)
    assert client.get("/api/v1/training/assignments").status_code == 403
    assert client.get("/api/v1/training/competency-records").status_code == 403
    assert client.get("/api/v1/training/matrix").status_code == 403
