"""Project teams: SOW deliverables, the RACI rule, the steering committee and the
communication tree; who may change them, what the audit trail keeps, and who sees what."""

from __future__ import annotations

import json

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from accord.audit.models import AuditEvent
from accord.teams import services
from accord.teams.models import (
    Deliverable,
    Department,
    EscalationContact,
    Matter,
    RaciAssignment,
    SteeringMember,
)
from accord.teams.services import EscalationLevel
from tests.conftest import World, client_for


def world_team(world: World) -> dict[str, object]:
    """One deliverable with its RACI and one rung of the communication tree on project A.

    Idempotent (looked up by title), so ``build_world()`` can call it for the
    cross-tenant inventory: the deliverable title carries the "Aurora" marker.
    """
    title = "Aurora technology transfer report"
    deliverable = Deliverable.objects.filter(project=world.project_a, title=title).first()
    if deliverable is None:
        deliverable = services.deliverable_create(
            actor=world.pm_alice,
            project=world.project_a,
            title=title,
            department=Department.PROCESS_DEVELOPMENT,
        )
        services.raci_set(
            actor=world.pm_alice,
            deliverable=deliverable,
            assignments={
                world.pm_alice.pk: "A",
                world.qa_quinn.pk: "R",
                world.sponsor_a_contact.pk: "C",
            },
        )
    if not EscalationContact.objects.filter(project=world.project_a).exists():
        services.escalation_set(
            actor=world.pm_alice,
            project=world.project_a,
            matter=Matter.BATCH_FAILURE,
            levels=[
                EscalationLevel(
                    cdmo_contact=world.pm_alice,
                    sponsor_contact=world.sponsor_a_contact,
                    response_hours=4,
                )
            ],
        )
    return {"deliverable_a": deliverable}


@pytest.fixture
def team(world: World) -> dict[str, object]:
    return world_team(world)


def _raci(deliverable: Deliverable) -> dict[int, str]:
    return dict(RaciAssignment.objects.filter(deliverable=deliverable).values_list("user", "role"))


# --- the RACI rule -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("letters", "message"),
    [
        (("R", "C", "I"), "there is none"),
        (("A", "A", "R"), "there are 2"),
        (("A", "C", "I"), "at least one Responsible"),
    ],
    ids=["no-accountable", "two-accountable", "no-responsible"],
)
def test_it_refuses_a_raci_row_that_breaks_the_rule_and_keeps_the_old_one(
    world, team, letters, message
):
    deliverable = team["deliverable_a"]
    before = _raci(deliverable)
    events = AuditEvent.objects.count()
    people = (world.pm_alice, world.qa_quinn, world.sponsor_a_contact)
    with pytest.raises(ValidationError) as refused:
        services.raci_set(
            actor=world.pm_alice,
            deliverable=deliverable,
            assignments={p.pk: letter for p, letter in zip(people, letters, strict=True)},
        )
    assert any(message in m for m in refused.value.message_dict["raci"])
    assert _raci(deliverable) == before
    assert AuditEvent.objects.count() == events


def test_it_refuses_a_person_who_is_not_on_the_project_team(world, team):
    deliverable = team["deliverable_a"]
    with pytest.raises(ValidationError, match="Only members of the project team"):
        services.raci_set(
            actor=world.pm_alice,
            deliverable=deliverable,
            assignments={world.pm_alice.pk: "A", world.sponsor_b_contact.pk: "R"},
        )
    assert world.sponsor_b_contact.pk not in _raci(deliverable)


def test_it_audits_a_raci_change_with_before_and_after(world, team):
    deliverable = team["deliverable_a"]
    services.raci_set(
        actor=world.pm_alice,
        deliverable=deliverable,
        assignments={world.qa_quinn.pk: "A", world.pm_alice.pk: "R"},
        reason="QA owns the report from now on",
    )
    event = AuditEvent.objects.filter(action="teams.raci.set").latest("seq")
    before, after = json.loads(event.changes)["raci"]
    assert before == {"Alice Morgan": "A", "Quinn Keller": "R", "Cole Aurora": "C"}
    assert after == {"Alice Morgan": "R", "Quinn Keller": "A"}
    assert event.reason == "QA owns the report from now on"
    assert event.parent_id == str(world.project_a.pk)
    assert event.sponsor_id == world.sponsor_a.pk


def test_sponsor_users_never_change_the_team(world, team):
    with pytest.raises(PermissionDenied):
        services.raci_set(
            actor=world.sponsor_a_manager,
            deliverable=team["deliverable_a"],
            assignments={world.pm_alice.pk: "A", world.qa_quinn.pk: "R"},
        )
    with pytest.raises(PermissionDenied):
        services.deliverable_create(
            actor=world.qa_quinn, project=world.project_a, title="x", department="manufacturing"
        )


def test_raci_editor_shows_the_rule_next_to_the_row(world, team):
    deliverable = team["deliverable_a"]
    client = client_for(world.pm_alice)
    url = reverse("teams:raci", kwargs={"pk": deliverable.pk})
    token = services.raci_token(deliverable)
    response = client.post(
        url, {f"user_{world.pm_alice.pk}": "R", f"user_{world.qa_quinn.pk}": "R", "token": token}
    )
    assert response.status_code == 200
    assert "Name exactly one Accountable (A): there is none." in response.content.decode()
    response = client.post(
        url, {f"user_{world.pm_alice.pk}": "R", f"user_{world.qa_quinn.pk}": "A", "token": token}
    )
    assert response.status_code == 302
    assert _raci(deliverable) == {world.pm_alice.pk: "R", world.qa_quinn.pk: "A"}


# --- deliverables and the steering committee ---------------------------------------


def test_deliverables_are_numbered_and_edits_audited(world, team):
    second = services.deliverable_create(
        actor=world.pm_alice,
        project=world.project_a,
        title="Engineering batch",
        department=Department.MANUFACTURING,
    )
    assert second.reference == "SOW-02"
    services.deliverable_update(
        actor=world.pm_alice, deliverable=second, title="Engineering batch at 500 L"
    )
    event = AuditEvent.objects.filter(action="teams.deliverable.updated").latest("seq")
    assert json.loads(event.changes)["title"] == ["Engineering batch", "Engineering batch at 500 L"]


def test_steering_committee_is_replaced_whole_from_project_members(world):
    services.steering_set(
        actor=world.pm_alice,
        project=world.project_a,
        members=[(world.sponsor_a_contact, "Chair"), (world.pm_alice, "CDMO project lead")],
    )
    with pytest.raises(ValidationError, match="Only members of the project team"):
        services.steering_set(
            actor=world.pm_alice,
            project=world.project_a,
            members=[(world.pm_alice, "Chair"), (world.sponsor_b_manager, "Guest")],
        )
    seats = list(SteeringMember.objects.filter(project=world.project_a).values_list("role"))
    assert seats == [("Chair",), ("CDMO project lead",)]
    event = AuditEvent.objects.filter(action="teams.steering.set").latest("seq")
    assert json.loads(event.changes)["steering_committee"][1] == [
        "Cole Aurora: Chair",
        "Alice Morgan: CDMO project lead",
    ]


# --- the communication tree --------------------------------------------------------


def test_escalation_never_answers_slower_as_it_climbs(world):
    with pytest.raises(ValidationError) as refused:
        services.escalation_set(
            actor=world.pm_alice,
            project=world.project_a,
            matter=Matter.TECHNICAL_QUESTION,
            levels=[
                EscalationLevel(cdmo_contact=world.qa_quinn, response_hours=24),
                EscalationLevel(cdmo_contact=world.pm_alice, response_hours=48),
            ],
        )
    assert "cannot answer slower than level 1" in refused.value.message_dict["level2_hours"][0]
    assert not EscalationContact.objects.filter(matter=Matter.TECHNICAL_QUESTION).exists()
    services.escalation_set(
        actor=world.pm_alice,
        project=world.project_a,
        matter=Matter.TECHNICAL_QUESTION,
        levels=[
            EscalationLevel(cdmo_contact=world.qa_quinn, response_hours=48),
            EscalationLevel(
                cdmo_contact=world.pm_alice,
                sponsor_contact=world.sponsor_a_contact,
                response_hours=24,
            ),
        ],
    )
    ladder = EscalationContact.objects.filter(matter=Matter.TECHNICAL_QUESTION)
    assert list(ladder.values_list("level", "response_hours")) == [(1, 48), (2, 24)]


def test_escalation_contacts_sit_on_the_right_side_of_the_project(world):
    with pytest.raises(ValidationError) as refused:
        services.escalation_set(
            actor=world.pm_alice,
            project=world.project_a,
            matter=Matter.COMMERCIAL,
            levels=[
                EscalationLevel(
                    cdmo_contact=world.sponsor_a_contact,
                    sponsor_contact=world.pm_alice,
                    response_hours=72,
                )
            ],
        )
    assert set(refused.value.message_dict) == {"level1_cdmo", "level1_sponsor"}


# --- who sees what -----------------------------------------------------------------


def test_sponsor_sees_the_team_and_tree_read_only(world, team):
    response = client_for(world.sponsor_a_contact).get(
        reverse("teams:project_team", kwargs={"pk": world.project_a.pk})
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Communication tree" in page
    assert "answer within 4 h" in page
    assert "Aurora technology transfer report" in page
    assert reverse("teams:raci", kwargs={"pk": team["deliverable_a"].pk}) not in page
    assert "Add deliverable" not in page
    staff_page = client_for(world.pm_alice).get(
        reverse("teams:project_team", kwargs={"pk": world.project_a.pk})
    )
    assert reverse("teams:raci", kwargs={"pk": team["deliverable_a"].pk}) in (
        staff_page.content.decode()
    )


def test_sponsor_users_get_403_on_the_editors(world, team):
    client = client_for(world.sponsor_a_manager)
    url = reverse("teams:raci", kwargs={"pk": team["deliverable_a"].pk})
    assert client.get(url).status_code == 403


def test_it_rejects_other_sponsor_on_page_and_api(world, team):
    client = client_for(world.sponsor_b_manager)
    page = client.get(reverse("teams:project_team", kwargs={"pk": world.project_a.pk}))
    api = client.get(f"/api/v1/projects/{world.project_a.pk}/team")
    assert page.status_code == 404
    assert api.status_code == 404


def test_api_returns_the_whole_team_in_one_document(world, team):
    response = client_for(world.sponsor_a_manager).get(
        f"/api/v1/projects/{world.project_a.pk}/team"
    )
    assert response.status_code == 200
    body = response.json()
    assert [m["name"] for m in body["sponsor_team"]] == ["Cole Aurora"]
    (deliverable,) = body["deliverables"]
    assert {r["role"] for r in deliverable["raci"]} == {"A", "R", "C"}
    batch = next(m for m in body["communication_tree"] if m["matter"] == "batch_failure")
    assert batch["levels"][0]["response_hours"] == 4
    assert batch["levels"][0]["sponsor_contact"]["side"] == "sponsor"


def test_escalation_editor_puts_the_ordering_error_next_to_the_level(world):
    url = reverse(
        "teams:escalation", kwargs={"pk": world.project_a.pk, "matter": Matter.SCHEDULE_SLIP}
    )
    response = client_for(world.pm_alice).post(
        url,
        {
            "level1_cdmo": world.pm_alice.pk,
            "level1_hours": 8,
            "level2_cdmo": world.qa_quinn.pk,
            "level2_sponsor": world.sponsor_a_contact.pk,
            "level2_hours": 24,
            "token": services.escalation_token(world.project_a, Matter.SCHEDULE_SLIP),
        },
    )
    assert response.status_code == 200
    assert "Level 2 cannot answer slower than level 1 (8 h)." in response.content.decode()
    assert not EscalationContact.objects.filter(matter=Matter.SCHEDULE_SLIP).exists()
