"""Recognition: a sponsor thanks a named CDMO person from the portal (on a concern, a
milestone or a meeting it can see), staff recognize each other; the person and their
manager are told; kudos show on the wall, the person's page and the sponsor's "Our
thanks"; a person's manager is set on the user pages, checked and audited."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from accord.accounts import services as account_services
from accord.accounts.models import Role, Site, User
from accord.audit.models import AuditEvent
from accord.clients import services as client_services
from accord.notifications.models import Notification
from accord.planning import services as planning_services
from accord.planning.models import Task
from accord.recognition import selectors, services
from accord.recognition.models import Kudos
from accord.service import services as concern_services
from tests.conftest import World, client_for
from tests.factories import UserFactory
from tests.test_cross_tenant import _aurora_concern

KUDOS_KINDS = ("kudos_received", "kudos_to_your_team")


def _manager(world: World, user: User, manager: User | None) -> User:
    """``user`` reports to ``manager``, set through the user update service."""
    return account_services.user_update(
        actor=world.admin_ada,
        user=user,
        first_name=user.first_name,
        last_name=user.last_name,
        email=user.email,
        job_title=user.job_title,
        roles=user.roles.all(),
        is_active=user.is_active,
        site=user.site,
        manager=manager,
    )


def _give(world: World, **changes) -> Kudos:
    fields = {
        "actor": world.sponsor_a_manager,
        "recipient": world.qa_quinn,
        "message": "Quinn turned the batch record review around in a day. Thank you!",
        "category": "responsiveness",
        **changes,
    }
    return services.kudos_give(**fields)


def _milestone(world: World, project=None, name: str = "Engineering batch complete") -> Task:
    return planning_services.task_create(
        actor=world.pm_alice, project=project or world.project_a, name=name, kind="milestone"
    )


def _kudos_notifications():
    return Notification.objects.filter(kind__in=KUDOS_KINDS)


# --------------------------------------------------------------------------- giving


def test_a_sponsor_thanks_a_cdmo_person_on_a_concern_and_the_trail_says_so(world):
    concern = _aurora_concern(world)
    kudos = _give(world, concern=concern)
    assert kudos.sponsor == world.sponsor_a and kudos.project == world.project_a
    assert kudos.context == concern and kudos.giver == world.sponsor_a_manager
    event = AuditEvent.objects.get(action="recognition.kudos.given", target_id=str(kudos.pk))
    assert event.sponsor_id == world.sponsor_a.pk
    assert event.target_label == "Kudos to Quinn Keller from Maya Aurora"
    history = client_for(world.sponsor_a_manager).get(
        reverse("audit:history", args=["recognition.kudos", kudos.pk])
    )
    page = history.content.decode()
    assert history.status_code == 200 and "Kudos given" in page
    assert "Quinn turned the batch record review around" in page


def test_staff_recognize_a_colleague_and_no_sponsor_is_named(world):
    meeting = world.meeting_a_internal
    kudos = _give(
        world,
        actor=world.pm_alice,
        recipient=world.qa_quinn,
        message="Quinn stayed late to close the deviation before the audit.",
        category="extra_mile",
        meeting=meeting,
    )
    assert kudos.sponsor is None and kudos.project == world.project_a
    event = AuditEvent.objects.get(action="recognition.kudos.given", target_id=str(kudos.pk))
    assert event.sponsor_id is None  # the CDMO's own: no sponsor reads it
    for person in (world.sponsor_a_manager, world.sponsor_a_contact, world.sponsor_b_manager):
        assert not selectors.kudos_visible_to(person).exists()


def test_a_sponsor_may_thank_its_account_owner_and_the_owner_of_its_concern(world):
    # Ada is on none of Aurora's projects: she may not be thanked yet.
    with pytest.raises(ValidationError) as refused:
        _give(world, recipient=world.admin_ada)
    assert "work on your projects" in refused.value.message_dict["recipient"][0]
    client_services.sponsor_profile_save(
        actor=world.pm_alice, sponsor=world.sponsor_a, account_owner=world.admin_ada
    )
    assert _give(world, recipient=world.admin_ada).recipient == world.admin_ada
    # Borealis has no concern owned by Ada until she takes one of theirs.
    with pytest.raises(ValidationError):
        _give(world, actor=world.sponsor_b_manager, recipient=world.admin_ada)
    concern = concern_services.concern_raise(
        actor=world.sponsor_b_manager,
        sponsor=world.sponsor_b,
        title="Invoice terms",
        description="The invoice terms differ from the contract.",
        category="commercial",
        urgency="low",
    )
    assert concern.owner is None
    concern_services.concern_acknowledge(
        actor=world.admin_ada, concern=concern, message="I have it, Bea."
    )
    kudos = _give(world, actor=world.sponsor_b_manager, recipient=world.admin_ada, concern=concern)
    assert kudos.sponsor == world.sponsor_b and kudos.project is None


def test_a_sponsor_thanks_on_a_milestone_and_a_shared_meeting(world):
    milestone = _milestone(world)
    on_milestone = _give(world, recipient=world.pm_alice, milestone=milestone)
    assert on_milestone.project == world.project_a and on_milestone.context == milestone
    on_meeting = _give(world, actor=world.sponsor_a_contact, meeting=world.meeting_a_shared)
    assert on_meeting.sponsor == world.sponsor_a and on_meeting.context == world.meeting_a_shared


@pytest.mark.req("RC-5")
def test_refusals_name_the_problem_and_give_nothing(world):
    def refused(**changes) -> dict[str, list[str]]:
        with pytest.raises(ValidationError) as error:
            _give(world, **changes)
        return error.value.message_dict

    assert refused(actor=world.pm_alice, recipient=world.pm_alice)["recipient"] == [
        "You cannot give kudos to yourself: thank a colleague."
    ]
    assert refused(message="  ")["message"] == ["Say what they did and what it meant to you."]
    assert refused(message="x" * 1001)["message"] == [
        "Keep the message to 1000 characters (it has 1001)."
    ]
    assert refused(category="charm")["category"] == ["Choose one of the categories, or none."]
    # Ada works on none of Borealis' projects; Borealis' own people are not CDMO staff.
    b = world.sponsor_b_manager
    not_theirs = refused(actor=b, recipient=world.qa_quinn)["recipient"][0]
    assert not_theirs.startswith("You can thank the CDMO people who work on your projects")
    assert "Quinn" not in not_theirs  # never the name of someone they may not see
    assert refused(actor=b, recipient=world.sponsor_a_contact)["recipient"] == [not_theirs]
    assert refused(actor=world.pm_alice, recipient=world.sponsor_a_contact)["recipient"] == [
        "Kudos go to an active member of the CDMO staff: choose a colleague."
    ]
    # Records of another sponsor: Borealis thanks Alice (on their project) on Aurora's.
    on_a = {"actor": b, "recipient": world.pm_alice}
    assert refused(**on_a, concern=_aurora_concern(world))["concern"] == [
        "You can only give kudos on a concern you can see."
    ]
    assert refused(**on_a, meeting=world.meeting_a_shared)["meeting"] == [
        "You can only give kudos on a meeting you can see."
    ]
    assert refused(**on_a, milestone=_milestone(world))["milestone"] == [
        "You can only give kudos on a milestone you can see."
    ]
    # An unshared meeting of their own project is not theirs to see either.
    assert set(refused(meeting=world.meeting_a_internal)) == {"meeting"}
    task = planning_services.task_create(
        actor=world.pm_alice, project=world.project_a, name="Dispense raw materials"
    )
    assert refused(milestone=task)["milestone"] == [
        "“Dispense raw materials” is a task, not a milestone: choose a milestone or a "
        "decision point."
    ]
    both = refused(concern=_aurora_concern(world), meeting=world.meeting_a_shared)
    assert both["__all__"] == [
        "Give kudos on one record at most: a concern, a milestone or a meeting."
    ]
    assert not Kudos.objects.exists()
    assert not _kudos_notifications().exists()
    assert not AuditEvent.objects.filter(action__startswith="recognition.").exists()


def test_people_without_the_permission_cannot_give_kudos(world):
    Role.objects.create(code="visitor", name="Visitor", audience=Role.Audience.STAFF)
    outsider = UserFactory(organization=world.cdmo, username="visitor", role_codes=("visitor",))
    with pytest.raises(PermissionDenied):
        _give(world, actor=outsider, recipient=world.pm_alice)
    assert client_for(outsider).get(reverse("recognition:give")).status_code == 403


# --------------------------------------------------------------------------- notifications


@pytest.mark.req("AZ-7")
def test_the_person_and_their_manager_are_told_and_nobody_else(world):
    _manager(world, world.qa_quinn, world.admin_ada)
    kudos = _give(world, concern=_aurora_concern(world))
    told = {n.recipient.username: n for n in _kudos_notifications()}
    assert set(told) == {"qa.quinn", "admin.ada"}
    to_quinn, to_ada = told["qa.quinn"], told["admin.ada"]
    assert to_quinn.kind == "kudos_received"
    assert to_quinn.title == "Kudos from Maya Aurora of Aurora Therapeutics (responsiveness)"
    assert to_quinn.body.startswith("Quinn turned the batch record review around in a day.")
    assert "On the concern CON-" in to_quinn.body
    assert to_ada.kind == "kudos_to_your_team"
    assert to_ada.title == "Kudos for Quinn Keller of your team (responsiveness)"
    assert to_ada.body.startswith("From Maya Aurora of Aurora Therapeutics: Quinn turned")
    assert to_quinn.url == to_ada.url == reverse("recognition:kudos", args=[kudos.pk])
    assert to_quinn.delivery == "immediate" and to_quinn.email is not None


def test_a_manager_who_gives_kudos_is_not_told_of_them_and_nobody_without_a_manager(world):
    _manager(world, world.qa_quinn, world.pm_alice)
    _give(world, actor=world.pm_alice, message="Thank you for the audit preparation.")
    assert list(_kudos_notifications().values_list("recipient__username", "kind")) == [
        ("qa.quinn", "kudos_received")
    ]
    _give(world, actor=world.qa_quinn, recipient=world.admin_ada, message="Thanks for MFA help.")
    assert _kudos_notifications().filter(recipient=world.admin_ada).count() == 1


# --------------------------------------------------------------------------- withdrawing


def test_the_giver_withdraws_within_the_hour_and_then_kudos_stand(world):
    kudos = _give(world)
    with pytest.raises(PermissionDenied, match="Only the person who gave kudos"):
        services.kudos_withdraw(actor=world.sponsor_a_contact, kudos=kudos)
    manager = client_for(world.sponsor_a_manager)
    detail = manager.get(reverse("recognition:kudos", args=[kudos.pk])).content.decode()
    assert 'data-testid="withdraw"' in detail
    response = manager.post(reverse("recognition:withdraw", args=[kudos.pk]))
    assert response.status_code == 302 and response["Location"] == reverse("recognition:ours")
    assert not selectors.kudos_visible_to(world.pm_alice).exists()
    assert manager.get(reverse("recognition:kudos", args=[kudos.pk])).status_code == 404
    assert AuditEvent.objects.filter(action="recognition.kudos.withdrawn").count() == 1
    later = _give(world, message="The method transfer report was excellent.")
    Kudos.objects.filter(pk=later.pk).update(given_at=timezone.now() - dt.timedelta(hours=2))
    with pytest.raises(ValidationError, match="within an hour"):
        services.kudos_withdraw(actor=world.sponsor_a_manager, kudos=later)
    page = manager.get(reverse("recognition:kudos", args=[later.pk])).content.decode()
    assert 'data-testid="withdraw"' not in page


# --------------------------------------------------------------------------- the pages


def test_the_give_page_prefills_the_record_and_suggests_its_owner(world):
    concern = _aurora_concern(world)  # owned by Alice, the project manager
    manager = client_for(world.sponsor_a_manager)
    url = f"{reverse('recognition:give')}?concern={concern.pk}"
    page = manager.get(url).content.decode()
    assert "On the concern" in page and concern.title in page
    assert f'<option value="{world.pm_alice.pk}" selected>' in page
    # Only the people who serve Aurora are offered: not Ada, who works on none of it.
    assert "Quinn Keller" in page and "Ada Admin" not in page
    response = manager.post(
        url,
        {"recipient": world.pm_alice.pk, "message": "Thanks for the clear plan.", "category": ""},
    )
    kudos = Kudos.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("recognition:kudos", args=[kudos.pk])
    assert kudos.concern == concern and kudos.recipient == world.pm_alice
    # Another sponsor's record in the address is not there.
    other = client_for(world.sponsor_b_manager)
    assert other.get(url).status_code == 404
    assert (
        other.get(f"{reverse('recognition:give')}?meeting={world.meeting_a_shared.pk}").status_code
        == 404
    )


def test_the_give_page_names_the_refused_field_and_keeps_the_words(world):
    manager = client_for(world.sponsor_a_manager)
    response = manager.post(
        reverse("recognition:give"), {"recipient": world.admin_ada.pk, "message": "Kind words"}
    )
    page = response.content.decode()
    assert response.status_code == 200 and not Kudos.objects.exists()
    assert "Choose one of the people listed: those you may thank." in page
    assert "Kind words" in page


def test_say_thanks_links_on_a_concern_a_meeting_and_a_milestone(world):
    concern = _aurora_concern(world)
    _milestone(world)
    manager = client_for(world.sponsor_a_manager)
    give = reverse("recognition:give")
    assert (
        f'{give}?concern={concern.pk}"'
        in manager.get(reverse("service:concern", args=[concern.pk])).content.decode()
    )
    meeting = world.meeting_a_shared
    assert (
        f'{give}?meeting={meeting.pk}"'
        in manager.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    )
    milestone = Task.objects.get(kind="milestone")
    assert (
        f'{give}?milestone={milestone.pk}"'
        in manager.get(reverse("projects:detail", args=[world.project_a.pk])).content.decode()
    )


def _wall_world(world: World) -> dict[str, Kudos]:
    """Kudos from both sponsors and between colleagues, at two sites and two teams."""
    singen = Site.objects.create(
        organization=world.cdmo, code="SGN", name="Singen biologics", city="Singen"
    )
    hannah = UserFactory(
        organization=world.cdmo,
        username="qa.hannah",
        first_name="Hannah",
        last_name="Schulz",
        role_codes=("quality_assurance",),
        site=singen,
    )
    _manager(world, world.qa_quinn, world.admin_ada)
    project_b = world.project_b
    from accord.projects import services as project_services

    project_services.project_member_add(actor=None, project=project_b, user=hannah)
    made = {
        "aurora": _give(world, concern=_aurora_concern(world)),
        "borealis": _give(
            world,
            actor=world.sponsor_b_manager,
            recipient=hannah,
            message="Hannah explained the release testing patiently.",
            category="communication",
        ),
        "colleague": _give(
            world,
            actor=world.pm_alice,
            recipient=world.qa_quinn,
            message="Quinn covered the audit while I was away.",
            category="teamwork",
        ),
    }
    old = made["colleague"]
    Kudos.objects.filter(pk=old.pk).update(given_at=timezone.now() - dt.timedelta(days=70))
    return made


def _cards(response) -> list[str]:
    page = response.content.decode()
    messages = {
        "aurora": "Quinn turned the batch record review around",
        "borealis": "Hannah explained the release testing",
        "colleague": "Quinn covered the audit",
    }
    return sorted(name for name, text in messages.items() if text in page)


def test_the_wall_shows_every_kudos_and_filters_them(world):
    _wall_world(world)
    staff = client_for(world.pm_alice)
    wall = reverse("recognition:wall")
    page = staff.get(wall)
    assert _cards(page) == ["aurora", "borealis", "colleague"]
    assert 'data-testid="kudos-count">3 kudos' in page.content.decode()
    hannah = User.objects.get(username="qa.hannah")
    today = timezone.localdate()
    filters = {
        "recipient": (world.qa_quinn.pk, ["aurora", "colleague"]),
        "team": (world.admin_ada.pk, ["aurora", "colleague"]),
        "site": (hannah.site_id, ["borealis"]),
        "sponsor": (world.sponsor_b.pk, ["borealis"]),
        "colleagues": ("on", ["colleague"]),
        "category": ("teamwork", ["colleague"]),
        "since": ((today - dt.timedelta(days=7)).isoformat(), ["aurora", "borealis"]),
        "until": ((today - dt.timedelta(days=60)).isoformat(), ["colleague"]),
        "q": ("release testing", ["borealis"]),
    }
    for name, (value, expected) in filters.items():
        assert _cards(staff.get(wall, {name: value})) == expected, name
    assert _cards(staff.get(wall, {"q": "Borealis"})) == ["borealis"]  # the sponsor's name
    bad = staff.get(wall, {"since": today.isoformat(), "until": "2020-01-01"})
    assert "The last day is before the first day." in bad.content.decode()
    assert _cards(bad) == []
    # The chart's figures: this month holds the two recent ones.
    table = page.content.decode().split('data-testid="months-table"')[1]
    assert f'<td>{today:%b %Y}</td><td class="text-end">2</td>' in table
    assert 'id="kudos-chart-data"' in page.content.decode()


def test_the_wall_is_paginated(world):
    for n in range(27):
        _give(world, message=f"Thank you, number {n + 1}.")
    page = client_for(world.pm_alice).get(reverse("recognition:wall")).content.decode()
    assert page.count('data-testid="kudos-card"') == 25
    assert "Showing 1–25 of 27" in page


def test_the_wall_exports_the_filtered_kudos_as_csv_and_excel(world):
    _wall_world(world)
    staff = client_for(world.pm_alice)
    response = staff.get(
        reverse("recognition:wall_export", args=["csv"]), {"recipient": world.qa_quinn.pk}
    )
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == [
        "Given",
        "To",
        "Their site",
        "From",
        "Sponsor",
        "Category",
        "Message",
        "Project",
        "Given on",
    ]
    assert [(r[1], r[3], r[4], r[5], r[7]) for r in rows[1:]] == [
        ("Quinn Keller", "Maya Aurora", "Aurora Therapeutics", "Responsiveness", "AUR-101-TT"),
        ("Quinn Keller", "Alice Morgan", "A colleague", "Teamwork", ""),
    ]
    assert rows[1][8].startswith("CON-") and rows[1][2] == "Visp API plant"
    book = load_workbook(
        io.BytesIO(staff.get(reverse("recognition:wall_export", args=["xlsx"])).content)
    )
    sheet = book["Kudos"]
    assert sheet.max_row == 4
    assert {sheet.cell(row=r, column=4).value for r in range(2, 5)} == {
        "Maya Aurora",
        "Bea Borealis",
        "Alice Morgan",
    }
    assert isinstance(sheet.cell(row=2, column=1).value, dt.datetime)
    assert staff.get(reverse("recognition:wall_export", args=["pdf"])).status_code == 404


def test_a_persons_page_and_their_own_account_show_their_kudos(world):
    _wall_world(world)
    staff = client_for(world.pm_alice)
    page = staff.get(reverse("recognition:person", args=[world.qa_quinn.pk])).content.decode()
    assert 'data-testid="kudos-received">2<' in page
    assert 'data-testid="kudos-from-sponsors">1<' in page
    assert "Reports to Ada Admin." in page and "Thanked by Aurora Therapeutics." in page
    assert f"{reverse('recognition:give')}?recipient={world.qa_quinn.pk}" in page
    ada = staff.get(reverse("recognition:person", args=[world.admin_ada.pk])).content.decode()
    assert "Manages <a" in ada and "Quinn Keller" in ada
    # A sponsor user has no staff page.
    missing = staff.get(reverse("recognition:person", args=[world.sponsor_a_manager.pk]))
    assert missing.status_code == 404
    mine = client_for(world.qa_quinn).get(reverse("accounts:profile")).content.decode()
    assert 'data-testid="kudos-received-card"' in mine and "2 in all" in mine
    assert "Quinn turned the batch record review around" in mine
    assert "Reports to</dt><dd>Ada Admin" in mine
    portal = client_for(world.sponsor_a_manager).get(reverse("accounts:profile")).content
    assert b"kudos-received-card" not in portal


# --------------------------------------------------------------------------- isolation


@pytest.mark.req("AZ-2")
def test_a_sponsor_sees_only_the_thanks_its_own_people_gave(world):
    made = _wall_world(world)
    a_manager = client_for(world.sponsor_a_manager)
    ours = a_manager.get(reverse("recognition:ours"))
    assert _cards(ours) == ["aurora"]
    assert _cards(client_for(world.sponsor_b_manager).get(reverse("recognition:ours"))) == [
        "borealis"
    ]
    for kudos in (made["borealis"], made["colleague"]):
        assert a_manager.get(reverse("recognition:kudos", args=[kudos.pk])).status_code == 404
        assert a_manager.get(f"/api/v1/kudos/{kudos.pk}").status_code == 404
    # Aurora's contact is on the project: it sees its manager's thanks on it, not one on
    # no project.
    loose = _give(world, recipient=world.pm_alice, message="Thanks for the proposal call.")
    seen = set(selectors.kudos_visible_to(world.sponsor_a_contact).values_list("pk", flat=True))
    assert seen == {made["aurora"].pk}
    assert loose.pk in set(
        selectors.kudos_visible_to(world.sponsor_a_manager).values_list("pk", flat=True)
    )
    # Staff pages are staff only.
    for name, args in (
        ("recognition:wall", []),
        ("recognition:wall_export", ["csv"]),
        ("recognition:person", [world.qa_quinn.pk]),
    ):
        assert a_manager.get(reverse(name, args=args)).status_code == 403, name


# --------------------------------------------------------------------------- the API


def test_the_api_gives_lists_and_reads_kudos_through_the_same_rules(world):
    concern = _aurora_concern(world)
    manager = client_for(world.sponsor_a_manager)
    response = manager.post(
        "/api/v1/kudos",
        {
            "recipient_id": world.qa_quinn.pk,
            "message": "Thank you for the quick deviation answer.",
            "category": "quality",
            "concern_id": concern.pk,
        },
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert (
        body["recipient_name"] == "Quinn Keller" and body["sponsor_name"] == "Aurora Therapeutics"
    )
    assert body["category_label"] == "Quality" and body["project_code"] == "AUR-101-TT"
    assert body["given_on"] == str(concern)
    assert manager.get(f"/api/v1/kudos/{body['id']}").json()["message"] == (
        "Thank you for the quick deviation answer."
    )
    listing = manager.get("/api/v1/kudos", {"category": "quality"}).json()
    assert [item["id"] for item in listing["items"]] == [body["id"]]
    assert client_for(world.pm_alice).get("/api/v1/kudos", {"q": "deviation"}).json()["count"] == 1
    other = client_for(world.sponsor_b_manager)
    assert other.get(f"/api/v1/kudos/{body['id']}").status_code == 404
    assert other.get("/api/v1/kudos").json()["count"] == 0
    # Another sponsor's concern is not there; a person they may not thank is named refused.
    on_a = other.post(
        "/api/v1/kudos",
        {"recipient_id": world.pm_alice.pk, "message": "Hi", "concern_id": concern.pk},
        content_type="application/json",
    )
    assert on_a.status_code == 404
    refused = other.post(
        "/api/v1/kudos",
        {"recipient_id": world.qa_quinn.pk, "message": "Hi"},
        content_type="application/json",
    )
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["field"] == "recipient"
    empty = other.post(
        "/api/v1/kudos",
        {"recipient_id": world.pm_alice.pk, "message": ""},
        content_type="application/json",
    )
    assert empty.status_code == 422 and empty.json()["errors"][0]["field"] == "message"
    assert Kudos.objects.count() == 1


# --------------------------------------------------------------------------- counts


def test_kudos_counts_by_recipient_sponsor_and_site(world):
    made = _wall_world(world)
    today = timezone.localdate()
    month = {"since": today - dt.timedelta(days=30), "until": today}
    hannah = User.objects.get(username="qa.hannah")
    assert selectors.kudos_counts(**month) == {world.qa_quinn.pk: 1, hannah.pk: 1}
    assert selectors.kudos_counts(**month, by="sponsor") == {
        world.sponsor_a.pk: 1,
        world.sponsor_b.pk: 1,
    }
    year = {"since": today - dt.timedelta(days=365), "until": today}
    assert selectors.kudos_counts(**year, by="site") == {world.site.pk: 2, hannah.site_id: 1}
    assert selectors.kudos_counts(**year, by="sponsor")[None] == 1  # between colleagues
    services.kudos_withdraw(actor=world.sponsor_a_manager, kudos=made["aurora"])
    assert selectors.kudos_counts(**month) == {hannah.pk: 1}
    with pytest.raises(ValueError, match="recipient, sponsor or site"):
        selectors.kudos_counts(**month, by="project")


def test_staff_find_kudos_by_their_words(world):
    _give(world, message="Your zqkudosprobe work on the resin change was superb.")
    body = client_for(world.pm_alice).get("/api/v1/search", {"q": "zqkudosprobe"}).json()
    hit = body["groups"][0]["items"][0]
    assert hit["type"] == "kudos" and hit["title"] == "Kudos to Quinn Keller"


# --------------------------------------------------------------------------- managers


def test_a_manager_is_set_on_the_user_page_and_audited(world):
    admin = client_for(world.admin_ada)
    url = reverse("manage:user_edit", args=[world.qa_quinn.pk])
    form = admin.get(url)
    page = form.content.decode()
    assert 'name="manager"' in page
    token = form.context["form"].initial["token"]
    response = admin.post(
        url,
        {
            "first_name": "Quinn",
            "last_name": "Keller",
            "email": world.qa_quinn.email,
            "roles": [r.pk for r in world.qa_quinn.roles.all()],
            "is_active": "on",
            "site": world.site.pk,
            "manager": world.pm_alice.pk,
            "token": token,
        },
    )
    assert response.status_code == 302
    world.qa_quinn.refresh_from_db()
    assert world.qa_quinn.manager == world.pm_alice
    event = AuditEvent.objects.filter(action="accounts.user.updated").latest("seq")
    assert '"manager":[null,' in event.changes
    history = admin.get(reverse("audit:history", args=["accounts.user", world.qa_quinn.pk]))
    assert "Alice Morgan" in history.content.decode()
    # A sponsor user's page has no manager to set.
    sponsor_page = admin.get(reverse("manage:user_edit", args=[world.sponsor_a_contact.pk]))
    assert 'name="manager"' not in sponsor_page.content.decode()


@pytest.mark.req("RC-5")
def test_a_manager_is_active_cdmo_staff_never_oneself_and_never_a_cycle(world):
    _manager(world, world.qa_quinn, world.pm_alice)
    _manager(world, world.pm_alice, world.admin_ada)

    def refused(user: User, manager: User) -> str:
        with pytest.raises(ValidationError) as error:
            _manager(world, user, manager)
        return error.value.message_dict["manager"][0]

    assert refused(world.qa_quinn, world.qa_quinn) == "A person cannot be their own manager."
    assert refused(world.admin_ada, world.qa_quinn) == (
        "Quinn Keller reports to Ada Admin already: a manager cannot report to their own report."
    )
    assert refused(world.qa_quinn, world.sponsor_a_manager) == (
        "Maya Aurora is not CDMO staff: choose a staff member."
    )
    assert refused(world.sponsor_a_contact, world.pm_alice) == (
        "Only CDMO staff have a manager in Accord."
    )
    world.qa_quinn.refresh_from_db()
    assert world.qa_quinn.manager == world.pm_alice  # unchanged by the refusals
    # Leaving the manager out of an update keeps it; None removes it.
    account_services.user_update(
        actor=world.admin_ada,
        user=world.qa_quinn,
        first_name="Quinn",
        last_name="Keller",
        email=world.qa_quinn.email,
        job_title="",
        roles=world.qa_quinn.roles.all(),
        is_active=True,
        site=world.site,
    )
    world.qa_quinn.refresh_from_db()
    assert world.qa_quinn.manager == world.pm_alice
    assert _manager(world, world.qa_quinn, None).manager is None
