"""E-mail: sent by the job queue after the change commits, in the product's look, as each
person prefers (immediately, in the daily digest, or not at all), retried when the mail
server fails, audited without its body; and its settings validated at start-up."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone

from accord.audit.models import AuditEvent
from accord.notifications import email as outbox
from accord.notifications import services
from accord.notifications.models import EmailDelivery, Notification
from accord.notifications.selectors import delivery_for
from tests.conftest import World
from tests.test_changes import _do as change_do
from tests.test_changes import _draft
from tests.test_config import PRODUCTION_ENV, _accord

S = EmailDelivery.State


class RefusingBackend(BaseEmailBackend):
    """A mail server that is down."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError("Connection refused by smtp.cdmo.example:587")


@pytest.fixture
def send_now(django_capture_on_commit_callbacks):
    """Run the jobs queued on commit (the job queue runs them synchronously in tests)."""

    def run(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(*args, **kwargs)

    return run


def _send_change_order(world: World, title: str = "Aurora added hold-time study"):
    order = change_do(world.pm_alice, _draft(world, title=title), "submit")
    return change_do(world.qa_quinn, order, "send")


def _decision(world: World, order) -> Notification:
    return Notification.objects.get(
        recipient=world.sponsor_a_manager, kind="change_order_decision", record_id=str(order.pk)
    )


def test_an_immediate_notification_is_e_mailed_after_commit_in_the_products_look(world, send_now):
    order = send_now(_send_change_order, world)
    [message] = mail.outbox
    notification = _decision(world, order)
    assert message.to == ["aurora.manager@example.com"]
    assert message.subject == f"[Accord] {notification.title}"
    assert message.extra_headers["Auto-Submitted"] == "auto-generated"
    link = f"http://127.0.0.1:8000/changes/{order.pk}/"
    assert f"Open it in Accord: {link}" in message.body
    assert "You get this e-mail because you decide change orders for your company." in (
        message.body
    )
    assert "http://127.0.0.1:8000/notifications/preferences/" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert f'href="{link}"' in html and "Open in Accord" in html
    assert "Change order waiting for your decision" in html  # the kind, as a person reads it
    assert "notification preferences</a>" in html

    delivery = notification.email
    delivery.refresh_from_db()
    assert delivery.state == S.SENT and delivery.attempts == 1 and delivery.sent_at
    event = AuditEvent.objects.get(action="notifications.email.sent", target_id=str(delivery.pk))
    changes = json.loads(event.changes)
    assert changes["to"] == [None, "aurora.manager@example.com"]
    assert changes["subject"] == [None, message.subject]
    assert changes["result"] == [None, "Sent"]
    assert notification.body not in event.changes  # what, to whom, when, result; no body
    assert event.channel in ("job", "system") and event.actor_username == ""


def test_nothing_is_e_mailed_before_the_change_commits(world):
    order = _send_change_order(world)  # the test's transaction never commits
    assert mail.outbox == []
    assert _decision(world, order).email.state == S.QUEUED


def test_the_send_job_sends_once_however_often_it_runs(world, send_now):
    order = send_now(_send_change_order, world)
    delivery = _decision(world, order).email
    outbox.email_delivery_send(delivery.pk)
    outbox.email_delivery_send(987_654)  # a message whose change rolled back
    assert len(mail.outbox) == 1


def test_in_app_only_sends_no_e_mail_and_digest_waits_for_the_morning(world, send_now):
    manager = world.sponsor_a_manager
    services.preferences_set(actor=manager, choices={"change_order_decision": "in_app"})
    send_now(_send_change_order, world, "Aurora in-app only")
    assert mail.outbox == []

    services.preferences_set(actor=manager, choices={"change_order_decision": "digest"})
    assert delivery_for(manager, "change_order_decision") == "digest"
    first = send_now(_send_change_order, world, "Aurora digest one")
    second = send_now(_send_change_order, world, "Aurora digest two")
    read = send_now(_send_change_order, world, "Aurora digest read")
    services.notification_mark_read(actor=manager, notification=_decision(world, read))
    assert mail.outbox == []

    digests = send_now(outbox.digest_send)
    assert digests >= 1
    [digest] = [m for m in mail.outbox if m.to == [manager.email]]
    assert digest.subject.startswith("[Accord] Your daily digest:")
    for order in (first, second):
        assert _decision(world, order).title in digest.body
        assert _decision(world, order).email.kind == EmailDelivery.Kind.DIGEST
    assert "Aurora digest read" not in digest.body  # read in Accord: no need to e-mail it
    assert "CHANGE ORDER WAITING FOR YOUR DECISION" in digest.body
    html = digest.alternatives[0][0]
    assert "Your daily digest" in html and "Open your notifications" in html

    mail.outbox.clear()
    assert send_now(outbox.digest_send) == 0  # a second run the same day sends nothing
    assert mail.outbox == []


def test_a_failed_send_is_retried_later_then_given_up_and_every_attempt_audited(
    world, send_now, settings
):
    settings.EMAIL_BACKEND = "tests.test_notifications_email.RefusingBackend"
    order = send_now(_send_change_order, world)
    delivery = _decision(world, order).email
    delivery.refresh_from_db()
    assert delivery.state == S.FAILED and delivery.attempts == 1
    assert "Connection refused" in delivery.last_error
    wait = delivery.next_attempt_at - timezone.now()
    assert dt.timedelta(minutes=4) < wait <= dt.timedelta(minutes=5)
    assert send_now(outbox.email_retry_due) == 0  # not due yet

    for attempt in (2, 3, 4):
        EmailDelivery.objects.filter(pk=delivery.pk).update(
            next_attempt_at=timezone.now() - dt.timedelta(seconds=1)
        )
        assert send_now(outbox.email_retry_due) == 1
        delivery.refresh_from_db()
        assert delivery.attempts == attempt
    assert delivery.state == S.ABANDONED and delivery.next_attempt_at is None
    actions = list(
        AuditEvent.objects.filter(
            target_id=str(delivery.pk), action__startswith="notifications.email"
        )
        .order_by("seq")
        .values_list("action", flat=True)
    )
    assert actions == ["notifications.email.failed"] * 3 + ["notifications.email.abandoned"]
    # The notification itself is still there to read.
    assert _decision(world, order).is_unread


def test_a_retry_after_the_server_recovers_sends_it(world, send_now, settings):
    settings.EMAIL_BACKEND = "tests.test_notifications_email.RefusingBackend"
    order = send_now(_send_change_order, world)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    delivery = _decision(world, order).email
    EmailDelivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now())
    send_now(outbox.email_retry_due)
    delivery.refresh_from_db()
    assert delivery.state == S.SENT and delivery.attempts == 2
    assert len(mail.outbox) == 1


def test_a_lost_job_and_a_worker_that_died_mid_send_are_picked_up(world, send_now):
    order = _send_change_order(world)  # queued, but its job never ran
    queued = _decision(world, order).email
    assert send_now(outbox.email_retry_due) == 0  # give the job its time first
    EmailDelivery.objects.filter(pk=queued.pk).update(
        created_at=timezone.now() - dt.timedelta(minutes=11)
    )
    stuck = _decision(world, _send_change_order(world, "Aurora stuck mail")).email
    EmailDelivery.objects.filter(pk=stuck.pk).update(state=S.SENDING, attempts=1)
    EmailDelivery.objects.filter(pk=stuck.pk).update(
        updated_at=timezone.now() - dt.timedelta(minutes=16)
    )
    send_now(outbox.email_retry_due)
    queued.refresh_from_db()
    stuck.refresh_from_db()
    assert queued.state == S.SENT
    assert stuck.state == S.FAILED and "Interrupted" in stuck.last_error


def test_no_address_means_in_app_only_and_a_deactivated_account_gets_no_mail(world, send_now):
    manager = world.sponsor_a_manager
    type(manager).objects.filter(pk=manager.pk).update(email="")
    manager.refresh_from_db()
    order = send_now(_send_change_order, world)
    assert _decision(world, order).email is None and mail.outbox == []

    type(manager).objects.filter(pk=manager.pk).update(email="maya@aurora.example")
    order = _send_change_order(world, "Aurora for a leaver")
    type(manager).objects.filter(pk=manager.pk).update(is_active=False)
    delivery = _decision(world, order).email
    outbox.email_delivery_send(delivery.pk)
    delivery.refresh_from_db()
    assert delivery.state == S.ABANDONED and mail.outbox == []


def test_development_writes_each_e_mail_to_a_file(world, send_now, settings, tmp_path):
    settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = tmp_path / "mail"
    order = send_now(_send_change_order, world)
    [written] = list((tmp_path / "mail").iterdir())
    content = written.read_text()
    assert f"Subject: [Accord] Change order AUR-101-TT {order.reference}" in content
    assert "Content-Type: text/html" in content


# --------------------------------------------------------------------------- settings


@pytest.mark.req("RC-5")
@pytest.mark.parametrize(
    ("env", "variable"),
    [
        ({"ACCORD_EMAIL_PORT": "smtp"}, "ACCORD_EMAIL_PORT"),
        ({"ACCORD_EMAIL_PORT": "70000"}, "ACCORD_EMAIL_PORT"),
        ({"ACCORD_EMAIL_USE_TLS": "true", "ACCORD_EMAIL_USE_SSL": "true"}, "ACCORD_EMAIL_USE_SSL"),
        ({"ACCORD_EMAIL_FROM": "Accord at the CDMO"}, "ACCORD_EMAIL_FROM"),
        ({"ACCORD_EMAIL_BACKEND": "sendmail"}, "ACCORD_EMAIL_BACKEND"),
        ({"ACCORD_SITE_URL": "accord.example"}, "ACCORD_SITE_URL"),
        ({**PRODUCTION_ENV, "ACCORD_EMAIL_HOST": ""}, "ACCORD_EMAIL_HOST"),
        ({**PRODUCTION_ENV, "ACCORD_SITE_URL": "http://accord.example"}, "ACCORD_SITE_URL"),
    ],
)
def test_a_bad_e_mail_setting_stops_start_up_naming_it(env, variable):
    result = _accord("check", env=env)
    assert result.returncode == 2
    assert variable in result.stderr and "Traceback" not in result.stderr
