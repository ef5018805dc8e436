"""Meetings, decisions, action items and status reports through the API: written by CDMO
staff through the same services and permissions as the pages and read back; a sponsor's
person marks its own action item done, as on the portal, and reads shared meetings and
published reports only, never internal notes; another sponsor's records are 404; bad
input, stale versions and wrong passwords change nothing."""

from __future__ import annotations

import datetime as dt

from django.test import Client
from django.utils import timezone

from accord.accounts.services.tokens import api_token_create
from accord.audit.models import AuditEvent
from accord.meetings.models import ActionItem, Meeting
from accord.reports.models import StatusReport
from accord.signatures.models import Signature
from tests.conftest import client_for
from tests.factories import PASSWORD


def post(client, path: str, body: dict | None = None, **headers):
    return client.post(path, data=body or {}, content_type="application/json", headers=headers)


def patch(client, path: str, body: dict, **headers):
    return client.patch(path, data=body, content_type="application/json", headers=headers)


def fields(response) -> set[str]:
    return {error["field"] for error in response.json()["errors"]}


TODAY = timezone.localdate()


def _meeting_body(**changes) -> dict:
    return {
        "kind": "weekly_status",
        "title": "Aurora weekly status 12",
        "held_on": TODAY.isoformat(),
        "attendees": "Maya Aurora (Aurora)\nAlice Morgan (CDMO)",
        "agenda": "Batch plan",
        "minutes": "Engineering batch on plan.",
        "internal_notes": "Aurora internal: the fermenter is tight.",
        **changes,
    }


# --------------------------------------------------------------------------- meetings


def test_staff_record_a_meeting_with_decisions_and_actions_through_the_api(world):
    pm = client_for(world.pm_alice)
    created = post(pm, f"/api/v1/projects/{world.project_a.pk}/meetings", _meeting_body())
    assert created.status_code == 201, created.content
    meeting = created.json()
    assert meeting["kind_label"] == "Weekly status"
    assert meeting["internal_notes"] == "Aurora internal: the fermenter is tight."
    url = f"/api/v1/meetings/{meeting['id']}"
    sponsor = client_for(world.sponsor_a_manager)
    assert sponsor.get(url).status_code == 404  # not shared yet

    decision = post(pm, f"{url}/decisions", {"text": "Go for the 200 L scale."})
    assert decision.status_code == 201, decision.content
    item = post(
        pm,
        f"{url}/action-items",
        {
            "description": "Send the batch record draft",
            "owner_id": world.sponsor_a_manager.pk,
            "due_on": (TODAY + dt.timedelta(days=7)).isoformat(),
        },
    )
    assert item.status_code == 201, item.content
    assert item.json()["owner"] == world.sponsor_a_manager.printed_name
    assert item.json()["status_label"] == "Open"

    shared = patch(pm, url, {"shared_with_sponsor": True}, **{"If-Match": created["ETag"]})
    assert shared.status_code == 200, shared.content
    seen = sponsor.get(url)
    assert seen.status_code == 200
    body = seen.json()
    assert "internal_notes" not in body
    assert [d["text"] for d in body["decisions"]] == ["Go for the 200 L scale."]
    assert [a["description"] for a in body["action_items"]] == ["Send the batch record draft"]
    # Once shared, a change needs a reason.
    refused = patch(pm, url, {"minutes": "Changed.", "version": shared.json()["version"]})
    assert refused.status_code == 422
    assert "reason" in fields(refused)
    events = AuditEvent.objects.filter(action__startswith="meetings.", channel="api")
    assert set(events.values_list("action", flat=True)) == {
        "meetings.meeting.recorded",
        "meetings.decision.added",
        "meetings.action_item.added",
        "meetings.meeting.updated",
    }


def test_the_sponsor_owner_marks_its_action_item_done_and_staff_reopen_it(world):
    item = world.action_item_a
    sponsor = client_for(world.sponsor_a_manager)
    url = f"/api/v1/action-items/{item.pk}"
    read = sponsor.get(url)
    assert read.status_code == 200
    done = post(sponsor, f"{url}/close", {"note": "Sent by courier."}, **{"If-Match": read["ETag"]})
    assert done.status_code == 200, done.content
    assert done.json()["status"] == "done"
    assert done.json()["done_on"] == TODAY.isoformat()
    # Reopening is the CDMO's.
    assert post(sponsor, f"{url}/reopen", {"reason": "x", "version": 2}).status_code == 403
    reopened = post(
        client_for(world.pm_alice),
        f"{url}/reopen",
        {"reason": "The standard was the wrong lot.", "version": done.json()["version"]},
    )
    assert reopened.status_code == 200, reopened.content
    assert reopened.json()["status"] == "open"


def test_a_sponsor_contact_cannot_close_someone_elses_item(world):
    url = f"/api/v1/action-items/{world.action_item_a.pk}/close"
    response = post(client_for(world.sponsor_a_contact), url, {"version": 1})
    assert response.status_code == 403
    world.action_item_a.refresh_from_db()
    assert world.action_item_a.status == ActionItem.Status.OPEN


def test_sponsor_users_write_no_meeting(world):
    sponsor = client_for(world.sponsor_a_manager)
    url = f"/api/v1/meetings/{world.meeting_a_shared.pk}"
    before = (Meeting.objects.count(), ActionItem.objects.count())
    assert (
        post(
            sponsor, f"/api/v1/projects/{world.project_a.pk}/meetings", _meeting_body()
        ).status_code
        == 403
    )
    assert patch(sponsor, url, {"title": "x", "version": 1}).status_code == 403
    assert post(sponsor, f"{url}/decisions", {"text": "x"}).status_code == 403
    assert (
        post(
            sponsor,
            f"{url}/action-items",
            {
                "description": "x",
                "owner_id": world.sponsor_a_manager.pk,
                "due_on": TODAY.isoformat(),
            },
        ).status_code
        == 403
    )
    assert sponsor.get("/api/v1/action-items").status_code == 403
    assert (Meeting.objects.count(), ActionItem.objects.count()) == before


def test_another_sponsor_gets_404_for_meetings_and_action_items(world):
    other = client_for(world.sponsor_b_manager)
    assert other.get(f"/api/v1/meetings/{world.meeting_a_shared.pk}").status_code == 404
    assert other.get(f"/api/v1/action-items/{world.action_item_a.pk}").status_code == 404
    closed = post(other, f"/api/v1/action-items/{world.action_item_a.pk}/close", {"version": 1})
    assert closed.status_code == 404


def test_bad_meeting_input_names_the_field_and_writes_nothing(world):
    pm = client_for(world.pm_alice)
    before = (Meeting.objects.count(), ActionItem.objects.count())
    response = post(
        pm, f"/api/v1/projects/{world.project_a.pk}/meetings", _meeting_body(kind="party")
    )
    assert response.status_code == 422
    assert fields(response) == {"kind"}
    response = post(
        pm,
        f"/api/v1/meetings/{world.meeting_a_shared.pk}/action-items",
        {"description": "x", "owner_id": world.sponsor_b_manager.pk, "due_on": TODAY.isoformat()},
    )
    assert response.status_code == 422
    assert fields(response) == {"owner_id"}
    assert "Borealis" not in response.content.decode()
    assert (Meeting.objects.count(), ActionItem.objects.count()) == before


def test_a_stale_meeting_edit_is_refused(world):
    pm = client_for(world.pm_alice)
    meeting = world.meeting_a_internal
    url = f"/api/v1/meetings/{meeting.pk}"
    etag = pm.get(url)["ETag"]
    assert patch(pm, url, {"title": "Renamed"}, **{"If-Match": etag}).status_code == 200
    assert patch(pm, url, {"title": "Again"}, **{"If-Match": etag}).status_code == 412
    assert pm.get(url).json()["title"] == "Renamed"


def test_the_action_item_list_filters_like_the_page(world):
    listed = client_for(world.pm_alice).get("/api/v1/action-items", {"status": "overdue"})
    assert listed.status_code == 200
    assert [i["id"] for i in listed.json()["items"]] == [world.action_item_a.pk]
    none = client_for(world.pm_alice).get("/api/v1/action-items", {"status": "done"})
    assert none.json()["items"] == []


# --------------------------------------------------------------------------- reports


def _report_body(**changes) -> dict:
    return {
        "period_start": (TODAY - dt.timedelta(days=13)).isoformat(),
        "period_end": TODAY.isoformat(),
        "summary": "Aurora: engineering batch on plan.",
        **changes,
    }


def test_staff_draft_edit_and_publish_a_report_with_a_signature(world):
    pm = client_for(world.pm_alice)
    created = post(pm, f"/api/v1/projects/{world.project_a.pk}/status-reports", _report_body())
    assert created.status_code == 201, created.content
    report = created.json()
    assert report["status"] == "draft"
    url = f"/api/v1/status-reports/{report['id']}"
    sponsor = client_for(world.sponsor_a_manager)
    assert sponsor.get(url).status_code == 404

    edited = patch(
        pm, url, {"decisions_needed": "Approve the second batch."}, **{"If-Match": created["ETag"]}
    )
    assert edited.status_code == 200, edited.content
    refreshed = post(pm, f"{url}/refresh", {}, **{"If-Match": edited["ETag"]})
    assert refreshed.status_code == 200, refreshed.content

    published = post(
        pm,
        f"{url}/publish",
        {"username": world.pm_alice.username, "password": PASSWORD, "acknowledge": True},
        **{"If-Match": refreshed["ETag"]},
    )
    assert published.status_code == 200, published.content
    body = published.json()
    assert body["status"] == "published"
    assert body["published_by"] == world.pm_alice.printed_name
    [signature] = body["signatures"]
    assert signature["meaning"] == "authored"

    seen = sponsor.get(url)
    assert seen.status_code == 200
    assert seen.json()["decisions_needed"] == "Approve the second batch."
    # A published report never changes.
    frozen = patch(pm, url, {"summary": "Rewritten.", "version": body["version"]})
    assert frozen.status_code == 422
    events = AuditEvent.objects.filter(
        target_type="reports.statusreport", target_id=str(report["id"])
    )
    assert set(events.values_list("channel", flat=True)) == {"api"}


def test_a_wrong_password_publishes_nothing(world):
    pm = client_for(world.pm_alice)
    created = post(pm, f"/api/v1/projects/{world.project_a.pk}/status-reports", _report_body())
    url = f"/api/v1/status-reports/{created.json()['id']}"
    response = post(
        pm,
        f"{url}/publish",
        {
            "username": world.pm_alice.username,
            "password": "wrong",
            "acknowledge": True,
            "version": created.json()["version"],
        },
    )
    assert response.status_code == 422
    assert "password" in fields(response)
    report = StatusReport.objects.get(pk=created.json()["id"])
    assert report.status == StatusReport.Status.DRAFT
    assert not Signature.objects.filter(
        record_type="reports.statusreport", record_id=str(report.pk)
    ).exists()


def test_sponsor_users_write_no_report_and_another_sponsor_gets_404(world):
    published = world.status_report_a_published
    url = f"/api/v1/status-reports/{published.pk}"
    sponsor = client_for(world.sponsor_a_manager)
    before = StatusReport.objects.count()
    assert (
        post(
            sponsor, f"/api/v1/projects/{world.project_a.pk}/status-reports", _report_body()
        ).status_code
        == 403
    )
    assert patch(sponsor, url, {"summary": "x", "version": 1}).status_code == 403
    assert (
        post(
            sponsor, f"{url}/publish", {"username": "x", "password": "y", "version": 1}
        ).status_code
        == 403
    )
    assert StatusReport.objects.count() == before
    other = client_for(world.sponsor_b_manager)
    assert other.get(url).status_code == 404


def test_bad_report_input_names_the_field_and_writes_nothing(world):
    pm = client_for(world.pm_alice)
    before = StatusReport.objects.count()
    url = f"/api/v1/projects/{world.project_a.pk}/status-reports"
    response = post(pm, url, _report_body(period_end="not a date"))
    assert response.status_code == 422
    assert fields(response) == {"period_end"}
    response = post(pm, url, _report_body(corrects_id=987_654))
    assert response.status_code == 422
    assert fields(response) == {"corrects_id"}
    assert StatusReport.objects.count() == before


def test_a_stale_report_edit_is_refused(world):
    pm = client_for(world.pm_alice)
    created = post(pm, f"/api/v1/projects/{world.project_a.pk}/status-reports", _report_body())
    url = f"/api/v1/status-reports/{created.json()['id']}"
    assert patch(pm, url, {"summary": "One"}, **{"If-Match": created["ETag"]}).status_code == 200
    assert patch(pm, url, {"summary": "Two"}, **{"If-Match": created["ETag"]}).status_code == 412
    assert pm.get(url).json()["summary"] == "One"


def test_a_retried_report_draft_with_an_idempotency_key_drafts_once(world):
    pm = client_for(world.pm_alice)
    url = f"/api/v1/projects/{world.project_a.pk}/status-reports"
    first = post(pm, url, _report_body(), **{"Idempotency-Key": "report-1"})
    assert first.status_code == 201
    count = StatusReport.objects.count()
    again = post(pm, url, _report_body(), **{"Idempotency-Key": "report-1"})
    assert again["Idempotent-Replayed"] == "true"
    assert StatusReport.objects.count() == count


def test_a_token_limited_to_another_project_does_not_reach_its_action_items(world):
    _, limited = api_token_create(actor=world.pm_alice, name="B only", projects=[world.project_b])
    _, whole = api_token_create(actor=world.pm_alice, name="all")
    url = f"/api/v1/action-items/{world.action_item_a.pk}"
    assert Client(HTTP_AUTHORIZATION=f"Bearer {whole}").get(url).status_code == 200
    api = Client(HTTP_AUTHORIZATION=f"Bearer {limited}")
    assert api.get(url).status_code == 404
    listed = api.get("/api/v1/action-items", {"status": "any"}).json()
    assert world.action_item_a.pk not in [item["id"] for item in listed["items"]]
    closed = api.post(f"{url}/close", {"version": 1}, content_type="application/json")
    assert closed.status_code == 404
