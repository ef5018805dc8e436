"""Staffing a project: who may add, re-role and remove people; the last project manager
and QA lead; the hand-over of RACI letters, steering seats and escalation rungs; a
sponsor contact who gains and loses sight of the project; pages and API."""

from __future__ import annotations

import json

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from accord.audit.models import AuditEvent
from accord.meetings import services as meeting_services
from accord.notifications.models import Notification
from accord.projects import staffing
from accord.projects.models import ProjectMembership, ProjectRole
from accord.projects.selectors import projects_visible_to
from accord.teams import services as team_services
from accord.teams.models import EscalationContact, Matter, RaciAssignment, SteeringMember
from tests.conftest import World, client_for
from tests.factories import UserFactory


@pytest.fixture
def pm_tobias(world: World):
    """A second project manager of the CDMO, not (yet) on AUR-101-TT."""
    return UserFactory(
        organization=world.cdmo,
        username="pm.tobias",
        first_name="Tobias",
        last_name="Wenger",
        role_codes=("project_manager",),
        site=world.site,
    )


@pytest.fixture
def aurora_quality(world: World):
    """Another person of sponsor A, a contact who is on no project yet."""
    return UserFactory(
        organization=world.sponsor_a,
        username="aurora.quality",
        first_name="Ines",
        last_name="Aurora-QA",
        role_codes=("sponsor_contact",),
    )


def _membership(world: World, user) -> ProjectMembership:
    return ProjectMembership.objects.get(project=world.project_a, user=user)


def _messages(exc: ValidationError) -> str:
    return " ".join(m for ms in exc.message_dict.values() for m in ms)


# --- who may staff ------------------------------------------------------------------


@pytest.mark.req("AT-1")
@pytest.mark.req("AT-2")
def test_the_projects_manager_adds_a_colleague_with_a_role_and_the_trail_says_so(world, pm_tobias):
    membership = staffing.member_add(
        actor=world.pm_alice,
        project=world.project_a,
        user=pm_tobias,
        role=ProjectRole.MANUFACTURING_LEAD,
        responsibility="HPAPI suite",
        reason="Engineering batch starts in March",
    )
    assert membership.get_role_display() == "Manufacturing lead"
    event = AuditEvent.objects.filter(action="projects.membership.added").latest("seq")
    changes = json.loads(event.changes)
    assert changes["user"] == [None, "Tobias Wenger"]
    assert changes["role"] == [None, "Manufacturing lead"]
    assert event.reason == "Engineering batch starts in March"
    assert event.actor_username == "pm.alice"


def test_only_the_projects_managers_and_administrators_staff_it(world, pm_tobias):
    # Tobias is a project manager, but not of this project.
    with pytest.raises(PermissionDenied, match="project managers of AUR-101-TT"):
        staffing.member_add(
            actor=pm_tobias, project=world.project_a, user=pm_tobias, role="team_member"
        )
    with pytest.raises(PermissionDenied):
        staffing.member_add(
            actor=world.qa_quinn, project=world.project_a, user=pm_tobias, role="team_member"
        )
    with pytest.raises(PermissionDenied, match="Only CDMO staff"):
        staffing.member_add(
            actor=world.sponsor_a_manager,
            project=world.project_a,
            user=world.sponsor_a_manager,
            role="sponsor_project_lead",
        )
    # An administrator staffs any project, e.g. names the manager of an unstaffed one.
    staffing.member_add(
        actor=world.admin_ada,
        project=world.project_a_unstaffed,
        user=pm_tobias,
        role=ProjectRole.PROJECT_MANAGER,
    )
    assert staffing.staffing_allowed(pm_tobias, world.project_a_unstaffed)
    assert not ProjectMembership.objects.filter(project=world.project_a, user=pm_tobias).exists()


def test_whoever_creates_a_project_is_its_project_manager(world):
    from accord.projects.services import project_create

    project = project_create(
        actor=world.pm_alice,
        sponsor=world.sponsor_b,
        code="BOR-900-PD",
        title="Borecitinib salt screen",
        modality="small_molecule",
        phase="preclinical",
        site=world.site,
    )
    assert project.memberships.get().role == ProjectRole.PROJECT_MANAGER
    assert staffing.staffing_allowed(world.pm_alice, project)


def test_the_mirror_team_takes_only_the_projects_own_sponsor_people(world):
    with pytest.raises(ValidationError) as refused:
        staffing.member_add(
            actor=world.pm_alice,
            project=world.project_a,
            user=world.sponsor_b_contact,
            role=ProjectRole.SPONSOR_CMC_LEAD,
        )
    assert "Only people of Aurora Therapeutics" in refused.value.message_dict["user"][0]
    with pytest.raises(ValidationError) as wrong_side:
        staffing.member_add(
            actor=world.pm_alice,
            project=world.project_a,
            user=world.sponsor_a_manager,
            role=ProjectRole.QA_LEAD,
        )
    assert "role" in wrong_side.value.message_dict
    with pytest.raises(ValidationError) as twice:
        staffing.member_add(
            actor=world.pm_alice,
            project=world.project_a,
            user=world.qa_quinn,
            role=ProjectRole.QA_LEAD,
        )
    assert "Quinn Keller is already on the team (QA lead)" in twice.value.message_dict["user"][0]


@pytest.mark.req("AZ-2")
def test_a_sponsor_contact_sees_the_project_while_on_the_team_and_not_after(world, aurora_quality):
    detail = reverse("projects:detail", args=[world.project_a.pk])
    contact = client_for(aurora_quality)
    assert contact.get(detail).status_code == 404
    staffing.member_add(
        actor=world.pm_alice,
        project=world.project_a,
        user=aurora_quality,
        role=ProjectRole.SPONSOR_QA,
    )
    assert contact.get(detail).status_code == 200
    assert list(projects_visible_to(aurora_quality)) == [world.project_a]
    staffing.member_remove(
        actor=world.pm_alice,
        membership=_membership(world, aurora_quality),
        reason="Moved to another programme",
    )
    assert contact.get(detail).status_code == 404
    assert contact.get(f"/api/v1/projects/{world.project_a.pk}").status_code == 404
    removed = AuditEvent.objects.filter(action="projects.membership.removed").latest("seq")
    assert json.loads(removed.changes)["user"] == ["Ines Aurora-QA", None]
    assert removed.reason == "Moved to another programme"


# --- roles that cannot fall vacant ------------------------------------------------------


@pytest.mark.req("AT-2")
def test_the_last_project_manager_is_neither_removed_nor_given_another_role(world, pm_tobias):
    alice = _membership(world, world.pm_alice)
    with pytest.raises(ValidationError) as removal:
        staffing.member_remove(actor=world.admin_ada, membership=alice, reason="Leaves")
    assert "AUR-101-TT must keep a project manager" in _messages(removal.value)
    assert "before removing Alice Morgan" in _messages(removal.value)
    with pytest.raises(ValidationError) as rerole:
        staffing.member_change_role(
            actor=world.pm_alice, membership=alice, role=ProjectRole.ANALYTICAL_LEAD
        )
    assert "must keep a project manager" in rerole.value.message_dict["role"][0]
    assert _membership(world, world.pm_alice).role == ProjectRole.PROJECT_MANAGER
    # With a second project manager, Alice may change role.
    staffing.member_add(
        actor=world.pm_alice,
        project=world.project_a,
        user=pm_tobias,
        role=ProjectRole.PROJECT_MANAGER,
    )
    staffing.member_change_role(
        actor=world.pm_alice, membership=alice, role=ProjectRole.ANALYTICAL_LEAD
    )
    assert _membership(world, world.pm_alice).get_role_display() == "Analytical lead"
    event = AuditEvent.objects.filter(action="projects.membership.role_changed").latest("seq")
    assert json.loads(event.changes)["role"] == ["Project manager", "Analytical lead"]


def test_the_last_qa_lead_stays_until_another_is_named(world):
    quinn = _membership(world, world.qa_quinn)
    with pytest.raises(ValidationError) as refused:
        staffing.member_change_role(
            actor=world.pm_alice, membership=quinn, role=ProjectRole.TEAM_MEMBER
        )
    assert "must keep a QA lead (for independent GMP oversight)" in _messages(refused.value)
    with pytest.raises(ValidationError):
        staffing.member_remove(actor=world.pm_alice, membership=quinn, reason="Leaves")
    assert _membership(world, world.qa_quinn).role == ProjectRole.QA_LEAD


# --- hand-over of the team structure ----------------------------------------------------


def test_leaving_hands_raci_steering_and_escalation_to_the_successor(world, pm_tobias):
    deliverable = world.deliverable_a  # Alice A, Quinn R, Cole (sponsor) C
    staffing.member_add(
        actor=world.pm_alice,
        project=world.project_a,
        user=pm_tobias,
        role=ProjectRole.PROJECT_MANAGER,
    )
    team_services.steering_set(
        actor=world.pm_alice,
        project=world.project_a,
        members=[(world.sponsor_a_contact, "Chair"), (world.pm_alice, "CDMO project lead")],
    )
    alice = _membership(world, world.pm_alice)
    staffing.member_remove(
        actor=pm_tobias, membership=alice, successor=pm_tobias, reason="Parental leave"
    )
    letters = dict(
        RaciAssignment.objects.filter(deliverable=deliverable).values_list("user", "role")
    )
    assert letters == {pm_tobias.pk: "A", world.qa_quinn.pk: "R", world.sponsor_a_contact.pk: "C"}
    seats = list(SteeringMember.objects.filter(project=world.project_a).order_by("sort_order"))
    assert [(s.user, s.role) for s in seats] == [
        (world.sponsor_a_contact, "Chair"),
        (pm_tobias, "CDMO project lead"),
    ]
    rung = EscalationContact.objects.get(project=world.project_a, matter=Matter.BATCH_FAILURE)
    assert rung.cdmo_contact == pm_tobias
    removed = AuditEvent.objects.filter(action="projects.membership.removed").latest("seq")
    assert json.loads(removed.changes)["team_duties"] == [
        "RACI of SOW-01; steering seat (CDMO project lead); batch failure escalation",
        "handed over to Tobias Wenger",
    ]
    raci_event = AuditEvent.objects.filter(action="teams.raci.set").latest("seq")
    assert raci_event.reason == "Alice Morgan left the team: Parental leave"


def test_nobody_leaves_what_the_team_cannot_lose_without_a_successor(world, pm_tobias):
    staffing.member_add(
        actor=world.pm_alice,
        project=world.project_a,
        user=pm_tobias,
        role=ProjectRole.PROJECT_MANAGER,
    )
    with pytest.raises(ValidationError) as refused:
        staffing.member_remove(
            actor=world.pm_alice, membership=_membership(world, world.pm_alice), reason="Leaves"
        )
    message = refused.value.message_dict["successor"][0]
    assert "Alice Morgan is Accountable for SOW-01" in message
    assert "CDMO contact at level 1 of the batch failure ladder" in message
    assert ProjectMembership.objects.filter(project=world.project_a, user=world.pm_alice).exists()
    with pytest.raises(ValidationError) as wrong_side:
        staffing.member_remove(
            actor=world.pm_alice,
            membership=_membership(world, world.pm_alice),
            successor=world.sponsor_a_contact,
            reason="Leaves",
        )
    assert "Choose a successor from the CDMO team" in wrong_side.value.message_dict["successor"][0]


def test_a_contact_without_duties_leaves_and_their_letters_and_rungs_end(world):
    staffing.member_remove(
        actor=world.pm_alice,
        membership=_membership(world, world.sponsor_a_contact),
        reason="Left Aurora",
    )
    assert not RaciAssignment.objects.filter(user=world.sponsor_a_contact).exists()
    rung = EscalationContact.objects.get(project=world.project_a, matter=Matter.BATCH_FAILURE)
    assert rung.sponsor_contact is None and rung.cdmo_contact == world.pm_alice


def test_a_contact_with_open_action_items_hands_them_on_first(world):
    import datetime as dt

    meeting = meeting_services.meeting_record(
        actor=world.pm_alice,
        project=world.project_a,
        kind="technical",
        title="Aurora analytical transfer call",
        held_on=dt.date(2026, 2, 2),
        attendees="Alice, Cole",
    )
    item = meeting_services.action_item_add(
        actor=world.pm_alice,
        meeting=meeting,
        description="Send the reference standard CoA",
        owner=world.sponsor_a_contact,
        due_on=dt.date(2026, 2, 20),
    )
    with pytest.raises(ValidationError) as refused:
        staffing.member_remove(
            actor=world.pm_alice,
            membership=_membership(world, world.sponsor_a_contact),
            reason="Left Aurora",
        )
    assert f"owns open action items ({item.reference})" in _messages(refused.value)


# --- pages ----------------------------------------------------------------------------


def test_the_team_page_shows_roles_and_offers_staffing_only_to_its_staffers(world):
    url = reverse("teams:project_team", args=[world.project_a.pk])
    add_link = reverse("teams:member_add", args=[world.project_a.pk, "sponsor"])
    page = client_for(world.pm_alice).get(url).content.decode()
    assert "Project manager" in page and "QA lead" in page
    assert add_link in page
    assert "hand-over" in page  # the rule is said on the page
    for reader in (world.qa_quinn, world.sponsor_a_manager):
        body = client_for(reader).get(url).content.decode()
        assert "QA lead" in body and add_link not in body


def test_the_member_picker_searches_this_sponsors_people_only(world, aurora_quality):
    client = client_for(world.pm_alice)
    url = reverse("teams:member_add", args=[world.project_a.pk, "sponsor"])
    page = client.get(url, {"who": "aurora"}, HTTP_HX_REQUEST="true").content.decode()
    assert "Ines Aurora-QA" in page and "Maya Aurora" in page
    assert "Cole Aurora" not in page  # already on the team
    assert "Borealis" not in page
    assert "Nobody who can join matches" in client.get(url, {"who": "zzz"}).content.decode()
    cdmo = client.get(
        reverse("teams:member_add", args=[world.project_a.pk, "cdmo"]), {"who": "ada"}
    )
    assert "Ada Admin" in cdmo.content.decode()


def test_adding_through_the_page_puts_errors_next_to_the_fields(world, aurora_quality):
    client = client_for(world.pm_alice)
    url = reverse("teams:member_add", args=[world.project_a.pk, "sponsor"])
    page = client.post(url, {"role": ""}).content.decode()
    assert 'id="user-error">Choose the person to add.' in page
    assert "This field is required." in page  # the role, under its own field
    other = client.post(url, {"user": world.sponsor_b_contact.pk, "role": "sponsor_qa"})
    assert "Choose someone from the list" in other.content.decode()
    done = client.post(url, {"user": aurora_quality.pk, "role": "sponsor_qa"})
    assert done.status_code == 302
    assert _membership(world, aurora_quality).get_role_display() == "Sponsor QA"


def test_the_removal_page_lists_what_the_person_holds(world):
    client = client_for(world.pm_alice)
    url = reverse("teams:member_remove", args=[world.project_a.pk, world.sponsor_a_contact.pk])
    page = client.get(url).content.decode()
    assert "Consulted for SOW-01 Aurora technology transfer report" in page
    assert "Level 1 of the batch failure ladder" in page
    assert "will no longer see AUR-101-TT" in page
    assert client.post(url, {"reason": ""}).status_code == 200  # the reason is required
    assert client.post(url, {"reason": "Left Aurora"}).status_code == 302


@pytest.mark.req("AZ-1")
def test_staffing_pages_refuse_staff_who_do_not_staff_the_project(world):
    url = reverse("teams:member_add", args=[world.project_a.pk, "cdmo"])
    assert client_for(world.qa_quinn).get(url).status_code == 403
    assert client_for(world.sponsor_a_manager).get(url).status_code == 403


# --- API ------------------------------------------------------------------------------


def test_the_api_lists_members_with_their_roles_to_the_sponsor_manager(world):
    body = client_for(world.sponsor_a_manager).get(
        f"/api/v1/projects/{world.project_a.pk}/team/members"
    )
    members = {m["name"]: (m["side"], m["role_label"]) for m in body.json()}
    assert members == {
        "Alice Morgan": ("cdmo", "Project manager"),
        "Quinn Keller": ("cdmo", "QA lead"),
        "Cole Aurora": ("sponsor", "Sponsor team member"),
    }
    team = client_for(world.sponsor_a_manager).get(f"/api/v1/projects/{world.project_a.pk}/team")
    assert team.json()["cdmo_team"][0]["role"] == "project_manager"


def test_the_api_adds_re_roles_and_removes_team_members(world, aurora_quality):
    client = client_for(world.pm_alice)
    base = f"/api/v1/projects/{world.project_a.pk}/team/members"
    added = client.post(
        base,
        {"user_id": aurora_quality.pk, "role": "sponsor_qa", "reason": "Audit programme"},
        content_type="application/json",
    )
    assert added.status_code == 201 and added.json()["role_label"] == "Sponsor QA"
    changed = client.patch(
        f"{base}/{aurora_quality.pk}",
        {"role": "sponsor_cmc_lead", "version": added.json()["version"]},
        content_type="application/json",
    )
    assert changed.json()["role_label"] == "Sponsor CMC lead"
    assert changed["ETag"] == f'"{added.json()["version"] + 1}"'
    last_pm = client.patch(
        f"{base}/{world.pm_alice.pk}",
        {"role": "team_member"},
        content_type="application/json",
        headers={"If-Match": "*"},
    )
    assert last_pm.status_code == 422
    assert last_pm.json()["errors"][0]["field"] == "role"
    assert "must keep a project manager" in last_pm.json()["errors"][0]["message"]
    other = client.post(
        base,
        {"user_id": world.sponsor_b_contact.pk, "role": "sponsor_qa"},
        content_type="application/json",
    )
    assert other.status_code == 422 and other.json()["errors"][0]["field"] == "user_id"
    gone = client.delete(
        f"{base}/{aurora_quality.pk}", {"reason": "Audit done"}, content_type="application/json"
    )
    assert gone.status_code == 204
    assert (
        client_for(aurora_quality).get(f"/api/v1/projects/{world.project_a.pk}").status_code == 404
    )


@pytest.mark.req("AZ-1")
def test_the_api_refuses_sponsor_users_and_staff_who_do_not_staff(world, aurora_quality):
    base = f"/api/v1/projects/{world.project_a.pk}/team/members"
    body = {"user_id": aurora_quality.pk, "role": "sponsor_qa"}
    for person in (world.sponsor_a_manager, world.qa_quinn):
        response = client_for(person).post(base, body, content_type="application/json")
        assert response.status_code == 403
    assert not ProjectMembership.objects.filter(user=aurora_quality).exists()
    roles = client_for(world.sponsor_a_manager).get("/api/v1/project-roles").json()
    assert {"value": "qa_lead", "label": "QA lead", "side": "cdmo"} in roles


def test_a_free_text_responsibility_names_its_role():
    guess = staffing.role_for_responsibility
    assert guess("QA lead and QP", sponsor=False) == ProjectRole.QA_LEAD
    assert guess("HPAPI production lead", sponsor=False) == ProjectRole.MANUFACTURING_LEAD
    assert guess("Sponsor project lead", sponsor=True) == ProjectRole.SPONSOR_PROJECT_LEAD
    assert guess("Sponsor CMC consultant", sponsor=True) == ProjectRole.SPONSOR_CMC_CONSULTANT
    assert guess("Something else", sponsor=False) == ProjectRole.TEAM_MEMBER


@pytest.mark.req("DI-1")
def test_a_role_changed_since_the_page_opened_is_not_overwritten(world, aurora_quality):
    staffing.member_add(
        actor=world.pm_alice, project=world.project_a, user=aurora_quality, role="sponsor_qa"
    )
    client = client_for(world.pm_alice)
    url = reverse("teams:member_role", args=[world.project_a.pk, aurora_quality.pk])
    opened = _membership(world, aurora_quality).version
    assert f'name="version" value="{opened}"' in client.get(url).content.decode()
    # Another manager changes the role meanwhile, through the API.
    api = f"/api/v1/projects/{world.project_a.pk}/team/members/{aurora_quality.pk}"
    moved = client_for(world.admin_ada).patch(
        api,
        {"role": "sponsor_cmc_lead", "version": opened},
        content_type="application/json",
    )
    assert moved.status_code == 200 and moved.json()["version"] == opened + 1
    events = AuditEvent.objects.count()
    stale = client.post(url, {"role": "sponsor_project_lead", "version": opened})
    assert stale.status_code == 409
    assert "Someone else changed this team membership" in stale.content.decode()
    stale_api = client.patch(
        api, {"role": "sponsor_qa", "version": opened}, content_type="application/json"
    )
    assert stale_api.status_code == 409
    blind = client.patch(api, {"role": "sponsor_qa"}, content_type="application/json")
    assert blind.status_code == 428
    assert _membership(world, aurora_quality).role == "sponsor_cmc_lead"
    assert AuditEvent.objects.count() == events


def test_the_person_added_is_told_and_the_link_opens_their_team_page(world, aurora_quality):
    staffing.member_add(
        actor=world.pm_alice,
        project=world.project_a,
        user=aurora_quality,
        role="sponsor_qa",
        responsibility="Audit programme",
    )
    [told] = Notification.objects.filter(recipient=aurora_quality, kind="team_added")
    assert told.title == f"You are on the {world.project_a.code} team as Sponsor QA"
    assert "Audit programme" in told.body and "Alice Morgan added you" in told.body
    assert client_for(aurora_quality).get(told.url).status_code == 200
    # The manager who staffed the project is not told of their own act.
    assert not Notification.objects.filter(recipient=world.pm_alice, kind="team_added").exists()
