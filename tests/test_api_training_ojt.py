"""On-the-job training through the API: started by an assessor, signed by the trainer
then the trainee, assessed by someone other than the trainer; and a person's training
record as the record page shows it. Signatures take username and password in the body."""

from __future__ import annotations

import pytest

from accord.audit.models import AuditEvent
from accord.core import clock
from accord.signatures.models import Signature
from accord.training.models import CompetencyRecord, OjtRecord
from tests.conftest import client_for
from tests.factories import PASSWORD
from tests.training_pages_fixtures import training_world


@pytest.fixture
def trained(world):
    return training_world(world)


def post(client, path: str, body: dict | None = None, **headers):
    return client.post(path, data=body or {}, content_type="application/json", headers=headers)


def fields(response) -> set[str]:
    return {error["field"] for error in response.json()["errors"]}


def sign(user, **more) -> dict:
    return {"username": user.username, "password": PASSWORD, "acknowledge": True, **more}


def _start(world, trained, **headers):
    return post(
        client_for(world.qa_quinn),
        "/api/v1/training/ojt",
        {
            "trainee_id": trained["omar"].pk,
            "trainer_id": trained["olga"].pk,
            "competency_id": trained["aseptic"].pk,
            "task": "Gown for grade B",
            "steps": ["Hand hygiene", "Coverall", "Goggles"],
            "performed_on": clock.today().isoformat(),
        },
        **headers,
    )


def test_ojt_from_start_to_competency_through_the_api(world, trained):
    olga, omar, qa = trained["olga"], trained["omar"], world.qa_quinn
    started = _start(world, trained, **{"Idempotency-Key": "ojt-1"})
    assert started.status_code == 201, started.content
    ojt = started.json()
    assert ojt["state"] == "in_training" and ojt["state_label"] == "In training"
    assert [s["step"] for s in ojt["steps"]] == ["Hand hygiene", "Coverall", "Goggles"]
    assert ojt["waiting_for"] == [olga.printed_name, omar.printed_name]
    replay = _start(world, trained, **{"Idempotency-Key": "ojt-1"})
    assert replay["Idempotent-Replayed"] == "true" and replay.json()["id"] == ojt["id"]
    assert OjtRecord.objects.count() == 1
    url = f"/api/v1/training/ojt/{ojt['id']}"
    detail = client_for(world.pm_alice).get(url)
    assert detail.status_code == 200 and detail["ETag"] == '"1"'
    # The trainee signs after the trainer.
    early = post(client_for(omar), f"{url}/sign", sign(omar, version=1))
    assert early.status_code == 422
    trainer = post(
        client_for(olga),
        f"{url}/sign",
        sign(olga, observed=[True, True, True], comments=["", "Tape checked", ""]),
        **{"If-Match": '"1"'},
    )
    assert trainer.status_code == 200, trainer.content
    assert trainer.json()["steps"][1] == {
        "step": "Coverall",
        "observed": True,
        "comment": "Tape checked",
    }
    assert trainer.json()["waiting_for"] == [omar.printed_name]
    trainee = post(client_for(omar), f"{url}/sign", sign(omar, version=2))
    assert trainee.status_code == 200, trainee.content
    assert trainee.json()["state"] == "signed"
    # The trainer does not assess their own training.
    assert (
        post(
            client_for(olga),
            f"{url}/assess",
            sign(olga, verdict="competent", level=3, assessment="Fine", version=3),
        ).status_code
        == 403
    )
    assessed = post(
        client_for(qa),
        f"{url}/assess",
        sign(qa, verdict="competent", level=3, assessment="Gowned without fault", version=3),
    )
    assert assessed.status_code == 200, assessed.content
    body = assessed.json()
    assert body["state"] == "assessed" and body["verdict_label"] == "Competent"
    assert body["level_awarded"] == 3 and body["assessor_name"] == qa.printed_name
    assert assessed["ETag"] == '"4"'
    record = CompetencyRecord.objects.filter(person=omar).latest("pk")
    assert record.method == "ojt" and record.level == 3
    meanings = Signature.objects.filter(
        record_type="training.ojtrecord", record_id=ojt["id"]
    ).values_list("meaning", flat=True)
    assert sorted(meanings) == ["approved", "trained", "verified"]
    event = AuditEvent.objects.filter(action="training.ojt.assessed").latest("pk")
    assert event.channel == "api"
    listed = client_for(qa).get("/api/v1/training/ojt", {"state": "assessed", "q": "grade"})
    assert [o["id"] for o in listed.json()["items"]] == [ojt["id"]]
    assert client_for(qa).get("/api/v1/training/ojt", {"state": "signed"}).json()["count"] == 0


def test_a_wrong_password_signs_nothing_and_a_stale_version_is_refused(world, trained):
    olga = trained["olga"]
    ojt = _start(world, trained).json()
    url = f"/api/v1/training/ojt/{ojt['id']}/sign"
    wrong = post(
        client_for(olga),
        url,
        {**sign(olga, observed=[True, True, True], version=1), "password": "wrong"},
    )
    assert wrong.status_code in (403, 422)
    stale = post(
        client_for(olga),
        url,
        sign(olga, observed=[True, True, True]),
        **{"If-Match": '"7"'},
    )
    assert stale.status_code == 412
    unobserved = post(client_for(olga), url, sign(olga, observed=[True, False, True], version=1))
    assert unobserved.status_code == 422 and fields(unobserved) == {"observed"}
    record = OjtRecord.objects.get(pk=ojt["id"])
    assert record.trainer_signed_at is None and record.version == 1
    assert not Signature.objects.filter(record_type="training.ojtrecord").exists()
    # Only the trainee and the trainer sign.
    qa = world.qa_quinn
    assert post(client_for(qa), url, sign(qa, version=1)).status_code == 403


def test_starting_ojt_checks_its_input_and_who_starts_it(world, trained):
    client = client_for(world.qa_quinn)
    body = {
        "trainee_id": trained["omar"].pk,
        "trainer_id": trained["cleo"].pk,  # holds no aseptic gowning at level 4
        "competency_id": trained["aseptic"].pk,
        "task": "Gown",
        "steps": ["Coverall"],
        "performed_on": clock.today().isoformat(),
    }
    unqualified = post(client, "/api/v1/training/ojt", body)
    assert unqualified.status_code == 422 and fields(unqualified) == {"trainer_id"}
    sponsor_trainee = post(
        client, "/api/v1/training/ojt", {**body, "trainee_id": world.sponsor_a_manager.pk}
    )
    assert sponsor_trainee.status_code == 422 and "trainee_id" in fields(sponsor_trainee)
    no_steps = post(client, "/api/v1/training/ojt", {**body, "steps": []})
    assert no_steps.status_code == 422 and "steps" in fields(no_steps)
    assert OjtRecord.objects.count() == 0
    sponsor = client_for(world.sponsor_a_manager)
    assert post(sponsor, "/api/v1/training/ojt", body).status_code == 403
    assert sponsor.get("/api/v1/training/ojt").status_code == 403
    assert sponsor.get("/api/v1/training/ojt/999999").status_code == 403


def test_a_persons_training_record_as_the_page_shows_it(world, trained):
    olga = trained["olga"]
    response = client_for(world.pm_alice).get(f"/api/v1/training/people/{olga.pk}")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["person_name"] == olga.printed_name
    assert [h["job_role_name"] for h in body["holdings"]] == ["Production operator"]
    states = {s["requirement_code"]: s["state"] for s in body["standing"]}
    assert states["gmp-basics-quiz"] == "overdue" and states["read-sop-mfg-010"] == "qualified"
    assert states["aseptic-gowning-l3"] == "qualified"
    assert body["gap_count"] == 2
    assert {a["requirement_code"] for a in body["done_assignments"]} == {
        "read-sop-mfg-010",
        "aseptic-gowning-l3",
    }
    assert [c["competency_code"] for c in body["competencies"]] == ["aseptic-gowning"]
    assert {s["kind"] for s in body["signatures"]} == {"Training", "Competency"}
    assert client_for(world.pm_alice).get(
        f"/api/v1/training/people/{world.sponsor_a_manager.pk}"
    ).status_code == (404)
    sponsor = client_for(world.sponsor_a_manager)
    assert sponsor.get(f"/api/v1/training/people/{olga.pk}").status_code == 403
