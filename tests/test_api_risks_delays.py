"""Risks, their reviews and delays through the API: written by CDMO staff through the same
services and permissions as the pages and read back; a sponsor's people read only what is
shared or communicated, never internal notes, and write nothing; another sponsor's records
are 404; bad input names the field and writes nothing; stale versions are refused."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from accord.audit.models import AuditEvent
from accord.delays.models import Delay
from accord.risks.models import Risk, RiskReview
from tests.conftest import client_for


def post(client, path: str, body: dict | None = None, **headers):
    return client.post(path, data=body or {}, content_type="application/json", headers=headers)


def patch(client, path: str, body: dict, **headers):
    return client.patch(path, data=body, content_type="application/json", headers=headers)


def fields(response) -> set[str]:
    return {error["field"] for error in response.json()["errors"]}


def _later(days: int = 14) -> str:
    return (timezone.localdate() + dt.timedelta(days=days)).isoformat()


def _risk_body(world, **changes) -> dict:
    return {
        "title": "Aurora column resin shortage",
        "category": "supply",
        "cause": "Single supplier of the Protein A resin.",
        "effect": "The PPQ campaign waits for resin.",
        "likelihood": 3,
        "impact": 4,
        "owner_id": world.pm_alice.pk,
        "next_review_date": _later(),
        "mitigation_plan": "Qualify a second lot now.",
        **changes,
    }


# --------------------------------------------------------------------------- risks


def test_staff_add_change_review_and_close_a_risk_through_the_api(world):
    pm = client_for(world.pm_alice)
    created = post(pm, f"/api/v1/projects/{world.project_a.pk}/risks", _risk_body(world))
    assert created.status_code == 201, created.content
    risk = created.json()
    assert (risk["score"], risk["level"], risk["level_label"]) == (12, "high", "High")
    assert risk["category_label"] == "Raw material / supply"
    assert risk["status"] == "open"
    assert risk["shared_with_sponsor"] is False
    url = f"/api/v1/risks/{risk['id']}"

    changed = patch(
        pm,
        url,
        {"status": "mitigating", "shared_with_sponsor": True},
        **{"If-Match": created["ETag"]},
    )
    assert changed.status_code == 200, changed.content
    assert changed.json()["status_label"] == "Mitigating"

    reviewed = post(
        pm,
        f"{url}/reviews",
        {
            "comment": "Second lot qualified; less likely now.",
            "likelihood": 2,
            "next_review_date": _later(30),
            "version": changed.json()["version"],
        },
    )
    assert reviewed.status_code == 201, reviewed.content
    review = reviewed.json()
    assert (review["likelihood_before"], review["likelihood"], review["score"]) == (3, 2, 8)
    assert reviewed["ETag"] == f'"{changed.json()["version"] + 1}"'
    reviews = pm.get(f"{url}/reviews").json()
    assert [r["comment"] for r in reviews["items"]] == ["Second lot qualified; less likely now."]

    closed = post(
        pm,
        f"{url}/close",
        {"reason": "Resin secured for the campaign."},
        **{"If-Match": reviewed["ETag"]},
    )
    assert closed.status_code == 200, closed.content
    assert closed.json()["status"] == "closed"
    assert pm.get(url).json()["score"] == 8

    actions = AuditEvent.objects.filter(target_type="risks.risk", target_id=str(risk["id"]))
    assert sorted(actions.values_list("action", flat=True)) == sorted(
        ["risks.risk.created", "risks.risk.updated", "risks.risk.reviewed", "risks.risk.closed"]
    )
    assert set(actions.values_list("channel", flat=True)) == {"api"}


def test_reopening_a_closed_risk_needs_a_reason(world):
    risk = world.risk_a_shared
    pm = client_for(world.pm_alice)
    url = f"/api/v1/risks/{risk.pk}"
    closed = post(pm, f"{url}/close", {"reason": "Bank released.", "version": risk.version})
    assert closed.status_code == 200
    version = closed.json()["version"]
    refused = patch(pm, url, {"status": "open", "version": version})
    assert refused.status_code == 422
    assert "reason" in fields(refused)
    reopened = patch(pm, url, {"status": "open", "version": version, "reason": "It is back."})
    assert reopened.status_code == 200
    assert reopened.json()["status"] == "open"


def test_sponsor_users_read_shared_risks_and_write_none(world):
    sponsor = client_for(world.sponsor_a_manager)
    listed = sponsor.get(f"/api/v1/projects/{world.project_a.pk}/risks").json()
    assert [r["id"] for r in listed["items"]] == [world.risk_a_shared.pk]
    assert sponsor.get(f"/api/v1/risks/{world.risk_a_internal.pk}").status_code == 404
    assert sponsor.get(f"/api/v1/risks/{world.risk_a_shared.pk}/reviews").status_code == 200
    url = f"/api/v1/risks/{world.risk_a_shared.pk}"
    before = Risk.objects.count()
    assert (
        post(sponsor, f"/api/v1/projects/{world.project_a.pk}/risks", _risk_body(world)).status_code
        == 403
    )
    assert patch(sponsor, url, {"title": "Ours", "version": 1}).status_code == 403
    assert post(sponsor, f"{url}/close", {"reason": "x", "version": 1}).status_code == 403
    assert (
        post(
            sponsor, f"{url}/reviews", {"comment": "x", "next_review_date": _later(), "version": 1}
        ).status_code
        == 403
    )
    assert Risk.objects.count() == before
    assert not RiskReview.objects.exists()


def test_another_sponsor_gets_404_for_risks(world):
    other = client_for(world.sponsor_b_manager)
    url = f"/api/v1/risks/{world.risk_a_shared.pk}"
    assert other.get(url).status_code == 404
    assert other.get(f"{url}/reviews").status_code == 404
    assert other.get(f"/api/v1/projects/{world.project_a.pk}/risks").status_code == 404


def test_bad_risk_input_names_the_field_and_writes_nothing(world):
    pm = client_for(world.pm_alice)
    url = f"/api/v1/projects/{world.project_a.pk}/risks"
    before = Risk.objects.count()
    response = post(pm, url, _risk_body(world, likelihood=6))
    assert response.status_code == 422
    assert fields(response) == {"likelihood"}
    response = post(pm, url, _risk_body(world, owner_id=world.sponsor_a_manager.pk))
    assert response.status_code == 422
    assert fields(response) == {"owner_id"}
    response = post(pm, url, _risk_body(world, category="weather"))
    assert response.status_code == 422
    assert fields(response) == {"category"}
    assert Risk.objects.count() == before
    review = post(
        pm,
        f"/api/v1/risks/{world.risk_a_shared.pk}/reviews",
        {
            "comment": "Looked.",
            "next_review_date": timezone.localdate().isoformat(),
            "version": world.risk_a_shared.version,
        },
    )
    assert review.status_code == 422
    assert fields(review) == {"next_review_date"}
    assert not RiskReview.objects.exists()


def test_a_stale_risk_edit_is_refused(world):
    pm = client_for(world.pm_alice)
    url = f"/api/v1/risks/{world.risk_a_shared.pk}"
    etag = pm.get(url)["ETag"]
    assert patch(pm, url, {"title": "First"}, **{"If-Match": etag}).status_code == 200
    stale = patch(pm, url, {"title": "Second"}, **{"If-Match": etag})
    assert stale.status_code == 412
    assert patch(pm, url, {"title": "Third"}).status_code == 428
    assert pm.get(url).json()["title"] == "First"


def test_the_register_filters_by_level(world):
    pm = client_for(world.pm_alice)
    post(
        pm,
        f"/api/v1/projects/{world.project_a.pk}/risks",
        _risk_body(world, likelihood=5, impact=5, title="Critical one"),
    )
    listed = pm.get(f"/api/v1/projects/{world.project_a.pk}/risks", {"level": "critical"})
    assert [r["title"] for r in listed.json()["items"]] == ["Critical one"]


# --------------------------------------------------------------------------- delays


def _delay_body(**changes) -> dict:
    return {
        "title": "Aurora QC release slipped",
        "cause": "material_shortage",
        "occurred_on": timezone.localdate().isoformat(),
        "days_lost": 3,
        "description": "The release lab waited for a reference standard.",
        "internal_notes": "Aurora internal: the standard was ordered late.",
        **changes,
    }


def test_staff_record_edit_and_communicate_a_delay_through_the_api(world):
    pm = client_for(world.pm_alice)
    created = post(pm, f"/api/v1/projects/{world.project_a.pk}/delays", _delay_body())
    assert created.status_code == 201, created.content
    delay = created.json()
    assert delay["internal_notes"] == "Aurora internal: the standard was ordered late."
    assert delay["communicated"] is False
    url = f"/api/v1/delays/{delay['id']}"
    sponsor = client_for(world.sponsor_a_manager)
    assert sponsor.get(url).status_code == 404  # not told yet

    edited = patch(pm, url, {"days_lost": 4}, **{"If-Match": created["ETag"]})
    assert edited.status_code == 200, edited.content
    assert edited.json()["days_lost"] == 4

    told = post(
        pm,
        f"{url}/communicated",
        {
            "informed_on": timezone.localdate().isoformat(),
            "how": "call",
            "informed_by_id": world.pm_alice.pk,
            "version": edited.json()["version"],
        },
    )
    assert told.status_code == 200, told.content
    assert told.json()["communicated"] is True
    assert told.json()["sponsor_informed_how_label"] == "Phone or video call"

    seen = sponsor.get(url)
    assert seen.status_code == 200
    assert seen.json()["days_lost"] == 4
    assert "internal_notes" not in seen.json()
    # Once told, a change needs a reason.
    refused = patch(pm, url, {"days_lost": 5, "version": told.json()["version"]})
    assert refused.status_code == 422
    assert "reason" in fields(refused)
    events = AuditEvent.objects.filter(target_type="delays.delay", target_id=str(delay["id"]))
    assert sorted(events.values_list("action", flat=True)) == sorted(
        ["delays.delay.recorded", "delays.delay.updated", "delays.delay.communicated"]
    )


def test_sponsor_users_write_no_delay(world):
    sponsor = client_for(world.sponsor_a_manager)
    before = Delay.objects.count()
    url = f"/api/v1/delays/{world.delay_a_communicated.pk}"
    assert (
        post(sponsor, f"/api/v1/projects/{world.project_a.pk}/delays", _delay_body()).status_code
        == 403
    )
    assert patch(sponsor, url, {"title": "x", "version": 1}).status_code == 403
    assert post(sponsor, f"{url}/communicated", {}).status_code in (403, 422)
    assert sponsor.get("/api/v1/delays").status_code == 403
    assert Delay.objects.count() == before


def test_another_sponsor_gets_404_for_delays(world):
    other = client_for(world.sponsor_b_manager)
    assert other.get(f"/api/v1/delays/{world.delay_a_communicated.pk}").status_code == 404


def test_bad_delay_input_names_the_field_and_writes_nothing(world):
    pm = client_for(world.pm_alice)
    before = Delay.objects.count()
    url = f"/api/v1/projects/{world.project_a.pk}/delays"
    response = post(pm, url, _delay_body(days_lost=0))
    assert response.status_code == 422
    assert fields(response) == {"days_lost"}
    response = post(pm, url, _delay_body(affected_task_ids=[987_654]))
    assert response.status_code == 422
    assert fields(response) == {"affected_task_ids"}
    assert Delay.objects.count() == before
    told = post(
        pm,
        f"/api/v1/delays/{world.delay_a_internal.pk}/communicated",
        {
            "informed_on": timezone.localdate().isoformat(),
            "how": "call",
            "informed_by_id": world.sponsor_a_manager.pk,
            "version": world.delay_a_internal.version,
        },
    )
    assert told.status_code == 422
    assert fields(told) == {"informed_by_id"}


def test_a_stale_delay_edit_is_refused(world):
    pm = client_for(world.pm_alice)
    delay = world.delay_a_internal
    url = f"/api/v1/delays/{delay.pk}"
    assert patch(pm, url, {"days_lost": 2, "version": delay.version}).status_code == 200
    stale = patch(pm, url, {"days_lost": 9, "version": delay.version})
    assert stale.status_code == 409
    assert fields(stale) == {"version"}
    assert pm.get(url).json()["days_lost"] == 2


def test_the_portfolio_lists_delays_for_staff_with_filters(world):
    pm = client_for(world.pm_alice)
    listed = pm.get("/api/v1/delays", {"communicated": "false"}).json()
    titles = [d["title"] for d in listed["items"]]
    assert "Aurora fermenter double-booked" in titles
    assert "Aurora resin delivery slipped" not in titles


def test_a_retried_delay_record_with_an_idempotency_key_records_once(world):
    pm = client_for(world.pm_alice)
    url = f"/api/v1/projects/{world.project_a.pk}/delays"
    first = post(pm, url, _delay_body(), **{"Idempotency-Key": "delay-1"})
    assert first.status_code == 201
    count = Delay.objects.count()
    again = post(pm, url, _delay_body(), **{"Idempotency-Key": "delay-1"})
    assert again["Idempotent-Replayed"] == "true"
    assert again.json()["id"] == first.json()["id"]
    assert Delay.objects.count() == count
