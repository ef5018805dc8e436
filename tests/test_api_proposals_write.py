"""Writes to RFPs, proposals, revisions, reviews and outcomes through the API: the same
services, permissions, signatures and isolation as the pages; what a sponsor user reads
of it (the revision as sent, never the internal pricing notes or the reviews)."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.audit.models import AuditEvent
from accord.projects.models import Project
from accord.proposals.models import (
    PaymentMilestone,
    Proposal,
    ProposalReview,
    Rfp,
    RfpOutcome,
)
from tests.conftest import World, client_for
from tests.factories import PASSWORD
from tests.test_proposal_outcomes import START, sent_with_timeline
from tests.test_proposals import LOW, _proposal, _r, _rfp, bd_blake, exec_erin

JSON = "application/json"
RFP_BODY = {
    "title": "Aurostat clinical supply",
    "services": ["process_development", "clinical_manufacturing"],
    "modality": "small_molecule",
    "phase": "first_in_human",
    "molecule": "aurostat",
    "quantity_amount": "10",
    "quantity_unit": "kg",
}


def _post(client, url: str, body: dict | None = None, **headers):
    return client.post(url, body or {}, content_type=JSON, headers=headers)


def _patch(client, url: str, body: dict, **headers):
    return client.patch(url, body, content_type=JSON, headers=headers)


def _put(client, url: str, body: dict, **headers):
    return client.put(url, body, content_type=JSON, headers=headers)


def _fields(response) -> list[str]:
    return [error["field"] for error in response.json()["errors"]]


def _if(response) -> dict:
    return {"If-Match": response["ETag"]}


def _ready_revision(world: World) -> tuple[object, int, dict]:
    """A draft R1 built through the API: two scope items, 30/70 milestones, a low
    complexity. Returns the owner's client, the revision id and the last response."""
    bd = client_for(bd_blake(world))
    rfp = _post(bd, "/api/v1/rfps", {**RFP_BODY, "sponsor_id": world.sponsor_a.pk}).json()
    proposal = _post(bd, f"/api/v1/rfps/{rfp['id']}/proposals", {"title": "Aurostat API"})
    revision_id = proposal.json()["revisions"][0]["id"]
    base = f"/api/v1/proposal-revisions/{revision_id}"
    for item in (
        {
            "service": "process_development",
            "description": "Route scouting",
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
        assert _post(bd, f"{base}/scope-items", item).status_code == 201
    for milestone in (
        {"name": "Kick-off", "trigger": "on signature", "percent": "30"},
        {"name": "Release", "trigger": "on batch release", "percent": "70"},
    ):
        assert _post(bd, f"{base}/milestones", milestone).status_code == 201
    last = _put(bd, f"{base}/complexity", LOW, **_if(bd.get(base)))
    assert last.status_code == 200, last.content
    return bd, revision_id, last


def _sign(user) -> dict:
    return {"username": user.username, "password": PASSWORD, "acknowledge": True}


# --------------------------------------------------------------------------- RFPs


def test_staff_log_an_rfp_and_a_sponsor_submits_only_its_own(world: World):
    bd = client_for(bd_blake(world))
    logged = _post(bd, "/api/v1/rfps", {**RFP_BODY, "sponsor_id": world.sponsor_b.pk})
    assert logged.status_code == 201, logged.content
    assert logged.json()["number"].startswith("RFP-BOR-") and logged["ETag"] == '"1"'
    event = AuditEvent.objects.get(
        action="proposals.rfp.created", target_id=str(logged.json()["id"])
    )
    assert event.channel == "api"
    manager = client_for(world.sponsor_a_manager)
    own = _post(manager, "/api/v1/rfps", RFP_BODY)
    assert own.status_code == 201 and own.json()["sponsor_id"] == world.sponsor_a.pk
    assert own.json()["received_on"] == dt.date.today().isoformat()
    before = Rfp.objects.count()
    other = _post(manager, "/api/v1/rfps", {**RFP_BODY, "sponsor_id": world.sponsor_b.pk})
    assert other.status_code == 404
    no_sponsor = _post(bd, "/api/v1/rfps", RFP_BODY)
    assert no_sponsor.status_code == 422 and _fields(no_sponsor) == ["sponsor_id"]
    bad = _post(
        bd,
        "/api/v1/rfps",
        {**RFP_BODY, "sponsor_id": world.sponsor_a.pk, "services": ["teleportation"]},
    )
    assert bad.status_code == 422 and _fields(bad) == ["services.0"]
    backwards = _post(
        bd,
        "/api/v1/rfps",
        {
            **RFP_BODY,
            "sponsor_id": world.sponsor_a.pk,
            "desired_start": "2026-06-01",
            "desired_delivery": "2026-05-01",
        },
    )
    assert backwards.status_code == 422 and _fields(backwards) == ["desired_delivery"]
    assert Rfp.objects.count() == before


def test_an_rfp_is_corrected_with_its_version_and_qualified(world: World):
    rfp = _rfp(world)
    bd = client_for(bd_blake(world))
    url = f"/api/v1/rfps/{rfp.pk}"
    assert _patch(bd, url, {"title": "Aurostat Phase 1 supply"}).status_code == 428
    changed = _patch(bd, url, {"title": "Aurostat Phase 1 supply"}, **_if(bd.get(url)))
    assert changed.status_code == 200 and changed.json()["title"] == "Aurostat Phase 1 supply"
    stale = _patch(bd, url, {"title": "Older"}, **{"If-Match": '"1"'})
    assert stale.status_code == 412 and stale["ETag"] == '"2"'
    assert bd.get(url).json()["title"] == "Aurostat Phase 1 supply"
    qualified = _post(bd, f"{url}/qualify")
    assert qualified.status_code == 200 and qualified.json()["status"] == "qualifying"
    assert _post(bd, f"{url}/qualify").status_code == 409
    sponsor = client_for(world.sponsor_a_manager)
    assert _patch(sponsor, url, {"title": "Mine", "version": 3}).status_code == 403
    assert _post(sponsor, f"{url}/qualify").status_code == 403


# --------------------------------------------------------------------------- proposals


def test_a_proposal_is_started_with_an_owner_and_renamed_with_its_version(world: World):
    rfp = _rfp(world)
    bd = client_for(bd_blake(world))
    url = f"/api/v1/rfps/{rfp.pk}/proposals"
    wrong_owner = _post(bd, url, {"title": "Aurostat API", "owner_id": world.pm_alice.pk})
    assert wrong_owner.status_code == 422 and _fields(wrong_owner) == ["owner_id"]
    assert not Proposal.objects.filter(rfp=rfp).exists()
    first = _post(
        bd, url, {"title": "Aurostat API", "currency": "EUR"}, **{"Idempotency-Key": "p-1"}
    )
    assert first.status_code == 201, first.content
    replay = _post(
        bd, url, {"title": "Aurostat API", "currency": "EUR"}, **{"Idempotency-Key": "p-1"}
    )
    assert replay.json() == first.json() and replay["Idempotent-Replayed"] == "true"
    assert Proposal.objects.filter(rfp=rfp).count() == 1
    proposal = first.json()
    assert proposal["owner_name"] == "Blake Dumont" and proposal["currency"] == "EUR"
    assert [(r["reference"], r["status"]) for r in proposal["revisions"]] == [("R1", "draft")]
    assert bd.get(f"/api/v1/rfps/{rfp.pk}").json()["status"] == "in_preparation"
    mine = bd.get("/api/v1/proposals", {"owner_id": bd_blake(world).pk}).json()["items"]
    assert proposal["id"] in [p["id"] for p in mine]
    assert not bd.get("/api/v1/proposals", {"owner_id": world.pm_alice.pk}).json()["items"]
    detail = f"/api/v1/proposals/{proposal['id']}"
    renamed = _patch(bd, detail, {"title": "Aurostat API, Phase 1"}, **_if(first))
    assert renamed.status_code == 200 and renamed.json()["title"] == "Aurostat API, Phase 1"
    assert _patch(bd, detail, {"title": "Old", "version": 1}).status_code == 409


def test_scope_and_milestones_are_built_through_the_api_with_the_revisions_version(world):
    bd, revision_id, _ = _ready_revision(world)
    base = f"/api/v1/proposal-revisions/{revision_id}"
    read = bd.get(base)
    revision = read.json()
    assert revision["total"] == "510000.00"
    assert [m["due_amount"] for m in revision["milestones"]] == ["153000.00", "357000.00"]
    item = revision["scope_items"][0]
    changed = _patch(bd, f"{base}/scope-items/{item['id']}", {"quantity": "8"}, **_if(read))
    assert changed.status_code == 200 and changed.json()["total"] == "560000.00"
    stale = _patch(bd, f"{base}/scope-items/{item['id']}", {"quantity": "9"}, **_if(read))
    assert stale.status_code == 412
    before = PaymentMilestone.objects.filter(revision_id=revision_id).count()
    too_much = _post(bd, f"{base}/milestones", {"name": "Extra", "trigger": "x", "percent": "5"})
    assert too_much.status_code == 422 and _fields(too_much) == ["percent"]
    mixed = _post(bd, f"{base}/milestones", {"name": "Extra", "trigger": "x", "amount": "5"})
    # The revision's milestones are percents: the service asks for one.
    assert mixed.status_code == 422 and _fields(mixed) == ["percent"]
    milestone = changed.json()["milestones"][1]
    url = f"{base}/milestones/{milestone['id']}"
    assert bd.delete(url).status_code == 428
    removed = bd.delete(url, headers=_if(changed))
    assert removed.status_code == 200 and len(removed.json()["milestones"]) == 1
    assert PaymentMilestone.objects.filter(revision_id=revision_id).count() == before - 1
    summary = _patch(
        bd,
        base,
        {"summary": "Phase 1 supply", "internal_pricing_notes": "Margin 22 %"},
        **_if(removed),
    )
    assert summary.status_code == 200 and summary.json()["internal_pricing_notes"] == "Margin 22 %"


def test_a_timeline_is_scheduled_from_a_template(world: World):
    bd, revision_id, last = _ready_revision(world)
    base = f"/api/v1/proposal-revisions/{revision_id}"
    unknown = _put(
        bd, f"{base}/timeline", {"template_code": "nope", "start": "2026-03-02"}, **_if(last)
    )
    assert unknown.status_code == 422 and _fields(unknown) == ["template_code"]
    built = _put(
        bd,
        f"{base}/timeline",
        {"template_code": "small_molecule_tt", "start": START.isoformat(), "batches": 2},
        **_if(last),
    )
    assert built.status_code == 200, built.content
    timeline = built.json()["timeline"]
    assert timeline["template"] and timeline["start"] == START.isoformat()
    assert timeline["p80"] >= timeline["p50"] >= timeline["start"]


# --------------------------------------------------------------------------- review and send


def test_a_revision_is_reviewed_signed_approved_and_sent(world: World):
    bd, revision_id, last = _ready_revision(world)
    base = f"/api/v1/proposal-revisions/{revision_id}"
    submitted = _post(bd, f"{base}/submit", {}, **_if(last))
    assert submitted.status_code == 200 and submitted.json()["status"] == "in_review"
    assert submitted.json()["missing_reviews"] == ["quality", "finance"]
    # The author may not review their own revision.
    own = _post(
        bd,
        f"{base}/reviews",
        {"kind": "quality", "decision": "reviewed", **_sign(bd_blake(world))},
        **_if(submitted),
    )
    assert own.status_code == 403
    qa = client_for(world.qa_quinn)
    wrong = _post(
        qa,
        f"{base}/reviews",
        {"kind": "quality", "decision": "reviewed", **_sign(world.qa_quinn), "password": "wrong"},
        **_if(submitted),
    )
    assert wrong.status_code == 422 and _fields(wrong) == ["password"]
    assert not ProposalReview.objects.filter(revision_id=revision_id).exists()
    reviewed = _post(
        qa,
        f"{base}/reviews",
        {"kind": "quality", "decision": "reviewed", **_sign(world.qa_quinn)},
        **_if(submitted),
    )
    assert reviewed.status_code == 201, reviewed.content
    assert reviewed.json()["reviews"][0]["signatures"][0]["meaning"] == "reviewed"
    assert reviewed.json()["missing_reviews"] == ["finance"]
    early = _post(
        bd, f"{base}/send", {"meaning": "authored", **_sign(bd_blake(world))}, **_if(reviewed)
    )
    assert early.status_code == 422 and "Finance" in early.json()["errors"][0]["message"]
    erin = exec_erin(world)
    approved = _post(
        client_for(erin),
        f"{base}/reviews",
        {"kind": "finance", "decision": "reviewed", **_sign(erin)},
        **_if(reviewed),
    )
    assert approved.status_code == 201 and approved.json()["status"] == "approved"
    bad_password = _post(
        bd,
        f"{base}/send",
        {"meaning": "authored", **_sign(bd_blake(world)), "password": "nope"},
        **_if(approved),
    )
    assert bad_password.status_code == 422
    assert bd.get(base).json()["status"] == "approved"
    sent = _post(
        bd, f"{base}/send", {"meaning": "authored", **_sign(bd_blake(world))}, **_if(approved)
    )
    assert sent.status_code == 200 and sent.json()["status"] == "sent"
    signatures = bd.get(base).json()["signatures"]
    assert [s["meaning"] for s in signatures] == ["authored"]


def test_a_rejection_needs_a_reason_and_sends_the_revision_back(world: World):
    bd, revision_id, last = _ready_revision(world)
    base = f"/api/v1/proposal-revisions/{revision_id}"
    submitted = _post(bd, f"{base}/submit", {}, **_if(last))
    qa = client_for(world.qa_quinn)
    body = {"kind": "quality", "decision": "rejected", **_sign(world.qa_quinn)}
    no_reason = _post(qa, f"{base}/reviews", body, **_if(submitted))
    assert no_reason.status_code == 422 and _fields(no_reason) == ["reason"]
    rejected = _post(
        qa, f"{base}/reviews", {**body, "reason": "Yield too optimistic"}, **_if(submitted)
    )
    assert rejected.status_code == 201 and rejected.json()["status"] == "draft"
    redraft = _post(bd, f"{base}/redraft", {}, **_if(rejected))
    assert redraft.status_code == 409


def test_sponsors_read_the_revision_as_sent_and_answer_it_with_a_signature(world: World):
    revision = sent_with_timeline(world)
    base = f"/api/v1/proposal-revisions/{revision.pk}"
    bd = client_for(bd_blake(world))
    staff_notes = _patch(bd, base, {"internal_pricing_notes": "Floor 480k"}, **_if(bd.get(base)))
    assert staff_notes.status_code == 422  # sent: frozen
    manager = client_for(world.sponsor_a_manager)
    read = manager.get(base)
    assert read.status_code == 200 and "internal_pricing_notes" not in read.json()
    assert manager.get(f"{base}/internal").status_code == 403
    comment = _post(manager, f"{base}/comments", {"text": "Can the batches start in May?"})
    assert comment.status_code == 201
    assert comment.json()["comments"][0]["text"] == "Can the batches start in May?"
    staff_answer = _post(
        bd, f"{base}/answer", {"meaning": "accepted", **_sign(bd_blake(world))}, **_if(read)
    )
    assert staff_answer.status_code == 403
    accepted = _post(
        manager,
        f"{base}/answer",
        {"meaning": "accepted", **_sign(world.sponsor_a_manager)},
        **{"If-Match": comment["ETag"]},
    )
    assert accepted.status_code == 200, accepted.content
    assert accepted.json()["status"] == "accepted"
    assert {s["meaning"] for s in accepted.json()["signatures"]} == {"authored", "accepted"}
    other = client_for(world.sponsor_b_manager)
    assert other.get(base).status_code == 404
    assert _post(other, f"{base}/comments", {"text": "Hi"}).status_code == 404


@pytest.mark.parametrize("persona", ["sponsor_a_manager", "sponsor_b_contact"])
def test_sponsor_users_are_refused_every_staff_step_whatever_the_id(world: World, persona):
    client = client_for(getattr(world, persona))
    revision = world.revision_a_sent.pk
    steps = [
        _post(client, f"/api/v1/rfps/{world.rfp_a.pk}/proposals", {"title": "x"}),
        _post(client, f"/api/v1/proposals/{world.proposal_a.pk}/revisions"),
        _post(
            client,
            f"/api/v1/proposal-revisions/{revision}/scope-items",
            {
                "service": "stability",
                "description": "x",
                "unit": "x",
                "quantity": "1",
                "unit_price": "1",
            },
        ),
        _post(client, f"/api/v1/proposal-revisions/{revision}/submit", {"version": 1}),
        _post(client, "/api/v1/proposal-revisions/987654/redraft", {"version": 1}),
        _post(client, f"/api/v1/rfps/{world.rfp_a.pk}/decline", {"reason": "x"}),
        client.get(f"/api/v1/rfps/{world.rfp_a.pk}/outcome"),
    ]
    assert [s.status_code for s in steps] == [403] * len(steps)


# --------------------------------------------------------------------------- outcomes


def test_a_win_turns_the_proposal_into_the_project_signed_by_its_manager(world: World):
    revision = sent_with_timeline(world)
    rfp = revision.proposal.rfp
    bd = client_for(bd_blake(world))
    body = {
        "revision_id": revision.pk,
        "pm_id": world.pm_alice.pk,
        "project_code": "AUR-301",
        "start_date": START.isoformat(),
        "reason": "Signed purchase order 4711",
        "username": world.pm_alice.username,
        "password": "wrong",
        "acknowledge": True,
    }
    projects = Project.objects.count()
    wrong = _post(bd, f"/api/v1/rfps/{rfp.pk}/win", body)
    assert wrong.status_code == 422 and _fields(wrong) == ["password"]
    assert Project.objects.count() == projects and not RfpOutcome.objects.filter(rfp=rfp).exists()
    no_pm = _post(bd, f"/api/v1/rfps/{rfp.pk}/win", {**body, "pm_id": world.sponsor_a_manager.pk})
    assert no_pm.status_code == 422 and "pm_id" in _fields(no_pm)
    won = _post(bd, f"/api/v1/rfps/{rfp.pk}/win", {**body, "password": PASSWORD})
    assert won.status_code == 201, won.content
    outcome = won.json()
    assert outcome["kind"] == "won" and outcome["rfp_status"] == "won"
    assert outcome["project_code"] == "AUR-301"
    project = client_for(world.pm_alice).get(f"/api/v1/projects/{outcome['project_id']}")
    assert project.status_code == 200 and project.json()["code"] == "AUR-301"
    assert bd.get(f"/api/v1/rfps/{rfp.pk}/outcome").json() == outcome
    assert bd.get(f"/api/v1/proposal-revisions/{revision.pk}").json()["status"] == "accepted"
    manager = client_for(world.sponsor_a_manager)
    assert manager.get(f"/api/v1/rfps/{rfp.pk}").json()["status"] == "won"
    assert manager.get(f"/api/v1/rfps/{rfp.pk}/outcome").status_code == 403


def test_a_loss_keeps_its_postmortem_and_turning_down_needs_a_reason(world: World):
    lost_rfp = _rfp(world)
    _proposal(world, rfp=lost_rfp)
    bd = client_for(bd_blake(world))
    follow_up_on = (dt.date.today() + dt.timedelta(days=60)).isoformat()
    empty = _post(bd, f"/api/v1/rfps/{lost_rfp.pk}/lose", {"reasons": []})
    assert empty.status_code == 422 and _fields(empty) == ["reasons"]
    lost = _post(
        bd,
        f"/api/v1/rfps/{lost_rfp.pk}/lose",
        {
            "reasons": ["cost", "timing"],
            "competitor": "Lonza",
            "lessons": "Offer a phased start.",
            "follow_up_on": follow_up_on,
        },
    )
    assert lost.status_code == 201, lost.content
    postmortem = lost.json()["postmortem"]
    assert postmortem["reason_labels"] == ["Cost", "Timing"] and postmortem["follow_up_id"]
    assert bd.get(f"/api/v1/rfps/{lost_rfp.pk}").json()["status"] == "lost"
    declined_rfp = _rfp(world, title="Aurora small batch")
    blank = _post(bd, f"/api/v1/rfps/{declined_rfp.pk}/decline", {"reason": " "})
    assert blank.status_code == 422 and _fields(blank) == ["reason"]
    declined = _post(bd, f"/api/v1/rfps/{declined_rfp.pk}/decline", {"reason": "No capacity"})
    assert declined.status_code == 201 and declined.json()["kind_label"] == "Declined by the CDMO"
    again = _post(bd, f"/api/v1/rfps/{declined_rfp.pk}/withdraw", {"reason": "They left"})
    assert again.status_code == 409
    assert _r(lost_rfp.proposals.get()).status == "draft"


def test_the_sponsor_declines_with_a_reason_and_only_its_manager_answers(world: World):
    revision = sent_with_timeline(world)
    base = f"/api/v1/proposal-revisions/{revision.pk}"
    contact = client_for(world.sponsor_a_contact)
    body = {"meaning": "rejected", **_sign(world.sponsor_a_contact), "reason": "Too late"}
    assert _post(contact, f"{base}/answer", body, **_if(contact.get(base))).status_code == 403
    manager = client_for(world.sponsor_a_manager)
    etag = _if(manager.get(base))
    no_reason = _post(
        manager, f"{base}/answer", {"meaning": "rejected", **_sign(world.sponsor_a_manager)}, **etag
    )
    assert no_reason.status_code == 422 and _fields(no_reason) == ["reason"]
    declined = _post(
        manager,
        f"{base}/answer",
        {"meaning": "rejected", **_sign(world.sponsor_a_manager), "reason": "Timeline too long"},
        **etag,
    )
    assert declined.status_code == 200 and declined.json()["status"] == "declined"
    event = AuditEvent.objects.get(
        action="proposals.proposalrevision.declined", target_id=str(revision.pk)
    )
    assert event.reason == "Timeline too long" and event.channel == "api"
