"""Project meetings: recorded, numbered, shared and audited; decisions and action items;
who may own and close an action item; who sees which meeting; the pages and the API."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from accord.audit.models import AuditEvent
from accord.audit.registry import audited_type
from accord.audit.selectors import record_history
from accord.core.workflow import TransitionNotAllowed
from accord.meetings import selectors, services
from accord.meetings.models import ActionItem, Meeting
from accord.projects.models import Project
from tests.conftest import World, client_for

TODAY = timezone.localdate()
HELD = TODAY - dt.timedelta(days=30)

SHARED_TITLE = "Aurora steering committee Q1 review"
INTERNAL_TITLE = "Aurora internal cost review"
SHARED_NOTES = "Aurora internal: their budget is tight this year"


def world_meetings(world: World) -> dict[str, object]:
    """Meetings for the shared two-sponsor world (idempotent, looked up by title).

    On project A: a meeting shared with the sponsor, with a decision and an open action
    item owned by sponsor A's manager (overdue), and an internal meeting; on project B:
    one shared meeting. ``build_world()`` stores them on the world.
    """
    pm = world.pm_alice
    shared = Meeting.objects.filter(project=world.project_a, title=SHARED_TITLE).first()
    if shared is None:
        shared = services.meeting_record(
            actor=pm,
            project=world.project_a,
            kind=Meeting.Kind.STEERING_COMMITTEE,
            title=SHARED_TITLE,
            held_on=HELD,
            attendees="Maya Aurora (Aurora)\nAlice Morgan (CDMO)",
            agenda="Batch plan; reference standard",
            minutes="The engineering batch moves to week 12.",
            shared_with_sponsor=True,
            internal_notes=SHARED_NOTES,
        )
        services.decision_add(
            actor=pm,
            meeting=shared,
            text="Aurora approves a second engineering batch",
            decided_by="Steering committee",
        )
        services.action_item_add(
            actor=pm,
            meeting=shared,
            description="Aurora sends the reference standard",
            owner=world.sponsor_a_manager,
            due_on=TODAY - dt.timedelta(days=5),
        )
    internal = Meeting.objects.filter(project=world.project_a, title=INTERNAL_TITLE).first()
    if internal is None:
        internal = services.meeting_record(
            actor=pm,
            project=world.project_a,
            kind=Meeting.Kind.TECHNICAL,
            title=INTERNAL_TITLE,
            held_on=HELD,
            attendees="Alice Morgan\nQuinn Keller",
            minutes="Aurora internal: margin below target",
        )
    b_title = "Borealis weekly status"
    meeting_b = Meeting.objects.filter(project=world.project_b, title=b_title).first()
    if meeting_b is None:
        meeting_b = services.meeting_record(
            actor=pm,
            project=world.project_b,
            kind=Meeting.Kind.WEEKLY_STATUS,
            title=b_title,
            held_on=HELD,
            attendees="Bea Borealis\nAlice Morgan",
            shared_with_sponsor=True,
        )
    return {
        "meeting_a_shared": shared,
        "meeting_a_internal": internal,
        "meeting_b_shared": meeting_b,
        "action_item_a": ActionItem.objects.get(meeting=shared, number=1),
    }


@pytest.fixture
def meetings(world: World) -> dict[str, object]:
    return world_meetings(world)


def _record(world: World, project: Project | None = None, **overrides) -> Meeting:
    fields = {
        "kind": Meeting.Kind.WEEKLY_STATUS,
        "title": "Weekly status",
        "held_on": HELD,
        "attendees": "Alice Morgan\nCole Aurora",
    }
    fields.update(overrides)
    return services.meeting_record(
        actor=world.pm_alice, project=project or world.project_a_unstaffed, **fields
    )


def _action(world: World, meeting: Meeting, **overrides) -> ActionItem:
    fields = {
        "description": "Send the batch record",
        "owner": world.pm_alice,
        "due_on": TODAY + dt.timedelta(days=7),
    }
    fields.update(overrides)
    return services.action_item_add(actor=world.pm_alice, meeting=meeting, **fields)


def _changes(event: AuditEvent) -> dict:
    return json.loads(event.changes)


def _page(client, name: str, *args, **query) -> str:
    response = client.get(reverse(name, args=args), query)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


# --------------------------------------------------------------------------- meetings


@pytest.mark.req("AT-1")
def test_recording_a_meeting_numbers_it_per_project_and_audits_every_field(world):
    first = _record(world, internal_notes="Keep an eye on cost")
    second = _record(world, title="Second status")
    other = _record(world, project=world.project_b)  # after the world's own B meeting
    assert (first.reference, second.reference, other.reference) == ("M-001", "M-002", "M-002")
    event = AuditEvent.objects.get(action="meetings.meeting.recorded", target_id=str(first.pk))
    assert event.target_type == "meetings.meeting" and event.parent_type == "projects.project"
    assert event.sponsor_id == world.sponsor_a.pk and event.actor_username == "pm.alice"
    changes = _changes(event)
    assert changes["internal_notes"] == [None, "Keep an eye on cost"]
    assert changes["shared_with_sponsor"] == [None, False]


def test_a_refused_meeting_names_the_field_and_leaves_no_gap(world):
    events = AuditEvent.objects.count()
    with pytest.raises(ValidationError) as refused:
        _record(world, title="  ", kind="gossip")
    assert {"title", "kind"} <= set(refused.value.message_dict)
    assert AuditEvent.objects.count() == events
    assert not Meeting.objects.filter(project=world.project_a_unstaffed).exists()
    assert _record(world).reference == "M-001"


@pytest.mark.req("AT-2")
def test_editing_a_shared_meeting_needs_a_reason_and_is_audited(world):
    meeting = _record(world)
    meeting = services.meeting_update(actor=world.pm_alice, meeting=meeting, minutes="Draft")
    assert meeting.version == 2
    shared = services.meeting_update(
        actor=world.pm_alice, meeting=meeting, shared_with_sponsor=True
    )
    with pytest.raises(ValidationError) as refused:
        services.meeting_update(actor=world.pm_alice, meeting=shared, minutes="Rewritten")
    assert "reason" in refused.value.message_dict
    assert Meeting.objects.get(pk=meeting.pk).minutes == "Draft"
    services.meeting_update(
        actor=world.pm_alice, meeting=shared, minutes="Rewritten", reason="Sponsor correction"
    )
    event = AuditEvent.objects.filter(action="meetings.meeting.updated").latest("seq")
    assert _changes(event) == {"minutes": ["Draft", "Rewritten"]}
    assert event.reason == "Sponsor correction"


def test_a_stale_meeting_edit_is_refused_rather_than_overwriting(world):
    meeting = _record(world)
    services.meeting_update(actor=world.pm_alice, meeting=meeting, title="New title")
    with pytest.raises(ValidationError, match="Someone else changed"):
        services.meeting_update(actor=world.pm_alice, meeting=meeting, title="Mine", version=1)
    assert Meeting.objects.get(pk=meeting.pk).title == "New title"


def test_only_cdmo_staff_allowed_to_write_meetings_write_them(world, meetings):
    meeting = meetings["meeting_a_shared"]
    for person in (world.qa_quinn, world.sponsor_a_manager):
        with pytest.raises(PermissionDenied):
            services.meeting_record(
                actor=person,
                project=world.project_a,
                kind="other",
                title="x",
                held_on=HELD,
                attendees="x",
            )
        with pytest.raises(PermissionDenied):
            services.decision_add(actor=person, meeting=meeting, text="x")
        with pytest.raises(PermissionDenied):
            services.action_item_add(
                actor=person, meeting=meeting, description="x", owner=person, due_on=TODAY
            )


# --------------------------------------------------------------------------- decisions, items


@pytest.mark.req("AT-1")
def test_decisions_and_action_items_are_audited_in_the_meetings_history(world):
    meeting = _record(world)
    decision = services.decision_add(
        actor=world.pm_alice, meeting=meeting, text=" Go for two batches ", decided_by="SteerCo"
    )
    assert decision.text == "Go for two batches"
    item = _action(world, meeting)
    assert item.reference == "AI-001" and item.project == world.project_a_unstaffed
    actions = [
        e.action for e in record_history(world.pm_alice, audited_type("meetings.meeting"), meeting)
    ]
    assert actions == [
        "meetings.meeting.recorded",
        "meetings.decision.added",
        "meetings.action_item.added",
    ]
    added = AuditEvent.objects.get(action="meetings.action_item.added", target_id=str(item.pk))
    assert added.parent_type == "meetings.meeting" and added.sponsor_id == world.sponsor_a.pk
    assert _changes(added)["owner"] == [None, world.pm_alice.pk]


def test_a_decision_without_text_is_refused_on_its_field(world):
    meeting = _record(world)
    with pytest.raises(ValidationError) as refused:
        services.decision_add(actor=world.pm_alice, meeting=meeting, text="   ")
    assert "text" in refused.value.message_dict


def test_action_items_are_numbered_per_project_across_meetings(world):
    first, second = _record(world), _record(world, title="Next week")
    assert [_action(world, first).reference, _action(world, second).reference] == [
        "AI-001",
        "AI-002",
    ]


@pytest.mark.req("AZ-2")
def test_it_rejects_an_owner_of_another_sponsor_with_a_field_error(world, meetings):
    meeting = meetings["meeting_a_shared"]
    events = AuditEvent.objects.count()
    for outsider in (world.sponsor_b_manager, world.sponsor_b_contact):
        with pytest.raises(ValidationError) as refused:
            _action(world, meeting, owner=outsider)
        message = refused.value.message_dict["owner"][0]
        assert "Aurora Therapeutics" in message and "Borealis" not in message
    assert AuditEvent.objects.count() == events
    assert not ActionItem.objects.filter(owner__organization=world.sponsor_b).exists()
    assert _action(world, meeting, owner=world.sponsor_a_contact).owner == world.sponsor_a_contact
    assert _action(world, meeting, owner=world.qa_quinn).owner == world.qa_quinn


def test_a_sponsor_contact_who_is_not_on_the_project_cannot_own_its_action(world):
    meeting = _record(world)  # project A's unstaffed project: the contact is not on it
    with pytest.raises(ValidationError) as refused:
        _action(world, meeting, owner=world.sponsor_a_contact)
    assert "owner" in refused.value.message_dict
    assert _action(world, meeting, owner=world.sponsor_a_manager).owner == world.sponsor_a_manager


def test_an_action_cannot_be_due_before_its_meeting(world):
    meeting = _record(world)
    with pytest.raises(ValidationError) as refused:
        _action(world, meeting, due_on=HELD - dt.timedelta(days=1))
    assert "due_on" in refused.value.message_dict


@pytest.mark.req("AT-2")
def test_changing_an_action_of_a_shared_meeting_needs_a_reason(world, meetings):
    item = meetings["action_item_a"]
    new_due = TODAY + dt.timedelta(days=10)
    with pytest.raises(ValidationError) as refused:
        services.action_item_update(actor=world.pm_alice, item=item, due_on=new_due)
    assert "reason" in refused.value.message_dict
    with pytest.raises(ValidationError) as foreign:
        services.action_item_update(
            actor=world.pm_alice, item=item, owner=world.sponsor_b_manager, reason="x"
        )
    assert "owner" in foreign.value.message_dict
    updated = services.action_item_update(
        actor=world.pm_alice, item=item, due_on=new_due, reason="Supplier holiday", version=1
    )
    assert updated.due_on == new_due and updated.version == 2
    event = AuditEvent.objects.get(action="meetings.action_item.updated")
    assert event.reason == "Supplier holiday" and list(_changes(event)) == ["due_on"]


@pytest.mark.req("AT-1")
def test_a_sponsor_user_marks_their_own_action_done_and_it_is_audited(world, meetings):
    item = meetings["action_item_a"]
    with pytest.raises(PermissionDenied):
        services.action_item_close(actor=world.sponsor_a_contact, item=item)
    with pytest.raises(PermissionDenied):
        services.action_item_close(actor=world.qa_quinn, item=item)
    done = services.action_item_close(
        actor=world.sponsor_a_manager, item=item, note="Shipped by courier"
    )
    assert done.status == ActionItem.Status.DONE and done.done_on == TODAY
    assert done.closed_by == world.sponsor_a_manager
    event = AuditEvent.objects.get(action="meetings.action_item.closed")
    assert event.actor_username == "aurora.manager" and event.reason == "Shipped by courier"
    assert _changes(event)["status"] == ["open", "done"]
    with pytest.raises(TransitionNotAllowed):
        services.action_item_close(actor=world.pm_alice, item=done)


def test_the_project_manager_closes_anyones_action_and_reopens_with_a_reason(world):
    meeting = _record(world)
    item = _action(world, meeting, owner=world.qa_quinn)
    with pytest.raises(ValidationError) as future:
        services.action_item_close(
            actor=world.pm_alice, item=item, done_on=TODAY + dt.timedelta(days=1)
        )
    assert "done_on" in future.value.message_dict
    with pytest.raises(ValidationError) as early:
        services.action_item_close(
            actor=world.pm_alice, item=item, done_on=HELD - dt.timedelta(days=1)
        )
    assert "done_on" in early.value.message_dict
    done = services.action_item_close(actor=world.pm_alice, item=item)
    assert done.closed_by == world.pm_alice
    with pytest.raises(ValidationError) as reason:
        services.action_item_update(actor=world.pm_alice, item=done, description="More")
    assert "reason" in reason.value.message_dict
    with pytest.raises(PermissionDenied):
        services.action_item_reopen(actor=world.qa_quinn, item=done, reason="Not done")
    with pytest.raises(ValidationError) as no_reason:
        services.action_item_reopen(actor=world.pm_alice, item=done, reason=" ")
    assert "reason" in no_reason.value.message_dict
    reopened = services.action_item_reopen(
        actor=world.pm_alice, item=done, reason="The batch record was incomplete"
    )
    assert reopened.is_open and reopened.done_on is None and reopened.closed_by is None
    # A staff owner without the right to change action items closes their own.
    assert services.action_item_close(actor=world.qa_quinn, item=reopened).closed_by == (
        world.qa_quinn
    )


def test_the_database_refuses_a_done_item_without_when_and_by_whom(world):
    item = _action(world, _record(world))
    with pytest.raises(IntegrityError), transaction.atomic():
        ActionItem.objects.filter(pk=item.pk).update(status=ActionItem.Status.DONE)


# --------------------------------------------------------------------------- reads


def test_the_overdue_widget_lists_my_open_items_past_due_only(world):
    meeting = _record(world)
    late = _action(world, meeting, due_on=HELD + dt.timedelta(days=1), description="Late one")
    _action(world, meeting, due_on=TODAY, description="Due today")
    _action(world, meeting, due_on=HELD, owner=world.qa_quinn, description="Quinn's")
    closed = _action(world, meeting, due_on=HELD, description="Closed")
    services.action_item_close(actor=world.pm_alice, item=closed)
    widget = selectors.overdue_action_items_widget(world.pm_alice)
    assert [item.description for item in widget["items"]] == ["Late one"]
    assert widget["count"] == 1 and widget["more"] == 0
    for day in range(2, 8):
        _action(world, meeting, due_on=HELD + dt.timedelta(days=day))
    widget = selectors.overdue_action_items_widget(world.pm_alice)
    assert widget["items"][0] == late and len(widget["items"]) == 5
    assert widget["count"] == 7 and widget["more"] == 2


@pytest.mark.req("AZ-2")
@pytest.mark.req("AZ-3")
def test_sponsor_users_see_only_shared_meetings_of_their_own_projects(world, meetings):
    shared, internal = meetings["meeting_a_shared"], meetings["meeting_a_internal"]
    for persona in (world.sponsor_a_manager, world.sponsor_a_contact):
        assert list(selectors.meetings_visible_to(persona)) == [shared]
        assert [i.pk for i in selectors.action_items_visible_to(persona)] == [
            meetings["action_item_a"].pk
        ]
        assert selectors.decisions_visible_to(persona).count() == 1
    _action(world, internal, owner=world.sponsor_a_manager)
    assert selectors.action_items_visible_to(world.sponsor_a_manager).count() == 1
    for persona in (world.sponsor_b_manager, world.sponsor_b_contact):
        assert list(selectors.meetings_visible_to(persona)) == [meetings["meeting_b_shared"]]
        assert not selectors.action_items_visible_to(persona).exists()
    staff = selectors.meetings_visible_to(world.qa_quinn)
    assert {shared, internal} <= set(staff)
    assert not selectors.meetings_visible_to(world.admin_ada).exists()


# --------------------------------------------------------------------------- pages


def test_staff_see_every_meeting_its_internal_notes_and_the_forms(world, meetings):
    client = client_for(world.pm_alice)
    page = _page(client, "meetings:project_meetings", world.project_a.pk)
    assert SHARED_TITLE in page and INTERNAL_TITLE in page
    assert "Record meeting" in page and ">Meetings</a>" in page
    detail = _page(client, "meetings:detail", meetings["meeting_a_shared"].pk)
    assert SHARED_NOTES in detail and "Aurora approves a second engineering batch" in detail
    assert "Aurora sends the reference standard" in detail and "Overdue" in detail
    for name in ("meetings:edit", "meetings:decision_add", "meetings:action_add"):
        assert reverse(name, args=[meetings["meeting_a_shared"].pk]) in detail


def test_the_meetings_list_searches_and_filters(world, meetings):
    client = client_for(world.pm_alice)
    url = reverse("meetings:project_meetings", args=[world.project_a.pk])
    found = client.get(url, {"q": "week 12"}).content.decode()
    assert SHARED_TITLE in found and INTERNAL_TITLE not in found
    internal = client.get(url, {"shared": "no"}).content.decode()
    assert INTERNAL_TITLE in internal and SHARED_TITLE not in internal
    none = client.get(url, {"kind": "kickoff"}).content.decode()
    assert "No meetings match these filters" in none
    assert client.get(url, {"kind": "nonsense", "page": "x"}).status_code == 200


@pytest.mark.req("AZ-3")
def test_sponsors_read_shared_meetings_without_internal_notes(world, meetings):
    shared = meetings["meeting_a_shared"]
    for persona in (world.sponsor_a_manager, world.sponsor_a_contact):
        client = client_for(persona)
        page = _page(client, "meetings:project_meetings", world.project_a.pk)
        assert SHARED_TITLE in page and INTERNAL_TITLE not in page
        assert "Record meeting" not in page
        detail = _page(client, "meetings:detail", shared.pk)
        assert "week 12" in detail and "Aurora internal" not in detail
        assert "Internal notes" not in detail
        assert reverse("meetings:edit", args=[shared.pk]) not in detail
        hidden = reverse("meetings:detail", args=[meetings["meeting_a_internal"].pk])
        assert client.get(hidden).status_code == 404
        assert client.get(reverse("meetings:edit", args=[shared.pk])).status_code == 403


@pytest.mark.req("AZ-3")
def test_a_meetings_history_hides_internal_notes_from_the_sponsor(world, meetings):
    url = reverse("audit:history", args=["meetings.meeting", meetings["meeting_a_shared"].pk])
    sponsor = client_for(world.sponsor_a_manager).get(url).content.decode()
    assert "Aurora sends the reference standard" in sponsor
    assert "budget is tight" not in sponsor
    staff = client_for(world.qa_quinn).get(url).content.decode()
    assert "budget is tight" in staff


def test_recording_a_meeting_through_the_page_puts_errors_next_to_fields(world):
    client = client_for(world.pm_alice)
    url = reverse("meetings:create", args=[world.project_a.pk])
    assert "data-date-input" in _page(client, "meetings:create", world.project_a.pk)
    refused = client.post(url, {"kind": "", "title": "", "held_on": "2026-13-01"}).content.decode()
    for field in ("kind", "title", "held_on", "attendees"):
        assert f'id="id_{field}_error_1"' in refused, field
    created = client.post(
        url,
        {
            "kind": "kickoff",
            "title": "Kickoff with Aurora",
            "held_on": HELD.isoformat(),
            "attendees": "Everyone",
            "shared_with_sponsor": "on",
        },
    )
    meeting = Meeting.objects.get(title="Kickoff with Aurora")
    assert created.status_code == 302
    assert created["Location"] == reverse("meetings:detail", args=[meeting.pk])
    assert meeting.shared_with_sponsor and meeting.reference == "M-003"


def test_editing_a_shared_meeting_on_the_page_asks_for_the_reason(world, meetings):
    meeting = meetings["meeting_a_shared"]
    client = client_for(world.pm_alice)
    url = reverse("meetings:edit", args=[meeting.pk])
    body = {
        "kind": meeting.kind,
        "title": meeting.title,
        "held_on": meeting.held_on.isoformat(),
        "attendees": meeting.attendees,
        "minutes": "The engineering batch moves to week 13.",
        "shared_with_sponsor": "on",
        "version": meeting.version,
    }
    refused = client.post(url, body).content.decode()
    assert 'id="id_reason_error_1"' in refused and "say why" in refused
    saved = client.post(url, {**body, "reason": "Corrected week"})
    assert saved.status_code == 302
    assert "week 13" in Meeting.objects.get(pk=meeting.pk).minutes


def test_adding_decisions_and_action_items_on_the_page(world, meetings):
    meeting = meetings["meeting_a_shared"]
    client = client_for(world.pm_alice)
    decision_url = reverse("meetings:decision_add", args=[meeting.pk])
    assert 'id="id_text_error_1"' in client.post(decision_url, {"text": ""}).content.decode()
    assert client.post(decision_url, {"text": "Ship on dry ice"}).status_code == 302
    url = reverse("meetings:action_add", args=[meeting.pk])
    form = client.get(url).content.decode()
    assert "Maya Aurora" in form and "Borealis" not in form
    body = {"description": "Book the courier", "due_on": TODAY.isoformat()}
    foreign = client.post(url, {**body, "owner": world.sponsor_b_manager.pk}).content.decode()
    assert 'id="id_owner_error_1"' in foreign and "Aurora Therapeutics" in foreign
    early = client.post(
        url, {**body, "owner": world.pm_alice.pk, "due_on": "2020-01-01"}
    ).content.decode()
    assert 'id="id_due_on_error_1"' in early
    assert client.post(url, {**body, "owner": world.pm_alice.pk}).status_code == 302
    assert ActionItem.objects.get(description="Book the courier").reference == "AI-002"


def test_a_sponsor_owner_marks_their_action_done_from_the_portal(world, meetings):
    item = meetings["action_item_a"]
    client = client_for(world.sponsor_a_manager)
    portal = _page(client, "home:portal")
    assert "Aurora sends the reference standard" in portal and "Your open action items" in portal
    detail = _page(client, "meetings:detail", item.meeting_id)
    close_url = reverse("meetings:action_close", args=[item.pk])
    assert close_url in detail
    refused = client.post(close_url, {"done_on": "2099-01-01", "version": item.version})
    assert 'id="id_done_on_error_1"' in refused.content.decode()
    assert (
        client.post(close_url, {"done_on": TODAY.isoformat(), "version": item.version}).status_code
        == 302
    )
    assert ActionItem.objects.get(pk=item.pk).closed_by == world.sponsor_a_manager
    assert "Aurora sends the reference standard" not in _page(client, "home:portal")
    # Another sponsor user of the same company may read the item but not close it.
    contact = client_for(world.sponsor_a_contact)
    other = _action(world, item.meeting, owner=world.pm_alice)
    assert reverse("meetings:action_close", args=[other.pk]) not in _page(
        contact, "meetings:detail", item.meeting_id
    )
    assert contact.get(reverse("meetings:action_close", args=[other.pk])).status_code == 403


def test_staff_without_the_change_permission_cannot_open_the_forms(world, meetings):
    client = client_for(world.qa_quinn)
    meeting = meetings["meeting_a_shared"]
    for name in ("meetings:edit", "meetings:decision_add", "meetings:action_add"):
        assert client.get(reverse(name, args=[meeting.pk])).status_code == 403, name
    assert client.get(reverse("meetings:create", args=[world.project_a.pk])).status_code == 403
    item = meetings["action_item_a"]
    assert client.get(reverse("meetings:action_edit", args=[item.pk])).status_code == 403
    assert client.get(reverse("meetings:action_close", args=[item.pk])).status_code == 403
    detail = _page(client, "meetings:detail", meeting.pk)
    assert reverse("meetings:edit", args=[meeting.pk]) not in detail
    assert "Mark done" not in detail


def test_reopening_an_action_on_the_page_needs_a_reason(world, meetings):
    item = services.action_item_close(actor=world.pm_alice, item=meetings["action_item_a"])
    client = client_for(world.pm_alice)
    url = reverse("meetings:action_reopen", args=[item.pk])
    refused = client.post(url, {"reason": "", "version": item.version}).content.decode()
    assert 'id="id_reason_error_1"' in refused
    assert client.post(url, {"reason": "Wrong lot", "version": item.version}).status_code == 302
    assert ActionItem.objects.get(pk=item.pk).is_open


def test_the_action_items_page_filters_mine_overdue_and_open(world, meetings):
    meeting = meetings["meeting_a_internal"]
    _action(world, meeting, description="Alice's overdue", due_on=HELD + dt.timedelta(days=2))
    _action(world, meeting, description="Alice's next", due_on=TODAY + dt.timedelta(days=3))
    _action(world, meeting, description="Quinn's task", owner=world.qa_quinn)
    client = client_for(world.pm_alice)
    everyone = _page(client, "meetings:actions")
    assert "Quinn&#x27;s task" in everyone and "Aurora sends the reference standard" in everyone
    mine = _page(client, "meetings:actions", mine="yes")
    assert "Alice&#x27;s next" in mine and "Quinn&#x27;s task" not in mine
    assert "Aurora sends the reference standard" not in mine
    overdue = _page(client, "meetings:actions", mine="yes", status="overdue")
    assert "Alice&#x27;s overdue" in overdue and "Alice&#x27;s next" not in overdue
    searched = _page(client, "meetings:actions", q="reference standard")
    assert "Aurora sends" in searched and "Quinn" not in searched.split("<tbody>")[1]
    assert client_for(world.sponsor_a_manager).get(reverse("meetings:actions")).status_code == 403


def test_my_work_shows_my_overdue_action_items(world, meetings):
    _action(
        world,
        meetings["meeting_a_internal"],
        description="Chase the QC lab",
        due_on=HELD + dt.timedelta(days=1),
    )
    page = _page(client_for(world.pm_alice), "home:work")
    assert 'data-testid="overdue-actions"' in page and "Chase the QC lab" in page
    quiet = _page(client_for(world.qa_quinn), "home:work")
    assert "None of your action items is overdue" in quiet


# --------------------------------------------------------------------------- API


@pytest.mark.req("AZ-3")
def test_the_api_lists_meetings_by_project_and_hides_internal_notes(world, meetings):
    staff = client_for(world.pm_alice)
    listing = staff.get("/api/v1/meetings", {"project_id": world.project_a.pk}).json()
    assert {m["title"] for m in listing["items"]} == {SHARED_TITLE, INTERNAL_TITLE}
    assert staff.get("/api/v1/meetings", {"kind": "nonsense"}).status_code == 422
    sponsor = client_for(world.sponsor_a_contact)
    assert [m["reference"] for m in sponsor.get("/api/v1/meetings").json()["items"]] == ["M-001"]
    shared = meetings["meeting_a_shared"]
    one = sponsor.get(f"/api/v1/meetings/{shared.pk}").json()
    assert "internal_notes" not in one and "Aurora internal" not in json.dumps(one)
    assert one["decisions"][0]["decided_by"] == "Steering committee"
    assert one["action_items"][0] | {"id": 0} == {
        "id": 0,
        "reference": "AI-001",
        "description": "Aurora sends the reference standard",
        "owner": "Maya Aurora",
        "owner_id": world.sponsor_a_manager.pk,
        "due_on": (TODAY - dt.timedelta(days=5)).isoformat(),
        "status": "open",
        "status_label": "Open",
        "done_on": None,
        "meeting_id": shared.pk,
        "project_id": world.project_a.pk,
        "version": 1,
    }
    assert staff.get(f"/api/v1/meetings/{shared.pk}").json()["internal_notes"] == SHARED_NOTES
    hidden = sponsor.get(f"/api/v1/meetings/{meetings['meeting_a_internal'].pk}")
    assert hidden.status_code == 404
