"""Deviations through the API: raised, assessed, approved with a signature, investigated
and closed through the same services as the pages; the due date refused in a PATCH;
a sponsor reading its own deviation once told, without the internal parts; another
sponsor's is 404."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from accord.quality.models import Deviation
from tests.conftest import client_for
from tests.deviation_helpers import agreement_for, batch, raise_deviation
from tests.factories import PASSWORD

API = "/api/v1/deviations"


def post(client, path: str, body: dict | None = None, **headers):
    return client.post(path, data=body or {}, content_type="application/json", headers=headers)


def patch(client, path: str, body: dict, **headers):
    return client.patch(path, data=body, content_type="application/json", headers=headers)


def put(client, path: str, body: dict, **headers):
    return client.put(path, data=body, content_type="application/json", headers=headers)


def fields(response) -> set[str]:
    return {error["field"] for error in response.json()["errors"]}


def sign(user) -> dict:
    return {"username": user.username, "password": PASSWORD, "acknowledge": True}


def _raise_body(world, **changes) -> dict:
    discovered = timezone.now() - dt.timedelta(hours=1)
    return {
        "title": "Filter integrity test failed",
        "description": "Post-use integrity test of the sterilising filter failed.",
        "occurred_at": (discovered - dt.timedelta(hours=2)).isoformat(),
        "discovered_at": discovered.isoformat(),
        "site_id": world.site.pk,
        "area": "Fill suite",
        "equipment": "Filter housing FH-2",
        "project_id": world.project_a.pk,
        "containment": "Lot on hold.",
        "classification": "major",
        "classification_rationale": "Sterility assurance questioned.",
        **changes,
    }


@pytest.mark.req("R-DEV-1")
def test_the_api_walks_a_major_deviation_to_closure(world):
    agreement_for(world)
    b1 = batch(world, "AUR-201")
    alice = client_for(world.pm_alice)
    quinn = client_for(world.qa_quinn)
    created = post(alice, API, _raise_body(world, batch_ids=[b1.pk]))
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["number"].startswith("DEV-") and body["batches"] == ["AUR-201"]
    assert body["notify_by"] is not None and created.headers["ETag"]
    url = f"{API}/{body['id']}"
    assessed = post(
        alice,
        f"{url}/assess",
        {
            "impact_assessment": "Lot on hold.",
            "capa_required": False,
            "capa_rationale": "Single event.",
            "version": body["version"],
        },
    )
    assert assessed.status_code == 200, assessed.content
    suggestions = alice.get(f"{url}/recurrence-suggestions")
    assert suggestions.status_code == 200 and suggestions.json() == []
    checked = post(
        alice,
        f"{url}/recurrence",
        {
            "earlier_id": None,
            "justification": "First in this suite.",
            "version": assessed.json()["version"],
        },
    )
    submitted = post(alice, f"{url}/submit", {"version": checked.json()["version"]})
    assert submitted.json()["state"] == "assessment_review"
    assert submitted.json()["actions"] == []
    # Alice owns it: no approval from her (no QA role), nor from a stale version.
    refused = post(alice, f"{url}/approve", {**sign(world.pm_alice), "version": 99})
    assert refused.status_code == 403
    approved = post(
        quinn, f"{url}/approve", {**sign(world.qa_quinn), "version": submitted.json()["version"]}
    )
    assert approved.status_code == 200, approved.content
    assert approved.json()["state"] == "investigation"
    written = put(
        alice,
        f"{url}/investigation",
        {
            "team_ids": [world.pm_alice.pk],
            "method": "fault_tree",
            "root_cause_category": "material.supplier",
            "root_cause": "Defective filter lot from the supplier.",
            "product_impact": "Lot rejected.",
            "conclusion": "Supplier complaint raised.",
            "version": approved.json()["version"],
        },
    )
    assert written.status_code == 200, written.content
    early = post(alice, f"{url}/submit", {"version": written.json()["version"]})
    assert early.status_code == 422
    assert "other batches" in early.json()["errors"][0]["message"]
    added = post(
        alice,
        f"{url}/other-batches",
        {
            "item": "AUR-200",
            "affected": False,
            "conclusion": "Other filter lot.",
            "version": written.json()["version"],
        },
    )
    assert added.status_code == 201
    final = post(alice, f"{url}/submit", {"version": added.json()["version"]})
    closed = post(
        quinn, f"{url}/approve", {**sign(world.qa_quinn), "version": final.json()["version"]}
    )
    assert closed.json()["state"] == "closed"
    assert closed.json()["investigation"]["approved_at"] is not None


@pytest.mark.req("R-DEV-4")
def test_a_patch_of_the_due_date_is_refused(world):
    deviation = raise_deviation(world)
    alice = client_for(world.pm_alice)
    refused = patch(
        alice,
        f"{API}/{deviation.pk}",
        {
            "due_date": (deviation.due_date + dt.timedelta(days=30)).isoformat(),
            "version": deviation.version,
        },
    )
    assert refused.status_code == 422
    assert fields(refused) == {"due_date"}
    assert Deviation.objects.get(pk=deviation.pk).due_date == deviation.due_date
    edited = patch(
        alice, f"{API}/{deviation.pk}", {"area": "Suite 4", "version": deviation.version}
    )
    assert edited.status_code == 200 and edited.json()["area"] == "Suite 4"
    blind = patch(alice, f"{API}/{deviation.pk}", {"area": "Suite 5"})
    assert blind.status_code == 428
    stale = patch(alice, f"{API}/{deviation.pk}", {"area": "Suite 5", "version": 1})
    assert stale.status_code == 409


@pytest.mark.req("R-DEV-4")
def test_an_extension_through_the_api_is_decided_by_a_signature(world):
    deviation = raise_deviation(world)
    alice = client_for(world.pm_alice)
    asked = post(
        alice,
        f"{API}/{deviation.pk}/requests",
        {
            "kind": "extension",
            "justification": "Lab results late.",
            "new_due_date": (deviation.due_date + dt.timedelta(days=10)).isoformat(),
        },
    )
    assert asked.status_code == 201, asked.content
    request = asked.json()["requests"][0]
    decided = post(
        client_for(world.qa_quinn),
        f"{API}/{deviation.pk}/requests/{request['id']}/decide",
        {**sign(world.qa_quinn), "approve": True, "version": request["version"]},
    )
    assert decided.status_code == 200, decided.content
    assert decided.json()["due_date"] == (deviation.due_date + dt.timedelta(days=10)).isoformat()


@pytest.mark.req("R-DEV-7")
def test_a_sponsor_reads_its_deviation_once_told_and_never_another_sponsors(world):
    agreement_for(world)
    deviation = raise_deviation(world, classification="major")
    manager = client_for(world.sponsor_a_manager)
    assert manager.get(f"{API}/{deviation.pk}").status_code == 404
    assert manager.get(API).json()["count"] == 0
    told = post(
        client_for(world.pm_alice),
        f"{API}/{deviation.pk}/notices",
        {
            "kind": "notification",
            "sent_at": timezone.now().isoformat(),
            "recipients": "Maya Aurora",
            "how": "email",
            "content": "Deviation on your batch.",
        },
    )
    assert told.status_code == 201, told.content
    seen = manager.get(f"{API}/{deviation.pk}")
    assert seen.status_code == 200
    body = seen.json()
    assert body["impact_assessment"] is None and body["requests"] == []
    assert body["classification_rationale"] is None and body["reporter_name"] is None
    assert client_for(world.sponsor_b_manager).get(f"{API}/{deviation.pk}").status_code == 404
    assert client_for(world.sponsor_b_manager).get(API).json()["count"] == 0
    # Every step is staff's: refused before any lookup.
    assert post(manager, f"{API}/{deviation.pk}/submit", {"version": 1}).status_code == 403
    assert post(manager, API, _raise_body(world)).status_code == 403


def test_the_list_filters_and_pages(world):
    raise_deviation(world, classification="minor", title="Minor one")
    raise_deviation(world, classification="critical", title="Critical one", project=None)
    alice = client_for(world.pm_alice)
    listed = alice.get(API, {"classification": "critical"}).json()
    assert [d["title"] for d in listed["items"]] == ["Critical one"]
    assert alice.get(API, {"q": "Minor"}).json()["count"] == 1
    assert alice.get(API, {"state": "open", "page_size": 1}).json()["pages"] == 2
    assert alice.get(API, {"sponsor_id": world.sponsor_a.pk}).json()["count"] == 1
    assert alice.get(API, {"overdue": True}).json()["count"] == 0
    assert alice.get(API, {"state": "nonsense"}).status_code == 422


def test_refusals_name_the_api_fields(world):
    other = batch(world, "BOR-77", project=world.project_b)
    alice = client_for(world.pm_alice)
    refused = post(alice, API, _raise_body(world, batch_ids=[other.pk], containment=" "))
    assert refused.status_code == 422
    assert fields(refused) == {"batch_ids", "containment"}
    assert not Deviation.objects.exists()
    unknown = post(alice, API, _raise_body(world, site_id=987654))
    assert fields(unknown) == {"site_id"}
