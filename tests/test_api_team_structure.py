"""A project team's structure through the API: deliverables, RACI rows, the steering
committee and escalation ladders, through the team pages' services. Rows without a version
carry a token in the team document; a stale one is refused and nothing is written."""

from __future__ import annotations

import pytest

from accord.audit.models import AuditEvent
from accord.teams.models import Deliverable, EscalationContact, RaciAssignment, SteeringMember
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

JSON = "application/json"


def _team(client, project) -> dict:
    response = client.get(f"/api/v1/projects/{project.pk}/team")
    assert response.status_code == 200, response.content
    return response.json()


def _errors(response) -> set[str]:
    return {error["field"] for error in response.json()["errors"]}


def test_a_deliverable_is_added_edited_and_given_its_raci_through_the_api(world):
    pm = client_for(world.pm_alice)
    made = pm.post(
        f"/api/v1/projects/{world.project_a.pk}/team/deliverables",
        {"title": "Stability protocol", "department": "quality_control", "due_date": "2026-06-30"},
        content_type=JSON,
    )
    assert made.status_code == 201, made.content
    deliverable = made.json()
    assert deliverable["department_label"] == "Quality control"
    url = f"/api/v1/team-deliverables/{deliverable['id']}"
    edited = pm.patch(
        url,
        {"title": "Stability protocol and report"},
        content_type=JSON,
        headers={"If-Match": made["ETag"]},
    )
    assert edited.status_code == 200, edited.content
    stale = pm.patch(url, {"title": "x"}, content_type=JSON, headers={"If-Match": made["ETag"]})
    assert stale.status_code == 412

    row = next(
        d for d in _team(pm, world.project_a)["deliverables"] if d["id"] == deliverable["id"]
    )
    assert row["title"] == "Stability protocol and report" and row["raci"] == []
    no_accountable = pm.put(
        f"{url}/raci",
        {"assignments": {str(world.qa_quinn.pk): "R"}},
        content_type=JSON,
        headers={"If-Match": f'"{row["raci_token"]}"'},
    )
    assert no_accountable.status_code == 422 and _errors(no_accountable) == {"raci"}
    assert not RaciAssignment.objects.filter(deliverable_id=deliverable["id"]).exists()
    raci = pm.put(
        f"{url}/raci",
        {
            "assignments": {
                str(world.pm_alice.pk): "A",
                str(world.qa_quinn.pk): "R",
                str(world.sponsor_a_contact.pk): "I",
            },
            "reason": "Agreed at the kick-off",
        },
        content_type=JSON,
        headers={"If-Match": f'"{row["raci_token"]}"'},
    )
    assert raci.status_code == 200, raci.content
    assert raci.json()["token"] != row["raci_token"]
    again = pm.put(
        f"{url}/raci",
        {"assignments": {str(world.pm_alice.pk): "A", str(world.qa_quinn.pk): "R"}},
        content_type=JSON,
        headers={"If-Match": f'"{row["raci_token"]}"'},
    )
    assert again.status_code == 412  # the row changed since that token was read
    letters = dict(
        RaciAssignment.objects.filter(deliverable_id=deliverable["id"]).values_list(
            "user_id", "role"
        )
    )
    assert letters == {
        world.pm_alice.pk: "A",
        world.qa_quinn.pk: "R",
        world.sponsor_a_contact.pk: "I",
    }
    # The sponsor reads what was set, on the team document.
    seen = _team(client_for(world.sponsor_a_manager), world.project_a)["deliverables"]
    assert any(d["title"] == "Stability protocol and report" for d in seen)
    actions = set(
        AuditEvent.objects.filter(channel="api", action__startswith="teams.").values_list(
            "action", flat=True
        )
    )
    assert {"teams.deliverable.created", "teams.deliverable.updated", "teams.raci.set"} <= actions


def test_the_steering_committee_and_a_ladder_are_set_through_the_api(world):
    pm = client_for(world.pm_alice)
    team = _team(pm, world.project_a)
    base = f"/api/v1/projects/{world.project_a.pk}/team"
    outsider = pm.put(
        f"{base}/steering",
        {"members": [{"user_id": world.sponsor_b_manager.pk, "role": "Chair"}]},
        content_type=JSON,
        headers={"If-Match": f'"{team["steering_token"]}"'},
    )
    assert outsider.status_code == 422 and _errors(outsider) == {"members"}
    committee = pm.put(
        f"{base}/steering",
        {
            "members": [
                {"user_id": world.pm_alice.pk, "role": "Chair"},
                {"user_id": world.sponsor_a_contact.pk, "role": "Sponsor lead"},
            ]
        },
        content_type=JSON,
        headers={"If-Match": f'"{team["steering_token"]}"'},
    )
    assert committee.status_code == 200, committee.content
    seats = list(
        SteeringMember.objects.filter(project=world.project_a)
        .order_by("sort_order")
        .values_list("user_id", "role")
    )
    assert seats == [(world.pm_alice.pk, "Chair"), (world.sponsor_a_contact.pk, "Sponsor lead")]

    ladder = next(m for m in team["communication_tree"] if m["matter"] == "schedule_slip")
    growing = pm.put(
        f"{base}/escalation/schedule_slip",
        {
            "levels": [
                {"cdmo_contact_id": world.pm_alice.pk, "response_hours": 4},
                {"cdmo_contact_id": world.qa_quinn.pk, "response_hours": 24},
            ]
        },
        content_type=JSON,
        headers={"If-Match": f'"{ladder["token"]}"'},
    )
    assert growing.status_code == 422  # escalating never slows the answer down
    assert not EscalationContact.objects.filter(
        project=world.project_a, matter="schedule_slip"
    ).exists()
    set_ = pm.put(
        f"{base}/escalation/schedule_slip",
        {
            "levels": [
                {
                    "cdmo_contact_id": world.pm_alice.pk,
                    "sponsor_contact_id": world.sponsor_a_contact.pk,
                    "response_hours": 24,
                },
                {"cdmo_contact_id": world.qa_quinn.pk, "response_hours": 8},
            ]
        },
        content_type=JSON,
        headers={"If-Match": f'"{ladder["token"]}"'},
    )
    assert set_.status_code == 200, set_.content
    rungs = EscalationContact.objects.filter(project=world.project_a, matter="schedule_slip")
    assert list(rungs.order_by("level").values_list("response_hours", flat=True)) == [24, 8]
    unknown = pm.put(f"{base}/escalation/whatever", {"levels": []}, content_type=JSON)
    assert unknown.status_code == 422 and _errors(unknown) == {"matter"}
    no_token = pm.put(f"{base}/steering", {"members": []}, content_type=JSON)
    assert no_token.status_code == 428


def test_sponsor_users_read_the_team_but_never_write_it(world):
    manager = client_for(world.sponsor_a_manager)
    deliverable = Deliverable.objects.filter(project=world.project_a).first()
    calls = [
        manager.post(
            f"/api/v1/projects/{world.project_a.pk}/team/deliverables",
            {"title": "x", "department": "manufacturing"},
            content_type=JSON,
        ),
        manager.patch(
            f"/api/v1/team-deliverables/{deliverable.pk}", {"title": "x"}, content_type=JSON
        ),
        manager.put(
            f"/api/v1/projects/{world.project_a.pk}/team/steering",
            {"members": [], "token": "x"},
            content_type=JSON,
        ),
    ]
    assert [call.status_code for call in calls] == [403, 403, 403]
    other = client_for(world.pm_alice)
    assert other.get(f"/api/v1/projects/{world.project_b.pk}/team").status_code == 200
