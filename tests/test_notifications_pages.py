"""The notification centre in pages and the API: the bell, the list with its filters,
marking read, preferences; each person sees and changes only their own."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accord.audit.models import AuditEvent
from accord.notifications.models import Notification, NotificationPreference
from accord.notifications.services import Message, deliver
from tests.conftest import World, client_for
from tests.factories import UserFactory


def _jobs(user, count: int) -> list[Notification]:
    """``count`` job notifications for ``user`` (a kind about no record, easy to make)."""
    return deliver(
        [
            Message("job_finished", user, None, f"Plan import {i:02d} finished", "It ran.")
            for i in range(count)
        ]
    )


def _unread(user) -> int:
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()


def _bell_count(html: str) -> str:
    part = html.split('data-testid="bell-count">', 1)[1]
    return part.split("<", 1)[0]


def test_the_header_bell_shows_the_unread_count_and_the_latest_for_staff_and_sponsors(world):
    manager = world.sponsor_a_manager
    page = client_for(manager).get(reverse("home:portal")).content.decode()
    assert _bell_count(page) == str(_unread(manager)) == "4"
    assert "waits for your decision" in page  # the change order, in the drop-down
    assert 'aria-label="Notifications, 4 unread"' in page
    # The count refreshes after a change, never on a timer: a poll would keep an idle
    # session alive past its timeout.
    assert 'hx-trigger="notificationsChanged from:body"' in page
    assert 'hx-trigger="every' not in page

    fresh = UserFactory(organization=world.cdmo, username="ops.olga", role_codes=("operations",))
    page = client_for(fresh).get(reverse("home:work")).content.decode()
    assert 'class="bell-count d-none"' in page and "You are all caught up." in page
    assert client_for(fresh).get(reverse("notifications:bell")).content.decode().count(">0<") == 1


def test_the_list_filters_by_status_kind_day_and_words_and_paginates(world):
    manager = world.sponsor_a_manager
    client = client_for(manager)
    url = reverse("notifications:list")
    page = client.get(url).content.decode()
    assert page.count('data-testid="notification"') == 4
    assert "4 unread" in page

    change = Notification.objects.get(recipient=manager, kind="change_order_decision")
    change.read_at = timezone.now()
    change.save()
    unread = client.get(url, {"status": "unread"}).content.decode()
    assert (
        unread.count('data-testid="notification"') == 3 and "Aurora extra validation" not in unread
    )
    read = client.get(url, {"status": "read"}).content.decode()
    assert read.count('data-testid="notification"') == 1 and "Aurora extra validation" in read
    by_kind = client.get(url, {"kind": "status_report_published"}).content.decode()
    assert by_kind.count('data-testid="notification"') == 1 and "SR-001" in by_kind
    by_words = client.get(url, {"q": "validation batch"}).content.decode()
    assert by_words.count('data-testid="notification"') == 1
    tomorrow = (timezone.localdate() + dt.timedelta(days=1)).isoformat()
    future = client.get(url, {"since": tomorrow}).content.decode()
    assert "No notification matches these filters." in future
    today = timezone.localdate().isoformat()
    assert (
        client.get(url, {"since": today, "until": today})
        .content.decode()
        .count('data-testid="notification"')
        == 4
    )
    # Nonsense filters are ignored, never an error page.
    assert client.get(url, {"kind": "teleport", "since": "soon"}).status_code == 200

    _jobs(manager, 30)
    first = client.get(url).content.decode()
    assert first.count('data-testid="notification"') == 25 and "Showing 1–25 of 34" in first
    second = client.get(url, {"page": 2}).content.decode()
    assert second.count('data-testid="notification"') == 9


def test_each_notification_links_to_its_record_and_following_it_marks_it_read(world):
    manager = world.sponsor_a_manager
    change = Notification.objects.get(recipient=manager, kind="change_order_decision")
    client = client_for(manager)
    page = client.get(reverse("notifications:list")).content.decode()
    read_url = reverse("notifications:read", args=[change.pk])
    assert f'href="{change.url}" data-mark-read="{read_url}"' in page
    assert client.get(change.url).status_code == 200  # the record's page opens for them
    # The link's script posts the read mark as the browser follows it.
    response = client.post(read_url, headers={"X-Requested-With": "fetch"})
    assert response.status_code == 204
    change.refresh_from_db()
    assert change.read_at is not None


def test_marking_one_read_with_htmx_swaps_the_row_and_refreshes_the_bell(world):
    manager = world.sponsor_a_manager
    notice = Notification.objects.filter(recipient=manager).first()
    response = client_for(manager).post(
        reverse("notifications:read", args=[notice.pk]), headers={"HX-Request": "true"}
    )
    assert response.status_code == 200
    assert response["HX-Trigger"] == "notificationsChanged"
    row = response.content.decode()
    assert f'id="notification-{notice.pk}"' in row and "is-unread" not in row
    assert "Mark read" not in row
    event = AuditEvent.objects.get(action="notifications.notification.read")
    assert event.target_id == str(notice.pk) and event.actor_username == "aurora.manager"
    # Without htmx the same form goes back where it came from.
    other = Notification.objects.filter(recipient=manager, read_at__isnull=True).first()
    back = client_for(manager).post(
        reverse("notifications:read", args=[other.pk]), {"next": "/portal/"}
    )
    assert back.status_code == 302 and back["Location"] == "/portal/"
    evil = client_for(manager).post(
        reverse("notifications:read", args=[other.pk]), {"next": "https://evil.example/"}
    )
    assert evil["Location"] == reverse("notifications:list")


def test_mark_all_read_empties_the_bell_and_says_how_many(world):
    manager = world.sponsor_a_manager
    client = client_for(manager)
    response = client.post(reverse("notifications:read_all"), follow=True)
    page = response.content.decode()
    assert "4 notifications marked read." in page
    assert _unread(manager) == 0 and _bell_count(page) == "0"
    assert "You are all caught up." in page
    assert (
        "Nothing was unread."
        in client.post(reverse("notifications:read_all"), follow=True).content.decode()
    )
    assert AuditEvent.objects.filter(action="notifications.notification.all_read").count() == 1


@pytest.mark.req("AZ-2")
def test_nobody_reads_or_marks_another_persons_notification(world):
    notice = Notification.objects.filter(recipient=world.sponsor_a_manager).first()
    for person in (world.sponsor_a_contact, world.sponsor_b_manager, world.admin_ada):
        client = client_for(person)
        assert client.post(reverse("notifications:read", args=[notice.pk])).status_code == 404
        assert client.post(f"/api/v1/notifications/{notice.pk}/read").status_code == 404
        assert notice.title not in client.get(reverse("notifications:list")).content.decode()
    notice.refresh_from_db()
    assert notice.is_unread


@pytest.mark.req("WEB-1")
def test_marking_read_needs_the_csrf_token(world):
    notice = Notification.objects.filter(recipient=world.sponsor_a_manager).first()
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.sponsor_a_manager)
    assert client.post(reverse("notifications:read", args=[notice.pk])).status_code == 403
    assert client.get(reverse("notifications:read", args=[notice.pk])).status_code == 405


def test_an_empty_centre_reads_well(world):
    fresh = UserFactory(organization=world.cdmo, username="ops.olga", role_codes=("operations",))
    page = client_for(fresh).get(reverse("notifications:list")).content.decode()
    assert "No notifications yet." in page
    assert "Nothing unread" in page and "Mark all read" not in page


def test_preferences_show_the_kinds_a_person_receives_and_save_changes(world):
    staff_page = client_for(world.pm_alice).get(reverse("notifications:preferences"))
    staff = staff_page.content.decode()
    assert "Change order waiting for incorporation" in staff
    assert "Proposal received" not in staff  # a sponsor's kind
    sponsor_client = client_for(world.sponsor_a_manager)
    sponsor = sponsor_client.get(reverse("notifications:preferences")).content.decode()
    assert "Change order waiting for your decision" in sponsor
    assert "Document waiting for your approval" not in sponsor
    assert (
        'name="change_order_decision" value="immediate" id="id_change_order_decision_0" checked'
        in sponsor
    )

    form = {
        "change_order_decision": "digest",
        "proposal_sent": "immediate",
        "status_report_published": "in_app",
        "action_item_assigned": "immediate",
        "action_item_due": "digest",
        "action_item_overdue": "digest",
        "team_added": "immediate",
        "concern_news": "immediate",
        "survey_invitation": "immediate",
        "quality_agreement_approved": "immediate",
        "deviation_sponsor_notice": "immediate",
        "change_decision_requested": "immediate",
        "scorecard_published": "digest",
        "business_review_published": "immediate",
        "business_review_comment": "immediate",
        "job_finished": "in_app",
        "webhook_disabled": "immediate",
    }
    response = sponsor_client.post(reverse("notifications:preferences"), form, follow=True)
    assert "Saved: you changed how you hear about 2 kinds." in response.content.decode()
    assert dict(
        NotificationPreference.objects.filter(user=world.sponsor_a_manager).values_list(
            "kind", "delivery"
        )
    ) == {"change_order_decision": "digest", "status_report_published": "in_app"}
    event = AuditEvent.objects.get(action="notifications.preferences.updated")
    changes = json.loads(event.changes)
    assert changes["Change order waiting for your decision"] == [
        "Immediately (in Accord and by e-mail)",
        "In the daily digest e-mail",
    ]

    form["change_order_decision"] = "carrier pigeon"
    bad = sponsor_client.post(reverse("notifications:preferences"), form)
    assert bad.status_code == 200 and "Select a valid choice" in bad.content.decode()
    assert (
        NotificationPreference.objects.get(
            user=world.sponsor_a_manager, kind="change_order_decision"
        ).delivery
        == "digest"
    )


# --------------------------------------------------------------------------- API


def test_the_api_lists_filters_and_marks_read_the_callers_notifications(world):
    manager = world.sponsor_a_manager
    api = client_for(manager)
    listing = api.get("/api/v1/notifications").json()
    assert listing["count"] == 4
    item = next(i for i in listing["items"] if i["kind"] == "change_order_decision")
    assert item["kind_label"] == "Change order waiting for your decision"
    assert item["unread"] is True and item["url"].startswith("/changes/")
    assert (
        api.get("/api/v1/notifications", {"kind": "status_report_published"}).json()["count"] == 1
    )
    assert api.get("/api/v1/notifications", {"q": "validation"}).json()["count"] == 1

    read = api.post(f"/api/v1/notifications/{item['id']}/read").json()
    assert read["unread"] is False and read["read_at"]
    assert api.get("/api/v1/notifications", {"status": "unread"}).json()["count"] == 3
    done = api.post(
        "/api/v1/notifications/read-all",
        {"kind": "status_report_published"},
        content_type="application/json",
    ).json()
    assert done == {"marked_read": 1, "unread": 2}
    assert api.post(
        "/api/v1/notifications/read-all", {}, content_type="application/json"
    ).json() == {"marked_read": 2, "unread": 0}


def test_the_api_refuses_bad_input_naming_the_field(world):
    api = client_for(world.sponsor_a_manager)
    bad_status = api.get("/api/v1/notifications", {"status": "maybe"})
    assert bad_status.status_code == 422
    assert bad_status.json()["errors"][0]["field"] == "status"
    bad_kind = api.post(
        "/api/v1/notifications/read-all", {"kind": "teleport"}, content_type="application/json"
    )
    assert bad_kind.status_code == 422 and bad_kind.json()["errors"][0]["field"] == "kind"
    staff_kind = api.patch(
        "/api/v1/notification-preferences",
        {"preferences": {"document_review": "digest"}},
        content_type="application/json",
    )
    assert staff_kind.status_code == 422
    assert staff_kind.json()["errors"][0]["field"] == "document_review"
    bad_delivery = api.patch(
        "/api/v1/notification-preferences",
        {"preferences": {"proposal_sent": "fax"}},
        content_type="application/json",
    )
    assert bad_delivery.status_code == 422
    assert not NotificationPreference.objects.exists()


def test_the_api_reads_and_changes_preferences(world: World):
    api = client_for(world.sponsor_a_contact)
    preferences = api.get("/api/v1/notification-preferences").json()
    kinds = {p["kind"]: p for p in preferences}
    assert "document_review" not in kinds
    assert kinds["action_item_due"] == {
        "kind": "action_item_due",
        "label": "Action item due soon",
        "description": "An action item you own is due within two days.",
        "delivery": "digest",
        "default": "digest",
        "is_default": True,
    }
    changed = api.patch(
        "/api/v1/notification-preferences",
        {"preferences": {"action_item_due": "immediate"}},
        content_type="application/json",
    ).json()
    after = {p["kind"]: p for p in changed}["action_item_due"]
    assert after["delivery"] == "immediate" and after["is_default"] is False
