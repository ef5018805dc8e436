"""What a concern carries beyond its clocks: the notice of a concern raised while the
site is closed, the first contact recorded as a conversation with the sponsor, a
conversation flagged as a concern turned into one, owners and priorities handed over,
the records it is linked to, and its files. Visp works Monday to Friday, 08:00-12:00 and
13:00-17:00 (Zurich)."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accord.audit.models import AuditEvent
from accord.clients import services as client_services
from accord.clients.models import Interaction
from accord.core import clock
from accord.notifications.models import Notification
from accord.service import selectors, services
from accord.service.models import Concern, ConcernAttachment, ConcernEntry
from tests.conftest import World, client_for

ZURICH = ZoneInfo("Europe/Zurich")


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=ZURICH)


def _raise(world: World, when: str = "2026-11-24 10:00", **changes) -> Concern:
    fields = {
        "actor": world.sponsor_a_manager,
        "sponsor": world.sponsor_a,
        "project": world.project_a,
        "title": "Aurora CoA names the wrong lot",
        "description": "The certificate of analysis names lot 17; we received lot 18.",
        "category": "quality",
        "urgency": "high",
        **changes,
    }
    with clock.story_clock(), clock.story_moment(at(when)):
        return services.concern_raise(**fields)


def _pdf(name: str = "coa-lot-18.pdf", body: bytes = b"%PDF-1.4 lot 18") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, body, content_type="application/pdf")


# --------------------------------------------------------------------------- after hours


def test_a_concern_raised_at_night_tells_the_sponsor_when_the_working_day_starts(world):
    concern = _raise(world, when="2026-11-27 19:40")  # a Friday evening
    notice = concern.entries.get(kind=ConcernEntry.Kind.AFTER_HOURS)
    assert notice.author is None and not notice.internal
    assert "Monday 30 November, 08:00" in notice.text and "Visp API plant" in notice.text
    [told] = Notification.objects.filter(recipient=world.sponsor_a_manager, kind="concern_news")
    assert told.title == f"Concern {concern.number} received: we answer from " + (
        "Monday 30 November, 08:00 (Visp API plant time, Europe/Zurich)"
    )
    # The sponsor reads it on its page, in the story of the concern.
    page = client_for(world.sponsor_a_manager).get(reverse("service:concern", args=[concern.pk]))
    assert "Received outside service hours" in page.content.decode()


def test_a_concern_raised_in_working_hours_or_by_staff_gets_no_notice(world):
    in_hours = _raise(world, when="2026-11-24 10:00")
    by_staff = _raise(world, when="2026-11-27 19:40", actor=world.pm_alice)
    assert not ConcernEntry.objects.filter(
        kind=ConcernEntry.Kind.AFTER_HOURS, concern__in=[in_hours, by_staff]
    ).exists()


# --------------------------------------------------------------------------- conversations


def test_the_first_contact_is_recorded_as_a_conversation_with_the_sponsor(world):
    concern = _raise(world)
    with clock.story_clock(), clock.story_moment(at("2026-11-24 11:00")):
        services.concern_contact(
            actor=world.pm_alice,
            concern=concern,
            how="call",
            summary="Called Maya: the label printer used the previous lot.",
            containment="Lot 18 CoA reissued; lot 17 labels quarantined.",
        )
    entry = concern.entries.get(kind=ConcernEntry.Kind.CONTACT)
    talk = entry.interaction
    assert talk.kind == Interaction.Kind.CALL and talk.is_concern
    assert talk.sponsor == world.sponsor_a and talk.occurred_on == dt.date(2026, 11, 24)
    assert talk.subject == f"{concern.number}: Aurora CoA names the wrong lot"
    assert "Containment: Lot 18 CoA reissued" in talk.summary
    assert list(talk.attendees.all()) == [world.pm_alice]
    assert AuditEvent.objects.filter(
        action="clients.interaction.logged", target_id=str(talk.pk)
    ).exists()
    # The conversation's page names the concern it belongs to.
    page = client_for(world.pm_alice).get(reverse("clients:interaction_detail", args=[talk.pk]))
    assert concern.number in page.content.decode()


def test_a_conversation_flagged_as_a_concern_becomes_one(world):
    talk = client_services.interaction_log(
        actor=world.pm_alice,
        sponsor=world.sponsor_a,
        kind="meeting",
        occurred_on=dt.date(2026, 11, 20),
        subject="Aurora unhappy with the tech transfer pace",
        summary="Maya said the transfer report is two weeks late and nobody told her.",
        is_concern=True,
    )
    staff = client_for(world.pm_alice)
    detail = staff.get(reverse("clients:interaction_detail", args=[talk.pk])).content.decode()
    assert 'data-testid="interaction-to-concern"' in detail
    url = reverse("service:concern_create") + f"?interaction={talk.pk}"
    form = staff.get(url).content.decode()
    assert "Aurora unhappy with the tech transfer pace" in form  # the title comes along
    assert 'data-testid="from-interaction"' in form
    response = staff.post(
        url,
        {
            "interaction": talk.pk,
            "sponsor": world.sponsor_a.pk,
            "project": world.project_a.pk,
            "title": "Tech transfer report late, sponsor not told",
            "description": talk.summary,
            "category": "communication",
            "urgency": "medium",
        },
    )
    concern = Concern.objects.get()
    assert response.status_code == 302
    assert concern.interaction == talk and concern.channel == "interaction"
    # Once only: the same conversation cannot open a second concern.
    with pytest.raises(ValidationError) as refused:
        services.concern_raise(
            actor=world.pm_alice,
            sponsor=world.sponsor_a,
            title="Again",
            description="Again",
            category="other",
            urgency="low",
            interaction=talk,
        )
    assert concern.number in str(refused.value.message_dict["interaction"])
    # Another sponsor's conversation is not found from a sponsor-B-only form either:
    # sponsor users never reach this form's interaction at all.
    assert client_for(world.sponsor_b_manager).get(url).status_code == 200
    assert "Aurora unhappy" not in client_for(world.sponsor_b_manager).get(url).content.decode()


# --------------------------------------------------------------------------- owners


def test_the_owner_hands_a_concern_over_and_the_new_owner_is_told(world):
    concern = _raise(world, category="schedule")  # no quality rung: Alice (PM) owns it
    assert concern.owner == world.pm_alice
    services.concern_assign(
        actor=world.pm_alice,
        concern=concern,
        owner=world.qa_quinn,
        reason="Quinn signed the CoA; she can explain it best.",
    )
    concern.refresh_from_db()
    assert concern.owner == world.qa_quinn and concern.version == 2
    [told] = Notification.objects.filter(recipient=world.qa_quinn, kind="concern_raised")
    assert told.title == f"Concern {concern.number} of Aurora Therapeutics is yours now"
    note = concern.entries.get(kind=ConcernEntry.Kind.NOTE)
    assert note.internal and "Owner: Alice Morgan → Quinn Keller" in note.text
    event = AuditEvent.objects.get(action="service.concern.assigned")
    assert json.loads(event.changes) == {"owner": ["Alice Morgan", "Quinn Keller"]}
    assert event.reason == "Quinn signed the CoA; she can explain it best."


def test_only_the_owner_or_an_assigner_hands_over_and_priorities_need_the_assigner(world):
    concern = _raise(world, category="schedule")  # Alice owns it
    # Quinn (QA) neither owns it nor assigns concerns.
    with pytest.raises(PermissionDenied):
        services.concern_assign(
            actor=world.qa_quinn, concern=concern, owner=world.qa_quinn, reason="Mine now"
        )
    with pytest.raises(PermissionDenied):
        services.concern_assign(
            actor=world.sponsor_a_manager, concern=concern, priority="critical", reason="Hurry"
        )
    # Alice (project manager) may change the priority: the clocks follow it.
    services.concern_assign(
        actor=world.pm_alice, concern=concern, priority="critical", reason="Batch on hold"
    )
    concern.refresh_from_db()
    assert concern.priority == "critical" and concern.urgency == "high"
    with pytest.raises(ValidationError) as nothing:
        services.concern_assign(
            actor=world.pm_alice, concern=concern, priority="critical", reason="Again"
        )
    assert "Nothing changes" in str(nothing.value)
    with pytest.raises(ValidationError) as sponsor_owner:
        services.concern_assign(
            actor=world.pm_alice, concern=concern, owner=world.sponsor_a_manager, reason="x"
        )
    assert "owner" in sponsor_owner.value.message_dict
    with pytest.raises(ValidationError) as no_reason:
        services.concern_assign(
            actor=world.pm_alice, concern=concern, owner=world.qa_quinn, reason=" "
        )
    assert "reason" in no_reason.value.message_dict


def test_handing_over_on_the_page(world):
    concern = _raise(world, category="schedule")
    staff = client_for(world.pm_alice)
    response = staff.post(
        reverse("service:concern", args=[concern.pk]),
        {
            "action": "assign",
            "assign-owner": world.qa_quinn.pk,
            "assign-priority": "",
            "assign-reason": "QA explains CoAs",
            "assign-version": concern.version,
        },
    )
    assert response.status_code == 302
    concern.refresh_from_db()
    assert concern.owner == world.qa_quinn
    # Quinn now owns it but does not assign concerns: no priority field for her.
    page = client_for(world.qa_quinn).get(reverse("service:concern", args=[concern.pk]))
    assert 'name="assign-owner"' in page.content.decode()
    assert 'name="assign-priority"' not in page.content.decode()


# --------------------------------------------------------------------------- links


def test_a_resolution_links_the_records_it_touched_and_each_side_sees_its_own(world):
    concern = _raise(world)
    services.concern_contact(
        actor=world.qa_quinn,
        concern=concern,
        how="written",
        summary="Wrote to Maya with the corrected CoA.",
        containment="Lot 17 labels quarantined.",
    )
    services.concern_resolve(
        actor=world.qa_quinn,
        concern=concern,
        resolution="CoA reissued, label line cleared before each lot.",
        risks=[world.risk_a_shared, world.risk_a_internal],
        delays=[world.delay_a_communicated],
    )
    assert set(concern.risks.all()) == {world.risk_a_shared, world.risk_a_internal}
    staff_links = selectors.concern_links_visible_to(world.pm_alice, concern)
    sponsor_links = selectors.concern_links_visible_to(world.sponsor_a_manager, concern)
    assert len(staff_links["risks"]) == 2
    assert sponsor_links["risks"] == [world.risk_a_shared]  # the internal risk stays inside
    assert sponsor_links["delays"] == [world.delay_a_communicated]
    page = client_for(world.sponsor_a_manager).get(reverse("service:concern", args=[concern.pk]))
    text = page.content.decode()
    assert world.risk_a_shared.title in text and world.risk_a_internal.title not in text
    event = AuditEvent.objects.get(action="service.concern.resolved", target_id=str(concern.pk))
    assert json.loads(event.changes)["state"] == ["In progress", "Resolved, to confirm"]


def test_records_of_another_sponsor_are_never_linked(world):
    concern = _raise(world)
    with pytest.raises(ValidationError) as refused:
        services.concern_link(
            actor=world.pm_alice, concern=concern, delays=[world.delay_b_communicated]
        )
    assert "Aurora Therapeutics" in refused.value.message_dict["delays"][0]
    assert not concern.delays.exists()
    with pytest.raises(PermissionDenied):
        services.concern_link(
            actor=world.sponsor_a_manager, concern=concern, risks=[world.risk_a_shared]
        )
    services.concern_link(actor=world.pm_alice, concern=concern, risks=[world.risk_a_shared])
    with pytest.raises(ValidationError):  # already linked: nothing new
        services.concern_link(actor=world.pm_alice, concern=concern, risks=[world.risk_a_shared])


# --------------------------------------------------------------------------- files


def test_the_sponsor_raises_a_concern_with_files_and_both_sides_read_them(world):
    sponsor = client_for(world.sponsor_a_manager)
    response = sponsor.post(
        reverse("service:concern_create"),
        {
            "project": world.project_a.pk,
            "title": "Damaged shipment",
            "description": "Two vials arrived cracked.",
            "category": "quality",
            "urgency": "high",
            "files": [_pdf("photo-note.pdf"), _pdf("packing-list.pdf", b"%PDF-1.4 list")],
        },
    )
    assert response.status_code == 302
    concern = Concern.objects.get()
    files = list(concern.attachments.order_by("original_name"))
    assert [f.original_name for f in files] == ["packing-list.pdf", "photo-note.pdf"]
    assert files[0].uploaded_by == world.sponsor_a_manager and files[0].size_bytes == 13
    url = reverse("service:concern_file", args=[concern.pk, files[0].pk])
    download = client_for(world.pm_alice).get(url)
    assert download.status_code == 200 and b"".join(download.streaming_content) == (
        b"%PDF-1.4 list"
    )
    assert f"sponsors/{world.sponsor_a.pk}/concerns/{concern.pk}/" in files[0].file.name
    # Another sponsor: the same 404 as a file that does not exist.
    assert client_for(world.sponsor_b_manager).get(url).status_code == 404
    assert (
        client_for(world.sponsor_b_manager)
        .get(reverse("service:concern_file", args=[concern.pk, 987654]))
        .status_code
        == 404
    )


def test_a_bad_file_refuses_the_whole_concern_and_names_the_file(world):
    with pytest.raises(ValidationError) as refused:
        _raise(world, files=[_pdf(), SimpleUploadedFile("run.exe", b"MZ")])
    assert "run.exe: files of type .exe are not accepted" in refused.value.message_dict["files"][0]
    assert not Concern.objects.exists() and not ConcernAttachment.objects.exists()


def test_files_are_added_later_by_either_side_but_not_to_a_closed_concern(world):
    concern = _raise(world)
    page_post = client_for(world.sponsor_a_manager).post(
        reverse("service:concern", args=[concern.pk]),
        {"action": "attach", "attach-file": _pdf("second-photo.pdf")},
    )
    assert page_post.status_code == 302
    services.concern_attach(actor=world.qa_quinn, concern=concern, upload=_pdf("reply.pdf"))
    assert concern.attachments.count() == 2
    assert AuditEvent.objects.filter(action="service.concern.file_added").count() == 2
    with pytest.raises(PermissionDenied):
        services.concern_attach(
            actor=world.sponsor_b_manager, concern=concern, upload=_pdf("intrude.pdf")
        )
    Concern.objects.filter(pk=concern.pk).update(state="closed")
    concern.refresh_from_db()
    with pytest.raises(ValidationError) as closed:
        services.concern_attach(actor=world.qa_quinn, concern=concern, upload=_pdf("late.pdf"))
    assert "is closed" in closed.value.message_dict["file"][0]


# --------------------------------------------------------------------------- API


def test_handing_over_linking_and_files_through_the_api(world):
    concern = _raise(world, category="schedule")  # Alice owns it
    api = f"/api/v1/concerns/{concern.pk}"
    staff = client_for(world.pm_alice)
    handed = staff.post(
        f"{api}/assign",
        {"owner_id": world.qa_quinn.pk, "reason": "QA explains CoAs", "version": 1},
        content_type="application/json",
    )
    assert handed.status_code == 200 and handed.json()["owner_name"] == "Quinn Keller"
    refused = staff.post(
        f"{api}/assign",
        {"owner_id": world.sponsor_a_manager.pk, "reason": "x", "version": 2},
        content_type="application/json",
    )
    assert refused.status_code == 422
    assert {e["field"] for e in refused.json()["errors"]} == {"owner_id"}
    linked = staff.post(
        f"{api}/links",
        {"risk_ids": [world.risk_a_shared.pk, world.risk_a_internal.pk]},
        content_type="application/json",
    )
    assert linked.status_code == 200
    assert {link["kind"] for link in linked.json()["links"]} == {"risk"}
    other = staff.post(
        f"{api}/links",
        {"delay_ids": [world.delay_b_communicated.pk]},
        content_type="application/json",
    )
    assert other.status_code == 422 and other.json()["errors"][0]["field"] == "delay_ids"
    sponsor = client_for(world.sponsor_a_manager)
    added = sponsor.post(f"{api}/files", {"file": _pdf("label-photo.pdf")})
    assert added.status_code == 201
    [file] = added.json()["files"]
    assert file["name"] == "label-photo.pdf" and file["uploaded_by_name"] == "Maya Aurora"
    assert sponsor.get(file["url"]).status_code == 200
    # The sponsor reads the shared risk only, never the internal one.
    links = sponsor.get(api).json()["links"]
    assert [link["id"] for link in links] == [world.risk_a_shared.pk]
    bad = sponsor.post(f"{api}/files", {"file": SimpleUploadedFile("x.exe", b"MZ")})
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "file"


def test_relationship_health_counts_open_concerns_once(world):
    from accord.clients.health import relationship_health_for

    def concerns_signal() -> list[str]:
        health = relationship_health_for([world.sponsor_a])[world.sponsor_a.pk]
        return [r for r in health.reasons if "concern" in r.lower()]

    concern = _raise(world)
    assert concerns_signal() == [f"Open concern: {concern.number} Aurora CoA names the wrong lot"]
    # Its first contact is a conversation flagged as a concern: still one concern.
    services.concern_contact(
        actor=world.pm_alice, concern=concern, how="call", summary="Called.", containment="Held."
    )
    assert len(concerns_signal()) == 1
    services.concern_resolve(actor=world.pm_alice, concern=concern, resolution="Reissued.")
    assert concerns_signal() == []


def test_the_api_lists_concerns_nearest_due_first_on_request(world):
    early = _raise(world, when="2026-11-24 09:00", title="Aurora first")
    late = _raise(world, when="2026-11-24 11:00", title="Aurora second")
    done = _raise(world, when="2026-11-24 12:00", title="Aurora third")
    services.concern_contact(
        actor=world.qa_quinn, concern=done, how="call", summary="s", containment="c"
    )
    services.concern_resolve(actor=world.qa_quinn, concern=done, resolution="r")
    staff = client_for(world.pm_alice)
    newest = staff.get("/api/v1/concerns").json()["items"]
    assert [c["number"] for c in newest] == [done.number, late.number, early.number]
    due = staff.get("/api/v1/concerns", {"order": "due", "page_size": 2}).json()
    # The earlier-raised concern's clocks fall due first; the resolved one has none left.
    assert [c["number"] for c in due["items"]] == [early.number, late.number]
    assert due["count"] == 3 and due["pages"] == 2
    rest = staff.get("/api/v1/concerns", {"order": "due", "page_size": 2, "page": 2}).json()
    assert [c["number"] for c in rest["items"]] == [done.number]
    assert staff.get("/api/v1/concerns", {"order": "soon"}).status_code == 422
