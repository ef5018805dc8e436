"""Webhook deliveries to a real HTTP receiver on 127.0.0.1, run through the job queue.

The receiver is ``http.server`` in a thread on a random port; it answers each POST with
the next status of its script and keeps what it got (headers and body). Events come
from the real services (a change order sent to the sponsor) or from ``publish`` with a
record, inside ``django_capture_on_commit_callbacks(execute=True)`` so the deliveries
queued "when the transaction commits" are run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.db import transaction
from django.utils import timezone

from accord.audit.models import AuditEvent
from accord.notifications.models import Notification
from accord.webhooks import services
from accord.webhooks.delivery import webhook_retry_due
from accord.webhooks.events import publish
from accord.webhooks.models import (
    WebhookDelivery,
    WebhookDeliveryState,
    WebhookEventType,
    WebhookSubscription,
)
from tests.conftest import World
from tests.test_changes import _do, _draft

S = WebhookDeliveryState


@dataclass
class Receiver:
    url: str
    script: list[int] = field(default_factory=list)  # statuses to answer, then 200
    received: list[dict] = field(default_factory=list)

    def answer(self) -> int:
        return self.script.pop(0) if self.script else 200


@pytest.fixture
def receiver():
    holder: dict[str, Receiver] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 (the http.server name)
            body = self.rfile.read(int(self.headers["Content-Length"]))
            got = holder["receiver"]
            got.received.append({"headers": dict(self.headers), "body": body})
            status = got.answer()
            self.send_response(status)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(b"ok" if status < 300 else b"receiver broke")

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    holder["receiver"] = Receiver(url=f"http://127.0.0.1:{server.server_port}/accord-hook")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield holder["receiver"]
    server.shutdown()
    server.server_close()


def subscribe(user, receiver: Receiver, *events: str) -> tuple[WebhookSubscription, str]:
    return services.subscription_create(
        actor=user, url=receiver.url, events=list(events or [WebhookEventType.CHANGE_ORDER_SENT])
    )


def send_change_order(world: World, title: str = "Aurora webhook batch", project=None):
    change_order = _draft(world, title=title, project=project)
    change_order = _do(world.pm_alice, change_order, "submit")
    return _do(world.qa_quinn, change_order, "send")


def verify(secret: str, request: dict) -> dict:
    """What a receiver does (docs/webhooks.md): check the signature, then read."""
    header = request["headers"]["Accord-Signature"]
    parts = dict(item.split("=", 1) for item in header.split(","))
    signed = parts["t"].encode() + b"." + request["body"]
    expected = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(expected, parts["v1"]), "signature does not match"
    return json.loads(request["body"])


def _make_due(delivery: WebhookDelivery) -> None:
    """The back-off has passed (the sweep runs every minute)."""
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        next_attempt_at=timezone.now() - dt.timedelta(seconds=1)
    )


def test_a_sent_change_order_reaches_the_sponsors_receiver_signed(
    world, receiver, django_capture_on_commit_callbacks
):
    subscription, secret = subscribe(world.sponsor_a_manager, receiver)
    with django_capture_on_commit_callbacks(execute=True):
        change_order = send_change_order(world)

    [request] = receiver.received
    event = verify(secret, request)
    delivery = WebhookDelivery.objects.get(subscription=subscription)
    assert request["headers"]["Accord-Event"] == "change_order.sent"
    assert request["headers"]["Accord-Webhook-Id"] == str(delivery.event_id) == event["id"]
    timestamp = int(request["headers"]["Accord-Signature"].split(",")[0].removeprefix("t="))
    assert abs(timestamp - timezone.now().timestamp()) < 3600
    assert event["type"] == "change_order.sent"
    assert event["data"]["reference"] == change_order.reference
    assert event["data"]["project"]["code"] == world.project_a.code
    assert secret not in request["body"].decode()
    assert delivery.state == S.SUCCEEDED and delivery.last_status_code == 200
    [attempt] = delivery.attempts.all()
    assert attempt.status_code == 200 and attempt.response_snippet == "ok"


def test_a_failed_attempt_is_retried_after_the_back_off_then_succeeds(
    world, receiver, django_capture_on_commit_callbacks
):
    receiver.script = [500]
    subscription, secret = subscribe(world.sponsor_a_manager, receiver)
    with django_capture_on_commit_callbacks(execute=True):
        send_change_order(world)

    delivery = WebhookDelivery.objects.get(subscription=subscription)
    [first] = delivery.attempts.all()
    assert (first.status_code, first.response_snippet) == (500, "receiver broke")
    assert delivery.state == S.FAILED
    assert delivery.next_attempt_at == first.attempted_at + dt.timedelta(minutes=1)
    subscription.refresh_from_db()
    assert subscription.failure_count == 1
    assert webhook_retry_due() == 0  # not before its time

    _make_due(delivery)
    assert webhook_retry_due() == 1
    delivery.refresh_from_db()
    assert delivery.state == S.SUCCEEDED and delivery.attempt_count == 2
    assert [a.status_code for a in delivery.attempts.all()] == [500, 200]
    assert len(receiver.received) == 2
    ids = {r["headers"]["Accord-Webhook-Id"] for r in receiver.received}
    assert ids == {str(delivery.event_id)}
    verify(secret, receiver.received[1])
    subscription.refresh_from_db()
    assert subscription.failure_count == 0


def test_the_second_back_off_is_longer(world, receiver, django_capture_on_commit_callbacks):
    receiver.script = [500, 503]
    subscription, _ = subscribe(world.sponsor_a_manager, receiver)
    with django_capture_on_commit_callbacks(execute=True):
        send_change_order(world)
    delivery = WebhookDelivery.objects.get(subscription=subscription)
    _make_due(delivery)
    webhook_retry_due()
    delivery.refresh_from_db()
    second = delivery.attempts.get(number=2)
    assert second.status_code == 503
    assert delivery.next_attempt_at == second.attempted_at + dt.timedelta(minutes=5)


def test_a_delivery_is_given_up_after_the_last_back_off(
    world, receiver, settings, django_capture_on_commit_callbacks
):
    settings.ACCORD_WEBHOOK_RETRY_MINUTES = [1]
    receiver.script = [500, 500, 500]
    subscription, _ = subscribe(world.sponsor_a_manager, receiver)
    with django_capture_on_commit_callbacks(execute=True):
        send_change_order(world)
    delivery = WebhookDelivery.objects.get(subscription=subscription)
    _make_due(delivery)
    webhook_retry_due()
    delivery.refresh_from_db()
    assert delivery.state == S.GIVEN_UP and delivery.next_attempt_at is None
    assert delivery.attempt_count == 2
    subscription.refresh_from_db()
    assert subscription.active  # two failures are below the threshold


@pytest.mark.req("AZ-2")
def test_a_subscription_failing_too_often_is_disabled_and_its_owner_told(
    world, receiver, settings, django_capture_on_commit_callbacks
):
    settings.ACCORD_WEBHOOK_DISABLE_AFTER = 3
    receiver.script = [500] * 10
    subscription, _ = subscribe(world.sponsor_a_manager, receiver)
    with django_capture_on_commit_callbacks(execute=True):
        send_change_order(world, "Aurora first failing batch")
        send_change_order(world, "Aurora second failing batch")
    assert len(receiver.received) == 2
    first = WebhookDelivery.objects.filter(subscription=subscription).order_by("pk").first()
    _make_due(first)
    webhook_retry_due()

    subscription.refresh_from_db()
    assert not subscription.active
    assert subscription.failure_count == 3
    assert "3 failed delivery attempts" in subscription.disabled_reason
    states = set(subscription.deliveries.values_list("state", flat=True))
    assert states == {S.GIVEN_UP}
    [note] = Notification.objects.filter(kind="webhook_disabled")
    assert note.recipient == world.sponsor_a_manager
    assert subscription.url in note.title
    assert AuditEvent.objects.filter(
        action="webhooks.subscription.disabled", target_id=str(subscription.pk)
    ).exists()
    # Disabled: the next event is not even queued.
    with django_capture_on_commit_callbacks(execute=True):
        send_change_order(world, "Aurora third batch")
    assert len(receiver.received) == 3
    assert subscription.deliveries.count() == 2


def test_a_rolled_back_write_sends_nothing(world, receiver, django_capture_on_commit_callbacks):
    subscribe(world.sponsor_a_manager, receiver)
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                send_change_order(world)
                raise RuntimeError("the caller fails after the change")
        except RuntimeError:
            pass
    assert receiver.received == []
    assert not WebhookDelivery.objects.exists()


@pytest.mark.req("AZ-2")
def test_sponsor_b_never_receives_sponsor_a_events_and_sponsors_no_internal_fields(
    world, receiver, django_capture_on_commit_callbacks
):
    every = list(WebhookEventType.values)
    a_hook, a_secret = services.subscription_create(
        actor=world.sponsor_a_manager, url=receiver.url + "?a", events=every
    )
    b_hook, _ = services.subscription_create(
        actor=world.sponsor_b_manager, url=receiver.url + "?b", events=every
    )
    cdmo_hook, _ = services.subscription_create(
        actor=world.admin_ada, url=receiver.url + "?cdmo", events=every
    )
    with django_capture_on_commit_callbacks(execute=True):
        send_change_order(world)
        publish("projects.document.approve", world.doc_a_internal)
        publish("projects.document.approve", world.doc_a_shared)

    by_hook = {
        hook.pk: list(hook.deliveries.order_by("pk")) for hook in (a_hook, b_hook, cdmo_hook)
    }
    assert by_hook[b_hook.pk] == []
    assert [d.event_type for d in by_hook[a_hook.pk]] == ["change_order.sent", "document.approved"]
    assert by_hook[a_hook.pk][1].payload["data"]["id"] == world.doc_a_shared.pk
    # The CDMO's subscription carries what its owner may open: Ada (an administrator)
    # reads documents, internal ones too, but not change orders.
    assert [d.payload["data"]["id"] for d in by_hook[cdmo_hook.pk]] == [
        world.doc_a_internal.pk,
        world.doc_a_shared.pk,
    ]
    for delivery in by_hook[a_hook.pk]:
        assert "internal" not in delivery.payload["data"]
        assert delivery.payload["data"]["sponsor_id"] == world.sponsor_a.pk
    assert all("internal" in d.payload["data"] for d in by_hook[cdmo_hook.pk])
    b_requests = [r for r in receiver.received if r["body"] and b"?b" in r["body"]]
    assert b_requests == []
    for request in receiver.received:
        body = request["body"].decode()
        assert "Aurora internal cost sheet" not in body or "internal" in json.loads(body)["data"]
    a_bodies = [
        verify(a_secret, r)
        for r in receiver.received
        if r["headers"]["Accord-Webhook-Id"] in {str(d.event_id) for d in by_hook[a_hook.pk]}
        and "internal" not in json.loads(r["body"])["data"]
    ]
    assert len(a_bodies) == 2


def test_a_sponsor_subscription_is_not_told_of_a_project_its_owner_cannot_see(
    world, receiver, django_capture_on_commit_callbacks
):
    subscription, _ = subscribe(world.sponsor_b_manager, receiver)
    with django_capture_on_commit_callbacks(execute=True):
        send_change_order(world)  # sponsor A's
        send_change_order(world, "Borealis change", project=world.project_b)
    [delivery] = subscription.deliveries.all()
    assert delivery.payload["data"]["project"]["code"] == world.project_b.code
    assert len(receiver.received) == 1


def test_redelivery_by_hand_is_a_new_attempt_of_the_same_event(
    world, receiver, django_capture_on_commit_callbacks
):
    from tests.conftest import client_for

    subscription, secret = subscribe(world.sponsor_a_manager, receiver)
    with django_capture_on_commit_callbacks(execute=True):
        send_change_order(world)
    delivery = subscription.deliveries.get()
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(world.sponsor_a_manager).post(
            f"/api/v1/webhook-deliveries/{delivery.pk}/redeliver"
        )
    assert response.status_code == 202, response.content
    assert response.json()["event_id"] == str(delivery.event_id)
    assert len(receiver.received) == 2
    assert {r["headers"]["Accord-Webhook-Id"] for r in receiver.received} == {
        str(delivery.event_id)
    }
    verify(secret, receiver.received[1])
    delivery.refresh_from_db()
    assert delivery.state == S.SUCCEEDED
    assert [a.by_hand for a in delivery.attempts.all()] == [False, True]
    assert AuditEvent.objects.filter(
        action="webhooks.delivery.redelivered", target_id=str(delivery.pk)
    ).exists()

    # The page's button does the same; the log shows each attempt.
    from django.urls import reverse

    page = client_for(world.sponsor_a_manager)
    with django_capture_on_commit_callbacks(execute=True):
        pressed = page.post(reverse("webhooks:redeliver", args=[delivery.pk]))
    assert pressed.status_code == 302
    assert len(receiver.received) == 3
    log = page.get(reverse("webhooks:detail", args=[subscription.pk])).content.decode()
    assert log.count("(by hand)") == 2 and "Succeeded" in log


def test_a_milestone_reached_is_delivered(world, receiver, django_capture_on_commit_callbacks):
    from accord.planning.models import Task

    subscription, secret = subscribe(
        world.sponsor_a_manager, receiver, WebhookEventType.MILESTONE_REACHED
    )
    milestone = Task.objects.create(
        project=world.project_a, uid=9001, name="Aurora PPQ done", kind=Task.Kind.MILESTONE
    )
    milestone.actual_finish = timezone.localdate()
    milestone.save()
    with django_capture_on_commit_callbacks(execute=True):
        publish("planning.task.milestone_reached", milestone)
    event = verify(secret, receiver.received[0])
    assert event["type"] == "milestone.reached"
    assert event["data"]["name"] == "Aurora PPQ done"
    assert "internal" not in event["data"]
    assert subscription.deliveries.get().state == S.SUCCEEDED


def _records(world: World) -> dict:
    """One of sponsor A's records for each event type, as its pages show it."""
    from accord.planning.models import Task
    from tests.test_cross_tenant import _aurora_concern, _aurora_deviation

    milestone = Task.objects.create(
        project=world.project_a,
        uid=9002,
        name="Aurora engineering run done",
        kind=Task.Kind.MILESTONE,
        actual_finish=timezone.localdate(),
    )
    return {
        "change_order.sent": world.change_order_a_sent,
        "change_order.approved": world.change_order_a_sent,
        "milestone.reached": milestone,
        "deviation.notified": _aurora_deviation(world),
        "concern.breached": _aurora_concern(world),
        "concern.resolved": _aurora_concern(world),
        "status_report.published": world.status_report_a_published,
        "document.approved": world.doc_a_shared,
    }


@pytest.mark.req("AZ-2")
def test_every_event_type_builds_a_portal_payload_for_its_sponsor_only(world):
    from uuid import uuid4

    from accord.webhooks.events import CATALOGUE, payload_for

    every = list(WebhookEventType.values)
    a_hook, _ = services.subscription_create(
        actor=world.sponsor_a_manager, url="https://a.example/h", events=every
    )
    b_hook, _ = services.subscription_create(
        actor=world.sponsor_b_manager, url="https://b.example/h", events=every
    )
    records = _records(world)
    assert set(records) == set(CATALOGUE)
    for event_type, record in records.items():
        made = payload_for(a_hook, event_type, record, event_id=uuid4(), at=timezone.now())
        assert made is not None, event_type
        assert made["type"] == event_type
        assert made["data"]["sponsor_id"] == world.sponsor_a.pk, event_type
        assert "internal" not in made["data"], event_type
        assert "Aurora internal" not in json.dumps(made), event_type
        other = payload_for(b_hook, event_type, record, event_id=uuid4(), at=timezone.now())
        assert other is None, event_type


def test_an_address_that_resolves_to_a_private_one_is_not_sent_to_outside_dev(
    world, receiver, settings, django_capture_on_commit_callbacks
):
    subscription, _ = subscribe(world.sponsor_a_manager, receiver)
    settings.ACCORD_WEBHOOK_ALLOW_LOCAL_HTTP = False  # as in production
    with django_capture_on_commit_callbacks(execute=True):
        send_change_order(world)
    assert receiver.received == []
    [attempt] = subscription.deliveries.get().attempts.all()
    assert attempt.status_code is None
    assert "private or local address (127.0.0.1)" in attempt.error
