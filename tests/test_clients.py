"""Sponsor relationships: profiles, key contacts, interactions, follow-ups and the
relationship health derived from them. CDMO staff only; rapport notes never reach a
sponsor user."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from accord.accounts.models import Organization, User
from accord.audit.models import AuditEvent
from accord.audit.registry import audited_type
from accord.audit.selectors import changes_of, hidden_fields_for
from accord.clients import health as H
from accord.clients import selectors, services
from accord.clients.models import FollowUp, Interaction, KeyContact, SponsorProfile
from accord.projects.services import project_update
from tests.conftest import World, client_for
from tests.factories import ProjectFactory, UserFactory

TODAY = timezone.localdate()
RAPPORT = "Aurora rapport: the CFO is anxious about cash; never mention price first"


def _days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def world_clients(world: World) -> dict:
    """Sponsor A's relationship records, and one contact of B (idempotent)."""
    pm = world.pm_alice
    profile = SponsorProfile.objects.filter(sponsor=world.sponsor_a).first()
    if profile is None:
        profile = services.sponsor_profile_save(
            actor=pm,
            sponsor=world.sponsor_a,
            modalities=["monoclonal_antibody", "adc"],
            regions=["europe"],
            communication_cadence="biweekly",
            time_zone="Europe/Zurich",
            success_definition="Aurora success: clinic by spring",
        )
    contact = KeyContact.objects.filter(sponsor=world.sponsor_a, name="Maya Aurora").first()
    if contact is None:
        contact = services.key_contact_add(
            actor=pm,
            sponsor=world.sponsor_a,
            name="Maya Aurora",
            decision_role="decision_maker",
            user=world.sponsor_a_manager,
            is_primary=True,
        )
    contact_b = KeyContact.objects.filter(sponsor=world.sponsor_b).first()
    if contact_b is None:
        contact_b = services.key_contact_add(
            actor=pm, sponsor=world.sponsor_b, name="Bea Borealis", decision_role="procurement"
        )
    interaction = Interaction.objects.filter(sponsor=world.sponsor_a).first()
    if interaction is None:
        interaction = services.interaction_log(
            actor=pm,
            sponsor=world.sponsor_a,
            kind="call",
            occurred_on=_days(-3),
            subject="Aurora steering call",
            summary="Walked through the tech transfer plan.",
            contacts=[contact],
            attendees=[pm],
            rapport_notes=RAPPORT,
        )
    followup = FollowUp.objects.filter(sponsor=world.sponsor_a).first()
    if followup is None:
        followup = services.followup_add(
            actor=pm,
            sponsor=world.sponsor_a,
            interaction=interaction,
            description="Send Aurora the revised timeline",
            owner=pm,
            due_on=_days(2),
        )
    return {
        "profile": profile,
        "contact": contact,
        "contact_b": contact_b,
        "interaction": interaction,
        "followup": followup,
    }


@pytest.fixture
def rec(world: World) -> dict:
    return world_clients(world)


@pytest.fixture
def bd_bella(world: World) -> User:
    return UserFactory(
        organization=world.cdmo,
        username="bd.bella",
        first_name="Bella",
        last_name="Broker",
        role_codes=("business_development",),
    )


def _changes(event: AuditEvent) -> dict:
    return json.loads(event.changes)


def _event(action: str, record) -> AuditEvent:
    return AuditEvent.objects.get(action=action, target_id=str(record.pk))


def _page(client, name: str, *args, **query) -> str:
    response = client.get(reverse(name, args=args), query)
    assert response.status_code == 200, (name, response.status_code)
    return response.content.decode()


# --------------------------------------------------------------------------- profiles


@pytest.mark.req("AT-1")
def test_a_profile_is_created_then_changed_with_one_audit_event_each(world, bd_bella):
    profile = services.sponsor_profile_save(
        actor=bd_bella,
        sponsor=world.sponsor_b,
        modalities=["small_molecule"],
        regions=["europe", "asia_pacific"],
        time_zone="Asia/Tokyo",
        is_trendsetter=True,
    )
    created = _event("clients.sponsorprofile.created", profile)
    assert (
        created.sponsor_id == world.sponsor_b.pk and created.parent_type == "accounts.organization"
    )
    assert _changes(created)["regions"] == [None, ["asia_pacific", "europe"]]
    services.sponsor_profile_save(
        actor=bd_bella, sponsor=world.sponsor_b, version=1, strategies="Quarterly reviews"
    )
    profile.refresh_from_db()
    assert profile.version == 2 and profile.strategies == "Quarterly reviews"
    assert _changes(_event("clients.sponsorprofile.updated", profile)) == {
        "strategies": ["", "Quarterly reviews"]
    }
    services.sponsor_profile_save(
        actor=bd_bella, sponsor=world.sponsor_b, strategies="Quarterly reviews"
    )
    assert AuditEvent.objects.filter(target_type="clients.sponsorprofile").count() == 2
    with pytest.raises(ValidationError) as stale:
        services.sponsor_profile_save(
            actor=bd_bella, sponsor=world.sponsor_b, version=1, strategies="Overwrite"
        )
    assert "Someone else changed" in stale.value.messages[0]


@pytest.mark.req("RC-5")
def test_profile_validation_names_the_field_and_writes_nothing(world, bd_bella):
    with pytest.raises(ValidationError) as refused:
        services.sponsor_profile_save(
            actor=bd_bella,
            sponsor=world.sponsor_b,
            time_zone="Mars/Olympus_Mons",
            modalities=["small_molecule", "teleportation"],
            regions=["europe", "europe"],
        )
    assert {"time_zone", "modalities", "regions"} <= set(refused.value.message_dict)
    assert not SponsorProfile.objects.filter(sponsor=world.sponsor_b).exists()
    with pytest.raises(ValidationError) as cdmo:
        services.sponsor_profile_save(actor=bd_bella, sponsor=world.cdmo)
    assert "sponsor" in cdmo.value.message_dict


def test_the_account_owner_is_a_colleague_and_reads_by_name(world, bd_bella):
    with pytest.raises(ValidationError) as refused:
        services.sponsor_profile_save(
            actor=bd_bella, sponsor=world.sponsor_b, account_owner=world.sponsor_b_manager
        )
    assert "not active CDMO staff" in refused.value.message_dict["account_owner"][0]
    assert not SponsorProfile.objects.filter(sponsor=world.sponsor_b).exists()
    profile = services.sponsor_profile_save(
        actor=bd_bella, sponsor=world.sponsor_b, account_owner=bd_bella
    )
    assert profile.account_owner == bd_bella
    page = client_for(bd_bella).get(reverse("clients:profile", args=[world.sponsor_b.pk]))
    assert f"<dt>Account owner</dt><dd>{bd_bella.printed_name}" in page.content.decode()
    api = client_for(bd_bella).get(f"/api/v1/sponsors/{world.sponsor_b.pk}/profile").json()
    assert api["account_owner_id"] == bd_bella.pk
    assert api["account_owner_name"] == bd_bella.printed_name
    history = client_for(bd_bella).get(
        reverse("audit:history", args=["clients.sponsorprofile", profile.pk])
    )
    row = history.content.decode().split("Account owner", 1)[1].split("</tr>", 1)[0]
    assert bd_bella.printed_name in row and f">{bd_bella.pk}<" not in row  # a name, not an id


def test_the_sponsor_type_changes_through_the_organization_service(world, bd_bella):
    services.sponsor_profile_save(
        actor=bd_bella, sponsor=world.sponsor_a, sponsor_type="big_pharma", regions=["europe"]
    )
    world.sponsor_a.refresh_from_db()
    assert world.sponsor_a.sponsor_type == "big_pharma"
    event = _event("accounts.organization.updated", world.sponsor_a)
    assert _changes(event) == {"sponsor_type": ["biotech", "big_pharma"]}
    # A project manager may keep profiles but not re-classify a sponsor: nothing is written.
    with pytest.raises(PermissionDenied):
        services.sponsor_profile_save(
            actor=world.pm_alice, sponsor=world.sponsor_b, sponsor_type="virtual_biotech"
        )
    world.sponsor_b.refresh_from_db()
    assert world.sponsor_b.sponsor_type == "big_pharma"
    assert not SponsorProfile.objects.filter(sponsor=world.sponsor_b).exists()


def test_only_cdmo_staff_with_the_right_keep_relationship_records(world, rec):
    for actor in (world.qa_quinn, world.sponsor_a_manager):
        with pytest.raises(PermissionDenied):
            services.interaction_log(
                actor=actor,
                sponsor=world.sponsor_a,
                kind="call",
                occurred_on=TODAY,
                subject="Not allowed",
            )
        with pytest.raises(PermissionDenied):
            services.sponsor_profile_save(
                actor=actor, sponsor=world.sponsor_a, strategies="Not allowed"
            )
    assert not Interaction.objects.filter(subject="Not allowed").exists()


# --------------------------------------------------------------------------- contacts


@pytest.mark.req("AT-1")
def test_a_new_primary_contact_takes_over_and_both_changes_are_audited(world, rec):
    first = rec["contact"]
    second = services.key_contact_add(
        actor=world.pm_alice,
        sponsor=world.sponsor_a,
        name="Cole Aurora",
        decision_role="technical_lead",
        email="cole@aurora.example",
        is_primary=True,
    )
    first.refresh_from_db()
    assert second.is_primary and not first.is_primary and first.version == 2
    demoted = _event("clients.keycontact.updated", first)
    assert _changes(demoted) == {"is_primary": [True, False]}
    assert "Cole Aurora is now the primary contact" in demoted.reason
    services.key_contact_update(actor=world.pm_alice, contact=second, is_active=False)
    second.refresh_from_db()
    assert not second.is_active and not second.is_primary
    with pytest.raises(IntegrityError), transaction.atomic():
        KeyContact.objects.filter(pk=first.pk).update(is_primary=True)
        KeyContact.objects.filter(pk=second.pk).update(is_primary=True, is_active=True)


def test_a_contact_links_only_a_portal_account_of_its_own_sponsor(world, rec):
    with pytest.raises(ValidationError) as refused:
        services.key_contact_add(
            actor=world.pm_alice,
            sponsor=world.sponsor_a,
            name="Ben Borealis",
            decision_role="quality",
            user=world.sponsor_b_contact,
        )
    assert "user" in refused.value.message_dict
    with pytest.raises(ValidationError) as twice:
        services.key_contact_add(
            actor=world.pm_alice,
            sponsor=world.sponsor_a,
            name="Maya again",
            decision_role="quality",
            user=world.sponsor_a_manager,
        )
    assert "already linked" in twice.value.message_dict["user"][0]
    with pytest.raises(ValidationError) as bad:
        services.key_contact_add(
            actor=world.pm_alice,
            sponsor=world.sponsor_a,
            name="",
            decision_role="oracle",
            email="not-an-address",
        )
    assert {"name", "decision_role", "email"} <= set(bad.value.message_dict)


# --------------------------------------------------------------------------- interactions


@pytest.mark.req("AT-1")
def test_logging_an_interaction_audits_who_took_part(world, rec):
    interaction = rec["interaction"]
    event = _event("clients.interaction.logged", interaction)
    changes = _changes(event)
    assert changes["contacts"] == [None, [rec["contact"].pk]]
    assert changes["attendees"] == [None, [world.pm_alice.pk]]
    assert changes["rapport_notes"] == [None, RAPPORT]
    assert event.sponsor_id == world.sponsor_a.pk and event.actor_username == "pm.alice"


def test_another_sponsors_contact_is_refused_with_a_field_error(world, rec):
    with pytest.raises(ValidationError) as refused:
        services.interaction_log(
            actor=world.pm_alice,
            sponsor=world.sponsor_a,
            kind="meeting",
            occurred_on=TODAY,
            subject="Mixed meeting",
            contacts=[rec["contact"], rec["contact_b"]],
        )
    assert list(refused.value.message_dict) == ["contacts"]
    assert not Interaction.objects.filter(subject="Mixed meeting").exists()
    with pytest.raises(ValidationError) as on_edit:
        services.interaction_update(
            actor=world.pm_alice, interaction=rec["interaction"], contacts=[rec["contact_b"]]
        )
    assert "contacts" in on_edit.value.message_dict
    assert list(rec["interaction"].contacts.all()) == [rec["contact"]]


@pytest.mark.req("RC-5")
def test_interactions_are_in_the_past_and_our_attendees_are_cdmo_staff(world):
    with pytest.raises(ValidationError) as refused:
        services.interaction_log(
            actor=world.pm_alice,
            sponsor=world.sponsor_a,
            kind="teleconference",
            occurred_on=_days(3),
            subject="",
            attendees=[world.sponsor_a_manager],
        )
    assert {"occurred_on", "attendees"} <= set(refused.value.message_dict)
    with pytest.raises(ValidationError) as bad_kind:
        services.interaction_log(
            actor=world.pm_alice,
            sponsor=world.sponsor_a,
            kind="teleconference",
            occurred_on=TODAY,
            subject="",
        )
    assert {"kind", "subject"} <= set(bad_kind.value.message_dict)
    assert not Interaction.objects.exists()


@pytest.mark.req("AT-1")
def test_editing_an_interaction_is_audited_with_before_and_after(world, rec):
    interaction = services.interaction_update(
        actor=world.pm_alice,
        interaction=rec["interaction"],
        version=1,
        is_concern=True,
        attendees=[world.pm_alice, world.qa_quinn],
        reason="QA joined for the second half",
    )
    assert interaction.version == 2 and interaction.is_concern
    event = _event("clients.interaction.updated", interaction)
    assert _changes(event) == {
        "attendees": [[world.pm_alice.pk], sorted([world.pm_alice.pk, world.qa_quinn.pk])],
        "is_concern": [False, True],
    }
    assert event.reason == "QA joined for the second half"


# --------------------------------------------------------------------------- follow-ups


def test_follow_ups_belong_to_the_sponsor_and_to_cdmo_staff(world, rec):
    other = services.interaction_log(
        actor=world.pm_alice,
        sponsor=world.sponsor_b,
        kind="email",
        occurred_on=TODAY,
        subject="Borealis e-mail",
    )
    with pytest.raises(ValidationError) as refused:
        services.followup_add(
            actor=world.pm_alice,
            sponsor=world.sponsor_a,
            interaction=other,
            description="Crossed wires",
            owner=world.sponsor_a_manager,
            due_on=TODAY,
        )
    assert {"interaction", "owner"} <= set(refused.value.message_dict)
    assert not FollowUp.objects.filter(description="Crossed wires").exists()


@pytest.mark.req("AT-1")
def test_the_owner_closes_a_follow_up_and_others_need_the_right(world, rec):
    followup = services.followup_add(
        actor=world.pm_alice,
        sponsor=world.sponsor_a,
        description="QA to send the deviation summary",
        owner=world.qa_quinn,
        due_on=_days(-1),
    )
    with pytest.raises(PermissionDenied):
        services.followup_close(actor=world.admin_ada, followup=followup)
    closed = services.followup_close(actor=world.qa_quinn, followup=followup)
    assert closed.is_done and closed.done_on == TODAY and closed.closed_by == world.qa_quinn
    assert _changes(_event("clients.followup.closed", closed))["is_done"] == [False, True]
    with pytest.raises(ValidationError):
        services.followup_close(actor=world.pm_alice, followup=followup)
    with pytest.raises(IntegrityError), transaction.atomic():
        FollowUp.objects.filter(pk=followup.pk).update(closed_by=None)


def test_a_follow_up_cannot_be_done_in_the_future(world, rec):
    with pytest.raises(ValidationError) as refused:
        services.followup_close(actor=world.pm_alice, followup=rec["followup"], done_on=_days(1))
    assert "done_on" in refused.value.message_dict


def test_my_work_lists_my_follow_ups_due_this_week_overdue_first(world, rec):
    pm = world.pm_alice
    for description, due in (("Overdue promise", -4), ("Today promise", 0), ("Later", 20)):
        services.followup_add(
            actor=pm, sponsor=world.sponsor_b, description=description, owner=pm, due_on=_days(due)
        )
    services.followup_add(
        actor=pm, sponsor=world.sponsor_b, description="Quinn's", owner=world.qa_quinn, due_on=TODAY
    )
    widget = selectors.overdue_followups_widget(pm, today=TODAY)
    assert [f.description for f in widget["followups"]] == [
        "Overdue promise",
        "Today promise",
        "Send Aurora the revised timeline",
    ]
    assert widget["count"] == 3 and widget["overdue"] == 1
    page = _page(client_for(pm), "home:work")
    assert 'data-testid="my-followups"' in page and "Overdue promise" in page
    assert "overdue, due" in page and "due today" in page and "Later" not in page
    assert "Quinn&#x27;s" not in page
    assert selectors.overdue_followups_widget(world.sponsor_a_manager, today=TODAY)["count"] == 0


# --------------------------------------------------------------------------- health rules


def _facts(**kwargs) -> H.SponsorFacts:
    return H.SponsorFacts(today=TODAY, **{"last_interaction_on": _days(-3), **kwargs})


def test_health_contact_rule_by_days_since_the_last_interaction():
    assert H.contact_rule(_facts()) is None
    assert H.contact_rule(_facts(last_interaction_on=_days(-44))) is None
    assert H.contact_rule(_facts(last_interaction_on=_days(-45))) == H.Signal(
        "amber", "No interaction for 45 days"
    )
    assert H.contact_rule(_facts(last_interaction_on=_days(-90))).level == "red"
    assert H.contact_rule(_facts(last_interaction_on=None)) == H.Signal(
        "amber", "No interaction logged yet"
    )


def test_health_overdue_follow_ups_rule_by_count_and_age():
    assert H.overdue_followups_rule(_facts()) is None
    one = H.overdue_followups_rule(_facts(overdue_due_dates=(_days(-2),)))
    assert one == H.Signal("amber", "1 follow-up overdue (oldest by 2 days)")
    assert H.overdue_followups_rule(_facts(overdue_due_dates=(_days(-14),))).level == "red"
    three = (_days(-1), _days(-2), _days(-3))
    assert H.overdue_followups_rule(_facts(overdue_due_dates=three)).level == "red"


def test_health_open_concerns_rule():
    assert H.open_concerns_rule(_facts()) is None
    assert H.open_concerns_rule(_facts(open_concerns=("Late CoA",))) == H.Signal(
        "amber", "Open concern: Late CoA"
    )
    two = H.open_concerns_rule(_facts(open_concerns=("Late CoA", "Price")))
    assert two == H.Signal("red", "2 open concerns, latest: Late CoA")


def test_health_project_outcomes_rule():
    assert H.project_outcomes_rule(_facts()) is None
    amber = H.OffTrackProject("AUR-1", "amber", "Resin late")
    red = H.OffTrackProject("AUR-2", "red", "")
    assert H.project_outcomes_rule(_facts(projects_not_green=(amber,))) == H.Signal(
        "amber", "AUR-1 at risk: Resin late"
    )
    assert H.project_outcomes_rule(_facts(projects_not_green=(amber, red))) == H.Signal(
        "red", "AUR-2 off track"
    )


def test_health_is_the_worst_signal_with_reasons_worst_first():
    assert H.health_from([]) == H.Health("green", [])
    verdict = H.health_from([H.Signal("amber", "a"), H.Signal("red", "r"), H.Signal("green", "")])
    assert verdict.level == "red" and verdict.reasons == ["r", "a"] and verdict.label == "At risk"


def test_relationship_health_is_derived_from_the_records(world, rec):
    sponsor = world.sponsor_a
    assert H.relationship_health(sponsor, today=TODAY) == H.Health("green", [])
    assert "No interaction for 63 days" in H.relationship_health(sponsor, today=_days(60)).reasons
    concern = services.interaction_log(
        actor=world.pm_alice,
        sponsor=sponsor,
        kind="meeting",
        occurred_on=TODAY,
        subject="Unhappy about the CoA delay",
        is_concern=True,
    )
    assert H.relationship_health(sponsor, today=TODAY).reasons == [
        "Open concern: Unhappy about the CoA delay"
    ]
    action = services.followup_add(
        actor=world.pm_alice,
        sponsor=sponsor,
        interaction=concern,
        description="Expedite the CoA",
        owner=world.pm_alice,
        due_on=TODAY,
    )
    services.followup_close(actor=world.pm_alice, followup=action)
    assert H.relationship_health(sponsor, today=TODAY).level == "green"
    # Outcomes: an active project off track makes the relationship red.
    project_update(
        actor=world.pm_alice,
        project=world.project_a,
        health="red",
        health_reason="Batch failed",
        reason="Status review",
    )
    health = H.relationship_health(sponsor, today=_days(5))
    assert health.level == "red"
    assert health.reasons == [
        "AUR-101-TT off track: Batch failed",
        "1 follow-up overdue (oldest by 3 days)",
    ]


def test_other_apps_feed_signals_into_health(world, rec, monkeypatch):
    monkeypatch.setattr(H, "_SOURCES", [])
    H.register_signal_source(
        lambda ids, today: {world.sponsor_a.pk: [H.Signal("amber", "Proposal lost on price")]}
    )
    assert H.relationship_health(world.sponsor_a).reasons == ["Proposal lost on price"]
    assert H.relationship_health(world.sponsor_b).reasons == ["No interaction logged yet"]


def test_health_of_a_page_of_sponsors_costs_a_fixed_number_of_queries(world, rec):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as one:
        H.relationship_health_for([world.sponsor_a])
    for n in range(3):
        ProjectFactory(sponsor=world.sponsor_b, site=world.site, code=f"BOR-9{n}")
    with CaptureQueriesContext(connection) as two:
        verdicts = H.relationship_health_for([world.sponsor_a, world.sponsor_b])
    assert set(verdicts) == {world.sponsor_a.pk, world.sponsor_b.pk}
    # One query per rule (two for concerns: the records, and the flagged conversations no
    # record carries) and per registered signal source, whatever the page holds.
    assert len(two) == len(one) == 1 + len(H._SOURCES) + 4


# --------------------------------------------------------------------------- visibility


@pytest.mark.req("AZ-3")
def test_selectors_give_sponsor_users_nothing(world, rec):
    for persona in (world.sponsor_a_manager, world.sponsor_a_contact, world.sponsor_b_manager):
        assert not selectors.sponsor_profiles_visible_to(persona).exists()
        assert not selectors.key_contacts_visible_to(persona).exists()
        assert not selectors.interactions_visible_to(persona).exists()
        assert not selectors.followups_visible_to(persona).exists()
    assert selectors.interactions_visible_to(world.qa_quinn).count() == 1
    assert selectors.key_contacts_visible_to(world.admin_ada).count() == 2


@pytest.mark.req("AZ-1")
def test_sponsor_users_get_403_on_every_clients_page(world, rec):
    client = client_for(world.sponsor_a_manager)
    sponsor = world.sponsor_a.pk
    for name, pk in (
        ("clients:profile", sponsor),
        ("clients:profile_edit", sponsor),
        ("clients:contacts", sponsor),
        ("clients:interactions", sponsor),
        ("clients:interaction_detail", rec["interaction"].pk),
        ("clients:followups", sponsor),
        ("clients:timeline", sponsor),
    ):
        response = client.get(reverse(name, args=[pk]))
        assert response.status_code == 403, name
        assert "Aurora rapport" not in response.content.decode()
    close = client.post(reverse("clients:followup_close", args=[rec["followup"].pk]))
    assert close.status_code == 403 and not FollowUp.objects.get(pk=rec["followup"].pk).is_done


@pytest.mark.req("AZ-3")
def test_rapport_notes_never_reach_sponsor_users(world, rec):
    interaction = rec["interaction"]
    # Pages: their own company page has no relationship section, health or notes.
    for persona in (world.sponsor_a_manager, world.sponsor_a_contact):
        client = client_for(persona)
        for name, args in (
            ("sponsors:detail", [world.sponsor_a.pk]),
            ("sponsors:list", []),
            ("home:portal", []),
        ):
            page = _page(client, name, *args)
            assert "Aurora rapport" not in page and "Aurora steering call" not in page
            assert 'data-testid="relationship-health"' not in page
        # API: refused outright, whatever the id.
        for url in (
            f"/api/v1/interactions/{interaction.pk}",
            f"/api/v1/sponsors/{world.sponsor_a.pk}/interactions",
            f"/api/v1/sponsors/{world.sponsor_a.pk}/profile",
        ):
            response = client.get(url)
            assert response.status_code == 403, url
            assert "Aurora rapport" not in response.content.decode()
        # History: the interaction's is not theirs to read; their company's has no trace.
        history = client.get(reverse("audit:history", args=["clients.interaction", interaction.pk]))
        assert history.status_code == 404
        company = client.get(
            reverse("audit:history", args=["accounts.organization", world.sponsor_a.pk])
        )
        assert "Aurora rapport" not in company.content.decode()
    # And should a history ever be shown to them, the notes are redacted by the registry.
    entry = audited_type("clients.interaction")
    hidden = hidden_fields_for(world.sponsor_a_manager, entry)
    assert "rapport_notes" in hidden
    event = _event("clients.interaction.logged", interaction)
    redacted = {c.field: c.new for c in changes_of(event, hide=hidden)}
    assert redacted["rapport_notes"] == "(internal)"
    staff = client_for(world.qa_quinn)
    staff_history = staff.get(
        reverse("audit:history", args=["clients.interaction", interaction.pk])
    )
    assert "Aurora rapport" in staff_history.content.decode()


# --------------------------------------------------------------------------- pages


def test_the_sponsor_pages_show_health_and_relationship_tabs_to_staff(world, rec):
    client = client_for(world.qa_quinn)
    listing = _page(client, "sponsors:list")
    assert listing.count('data-testid="relationship-health"') == 2
    assert "No interaction logged yet" in listing  # sponsor B
    detail = _page(client, "sponsors:detail", world.sponsor_a.pk)
    assert (
        'data-testid="sponsor-tabs"' in detail and 'data-testid="relationship-overview"' in detail
    )
    assert "Aurora steering call" in detail and "Send Aurora the revised timeline" in detail
    profile = _page(client, "clients:profile", world.sponsor_a.pk)
    assert "Aurora success: clinic by spring" in profile and "Monoclonal antibody" in profile
    assert reverse("clients:profile_edit", args=[world.sponsor_a.pk]) not in profile  # QA reads


def test_editing_the_profile_on_the_page(world, rec, bd_bella):
    client = client_for(bd_bella)
    url = reverse("clients:profile_edit", args=[world.sponsor_a.pk])
    form = client.get(url).content.decode()
    assert 'name="sponsor_type"' in form and "Europe/Zurich" in form
    body = {
        "sponsor_type": "virtual_biotech",
        "modalities": ["adc"],
        "regions": ["north_america"],
        "time_zone": "Nowhere/Special",
        "version": "1",
    }
    refused = client.post(url, body).content.decode()
    assert 'id="id_time_zone_error_1"' in refused
    saved = client.post(url, {**body, "time_zone": "America/Chicago", "is_trendsetter": "on"})
    assert saved.status_code == 302
    profile = SponsorProfile.objects.get(sponsor=world.sponsor_a)
    assert profile.modalities == ["adc"] and profile.is_trendsetter
    assert Organization.objects.get(pk=world.sponsor_a.pk).sponsor_type == "virtual_biotech"
    # A project manager may edit the profile, not the sponsor type.
    pm_form = client_for(world.pm_alice).get(url).content.decode()
    assert 'name="sponsor_type"' not in pm_form
    assert client_for(world.qa_quinn).get(url).status_code == 403


def test_adding_and_editing_contacts_on_the_page(world, rec):
    client = client_for(world.pm_alice)
    url = reverse("clients:contact_create", args=[world.sponsor_a.pk])
    assert "aurora.contact" in client.get(url).content.decode()
    refused = client.post(
        url, {"name": "", "decision_role": "procurement", "user": world.sponsor_b_contact.pk}
    ).content.decode()
    assert 'id="id_name_error_1"' in refused and 'id="id_user_error_1"' in refused
    created = client.post(
        url,
        {
            "name": "Cole Aurora",
            "decision_role": "technical_lead",
            "user": world.sponsor_a_contact.pk,
        },
    )
    assert created.status_code == 302
    contact = KeyContact.objects.get(name="Cole Aurora")
    assert contact.user == world.sponsor_a_contact
    edit_url = reverse("clients:contact_edit", args=[contact.pk])
    saved = client.post(
        edit_url,
        {
            "name": "Cole Aurora",
            "decision_role": "project_lead",
            "title": "Project lead",
            "is_active": "on",
            "is_primary": "on",
            "version": contact.version,
        },
    )
    assert saved.status_code == 302
    contact.refresh_from_db()
    assert contact.is_primary and contact.user is None and contact.decision_role == "project_lead"
    page = _page(client, "clients:contacts", world.sponsor_a.pk)
    assert "Cole Aurora" in page and "Maya Aurora" in page


def test_logging_and_editing_an_interaction_on_the_page(world, rec):
    client = client_for(world.pm_alice)
    url = reverse("clients:interaction_create", args=[world.sponsor_a.pk])
    form = client.get(url).content.decode()
    assert "Maya Aurora" in form and "Bea Borealis" not in form
    refused = client.post(
        url,
        {
            "kind": "visit",
            "occurred_on": TODAY.isoformat(),
            "subject": "Site visit",
            "contacts": [rec["contact_b"].pk],
        },
    ).content.decode()
    assert 'id="id_contacts_error_1"' in refused
    future = client.post(
        url, {"kind": "visit", "occurred_on": _days(2).isoformat(), "subject": "Site visit"}
    ).content.decode()
    assert 'id="id_occurred_on_error_1"' in future
    assert not Interaction.objects.filter(subject="Site visit").exists()
    created = client.post(
        url,
        {
            "kind": "visit",
            "occurred_on": TODAY.isoformat(),
            "subject": "Site visit",
            "contacts": [rec["contact"].pk],
            "attendees": [world.pm_alice.pk],
            "rapport_notes": "Aurora rapport: loved the tour",
            "is_concern": "on",
        },
    )
    interaction = Interaction.objects.get(subject="Site visit")
    assert created["Location"] == reverse("clients:interaction_detail", args=[interaction.pk])
    detail = _page(client, "clients:interaction_detail", interaction.pk)
    assert "Aurora rapport: loved the tour" in detail and "Concern raised" in detail
    edit_url = reverse("clients:interaction_edit", args=[interaction.pk])
    assert client.get(edit_url).status_code == 200
    saved = client.post(
        edit_url,
        {
            "kind": "visit",
            "occurred_on": TODAY.isoformat(),
            "subject": "Site visit to Visp",
            "contacts": [rec["contact"].pk],
            "attendees": [world.pm_alice.pk],
            "version": interaction.version,
            "reason": "Named the site",
        },
    )
    assert saved.status_code == 302
    interaction.refresh_from_db()
    assert interaction.subject == "Site visit to Visp" and not interaction.is_concern


def test_the_interaction_list_searches_filters_and_paginates(world, rec):
    for n in range(30):
        services.interaction_log(
            actor=world.pm_alice,
            sponsor=world.sponsor_a,
            kind="email" if n % 2 else "call",
            occurred_on=_days(-10 - n),
            subject=f"Weekly note {n:02d}",
        )
    client = client_for(world.qa_quinn)
    first = _page(client, "clients:interactions", world.sponsor_a.pk)
    assert "Aurora steering call" in first and "Showing 1–25 of 31" in first
    emails = _page(client, "clients:interactions", world.sponsor_a.pk, kind="email")
    assert "Weekly note 01" in emails and "Weekly note 02" not in emails
    found = _page(client, "clients:interactions", world.sponsor_a.pk, q="Maya")
    assert "Aurora steering call" in found and "Weekly note" not in found
    window = _page(
        client,
        "clients:interactions",
        world.sponsor_a.pk,
        start=_days(-12).isoformat(),
        end=_days(-10).isoformat(),
    )
    assert "Weekly note 00" in window and "Weekly note 03" not in window
    assert "Aurora steering call" not in window


def test_follow_ups_are_added_listed_and_closed_on_the_page(world, rec):
    client = client_for(world.pm_alice)
    url = reverse("clients:followup_create", args=[world.sponsor_a.pk])
    assert client.get(url, {"interaction": rec["interaction"].pk}).status_code == 200
    refused = client.post(url, {"description": "", "owner": world.sponsor_a_manager.pk})
    body = refused.content.decode()
    assert 'id="id_description_error_1"' in body and 'id="id_owner_error_1"' in body
    created = client.post(
        url,
        {
            "description": "Book the QA-to-QA call",
            "owner": world.qa_quinn.pk,
            "due_on": _days(-1).isoformat(),
        },
    )
    assert created.status_code == 302
    followup = FollowUp.objects.get(description="Book the QA-to-QA call")
    listing = _page(client, "clients:followups", world.sponsor_a.pk)
    assert "Book the QA-to-QA call" in listing and "Overdue" in listing
    closed = client.post(reverse("clients:followup_close", args=[followup.pk]))
    assert closed.status_code == 302 and FollowUp.objects.get(pk=followup.pk).is_done
    done = _page(client, "clients:followups", world.sponsor_a.pk, status="done")
    assert "Book the QA-to-QA call" in done
    assert "Book the QA-to-QA call" not in _page(client, "clients:followups", world.sponsor_a.pk)
    again = client.post(reverse("clients:followup_close", args=[followup.pk]), follow=True)
    assert "already done" in again.content.decode()
    assert client.get(reverse("clients:followup_close", args=[followup.pk])).status_code == 405


def test_the_timeline_tells_the_sponsors_story_newest_first(world, rec):
    page = _page(client_for(world.qa_quinn), "clients:timeline", world.sponsor_a.pk)
    followup = page.index("Follow-up due: Send Aurora the revised timeline")
    call = page.index("Call: Aurora steering call")
    project = page.index("Project started: AUR-101-TT")
    assert followup < call < project
    assert "Project planned to start: AUR-202-PD" in page


# --------------------------------------------------------------------------- API


@pytest.mark.req("AZ-3")
def test_the_api_serves_profiles_and_interactions_to_staff(world, rec):
    client = client_for(world.qa_quinn)
    profile = client.get(f"/api/v1/sponsors/{world.sponsor_a.pk}/profile").json()
    assert profile["exists"] is True and profile["modalities"] == ["monoclonal_antibody", "adc"]
    assert profile["health"]["level"] == "green" and profile["contacts"][0]["name"] == "Maya Aurora"
    empty = client.get(f"/api/v1/sponsors/{world.sponsor_b.pk}/profile").json()
    assert empty["exists"] is False and empty["health"]["reasons"] == ["No interaction logged yet"]
    listing = client.get(f"/api/v1/sponsors/{world.sponsor_a.pk}/interactions").json()
    assert listing["count"] == 1 and "rapport_notes" not in listing["items"][0]
    assert listing["items"][0]["attendees"] == ["Alice Morgan"]
    assert (
        client.get(f"/api/v1/sponsors/{world.sponsor_a.pk}/interactions", {"kind": "email"}).json()[
            "count"
        ]
        == 0
    )
    assert (
        client.get(
            f"/api/v1/sponsors/{world.sponsor_a.pk}/interactions", {"kind": "nonsense"}
        ).status_code
        == 422
    )
    one = client.get(f"/api/v1/interactions/{rec['interaction'].pk}").json()
    assert one["rapport_notes"] == RAPPORT
    assert one["follow_ups"][0]["description"] == "Send Aurora the revised timeline"
    assert client.get("/api/v1/interactions/987654").status_code == 404
