"""The training catalogue through the API (competencies, documents, requirements,
curricula, job roles), and assignments made and cancelled: the same services and
permissions as the set-up and assignment pages, for CDMO staff only."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.audit.models import AuditEvent
from accord.core import clock
from accord.training.models import Assignment, Competency, Curriculum, JobRole, Requirement
from tests.conftest import client_for
from tests.training_pages_fixtures import training_world


@pytest.fixture
def trained(world):
    return training_world(world)


def post(client, path: str, body: dict | None = None, **headers):
    return client.post(path, data=body or {}, content_type="application/json", headers=headers)


def patch(client, path: str, body: dict, **headers):
    return client.patch(path, data=body, content_type="application/json", headers=headers)


def fields(response) -> set[str]:
    return {error["field"] for error in response.json()["errors"]}


def test_catalogue_lists_search_and_filter_as_the_pages_do(world, trained):
    client = client_for(world.pm_alice)
    kinds = client.get("/api/v1/training/requirements", {"kind": "competency"}).json()
    assert {r["code"] for r in kinds["items"]} == {"aseptic-gowning-l3", "hplc-l3"}
    assert {r["kind_label"] for r in kinds["items"]} == {"Competency (on-the-job training)"}
    found = client.get("/api/v1/training/requirements", {"q": "SOP-MFG-010"}).json()
    assert [r["code"] for r in found["items"]] == ["read-sop-mfg-010"]
    qc = client.get("/api/v1/training/competencies", {"department": "quality_control"}).json()
    assert [c["code"] for c in qc["items"]] == ["hplc"]
    assert qc["items"][0]["assessments"] == 1
    roles = client.get("/api/v1/training/job-roles", {"department": "manufacturing"}).json()
    assert [(j["code"], j["holders"]) for j in roles["items"]] == [("production-operator", 2)]
    curricula = client.get("/api/v1/training/curricula", {"q": "qc"}).json()
    assert [c["code"] for c in curricula["items"]] == ["qc-core"]
    docs = client.get("/api/v1/training/documents", {"department": "manufacturing"}).json()
    assert docs["items"][0]["number"] == "SOP-MFG-010"
    assert docs["items"][0]["effective_version"] == 1
    detail = client.get(f"/api/v1/training/curricula/{trained['production'].pk}").json()
    assert {r["code"] for r in detail["requirements"]} == {
        "read-sop-mfg-010",
        "gmp-basics-quiz",
        "aseptic-gowning-l3",
        "gmp-induction",
    }
    assert [j["code"] for j in detail["job_roles"]] == ["production-operator"]


def test_a_coordinator_sets_up_the_catalogue_and_reads_it_back(world, trained):
    client = client_for(world.qa_quinn)
    competency = post(
        client,
        "/api/v1/training/competencies",
        {"code": "filling", "name": "Aseptic filling", "department": "manufacturing"},
    )
    assert competency.status_code == 201, competency.content
    document = post(
        client,
        "/api/v1/training/documents",
        {"number": "SOP-MFG-020", "title": "Filling", "site_id": world.site.pk},
    )
    assert document.status_code == 201, document.content
    assert document.json()["site_code"] == world.site.code
    assert document.json()["effective_version"] is None
    requirement = post(
        client,
        "/api/v1/training/requirements",
        {
            "code": "read-sop-mfg-020",
            "title": "Filling (SOP-MFG-020)",
            "kind": "document",
            "document_id": document.json()["id"],
        },
    )
    assert requirement.status_code == 201, requirement.content
    curriculum = post(
        client,
        "/api/v1/training/curricula",
        {
            "code": "filling-core",
            "name": "Filling core",
            "grace_days": 14,
            "requirement_ids": [requirement.json()["id"], trained["gmp_quiz"].pk],
        },
    )
    assert curriculum.status_code == 201, curriculum.content
    job_role = post(
        client,
        "/api/v1/training/job-roles",
        {
            "code": "filler",
            "name": "Filling operator",
            "department": "manufacturing",
            "curriculum_ids": [curriculum.json()["id"]],
        },
    )
    assert job_role.status_code == 201, job_role.content
    back = client.get(f"/api/v1/training/job-roles/{job_role.json()['id']}").json()
    assert back["curricula"] == [
        {"id": curriculum.json()["id"], "code": "filling-core", "name": "Filling core"}
    ]
    assert back["department_label"] == "Manufacturing"
    read = client.get(f"/api/v1/training/requirements/{requirement.json()['id']}").json()
    assert read["what"] == "Read SOP-MFG-020"
    assert read["curricula"][0]["code"] == "filling-core"
    assert client.get(f"/api/v1/training/competencies/{competency.json()['id']}").json()[
        "name"
    ] == ("Aseptic filling")
    assert AuditEvent.objects.filter(action="training.job_role.created").exists()


def test_patch_changes_only_the_fields_sent(world, trained):
    client = client_for(world.qa_quinn)
    requirement = trained["read_sop"]
    changed = patch(
        client, f"/api/v1/training/requirements/{requirement.pk}", {"validity_months": 24}
    )
    assert changed.status_code == 200, changed.content
    body = changed.json()
    assert body["validity_months"] == 24
    assert body["document_id"] == trained["sop"].pk and body["kind"] == "document"
    renamed = patch(
        client, f"/api/v1/training/curricula/{trained['qc'].pk}", {"name": "QC laboratory"}
    )
    assert renamed.status_code == 200, renamed.content
    assert renamed.json()["name"] == "QC laboratory"
    assert len(renamed.json()["requirements"]) == 3
    role = patch(
        client,
        f"/api/v1/training/job-roles/{trained['analyst'].pk}",
        {"curriculum_ids": [trained["qc"].pk, trained["production"].pk]},
    )
    assert role.status_code == 200, role.content
    assert {c["code"] for c in role.json()["curricula"]} == {"qc-core", "production-core"}
    competency = patch(
        client, f"/api/v1/training/competencies/{trained['hplc'].pk}", {"validity_months": 36}
    )
    assert competency.json()["validity_months"] == 36
    assert Competency.objects.get(pk=trained["hplc"].pk).name == "HPLC analysis"


def test_bad_input_names_the_field_and_writes_nothing(world, trained):
    client = client_for(world.qa_quinn)
    events = AuditEvent.objects.count()
    count = Requirement.objects.count()
    # A rule of the service: a competency to demonstrate names its competency.
    missing = post(
        client,
        "/api/v1/training/requirements",
        {"code": "x-1", "title": "X", "kind": "competency"},
    )
    assert missing.status_code == 422
    assert "competency" in fields(missing) or "competency_id" in fields(missing)
    unknown = post(
        client,
        "/api/v1/training/curricula",
        {"code": "c-1", "name": "C", "requirement_ids": [999999]},
    )
    assert unknown.status_code == 422 and fields(unknown) == {"requirement_ids"}
    duplicate = post(
        client, "/api/v1/training/competencies", {"code": "hplc", "name": "Another HPLC"}
    )
    assert duplicate.status_code == 422 and "code" in fields(duplicate)
    bad_patch = patch(
        client, f"/api/v1/training/requirements/{trained['gmp_quiz'].pk}", {"pass_mark": 101}
    )
    assert bad_patch.status_code == 422 and "pass_mark" in fields(bad_patch)
    assert Requirement.objects.count() == count
    assert Curriculum.objects.filter(code="c-1").count() == 0
    assert Requirement.objects.get(pk=trained["gmp_quiz"].pk).pass_mark == 80
    assert AuditEvent.objects.count() == events


def test_only_coordinators_set_up_and_sponsors_see_nothing(world, trained):
    alice = client_for(world.pm_alice)
    refused = post(alice, "/api/v1/training/competencies", {"code": "nope", "name": "Not allowed"})
    assert refused.status_code == 403
    assert patch(
        alice, f"/api/v1/training/job-roles/{trained['operator'].pk}", {"name": "Renamed"}
    ).status_code == (403)
    assert JobRole.objects.get(pk=trained["operator"].pk).name == "Production operator"
    sponsor = client_for(world.sponsor_a_manager)
    for path in (
        "/api/v1/training/requirements",
        f"/api/v1/training/requirements/{trained['read_sop'].pk}",
        "/api/v1/training/curricula",
        "/api/v1/training/job-roles",
        "/api/v1/training/competencies",
        "/api/v1/training/documents",
        f"/api/v1/training/documents/{trained['sop'].pk}",
        "/api/v1/training/requirements/999999",
    ):
        assert sponsor.get(path).status_code == 403, path
    assert post(
        sponsor, "/api/v1/training/competencies", {"code": "s", "name": "S"}
    ).status_code == (403)


def test_a_coordinator_assigns_training_and_a_replay_assigns_once(world, trained):
    client = client_for(world.qa_quinn)
    due = (clock.today() + dt.timedelta(days=10)).isoformat()
    body = {
        "person_ids": [trained["cleo"].pk, world.pm_alice.pk],
        "requirement_id": trained["read_sop"].pk,
        "reason": "capa",
        "due_on": due,
        "source": "CAPA-2026-0003",
    }
    first = post(client, "/api/v1/training/assignments", body, **{"Idempotency-Key": "assign-1"})
    assert first.status_code == 201, first.content
    made = first.json()["items"]
    assert {a["person_name"] for a in made} == {"Cleo Varga", world.pm_alice.printed_name}
    assert {a["source"] for a in made} == {"CAPA-2026-0003"}
    count = Assignment.objects.count()
    again = post(client, "/api/v1/training/assignments", body, **{"Idempotency-Key": "assign-1"})
    assert again.status_code == 201 and again["Idempotent-Replayed"] == "true"
    assert [a["id"] for a in again.json()["items"]] == [a["id"] for a in made]
    assert Assignment.objects.count() == count
    listed = client.get(
        "/api/v1/training/assignments", {"requirement_id": trained["read_sop"].pk}
    ).json()
    assert {a["id"] for a in made} <= {a["id"] for a in listed["items"]}


def test_assigning_refuses_bad_input_and_other_roles(world, trained):
    client = client_for(world.qa_quinn)
    count = Assignment.objects.count()
    past = post(
        client,
        "/api/v1/training/assignments",
        {
            "person_ids": [trained["cleo"].pk],
            "requirement_id": trained["read_sop"].pk,
            "reason": "capa",
            "due_on": (clock.today() - dt.timedelta(days=1)).isoformat(),
        },
    )
    assert past.status_code == 422 and fields(past) == {"due_on"}
    sponsor_person = post(
        client,
        "/api/v1/training/assignments",
        {
            "person_ids": [world.sponsor_a_manager.pk],
            "requirement_id": trained["read_sop"].pk,
            "reason": "capa",
            "due_on": clock.today().isoformat(),
        },
    )
    assert sponsor_person.status_code == 422 and fields(sponsor_person) == {"person_ids"}
    assert Assignment.objects.count() == count
    refused = post(
        client_for(world.pm_alice),
        "/api/v1/training/assignments",
        {
            "person_ids": [trained["cleo"].pk],
            "requirement_id": trained["read_sop"].pk,
            "reason": "capa",
            "due_on": clock.today().isoformat(),
        },
    )
    assert refused.status_code == 403
    assert Assignment.objects.count() == count


def test_cancelling_an_assignment_takes_a_reason_and_the_version(world, trained):
    client = client_for(world.qa_quinn)
    assignment = trained["omar"].training_assignments.get(requirement=trained["course"])
    url = f"/api/v1/training/assignments/{assignment.pk}/cancel"
    stale = post(client, url, {"reason": "Left the site"}, **{"If-Match": '"999"'})
    assert stale.status_code == 412
    no_reason = post(client, url, {"reason": " ", "version": assignment.version})
    assert no_reason.status_code == 422 and fields(no_reason) == {"reason"}
    assert Assignment.objects.get(pk=assignment.pk).status == "open"
    assert post(client_for(world.pm_alice), url, {"reason": "x", "version": 1}).status_code == 403
    done = post(client, url, {"reason": "Left the site"}, **{"If-Match": f'"{assignment.version}"'})
    assert done.status_code == 200, done.content
    assert done.json()["status"] == "cancelled"
    assert done["ETag"] == f'"{assignment.version + 1}"'
    event = AuditEvent.objects.filter(action="training.assignment.cancelled").latest("pk")
    assert event.reason == "Left the site" and event.channel == "api"
    assert post(client_for(world.sponsor_a_manager), url, {"reason": "x"}).status_code == 403
