"""Writes to sponsors and their relationship records through the API: the same services,
permissions and isolation as the pages (sponsor users 403 whatever the id, another
sponsor's record unseen), validation naming the API's fields, versions and ETags."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.accounts.models import Organization
from accord.audit.models import AuditEvent
from accord.clients import services
from accord.clients.models import FollowUp, Interaction, KeyContact, SponsorProfile
from tests.conftest import World, client_for
from tests.test_clients import world_clients
from tests.test_proposals import bd_blake

JSON = "application/json"


def _post(client, url: str, body: dict, **headers):
    return client.post(url, body, content_type=JSON, headers=headers)


def _patch(client, url: str, body: dict, **headers):
    return client.patch(url, body, content_type=JSON, headers=headers)


def _fields(response) -> list[str]:
    return [error["field"] for error in response.json()["errors"]]


# --------------------------------------------------------------------------- sponsors


def test_staff_add_a_sponsor_and_read_it_back_with_its_etag(world: World):
    bd = client_for(bd_blake(world))
    response = _post(
        bd,
        "/api/v1/sponsors",
        {"name": "Cirrus Bio", "short_name": "CIR", "sponsor_type": "biotech", "country": "CH"},
    )
    assert response.status_code == 201, response.content
    created = response.json()
    assert created["sponsor_type_label"] == "Small/mid biotech" and created["is_active"]
    assert response["ETag"] == f'"{created["token"]}"'
    read = bd.get(f"/api/v1/sponsors/{created['id']}")
    assert read.json()["name"] == "Cirrus Bio" and read["ETag"] == response["ETag"]
    event = AuditEvent.objects.get(
        action="accounts.organization.created", target_id=str(created["id"])
    )
    assert event.channel == "api"


def test_a_new_sponsor_is_validated_and_a_sponsor_user_may_not_add_one(world: World):
    bd = client_for(bd_blake(world))
    before = Organization.objects.count()
    taken = _post(
        bd,
        "/api/v1/sponsors",
        {"name": "Aurora Therapeutics", "short_name": "AUX", "sponsor_type": "biotech"},
    )
    assert taken.status_code == 422 and _fields(taken) == ["name"]
    bad_type = _post(
        bd, "/api/v1/sponsors", {"name": "X", "short_name": "X", "sponsor_type": "giant"}
    )
    assert bad_type.status_code == 422 and _fields(bad_type) == ["sponsor_type"]
    refused = _post(
        client_for(world.sponsor_a_manager),
        "/api/v1/sponsors",
        {"name": "Sneaky", "short_name": "SNK", "sponsor_type": "biotech"},
    )
    assert refused.status_code == 403
    assert Organization.objects.count() == before


def test_a_sponsor_is_changed_with_its_token_and_a_stale_one_is_refused(world: World):
    bd = client_for(bd_blake(world))
    url = f"/api/v1/sponsors/{world.sponsor_a.pk}"
    etag = bd.get(url)["ETag"]
    assert _patch(bd, url, {"country": "CH"}).status_code == 428
    changed = _patch(bd, url, {"country": "CH", "reason": "Moved"}, **{"If-Match": etag})
    assert changed.status_code == 200 and changed.json()["country"] == "CH"
    assert changed["ETag"] != etag
    stale = _patch(bd, url, {"country": "DE"}, **{"If-Match": etag})
    assert stale.status_code == 412
    world.sponsor_a.refresh_from_db()
    assert world.sponsor_a.country == "CH"
    body_token = _patch(bd, url, {"website": "https://aurora.example", "token": "stale"})
    assert body_token.status_code == 409
    cdmo = _patch(bd, f"/api/v1/sponsors/{world.cdmo.pk}", {"name": "X", "token": "x"})
    assert cdmo.status_code == 404
    sponsor = _patch(client_for(world.sponsor_a_manager), url, {"name": "Aurora", "token": "x"})
    assert sponsor.status_code == 403


def test_the_profile_is_written_whole_with_its_version(world: World):
    bd = client_for(bd_blake(world))
    url = f"/api/v1/sponsors/{world.sponsor_b.pk}/profile"
    assert bd.get(url)["ETag"] == '"0"'
    body = {
        "modalities": ["peptide"],
        "regions": ["europe"],
        "communication_cadence": "monthly",
        "time_zone": "Europe/Zurich",
        "account_owner_id": world.pm_alice.pk,
        "success_definition": "Borealis: filing on time",
    }
    created = bd.put(url, {**body, "version": 0}, content_type=JSON)
    assert created.status_code == 200, created.content
    assert created.json()["exists"] and created.json()["account_owner_name"] == "Alice Morgan"
    assert created["ETag"] == '"1"'
    stale = bd.put(url, {**body, "regions": ["asia_pacific"], "version": 0}, content_type=JSON)
    assert stale.status_code == 409
    owner = bd.put(
        url,
        {**body, "account_owner_id": world.sponsor_b_manager.pk},
        content_type=JSON,
        headers={"If-Match": '"1"'},
    )
    assert owner.status_code == 422 and _fields(owner) == ["account_owner_id"]
    assert SponsorProfile.objects.get(sponsor=world.sponsor_b).regions == ["europe"]


# --------------------------------------------------------------------------- contacts


def test_contacts_are_added_listed_and_edited_with_their_version(world: World):
    rec = world_clients(world)
    bd = client_for(bd_blake(world))
    url = f"/api/v1/sponsors/{world.sponsor_a.pk}/contacts"
    created = _post(
        bd,
        url,
        {
            "name": "Tom Aurora",
            "decision_role": "quality",
            "title": "Head of QA",
            "user_id": world.sponsor_a_contact.pk,
            "is_primary": True,
        },
    )
    assert created.status_code == 201, created.content
    contact = created.json()
    assert contact["decision_role_label"] == "Quality" and contact["is_primary"]
    assert created["ETag"] == '"1"'
    # The previous primary contact stepped down, audited.
    previous = bd.get(f"/api/v1/contacts/{rec['contact'].pk}").json()
    assert previous["is_primary"] is False
    listing = bd.get(url, {"q": "Tom"}).json()
    assert [c["name"] for c in listing["items"]] == ["Tom Aurora"]
    detail = f"/api/v1/contacts/{contact['id']}"
    retired = _patch(bd, detail, {"is_active": False, "reason": "Left"}, **{"If-Match": '"1"'})
    assert retired.status_code == 200
    assert retired.json()["is_active"] is False and retired.json()["is_primary"] is False
    assert _patch(bd, detail, {"title": "CQO", "version": 1}).status_code == 409
    assert [c["name"] for c in bd.get(url, {"is_active": False}).json()["items"]] == ["Tom Aurora"]


def test_a_contact_refuses_another_sponsors_account_and_writes_nothing(world: World):
    world_clients(world)
    bd = client_for(bd_blake(world))
    before = KeyContact.objects.count()
    other = _post(
        bd,
        f"/api/v1/sponsors/{world.sponsor_a.pk}/contacts",
        {"name": "Bea", "decision_role": "quality", "user_id": world.sponsor_b_manager.pk},
    )
    assert other.status_code == 422 and _fields(other) == ["user_id"]
    empty = _post(bd, f"/api/v1/sponsors/{world.sponsor_a.pk}/contacts", {"decision_role": "x"})
    assert empty.status_code == 422 and set(_fields(empty)) == {"name", "decision_role"}
    assert KeyContact.objects.count() == before


def test_sponsor_users_never_reach_contacts_whatever_the_id(world: World):
    rec = world_clients(world)
    for persona in (world.sponsor_a_manager, world.sponsor_b_manager):
        client = client_for(persona)
        assert client.get(f"/api/v1/sponsors/{world.sponsor_a.pk}/contacts").status_code == 403
        assert client.get(f"/api/v1/contacts/{rec['contact'].pk}").status_code == 403
        response = _patch(client, f"/api/v1/contacts/{rec['contact'].pk}", {"version": 1})
        assert response.status_code == 403
    assert client_for(world.pm_alice).get("/api/v1/contacts/987654").status_code == 404


# --------------------------------------------------------------------------- interactions


def test_an_interaction_is_logged_and_corrected_through_the_api(world: World):
    rec = world_clients(world)
    pm = client_for(world.pm_alice)
    today = dt.date.today()
    created = _post(
        pm,
        f"/api/v1/sponsors/{world.sponsor_a.pk}/interactions",
        {
            "kind": "meeting",
            "occurred_on": today.isoformat(),
            "subject": "Aurora site visit debrief",
            "contact_ids": [rec["contact"].pk],
            "attendee_ids": [world.pm_alice.pk],
            "is_concern": True,
            "rapport_notes": "Tense about the timeline",
        },
        **{"Idempotency-Key": "visit-1"},
    )
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["contacts"][0]["name"] == "Maya Aurora" and body["attendees"] == ["Alice Morgan"]
    assert body["rapport_notes"] == "Tense about the timeline" and body["is_concern"]
    replay = _post(
        pm,
        f"/api/v1/sponsors/{world.sponsor_a.pk}/interactions",
        {
            "kind": "meeting",
            "occurred_on": today.isoformat(),
            "subject": "Aurora site visit debrief",
            "contact_ids": [rec["contact"].pk],
            "attendee_ids": [world.pm_alice.pk],
            "is_concern": True,
            "rapport_notes": "Tense about the timeline",
        },
        **{"Idempotency-Key": "visit-1"},
    )
    assert replay.status_code == 201 and replay["Idempotent-Replayed"] == "true"
    assert replay.json()["id"] == body["id"]
    assert Interaction.objects.filter(subject="Aurora site visit debrief").count() == 1
    url = f"/api/v1/interactions/{body['id']}"
    fixed = _patch(
        pm, url, {"subject": "Aurora visit debrief", "contact_ids": []}, **{"If-Match": '"1"'}
    )
    assert fixed.status_code == 200 and fixed.json()["contacts"] == []
    assert fixed["ETag"] == '"2"'
    assert _patch(pm, url, {"subject": "Old"}, **{"If-Match": '"1"'}).status_code == 412
    assert pm.get(url).json()["subject"] == "Aurora visit debrief"


def test_an_interaction_names_the_bad_fields_and_writes_nothing(world: World):
    world_clients(world)
    contact_b = world_clients(world)["contact_b"]
    pm = client_for(world.pm_alice)
    before = Interaction.objects.count()
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    response = _post(
        pm,
        f"/api/v1/sponsors/{world.sponsor_a.pk}/interactions",
        {
            "kind": "call",
            "occurred_on": tomorrow.isoformat(),
            "subject": "Future call",
            "contact_ids": [contact_b.pk],
            "attendee_ids": [world.sponsor_a_manager.pk],
        },
    )
    assert response.status_code == 422
    assert set(_fields(response)) == {"occurred_on", "contact_ids", "attendee_ids"}
    assert Interaction.objects.count() == before
    refused = _post(
        client_for(world.sponsor_a_manager),
        f"/api/v1/sponsors/{world.sponsor_a.pk}/interactions",
        {"kind": "call", "occurred_on": "2026-01-05", "subject": "Sneaky"},
    )
    assert refused.status_code == 403


# --------------------------------------------------------------------------- follow-ups


def test_follow_ups_are_promised_listed_and_closed_by_their_owner(world: World):
    rec = world_clients(world)
    pm = client_for(world.pm_alice)
    url = f"/api/v1/sponsors/{world.sponsor_a.pk}/follow-ups"
    due = (dt.date.today() + dt.timedelta(days=5)).isoformat()
    created = _post(
        pm,
        url,
        {
            "description": "Send the stability protocol",
            "due_on": due,
            "interaction_id": rec["interaction"].pk,
        },
    )
    assert created.status_code == 201, created.content
    followup = created.json()
    assert followup["owner_name"] == "Alice Morgan" and followup["is_done"] is False
    open_ones = [f["description"] for f in pm.get(url).json()["items"]]
    assert "Send the stability protocol" in open_ones
    # Someone who is neither its owner nor a relationship lead may not close it.
    closed_by_other = _post(
        client_for(world.qa_quinn), f"/api/v1/follow-ups/{followup['id']}/close", {}
    )
    assert closed_by_other.status_code == 403
    closed = _post(pm, f"/api/v1/follow-ups/{followup['id']}/close", {})
    assert closed.status_code == 200 and closed.json()["is_done"]
    assert closed.json()["closed_by_name"] == "Alice Morgan"
    again = _post(pm, f"/api/v1/follow-ups/{followup['id']}/close", {})
    assert again.status_code == 422
    done = [f["id"] for f in pm.get(url, {"status": "done"}).json()["items"]]
    assert followup["id"] in done
    assert pm.get(url, {"status": "someday"}).status_code == 422


def test_a_follow_up_names_its_bad_fields_and_writes_nothing(world: World):
    rec = world_clients(world)
    pm = client_for(world.pm_alice)
    before = FollowUp.objects.count()
    other_sponsors = services.interaction_log(
        actor=world.pm_alice,
        sponsor=world.sponsor_b,
        kind="call",
        occurred_on=dt.date.today(),
        subject="Borealis call",
    )
    response = _post(
        pm,
        f"/api/v1/sponsors/{world.sponsor_a.pk}/follow-ups",
        {
            "description": "Call back",
            "due_on": "2026-01-05",
            "owner_id": world.sponsor_a_manager.pk,
            "interaction_id": other_sponsors.pk,
        },
    )
    assert response.status_code == 422
    assert set(_fields(response)) == {"owner_id", "interaction_id"}
    assert FollowUp.objects.count() == before
    assert (
        client_for(world.sponsor_b_manager)
        .get(f"/api/v1/follow-ups/{rec['followup'].pk}")
        .status_code
        == 403
    )


@pytest.mark.parametrize("persona", ["sponsor_a_manager", "sponsor_b_contact"])
def test_sponsor_users_are_refused_every_relationship_write(world: World, persona: str):
    rec = world_clients(world)
    client = client_for(getattr(world, persona))
    writes = [
        _post(
            client,
            f"/api/v1/sponsors/{world.sponsor_a.pk}/follow-ups",
            {"description": "x", "due_on": "2026-01-05"},
        ),
        _post(client, f"/api/v1/follow-ups/{rec['followup'].pk}/close", {}),
        _patch(client, f"/api/v1/interactions/{rec['interaction'].pk}", {"version": 1}),
        client.put(
            f"/api/v1/sponsors/{world.sponsor_a.pk}/profile", {"version": 1}, content_type=JSON
        ),
    ]
    assert [w.status_code for w in writes] == [403, 403, 403, 403]
    assert not FollowUp.objects.filter(description="x").exists()
