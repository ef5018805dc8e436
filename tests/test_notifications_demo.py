"""The demo's notifications: reminders given, settled matters read, two e-mails written;
loading again adds nothing."""

from __future__ import annotations

import datetime as dt

from django.core import mail

from accord.demo.notifications import demo_notifications
from accord.meetings import services as meeting_services
from accord.notifications.models import EmailDelivery, Notification
from accord.notifications.services import emails_held
from tests.test_changes import _do as change_do
from tests.test_changes import _draft, _sign


def test_the_demo_step_reminds_marks_settled_matters_read_and_writes_two_e_mails(world):
    with emails_held():
        overdue = meeting_services.action_item_add(
            actor=world.pm_alice,
            meeting=world.meeting_a_shared,
            description="Book the QC slot for the engineering batch",
            owner=world.pm_alice,
            due_on=world.meeting_a_shared.held_on + dt.timedelta(days=3),
        )
        _sign(world.sponsor_a_manager, world.change_order_a_sent, "accept", "accepted")
        second = change_do(world.pm_alice, _draft(world, title="Aurora hold-time study"), "submit")
        second = change_do(world.qa_quinn, second, "send")
    decision, waiting = Notification.objects.filter(
        recipient=world.sponsor_a_manager, kind="change_order_decision"
    ).order_by("pk")
    assert waiting.email is None  # e-mail is held back during the load
    users = {"novabridge.manager": world.sponsor_a_manager, "pm.alice": world.pm_alice}
    lines: list[str] = []

    counts = demo_notifications(users=users, log=lines.append)

    assert counts["reminders"] >= 2 and counts["emails"] == 2
    assert "2 e-mails written" in lines[0]
    decision.refresh_from_db()
    assert decision.read_at is not None  # the change order was decided since
    still_waiting = Notification.objects.get(
        recipient=world.pm_alice, kind="change_order_incorporate"
    )
    assert still_waiting.is_unread
    overdue_notice = Notification.objects.get(
        recipient=world.pm_alice, kind="action_item_overdue", record_id=str(overdue.pk)
    )
    assert overdue_notice.is_unread
    to_manager, digest = mail.outbox
    assert to_manager.to == [world.sponsor_a_manager.email]
    assert to_manager.subject == f"[Accord] {waiting.title}" and second.reference in waiting.title
    assert digest.to == [world.pm_alice.email] and "Your daily digest" in digest.subject
    assert overdue_notice.title in digest.body

    before = (Notification.objects.count(), EmailDelivery.objects.count())
    again = demo_notifications(users=users, log=lines.append)
    assert again == {"reminders": 0, "read": 0, "emails": 0}
    assert (Notification.objects.count(), EmailDelivery.objects.count()) == before
    assert len(mail.outbox) == 2
