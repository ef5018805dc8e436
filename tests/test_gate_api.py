"""The qualification gate through the API (R-TRN-5): the refusal lists the gaps, an
override is the same call with a reason and a signature; and MS Project gets the people
as resources."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import pytest

from accord.core import clock
from accord.planning import assignments
from accord.planning.interchange import plan_export_mspdi, plan_import_mspdi
from accord.planning.models import Task, TaskAssignment
from accord.projects.models import Project
from tests.conftest import client_for
from tests.factories import PASSWORD
from tests.test_gate import batch_step, competency, grant_override, operator, qualify

pytestmark = pytest.mark.req("R-TRN-5")
JSON = "application/json"


def test_the_api_answers_the_gate_with_the_gaps_then_takes_an_override(world):
    task = batch_step(world)
    oscar = operator(world)
    url = f"/api/v1/tasks/{task.pk}/assignments"
    body = {"person_id": oscar.pk, "role_on_task": "Operator"}
    refused = client_for(world.pm_alice).post(url, body, content_type=JSON)
    assert refused.status_code == 422
    answer = refused.json()
    assert answer["code"] == "qualification_gate"
    assert answer["errors"] == [
        {"field": "person_id", "message": "Aseptic gowning: no record (level 3 needed)"}
    ]
    assert "Oscar Operator is not qualified" in answer["detail"]
    grant_override()
    quinn = client_for(world.qa_quinn)
    wrong = quinn.post(
        url,
        {**body, "override_reason": "Supervised", "username": "qa.quinn", "password": "nope"},
        content_type=JSON,
    )
    assert wrong.status_code == 422
    assert not TaskAssignment.objects.exists()
    done = quinn.post(
        url,
        {
            **body,
            "override_reason": "Override: qualified by supervision",
            "username": "qa.quinn",
            "password": PASSWORD,
            "acknowledge": True,
        },
        content_type=JSON,
    )
    assert done.status_code == 201, done.content
    assert done.json()["override"]["reason"] == "Override: qualified by supervision"
    assert done.json()["override"]["overridden_by_name"] == "Quinn Keller"
    listed = client_for(world.pm_alice).get(url).json()
    assert [a["person_name"] for a in listed] == ["Oscar Operator"]
    removed = client_for(world.pm_alice).delete(f"{url}/{listed[0]['id']}")
    assert removed.status_code == 204
    assert not TaskAssignment.objects.exists()


def test_skills_and_lapses_through_the_api(world):
    task = Task.objects.get(pk=batch_step(world, starts_in=60).pk)
    pm = client_for(world.pm_alice)
    other = competency("visual-inspection", "Visual inspection")
    added = pm.post(
        f"/api/v1/tasks/{task.pk}/skills",
        {"competency_id": other.pk, "min_level": 2},
        content_type=JSON,
    )
    assert added.status_code == 201
    assert added.json()["min_level_label"] == "2 · Works under supervision"
    skills = pm.get(f"/api/v1/tasks/{task.pk}/skills").json()
    assert sorted(s["competency_name"] for s in skills) == ["Aseptic gowning", "Visual inspection"]
    gone = pm.delete(f"/api/v1/tasks/{task.pk}/skills/{added.json()['id']}")
    assert gone.status_code == 204
    oscar = operator(world)
    today = clock.today()
    qualify(oscar, competency(), 3, today - dt.timedelta(days=300), today + dt.timedelta(days=90))
    assignments.task_assign(actor=world.pm_alice, task=task, person=oscar, role_on_task="Operator")
    qualify(oscar, competency(), 3, today - dt.timedelta(days=1), today + dt.timedelta(days=10))
    lapses = pm.get(f"/api/v1/projects/{world.project_a.pk}/plan/lapses").json()
    assert [(row["person_name"], row["competencies"]) for row in lapses] == [
        ("Oscar Operator", ["Aseptic gowning"])
    ]


def test_sponsor_users_are_refused_the_task_people_api(world):
    task = batch_step(world)
    for path in (f"/api/v1/tasks/{task.pk}/assignments", f"/api/v1/tasks/{task.pk}/skills"):
        assert client_for(world.sponsor_a_manager).get(path).status_code == 403


def test_ms_project_export_lists_the_people_as_resources_and_assignments(world):
    task = batch_step(world)
    oscar, olga = operator(world), operator(world, "op.olga", "Olga")
    for person, role in ((oscar, "Operator"), (olga, "Second person verifier")):
        qualify(person, competency(), 3, clock.today() - dt.timedelta(days=1))
        assignments.task_assign(actor=world.pm_alice, task=task, person=person, role_on_task=role)
    data = plan_export_mspdi(world.project_a)
    ns = {"p": "http://schemas.microsoft.com/project"}
    root = ET.fromstring(data)  # noqa: S314 - our own export, not untrusted input
    resources = {
        r.findtext("p:UID", namespaces=ns): r for r in root.findall("p:Resources/p:Resource", ns)
    }
    names = {r.findtext("p:Name", namespaces=ns) for r in resources.values()}
    assert {"Oscar Operator", "Olga Operator"} <= names
    assert all(r.findtext("p:Type", namespaces=ns) == "1" for r in resources.values())
    links = [
        (a.findtext("p:TaskUID", namespaces=ns), a.findtext("p:ResourceUID", namespaces=ns))
        for a in root.findall("p:Assignments/p:Assignment", ns)
    ]
    by_name = {r.findtext("p:Name", namespaces=ns): uid for uid, r in resources.items()}
    assert (str(task.uid), by_name["Oscar Operator"]) in links
    assert (str(task.uid), by_name["Olga Operator"]) in links
    # The file goes back into an empty project; the people are not imported (named).
    empty = Project.objects.get(pk=world.project_a_unstaffed.pk)
    count, notes = plan_import_mspdi(actor=world.pm_alice, project=empty, data=data)
    assert count == Task.objects.filter(project=empty).count()
    assert any("resource" in note.lower() for note in notes)
