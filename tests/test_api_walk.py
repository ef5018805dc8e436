"""The whole way from a new sponsor to a running project and its first change order,
through the API alone.

Every step is an HTTP call as the person who takes it on the pages; nothing is written
through a service or the ORM (the named people are the world's, or made once like the
other proposal tests' business developer and executive). The ORM is read only to check
what a user would see."""

from __future__ import annotations

import datetime as dt

from accord.audit.models import AuditEvent
from accord.projects.models import Project
from tests.conftest import World, client_for
from tests.factories import PASSWORD, UserFactory
from tests.test_proposals import bd_blake, exec_erin

JSON = "application/json"


def _call(client, method: str, url: str, body: dict | None = None, etag: str | None = None):
    headers = {"If-Match": etag} if etag else {}
    response = getattr(client, method)(url, body or {}, content_type=JSON, headers=headers)
    assert response.status_code in (200, 201), (method, url, response.content)
    return response


def _sign(user) -> dict:
    return {"username": user.username, "password": PASSWORD, "acknowledge": True}


def test_a_new_sponsor_becomes_a_project_through_the_api_alone(world: World):
    blake, erin = bd_blake(world), exec_erin(world)
    bd, qa, finance = client_for(blake), client_for(world.qa_quinn), client_for(erin)

    # The sponsor and the person we talk to.
    sponsor = _call(
        bd,
        "post",
        "/api/v1/sponsors",
        {"name": "Nimbus Biologics", "short_name": "NIM", "sponsor_type": "biotech"},
    ).json()
    contact = _call(
        bd,
        "post",
        f"/api/v1/sponsors/{sponsor['id']}/contacts",
        {"name": "Nora Nimbus", "decision_role": "decision_maker", "is_primary": True},
    ).json()
    assert contact["is_primary"] and contact["sponsor_id"] == sponsor["id"]

    # Their RFP, and our proposal for it.
    rfp = _call(
        bd,
        "post",
        "/api/v1/rfps",
        {
            "sponsor_id": sponsor["id"],
            "title": "Nimbustat clinical supply",
            "services": ["process_development", "clinical_manufacturing"],
            "modality": "small_molecule",
            "phase": "first_in_human",
            "molecule": "nimbustat",
        },
    ).json()
    assert rfp["number"] == f"RFP-NIM-{dt.date.today().year}-001"
    proposal = _call(
        bd, "post", f"/api/v1/rfps/{rfp['id']}/proposals", {"title": "Nimbustat API"}
    ).json()
    revision_id = proposal["revisions"][0]["id"]
    base = f"/api/v1/proposal-revisions/{revision_id}"

    # Its content: a timeline, priced scope, payment milestones, the complexity.
    start = dt.date(2026, 3, 2)
    etag = bd.get(base)["ETag"]
    etag = _call(
        bd,
        "put",
        f"{base}/timeline",
        {"template_code": "small_molecule_tt", "start": start.isoformat(), "batches": 2},
        etag,
    )["ETag"]
    for item in (
        {
            "service": "process_development",
            "description": "Route scouting and optimization",
            "unit": "FTE-month",
            "quantity": "6",
            "unit_price": "25000.00",
            "deliverables": "Development report",
        },
        {
            "service": "clinical_manufacturing",
            "description": "GMP batch of 5 kg",
            "unit": "batch",
            "quantity": "2",
            "unit_price": "180000.00",
        },
    ):
        etag = _call(bd, "post", f"{base}/scope-items", item)["ETag"]
    for milestone in (
        {"name": "Kick-off", "trigger": "on signature", "percent": "30"},
        {"name": "Release", "trigger": "on batch release", "percent": "70"},
    ):
        etag = _call(bd, "post", f"{base}/milestones", milestone)["ETag"]
    factors = dict.fromkeys(
        (
            "high_potency",
            "novel_modality",
            "flow_chemistry",
            "scale",
            "regulatory_path",
            "tight_timeline",
            "analytical",
            "cold_chain_controlled",
        ),
        0,
    )
    internal = _call(bd, "put", f"{base}/complexity", factors, etag)
    assert internal.json()["required_reviews"] == ["quality", "finance"]

    # Review and approval, signed; then the owner signs and sends it.
    etag = _call(bd, "post", f"{base}/submit", {}, internal["ETag"])["ETag"]
    etag = _call(
        qa,
        "post",
        f"{base}/reviews",
        {"kind": "quality", "decision": "reviewed", **_sign(world.qa_quinn)},
        etag,
    )["ETag"]
    approved = _call(
        finance,
        "post",
        f"{base}/reviews",
        {"kind": "finance", "decision": "reviewed", **_sign(erin)},
        etag,
    )
    assert approved.json()["status"] == "approved"
    sent = _call(
        bd,
        "post",
        f"{base}/send",
        {"meaning": "authored", **_sign(blake)},
        approved["ETag"],
    )
    assert sent.json()["status"] == "sent"
    assert bd.get(f"/api/v1/rfps/{rfp['id']}").json()["status"] == "proposal_sent"

    # Won: the proposal becomes the project, its baseline signed by its manager.
    outcome = _call(
        bd,
        "post",
        f"/api/v1/rfps/{rfp['id']}/win",
        {
            "revision_id": revision_id,
            "pm_id": world.pm_alice.pk,
            "project_code": "NIM-101",
            "start_date": start.isoformat(),
            "reason": "Purchase order NIM-0042 signed",
            **_sign(world.pm_alice),
        },
    ).json()
    assert outcome["kind"] == "won" and outcome["project_code"] == "NIM-101"
    project = client_for(world.pm_alice).get(f"/api/v1/projects/{outcome['project_id']}")
    assert project.status_code == 200
    assert project.json()["code"] == "NIM-101" and project.json()["sponsor"]["id"] == sponsor["id"]
    assert bd.get(base).json()["status"] == "accepted"

    created = Project.objects.get(pk=outcome["project_id"])
    assert created.baselines.exists()

    # The project's first change order: drafted by its manager, sent by QA, accepted with
    # a signature by the sponsor's manager. Accounts are made by an administrator, not
    # through the API, so the sponsor's manager is the one person made here.
    nora = UserFactory(
        organization=created.sponsor,
        username="nimbus.nora",
        first_name="Nora",
        last_name="Nimbus",
        role_codes=("sponsor_manager",),
    )
    pm = client_for(world.pm_alice)
    order = _call(
        pm,
        "post",
        f"/api/v1/projects/{created.pk}/change-orders",
        {
            "title": "Add a second engineering batch",
            "sow_reference": "SOW v1 §3",
            "scope_change": "One more engineering batch before the clinical campaign.",
            "justification": "The sponsor asked for more material for toxicology.",
            "price_change": "48000.00",
            "currency": "EUR",
        },
    )
    assert order.status_code == 201 and order.json()["status"] == "draft"
    url = f"/api/v1/change-orders/{order.json()['id']}"
    submitted = _call(pm, "post", f"{url}/submit", {}, order["ETag"])
    sent = _call(qa, "post", f"{url}/send", {}, submitted["ETag"])
    assert sent.json()["status"] == "sent"
    sponsor_side = client_for(nora)
    seen = sponsor_side.get(url)
    assert seen.status_code == 200 and seen.json()["price_change"] == "48000.00"
    accepted = _call(
        sponsor_side,
        "post",
        f"{url}/accept",
        {**_sign(nora), "reason": "Agreed with our toxicology lead."},
        seen["ETag"],
    ).json()
    assert accepted["status"] == "approved"
    assert [s["printed_name"] for s in accepted["signatures"]] == [nora.printed_name]
    assert pm.get(url).json()["status"] == "approved"

    # Everything above came through the API, so the audit trail says so (but for the
    # sponsor manager's account, made by an administrator).
    channels = set(
        AuditEvent.objects.filter(sponsor_id=sponsor["id"])
        .exclude(action="accounts.user.created")
        .values_list("channel", flat=True)
    )
    assert channels == {"api"}
