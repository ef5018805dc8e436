"""Change orders through the API alone: drafted, edited, planned, submitted and sent by the
CDMO, accepted or rejected by the sponsor's manager with a signature, through the same
services and permissions as the pages; stale versions, bad input, wrong passwords and
other sponsors refused with nothing written."""

from __future__ import annotations

import pytest

from accord.audit.models import AuditEvent
from accord.changes.models import ChangeOrder
from accord.signatures.models import Signature
from tests.conftest import client_for
from tests.factories import PASSWORD


def post(client, path: str, body: dict | None = None, **headers):
    return client.post(path, data=body or {}, content_type="application/json", headers=headers)


def patch(client, path: str, body: dict, **headers):
    return client.patch(path, data=body, content_type="application/json", headers=headers)


def fields(response) -> set[str]:
    return {error["field"] for error in response.json()["errors"]}


def sign(user, **more) -> dict:
    return {"username": user.username, "password": PASSWORD, "acknowledge": True, **more}


BODY = {
    "title": "Second engineering batch",
    "sow_reference": "SOW v2 §4.2",
    "scope_change": "One more engineering batch at 200 L before the GMP campaign.",
    "justification": "The first batch missed the yield target.",
    "price_change": "61000.00",
    "currency": "EUR",
}


def _create(world, client=None, **changes) -> dict:
    client = client or client_for(world.pm_alice)
    response = post(client, f"/api/v1/projects/{world.project_a.pk}/change-orders", BODY | changes)
    assert response.status_code == 201, response.content
    return response.json()


@pytest.mark.req("AT-6")
def test_a_change_order_is_created_sent_and_approved_by_the_sponsor_manager_through_the_api(
    world,
):
    pm = client_for(world.pm_alice)
    created = _create(world, pm)
    assert created["status"] == "draft"
    assert created["status_label"] == "Draft"
    assert created["reference"].startswith("CO-")
    assert created["currency"] == "EUR"
    url = f"/api/v1/change-orders/{created['id']}"

    edited = patch(pm, url, {"price_change": "58000.00", "version": created["version"]})
    assert edited.status_code == 200, edited.content
    assert edited.json()["price_change"] == "58000.00"
    etag = edited["ETag"]

    submitted = post(pm, f"{url}/submit", {}, **{"If-Match": etag})
    assert submitted.status_code == 200, submitted.content
    assert submitted.json()["status"] == "internal_review"
    sent = post(client_for(world.qa_quinn), f"{url}/send", {}, **{"If-Match": submitted["ETag"]})
    assert sent.status_code == 200, sent.content
    assert sent.json()["status"] == "sent"

    sponsor = client_for(world.sponsor_a_manager)
    seen = sponsor.get(url)
    assert seen.status_code == 200
    assert seen.json()["price_change"] == "58000.00"
    approved = post(
        sponsor,
        f"{url}/accept",
        sign(world.sponsor_a_manager, reason="Agreed in the steering committee."),
        **{"If-Match": seen["ETag"]},
    )
    assert approved.status_code == 200, approved.content
    body = approved.json()
    assert body["status"] == "approved"
    assert body["decided_by"] == world.sponsor_a_manager.printed_name
    assert body["decided_on"] is not None
    [signature] = body["signatures"]
    assert signature["meaning"] == "accepted"
    assert signature["printed_name"] == world.sponsor_a_manager.printed_name
    assert signature["reason"] == "Agreed in the steering committee."

    # Read back: what the sponsor signed is what the staff read.
    again = pm.get(url).json()
    assert again["status"] == "approved"
    assert again["signatures"] == body["signatures"]
    actions = list(
        AuditEvent.objects.filter(target_id=str(created["id"]), action__startswith="changes.")
        .order_by("seq")
        .values_list("action", "channel")
    )
    assert [a for a, _ in actions] == [
        "changes.changeorder.created",
        "changes.changeorder.updated",
        "changes.changeorder.submit",
        "changes.changeorder.send",
        "changes.changeorder.accept",
    ]
    assert {channel for _, channel in actions} == {"api"}


def test_the_sponsor_manager_rejects_with_a_reason_and_a_signature(world):
    url = f"/api/v1/change-orders/{world.change_order_a_sent.pk}"
    sponsor = client_for(world.sponsor_a_manager)
    version = world.change_order_a_sent.version
    no_reason = post(sponsor, f"{url}/reject", sign(world.sponsor_a_manager, version=version))
    assert no_reason.status_code == 422
    assert "reason" in fields(no_reason)
    rejected = post(
        sponsor,
        f"{url}/reject",
        sign(world.sponsor_a_manager, version=version, reason="Too expensive for now."),
    )
    assert rejected.status_code == 200, rejected.content
    assert rejected.json()["status"] == "rejected"
    assert rejected.json()["rejection_reason"] == "Too expensive for now."
    assert rejected.json()["signatures"][0]["meaning"] == "rejected"


def test_a_wrong_password_signs_nothing_and_changes_nothing(world):
    order = world.change_order_a_sent
    url = f"/api/v1/change-orders/{order.pk}/accept"
    response = post(
        client_for(world.sponsor_a_manager),
        url,
        {
            "username": world.sponsor_a_manager.username,
            "password": "not-the-password",
            "acknowledge": True,
            "version": order.version,
        },
    )
    assert response.status_code == 422
    assert "password" in fields(response)
    order.refresh_from_db()
    assert order.status == ChangeOrder.Status.SENT
    assert not Signature.objects.filter(
        record_type="changes.changeorder", record_id=str(order.pk), meaning="accepted"
    ).exists()


def test_staff_cannot_accept_and_sponsors_cannot_send_or_draft(world):
    order = world.change_order_a_sent
    url = f"/api/v1/change-orders/{order.pk}"
    staff = post(client_for(world.pm_alice), f"{url}/accept", sign(world.pm_alice, version=1))
    assert staff.status_code == 403
    sponsor = client_for(world.sponsor_a_manager)
    assert post(sponsor, f"{url}/send", {"version": order.version}).status_code == 403
    assert patch(sponsor, url, {"title": "Sponsor's own", "version": 1}).status_code == 403
    create = post(sponsor, f"/api/v1/projects/{world.project_a.pk}/change-orders", BODY)
    assert create.status_code == 403
    # A sponsor contact sees the change order but may not decide it (the portal's rule).
    contact = post(
        client_for(world.sponsor_a_contact),
        f"{url}/accept",
        sign(world.sponsor_a_contact, version=order.version),
    )
    assert contact.status_code == 403
    order.refresh_from_db()
    assert order.status == ChangeOrder.Status.SENT


def test_another_sponsor_gets_404_on_every_step(world):
    order = world.change_order_a_sent
    url = f"/api/v1/change-orders/{order.pk}"
    other = client_for(world.sponsor_b_manager)
    assert other.get(url).status_code == 404
    accepted = post(other, f"{url}/accept", sign(world.sponsor_b_manager, version=order.version))
    assert accepted.status_code == 404
    order.refresh_from_db()
    assert order.status == ChangeOrder.Status.SENT


def test_a_draft_is_invisible_to_the_sponsor(world):
    created = _create(world)
    sponsor = client_for(world.sponsor_a_manager)
    assert sponsor.get(f"/api/v1/change-orders/{created['id']}").status_code == 404
    listed = sponsor.get(f"/api/v1/projects/{world.project_a.pk}/change-orders").json()
    assert created["id"] not in [item["id"] for item in listed["items"]]
    staff_list = client_for(world.pm_alice).get(
        f"/api/v1/projects/{world.project_a.pk}/change-orders", {"status": "draft"}
    )
    assert [item["id"] for item in staff_list.json()["items"]] == [created["id"]]


def test_bad_input_names_the_field_and_writes_nothing(world):
    before = ChangeOrder.objects.count()
    pm = client_for(world.pm_alice)
    url = f"/api/v1/projects/{world.project_a.pk}/change-orders"
    response = post(pm, url, BODY | {"currency": "XYZ"})
    assert response.status_code == 422
    assert fields(response) == {"currency"}
    response = post(pm, url, {k: v for k, v in BODY.items() if k != "title"})
    assert response.status_code == 422
    assert fields(response) == {"title"}
    assert ChangeOrder.objects.count() == before


def test_a_stale_if_match_is_412_and_no_version_is_428(world):
    created = _create(world)
    url = f"/api/v1/change-orders/{created['id']}"
    pm = client_for(world.pm_alice)
    assert patch(pm, url, {"title": "First"}, **{"If-Match": '"1"'}).status_code == 200
    stale = patch(pm, url, {"title": "Second"}, **{"If-Match": '"1"'})
    assert stale.status_code == 412
    assert stale["ETag"] == '"2"'
    assert patch(pm, url, {"title": "Third"}).status_code == 428
    assert post(pm, f"{url}/submit", {}, **{"If-Match": '"1"'}).status_code == 412
    assert pm.get(url).json()["title"] == "First"


def test_sent_content_is_frozen(world):
    order = world.change_order_a_sent
    response = patch(
        client_for(world.pm_alice),
        f"/api/v1/change-orders/{order.pk}",
        {"price_change": "1.00", "version": order.version},
    )
    assert response.status_code == 422
    assert "price_change" in fields(response)


def test_a_retried_create_with_an_idempotency_key_drafts_once(world):
    pm = client_for(world.pm_alice)
    url = f"/api/v1/projects/{world.project_a.pk}/change-orders"
    first = post(pm, url, BODY, **{"Idempotency-Key": "co-create-1"})
    assert first.status_code == 201, first.content
    count = ChangeOrder.objects.count()
    again = post(pm, url, BODY, **{"Idempotency-Key": "co-create-1"})
    assert again.status_code == 201
    assert again["Idempotent-Replayed"] == "true"
    assert again.json()["id"] == first.json()["id"]
    assert ChangeOrder.objects.count() == count


def test_plan_edits_are_added_and_removed_on_a_draft(world):
    from accord.planning.models import Task
    from accord.planning.services import plan_apply_template

    plan_apply_template(actor=None, project=world.project_a, template_code="small_molecule_tt")
    plan_apply_template(actor=None, project=world.project_b, template_code="small_molecule_tt")
    task = Task.objects.filter(project=world.project_a, kind=Task.Kind.TASK).first()
    created = _create(world)
    url = f"/api/v1/change-orders/{created['id']}"
    pm = client_for(world.pm_alice)
    added = post(
        pm,
        f"{url}/plan-edits",
        {"kind": "add_days", "task_id": task.pk, "days": 5, "version": created["version"]},
    )
    assert added.status_code == 201, added.content
    [edit] = added.json()["edits"]
    assert (edit["kind"], edit["task_id"], edit["days"]) == ("add_days", task.pk, 5)
    # A task of another sponsor's project is refused by name, and nothing is added.
    other = Task.objects.filter(project=world.project_b, kind=Task.Kind.TASK).first()
    refused = post(
        pm,
        f"{url}/plan-edits",
        {"kind": "add_days", "task_id": other.pk, "days": 5, "version": 2},
    )
    assert refused.status_code == 422
    assert fields(refused) == {"task_id"}
    assert len(pm.get(url).json()["edits"]) == 1
    removed = pm.delete(f"{url}/plan-edits/{edit['id']}")
    assert removed.status_code == 200, removed.content
    assert removed.json()["edits"] == []


def test_the_sponsor_downloads_the_change_order_as_a_pdf(world):
    url = f"/api/v1/change-orders/{world.change_order_a_sent.pk}/pdf"
    response = client_for(world.sponsor_a_manager).get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    reference = world.change_order_a_sent.reference
    assert f'filename="AUR-101-TT-{reference}.pdf"' in response["Content-Disposition"]
    assert client_for(world.sponsor_b_manager).get(url).status_code == 404
