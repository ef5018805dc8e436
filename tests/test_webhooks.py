"""Webhook subscriptions through the API and the pages: who may keep them, what is
written, what is audited (never the secret), and bad input refused with nothing written."""

from __future__ import annotations

import json
import uuid

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from accord.audit.models import AuditEvent
from accord.webhooks import services
from accord.webhooks.models import WebhookDelivery, WebhookEventType, WebhookSubscription
from tests.conftest import client_for

URL = "/api/v1/webhooks"
HOOK = "https://hooks.aurora.example/accord"


def _create(client, **body):
    body = {"url": HOOK, "events": ["change_order.sent"], **body}
    return client.post(URL, body, content_type="application/json")


def _hook(world, user=None, url=HOOK) -> WebhookSubscription:
    subscription, _ = services.subscription_create(
        actor=user or world.sponsor_a_manager, url=url, events=["change_order.sent"]
    )
    return subscription


def _audit(subscription, action: str) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(action=action, target_id=str(subscription.pk)))


def test_the_catalogue_lists_every_event_type_with_its_label(world):
    response = client_for(world.sponsor_a_contact).get("/api/v1/webhook-events")
    assert response.status_code == 200
    body = response.json()
    assert [e["type"] for e in body] == list(WebhookEventType.values)
    assert {
        "change_order.sent",
        "change_order.approved",
        "milestone.reached",
        "deviation.notified",
        "concern.breached",
        "concern.resolved",
        "status_report.published",
        "document.approved",
    } == {e["type"] for e in body}
    assert all(e["label"] and e["description"] for e in body)


def test_a_sponsor_manager_subscribes_and_reads_it_back_without_the_secret(world):
    client = client_for(world.sponsor_a_manager)
    response = _create(client, events=["concern.resolved", "change_order.sent"], description="ERP")
    assert response.status_code == 201, response.content
    created = response.json()
    assert created["secret"].startswith("whsec_") and len(created["secret"]) > 40
    assert created["events"] == ["change_order.sent", "concern.resolved"]
    assert created["organization_id"] == world.sponsor_a.pk

    detail = client.get(f"{URL}/{created['id']}")
    assert detail.status_code == 200
    assert detail["ETag"] == '"1"'
    body = detail.json()
    assert "secret" not in body
    assert body["secret_hint"] == created["secret"][-4:]
    assert body["url"] == HOOK and body["description"] == "ERP"
    assert body["event_labels"] == [
        "Change order sent to the sponsor",
        "Concern resolved",
    ]
    listed = client.get(URL).json()
    assert [item["id"] for item in listed["items"]] == [created["id"]]
    [event] = _audit(WebhookSubscription.objects.get(), "webhooks.subscription.created")
    assert event.channel == "api"
    assert created["secret"] not in event.changes


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("http://hooks.aurora.example/accord", "must use https"),
        ("ftp://hooks.aurora.example/", "full URL"),
        ("not a url", "full URL"),
        ("https://user:pw@hooks.aurora.example/", "no user name"),
    ],
)
def test_a_bad_url_is_refused_naming_it_and_nothing_is_written(world, url, words):
    response = _create(client_for(world.sponsor_a_manager), url=url)
    assert response.status_code == 422
    [error] = response.json()["errors"]
    assert error["field"] == "url" and words in error["message"]
    assert not WebhookSubscription.objects.exists()


def test_an_unknown_event_type_is_refused_naming_events(world):
    response = _create(client_for(world.sponsor_a_manager), events=["project.deleted"])
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"].startswith("events")
    assert not WebhookSubscription.objects.exists()


def test_http_is_accepted_only_to_localhost_and_only_where_settings_allow(world, settings):
    assert services.url_check("http://127.0.0.1:8123/hook") == "http://127.0.0.1:8123/hook"
    assert services.url_check("http://localhost/hook")
    settings.ACCORD_WEBHOOK_ALLOW_LOCAL_HTTP = False
    with pytest.raises(ValidationError) as refused:
        services.url_check("http://127.0.0.1:8123/hook")
    assert "https" in refused.value.message_dict["url"][0]
    for private in ("https://10.1.2.3/hook", "https://127.0.0.1/hook", "https://[::1]/hook"):
        with pytest.raises(ValidationError) as refused:
            services.url_check(private)
        assert "private or local address" in refused.value.message_dict["url"][0]
    assert services.url_check("https://93.184.216.34/hook")  # a public address is fine


def test_a_replayed_create_with_the_same_idempotency_key_makes_one_subscription(world):
    client = client_for(world.sponsor_a_manager)
    body = {"url": HOOK, "events": ["change_order.sent"]}
    headers = {"Idempotency-Key": "0b9d9c52-3e0e-4c39-9a55-1ad2e4bb7c10"}
    first = client.post(URL, body, content_type="application/json", headers=headers)
    again = client.post(URL, body, content_type="application/json", headers=headers)
    assert first.status_code == again.status_code == 201
    assert again["Idempotent-Replayed"] == "true"
    assert again.json() == first.json()
    assert WebhookSubscription.objects.count() == 1


def test_patch_changes_events_with_if_match_and_refuses_a_stale_one(world):
    subscription = _hook(world)
    client = client_for(world.sponsor_a_manager)
    path = f"{URL}/{subscription.pk}"
    body = json.dumps({"events": ["milestone.reached"], "url": HOOK + "/v2"})
    changed = client.patch(path, body, content_type="application/json", headers={"If-Match": '"1"'})
    assert changed.status_code == 200, changed.content
    assert changed["ETag"] == '"2"'
    assert changed.json()["events"] == ["milestone.reached"]
    assert changed.json()["secret"] is None

    stale = client.patch(
        path,
        json.dumps({"events": ["concern.resolved"]}),
        content_type="application/json",
        headers={"If-Match": '"1"'},
    )
    assert stale.status_code == 412
    missing = client.patch(path, json.dumps({"events": ["concern.resolved"]}), "application/json")
    assert missing.status_code == 428
    subscription.refresh_from_db()
    assert subscription.events == ["milestone.reached"] and subscription.url == HOOK + "/v2"
    [event] = _audit(subscription, "webhooks.subscription.changed")
    assert "milestone.reached" in event.changes


def test_a_bad_patch_writes_nothing(world):
    subscription = _hook(world)
    response = client_for(world.sponsor_a_manager).patch(
        f"{URL}/{subscription.pk}",
        json.dumps({"url": "http://example.com/", "events": ["milestone.reached"]}),
        content_type="application/json",
        headers={"If-Match": '"1"'},
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "url"
    subscription.refresh_from_db()
    assert subscription.version == 1 and subscription.events == ["change_order.sent"]


def test_disable_enable_and_rotate_are_audited_without_the_secret(world):
    subscription = _hook(world)
    old_secret = subscription.secret
    client = client_for(world.sponsor_a_manager)
    path = f"{URL}/{subscription.pk}"
    off = client.patch(
        path,
        json.dumps({"active": False, "reason": "Receiver moves"}),
        content_type="application/json",
        headers={"If-Match": '"1"'},
    )
    assert off.status_code == 200 and off.json()["active"] is False
    assert off.json()["disabled_reason"] == "Receiver moves"
    rotated = client.patch(
        path,
        json.dumps({"active": True, "rotate_secret": True}),
        content_type="application/json",
        headers={"If-Match": off["ETag"]},
    )
    assert rotated.status_code == 200
    new_secret = rotated.json()["secret"]
    assert new_secret.startswith("whsec_") and new_secret != old_secret
    subscription.refresh_from_db()
    assert subscription.active and subscription.secret == new_secret
    actions = ["disabled", "enabled", "secret_rotated"]
    events = {a: _audit(subscription, f"webhooks.subscription.{a}") for a in actions}
    assert all(len(found) == 1 for found in events.values()), events
    for found in events.values():
        assert old_secret not in found[0].changes and new_secret not in found[0].changes


def test_delete_removes_the_subscription_and_is_audited(world):
    subscription = _hook(world)
    client = client_for(world.sponsor_a_manager)
    assert client.delete(f"{URL}/{subscription.pk}").status_code == 204
    assert client.get(f"{URL}/{subscription.pk}").status_code == 404
    assert _audit(subscription, "webhooks.subscription.deleted")


@pytest.mark.req("AZ-2")
def test_another_sponsors_subscription_is_404_everywhere(world):
    subscription = _hook(world)
    delivery = WebhookDelivery.objects.create(
        subscription=subscription,
        event_id=uuid.uuid4(),
        event_type="change_order.sent",
        payload={},
    )
    for user in (world.sponsor_b_manager, world.sponsor_b_contact, world.admin_ada):
        client = client_for(user)
        assert client.get(f"{URL}/{subscription.pk}").status_code == 404
        assert client.get(f"{URL}/{subscription.pk}/deliveries").status_code == 404
        assert client.delete(f"{URL}/{subscription.pk}").status_code == 404
        redeliver = client.post(f"/api/v1/webhook-deliveries/{delivery.pk}/redeliver")
        assert redeliver.status_code == 404
        assert client.get(reverse("webhooks:detail", args=[subscription.pk])).status_code == 404
    assert subscription.pk not in [
        item["id"] for item in client_for(world.sponsor_b_manager).get(URL).json()["items"]
    ]
    assert WebhookSubscription.objects.filter(pk=subscription.pk).exists()


@pytest.mark.req("AZ-1")
def test_people_without_the_role_get_403(world):
    subscription = _hook(world)
    for user in (world.sponsor_a_contact, world.pm_alice, world.qa_quinn):
        client = client_for(user)
        assert client.get(URL).status_code == 403
        assert _create(client).status_code == 403
        assert client.get(reverse("webhooks:list")).status_code == 403
    contact = client_for(world.sponsor_a_contact)
    assert contact.get(f"{URL}/{subscription.pk}").status_code == 403
    assert contact.get(reverse("webhooks:detail", args=[subscription.pk])).status_code == 403
    assert WebhookSubscription.objects.count() == 1


def test_the_cdmo_administrator_keeps_the_cdmos_subscriptions(world):
    ada = client_for(world.admin_ada)
    created = _create(ada, url="https://hooks.cdmo.example/in")
    assert created.status_code == 201
    assert created.json()["organization_id"] == world.cdmo.pk
    _hook(world)  # sponsor A's, not the CDMO's
    assert [i["url"] for i in ada.get(URL).json()["items"]] == ["https://hooks.cdmo.example/in"]


def test_the_delivery_log_filters_by_state_and_event(world):
    subscription = _hook(world)
    for state, event in (("succeeded", "change_order.sent"), ("failed", "concern.resolved")):
        WebhookDelivery.objects.create(
            subscription=subscription,
            event_id=uuid.uuid4(),
            event_type=event,
            payload={"type": event},
            state=state,
            last_status_code=200 if state == "succeeded" else 500,
        )
    client = client_for(world.sponsor_a_manager)
    path = f"{URL}/{subscription.pk}/deliveries"
    assert client.get(path).json()["count"] == 2
    failed = client.get(path, {"state": "failed"}).json()
    assert [(d["event_type"], d["state_label"]) for d in failed["items"]] == [
        ("concern.resolved", "Failed, will retry")
    ]
    assert client.get(path, {"event_type": "change_order.sent"}).json()["count"] == 1
    assert client.get(path, {"state": "exploded"}).status_code == 422
    page = client.get(reverse("webhooks:detail", args=[subscription.pk]), {"state": "failed"})
    assert page.status_code == 200
    html = page.content.decode()
    assert "Concern resolved" in html and html.count('data-testid="delivery"') == 1


def test_the_pages_create_show_the_secret_once_edit_disable_and_rotate(world):
    client = client_for(world.sponsor_a_manager)
    assert client.get(reverse("webhooks:list")).status_code == 200
    created = client.post(
        reverse("webhooks:create"),
        {"url": HOOK, "events": ["change_order.sent", "document.approved"], "description": "ERP"},
    )
    assert created.status_code == 200
    subscription = WebhookSubscription.objects.get()
    assert subscription.secret in created.content.decode()
    detail = client.get(reverse("webhooks:detail", args=[subscription.pk])).content.decode()
    assert subscription.secret not in detail and "Document approved" in detail

    edited = client.post(
        reverse("webhooks:edit", args=[subscription.pk]),
        {"url": HOOK, "events": ["milestone.reached"], "description": "ERP", "version": 1},
    )
    assert edited.status_code == 302
    stale = client.post(
        reverse("webhooks:edit", args=[subscription.pk]),
        {"url": HOOK, "events": ["concern.resolved"], "description": "", "version": 1},
    )
    assert stale.status_code == 409 and "Someone else changed" in stale.content.decode()
    bad = client.post(
        reverse("webhooks:edit", args=[subscription.pk]),
        {"url": "http://example.com/", "events": ["concern.resolved"], "version": 2},
    )
    assert "must use https" in bad.content.decode()
    client.post(reverse("webhooks:toggle", args=[subscription.pk]))
    subscription.refresh_from_db()
    assert subscription.events == ["milestone.reached"] and not subscription.active
    old = subscription.secret
    rotated = client.post(reverse("webhooks:rotate", args=[subscription.pk]))
    subscription.refresh_from_db()
    assert subscription.secret != old and subscription.secret in rotated.content.decode()
    assert client.post(reverse("webhooks:delete", args=[subscription.pk])).status_code == 302
    assert not WebhookSubscription.objects.exists()


def test_the_navigation_offers_webhooks_to_those_who_keep_them(world):
    def offered(user) -> bool:
        page = client_for(user).get(reverse("notifications:preferences"))
        return reverse("webhooks:list") in page.content.decode()

    assert offered(world.admin_ada) and offered(world.sponsor_a_manager)
    assert not offered(world.pm_alice) and not offered(world.sponsor_a_contact)


def test_tokens_narrow_webhooks_like_every_resource(world):
    from django.test import Client

    from accord.accounts.models import ApiToken
    from accord.accounts.services.tokens import api_token_create

    _, limited = api_token_create(
        actor=world.sponsor_a_manager, name="one project", projects=[world.project_a]
    )
    _, read_only = api_token_create(
        actor=world.sponsor_a_manager, name="reader", scope=ApiToken.Scope.READ_ONLY
    )
    by_project = Client(HTTP_AUTHORIZATION=f"Bearer {limited}")
    assert by_project.get(URL).status_code == 403
    reader = Client(HTTP_AUTHORIZATION=f"Bearer {read_only}")
    assert reader.get(URL).status_code == 200
    assert _create(reader).status_code == 403
    assert not WebhookSubscription.objects.exists()
