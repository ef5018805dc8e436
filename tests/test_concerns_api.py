"""Concerns through the API: the whole R3 path as the sponsor and as CDMO staff, through
the same services as the pages; refusals (who may take which step, stale versions,
missing containment) in the API's one error shape; the list's filters, pages and clocks
(read once per sponsor and site, however many concerns); and sponsor isolation.

Clock figures are counted by hand on the Visp site's working time (Monday to Friday,
08:00-12:00 and 13:00-17:00, Zurich), as in ``test_concerns.py``."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accord.audit.models import AuditEvent
from accord.service import services
from accord.service.models import Concern, ConcernEntry
from tests.conftest import World, client_for
from tests.test_concerns import ZURICH, _quality_ladder, _raise, moment

API = "/api/v1/concerns"


class Fresh:
    """A person's requests, each in a session of its own: the story clock moves "now" to
    and fro, and a session left idle for days of story time would be signed out."""

    def __init__(self, user) -> None:
        self.user = user

    def get(self, *args, **kwargs):
        return client_for(self.user).get(*args, **kwargs)

    def post(self, *args, **kwargs):
        return client_for(self.user).post(*args, **kwargs)


def post(client, path: str, body: dict | None = None, **headers):
    return client.post(path, data=body or {}, content_type="application/json", headers=headers)


def fields(response) -> set[str]:
    """The fields an error answer names."""
    return {error["field"] for error in response.json()["errors"]}


def clocks(body: dict) -> dict[str, dict]:
    return {clock["kind"]: clock for clock in body["clocks"]}


def local(value: str) -> str:
    """An API moment (ISO 8601, UTC) as the site reads it, to the minute."""
    return dt.datetime.fromisoformat(value).astimezone(ZURICH).strftime("%a %d %b %H:%M")


def _raise_as_sponsor(world: World, **changes) -> dict:
    body = {
        "project_id": world.project_a.pk,
        "title": "Aurora CoA names the wrong lot",
        "description": "The certificate of analysis names lot 17; we received lot 18.",
        "category": "quality",
        "urgency": "high",
        **changes,
    }
    response = post(Fresh(world.sponsor_a_manager), API, body)
    assert response.status_code == 201, response.content
    return response.json()


# --------------------------------------------------------------------------- the R3 path


@pytest.mark.req("AT-1")
def test_the_r3_path_through_the_api_as_both_sides(world):
    _quality_ladder(world)
    sponsor, qa = Fresh(world.sponsor_a_manager), Fresh(world.qa_quinn)
    with moment("2026-11-27 16:30"):  # a Friday, half an hour before the site closes
        raised = _raise_as_sponsor(world)
    url = f"{API}/{raised['id']}"
    assert raised["number"].startswith("CON-2026-") and raised["owner_name"] == "Quinn Keller"
    assert (raised["state"], raised["state_label"]) == ("raised", "Raised, to acknowledge")
    assert (raised["category_label"], raised["priority_label"]) == ("Quality", "High")
    assert raised["channel"] == "portal" and raised["sponsor_name"] == "Aurora Therapeutics"

    # Monday 08:15: 45 working minutes of the 2 h acknowledgement used.
    with moment("2026-11-30 08:15"):
        read = sponsor.get(url)
    assert read["ETag"] == '"1"'
    ack = clocks(read.json())["acknowledge"]
    assert (ack["state"], ack["target_minutes"], ack["remaining_minutes"]) == ("running", 120, 75)
    assert local(ack["due_at"]) == "Mon 30 Nov 09:30"  # Fri 16:30-17:00, then 90 min
    assert clocks(read.json())["update"]["state"] == "not_started"

    assert post(sponsor, f"{url}/acknowledge", {"message": "Seen", "version": 1}).status_code == 403
    with moment("2026-11-30 08:45"):
        acknowledged = post(qa, f"{url}/acknowledge", {"message": "I have it."}, If_Match='"1"')
    assert acknowledged.status_code == 200 and acknowledged["ETag"] == '"2"'
    assert acknowledged.json()["state"] == "acknowledged"
    assert clocks(acknowledged.json())["acknowledge"]["state"] == "met"

    contact = {"how": "call", "summary": "Agreed to re-issue the CoA."}
    missing = post(qa, f"{url}/contact", {**contact, "version": 2})
    assert missing.status_code == 422 and fields(missing) == {"containment"}
    blank = post(qa, f"{url}/contact", {**contact, "containment": "  ", "version": 2})
    assert blank.status_code == 422 and fields(blank) == {"containment"}
    assert "stop the harm" in blank.json()["errors"][0]["message"]
    contact["containment"] = "Lot 18 quarantined at the sponsor until the CoA is fixed."
    stale = post(qa, f"{url}/contact", contact, If_Match='"1"')
    assert stale.status_code == 412 and stale.json()["code"] == "precondition_failed"
    assert stale["ETag"] == '"2"'
    stale_body = post(qa, f"{url}/contact", {**contact, "version": 1})
    assert stale_body.status_code == 409 and fields(stale_body) == {"version"}
    assert post(qa, f"{url}/contact", contact).status_code == 428
    assert Concern.objects.get().state == "acknowledged"  # none of these wrote anything
    with moment("2026-11-30 15:00"):
        contacted = post(qa, f"{url}/contact", {**contact, "version": 2})
    assert contacted.status_code == 200 and contacted.json()["state"] == "in_progress"
    assert contacted.json()["containment"].startswith("Lot 18 quarantined")

    with moment("2026-11-30 15:30"):
        note = {"text": "Aurora internal: label printer mix-up at packing."}
        assert post(qa, f"{url}/notes", note).status_code == 200
        assert post(qa, f"{url}/updates", {"text": "The new CoA is in review."}).status_code == 200
    assert "label printer" not in sponsor.get(url).content.decode()
    assert "label printer" in qa.get(url).content.decode()

    with moment("2026-12-01 10:00"):
        waiting = post(qa, f"{url}/wait", {"reason": "The photo of the received label"})
    assert waiting.json()["state"] == "waiting_on_sponsor"
    with moment("2026-12-01 11:00"):
        paused = clocks(sponsor.get(url).json())
    assert paused["resolve"]["state"] == "paused" and paused["resolve"]["due_at"] is None
    assert paused["resolve"]["paused_minutes"] == 60
    unanswered = post(sponsor, f"{url}/resume", {"text": " "})
    assert unanswered.status_code == 422 and fields(unanswered) == {"text"}
    with moment("2026-12-02 10:00"):
        answered = post(sponsor, f"{url}/resume", {"text": "Photo attached to the e-mail."})
    assert answered.status_code == 200 and answered.json()["state"] == "in_progress"
    assert answered.json()["pauses"][0]["reason"] == "The photo of the received label"

    version = answered.json()["version"]
    with moment("2026-12-03 14:00"):
        resolved = post(
            qa,
            f"{url}/resolve",
            {"resolution": "CoA re-issued for lot 18.", "version": version},
        )
    assert resolved.status_code == 200 and resolved.json()["state"] == "resolved"
    assert post(qa, f"{url}/confirm", {}).status_code == 403  # the sponsor's word, not ours
    assert post(sponsor, f"{url}/reopen", {}).status_code == 422
    with moment("2026-12-03 15:00"):
        reopened = post(sponsor, f"{url}/reopen", {"reason": "Lot 18 is still on hold."})
    assert reopened.json()["state"] == "in_progress" and reopened.json()["reopened"] == 1
    with moment("2026-12-03 16:00"):
        post(qa, f"{url}/resolve", {"resolution": "Hold released.", "version": 9}, If_Match="*")
        confirmed = post(sponsor, f"{url}/confirm", {})
    assert confirmed.status_code == 200 and confirmed.json()["state"] == "closed"
    assert confirmed.json()["closed_at"]

    story = [entry["kind"] for entry in qa.get(url).json()["entries"]]
    assert story == [
        "raised",
        "acknowledgement",
        "contact",
        "note",
        "update",
        "waiting",
        "resumed",
        "resolution",
        "reopened",
        "resolution",
        "confirmed",
    ]
    assert "note" not in [entry["kind"] for entry in sponsor.get(url).json()["entries"]]
    actions = AuditEvent.objects.filter(target_type="service.concern").values_list(
        "action", flat=True
    )
    assert "service.concern.noted" in actions and "service.concern.confirmed" in actions


@pytest.mark.req("AZ-3")
def test_a_sponsor_never_reads_an_internal_note_anywhere_in_the_api(world):
    concern = _raise(world)
    services.concern_note(
        actor=world.pm_alice, concern=concern, text="Aurora internal: reviewer was new."
    )
    for persona in (world.sponsor_a_manager, world.sponsor_a_contact):
        client = client_for(persona)
        detail = client.get(f"{API}/{concern.pk}")
        assert detail.status_code == 200
        assert "reviewer was new" not in detail.content.decode()
        assert all(not entry["internal"] for entry in detail.json()["entries"])
        assert "reviewer was new" not in client.get(API).content.decode()
        refused = post(client, f"{API}/{concern.pk}/notes", {"text": "Hi"})
        assert refused.status_code == 403
    staff = client_for(world.pm_alice).get(f"{API}/{concern.pk}").json()
    # (a concern raised at night also tells the sponsor when the day starts: not internal)
    told = [e["internal"] for e in staff["entries"] if e["kind"] != "after_hours"]
    assert told == [False, True]
    assert ConcernEntry.objects.filter(concern=concern).exclude(kind="after_hours").count() == 2


def test_a_step_the_state_does_not_allow_is_a_conflict(world):
    concern = _raise(world, category="schedule")
    alice = client_for(world.pm_alice)
    refused = post(alice, f"{API}/{concern.pk}/resolve", {"resolution": "Done.", "version": 1})
    assert refused.status_code == 409 and refused.json()["code"] == "conflict"
    closed = post(client_for(world.sponsor_a_manager), f"{API}/{concern.pk}/confirm", {})
    assert closed.status_code == 409
    nothing = post(alice, f"{API}/{concern.pk}/updates", {"text": "News."})
    assert nothing.status_code == 422 and fields(nothing) == {"body"}
    assert Concern.objects.get().state == "raised"


def test_only_the_owner_acknowledges(world):
    _quality_ladder(world)
    concern = _raise(world)
    other = post(
        client_for(world.pm_alice), f"{API}/{concern.pk}/acknowledge", {"message": "Mine."}
    )
    assert other.status_code == 428  # no version: refused before anything else
    other = post(
        client_for(world.pm_alice),
        f"{API}/{concern.pk}/acknowledge",
        {"message": "Mine.", "version": 1},
    )
    assert other.status_code == 403 and "Quinn Keller owns this concern" in other.json()["detail"]


# --------------------------------------------------------------------------- raising


def test_staff_record_a_concern_for_the_sponsor_they_name(world):
    alice = client_for(world.pm_alice)
    body = {
        "title": "Aurora asked for a faster release",
        "description": "Said in the weekly call: the release slot is too late for them.",
        "category": "schedule",
        "urgency": "medium",
    }
    unnamed = post(alice, API, body)
    assert unnamed.status_code == 422 and fields(unnamed) == {"sponsor_id"}
    recorded = post(alice, API, {**body, "sponsor_id": world.sponsor_a.pk})
    assert recorded.status_code == 201 and recorded["ETag"] == '"1"'
    assert (recorded.json()["channel"], recorded.json()["project_id"]) == ("staff", None)
    wrong = post(
        alice, API, {**body, "sponsor_id": world.sponsor_a.pk, "project_id": world.project_b.pk}
    )
    assert wrong.status_code == 422 and fields(wrong) == {"project_id"}
    bad = post(alice, API, {**body, "sponsor_id": world.sponsor_a.pk, "category": "weather"})
    assert bad.status_code == 422 and fields(bad) == {"category"}
    blank = post(alice, API, {**body, "sponsor_id": world.sponsor_a.pk, "title": " "})
    assert blank.status_code == 422 and fields(blank) == {"title"}
    assert Concern.objects.count() == 1


@pytest.mark.req("AZ-2")
def test_sponsor_people_raise_for_their_own_company_only(world):
    body = {
        "title": "Borealis wants Aurora's slot",
        "description": "Injected.",
        "category": "other",
        "urgency": "low",
    }
    b = client_for(world.sponsor_b_manager)
    assert post(b, API, {**body, "sponsor_id": world.sponsor_a.pk}).status_code == 404
    foreign = post(b, API, {**body, "project_id": world.project_a.pk})
    assert foreign.status_code == 422 and fields(foreign) == {"project_id"}
    # A contact raises only on the projects it is on.
    contact = client_for(world.sponsor_a_contact)
    unstaffed = post(contact, API, {**body, "project_id": world.project_a_unstaffed.pk})
    assert unstaffed.status_code == 422 and fields(unstaffed) == {"project_id"}
    assert not Concern.objects.exists()
    own = post(b, API, {**body, "sponsor_id": world.sponsor_b.pk})
    assert own.status_code == 201 and own.json()["sponsor_name"] == "Borealis Pharma"


# --------------------------------------------------------------------------- the list


def test_the_list_filters_and_pages_and_each_concern_has_its_clocks(world):
    _quality_ladder(world)
    with moment("2026-11-30 09:00"):
        quality = _raise(world, urgency="critical", title="Aurora CoA wrong lot")  # ack 1 h
    with moment("2026-11-30 09:10"):
        schedule = _raise(
            world, category="schedule", urgency="low", title="Aurora slot", project=None
        )
        services.concern_acknowledge(actor=world.qa_quinn, concern=quality, message="On it.")
    alice = Fresh(world.pm_alice)

    def numbers(**query) -> list[str]:
        response = alice.get(API, query)
        assert response.status_code == 200, response.content
        return [item["number"] for item in response.json()["items"]]

    assert numbers() == [schedule.number, quality.number]  # newest first
    assert numbers(category="quality") == [quality.number]
    assert numbers(priority="low") == [schedule.number]
    assert numbers(state="acknowledged") == [quality.number]
    assert numbers(state="open") == [schedule.number, quality.number]
    assert numbers(owner_id=world.qa_quinn.pk) == [quality.number]
    assert numbers(project_id=world.project_a.pk) == [quality.number]
    assert numbers(sponsor_id=world.sponsor_b.pk) == []
    assert numbers(q="slot") == [schedule.number]
    assert numbers(q=quality.number) == [quality.number]
    with moment("2026-11-30 09:50"):
        # The low one (acknowledge within 8 h) has used 40 min; the critical one's
        # first contact (4 h) 50 min: neither is at risk yet.
        assert numbers(clock="at_risk") == []
    with moment("2026-11-30 15:30"):
        # 5.5 working hours in: the critical first contact (4 h, due 14:00) is broken;
        # the low acknowledgement (8 h from 09:10, warned at 6 h) not at risk yet.
        assert numbers(clock="breached") == [quality.number]
    with moment("2026-11-30 16:30"):
        assert numbers(clock="at_risk") == [schedule.number]
        page = alice.get(API, {"page": 2, "page_size": 1}).json()
    assert (page["count"], page["page"], page["pages"]) == (2, 2, 2)
    [item] = page["items"]
    assert item["number"] == quality.number and item["owner_name"] == "Quinn Keller"
    assert item["sponsor_name"] == "Aurora Therapeutics" and item["project_code"] == "AUR-101-TT"
    assert (item["urgency"], item["urgency_label"]) == ("critical", "Critical")
    contact = clocks(item)["first_contact"]
    # 09:00 to 16:30 less lunch: 6.5 h of 4 h, due at 14:00, late by 2.5 h.
    assert contact["state"] == "breached" and local(contact["due_at"]) == "Mon 30 Nov 14:00"
    assert (contact["late_by_minutes"], contact["remaining_minutes"]) == (150, -150)
    assert [c["kind"] for c in item["clocks"]] == [
        "acknowledge",
        "first_contact",
        "update",
        "resolve",
    ]


def test_a_bad_filter_is_a_422_naming_it(world):
    alice = client_for(world.pm_alice)
    for name, value in (("state", "lost"), ("clock", "late"), ("priority", "urgent")):
        response = alice.get(API, {name: value})
        assert response.status_code == 422 and fields(response) == {name}, name
    assert fields(alice.get(API, {"page_size": 500})) == {"page_size"}


def test_the_list_reads_each_policy_and_calendar_once_however_many_concerns(world):
    client = client_for(world.qa_quinn)
    client.get(API)  # the session settles on a first visit

    def queries(**query) -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(API, query).status_code == 200
        return len(captured)

    _raise(world, title="Aurora first")
    few, few_breached = queries(), queries(clock="breached")
    for n in range(6):
        _raise(world, title=f"Aurora more {n}", category="schedule", urgency="low")
    assert queries() == few
    assert queries(clock="breached") == few_breached


# --------------------------------------------------------------------------- isolation


@pytest.mark.req("AZ-2")
def test_another_sponsor_gets_404_for_every_step_of_a_concern_and_sees_none(world):
    concern = _raise(world)
    url = f"{API}/{concern.pk}"
    for persona in (world.sponsor_b_manager, world.sponsor_b_contact):
        b = client_for(persona)
        assert b.get(url).status_code == 404
        for step, body in (
            ("resume", {"text": "Injected"}),
            ("confirm", {}),
            ("reopen", {"reason": "Injected"}),
        ):
            assert post(b, f"{url}/{step}", body).status_code == 404, step
        for step, body in (
            ("acknowledge", {"message": "Injected", "version": 1}),
            ("contact", {"how": "call", "summary": "x", "containment": "y", "version": 1}),
            ("updates", {"text": "Injected"}),
            ("notes", {"text": "Injected"}),
            ("wait", {"reason": "Injected"}),
            ("resolve", {"resolution": "Injected", "version": 1}),
        ):
            assert post(b, f"{url}/{step}", body).status_code == 403, step
        listing = b.get(API, {"sponsor_id": world.sponsor_a.pk, "q": "Aurora"}).json()
        assert listing["count"] == 0 and listing["items"] == []
    assert Concern.objects.get().state == "raised"
    assert ConcernEntry.objects.exclude(kind="after_hours").count() == 1
