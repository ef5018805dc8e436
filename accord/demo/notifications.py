"""The demo's notifications: what the demo's events told its people, as they would find it.

The services notify as the demo is loaded (a review to sign, a change order sent, a
report published ...), with e-mail held back (``emails_held``). Here, at the end of the
load, the periodic reminders run once (overdue action items, risk reviews, follow-ups),
whatever is settled is marked read (a review already signed, a change order already
decided, an item done, a report since followed by a newer one, a concern acknowledged or
closed), and two e-mails are written through the configured backend, so that
``var/mail/`` holds a notification and a daily digest to open. Loading twice adds
nothing: reminders are given once per due date, and the e-mails are only written for a
person who was never sent one.
"""

from __future__ import annotations

from collections.abc import Callable

from django.apps import apps
from django.db.models import Max

from accord.accounts.models import User
from accord.core import clock
from accord.notifications import sweeps
from accord.notifications.email import digest_queue, email_delivery_send, notification_email_now
from accord.notifications.models import EmailDelivery, Notification
from accord.notifications.services import notification_mark_read

# Who finds an e-mail in var/mail/ after `accord demo`: a sponsor manager told of a
# change order, and a project manager's digest of what is overdue.
EMAIL_TO = "novabridge.manager"
DIGEST_TO = "pm.alice"


def _settled(notification: Notification, record) -> bool:
    """Whether the matter of a notification is behind its person already."""
    if record is None:
        return True
    kind = notification.kind
    status = getattr(record, "status", None)
    if kind == "proposal_review":
        return status != "in_review"
    if kind == "proposal_sent":
        # The portal stops asking for an answer once the offer expired or the RFP closed.
        expired = record.valid_until is not None and record.valid_until < clock.today()
        return status != "sent" or expired or record.proposal.rfp.is_closed
    if kind == "change_order_decision":
        return status != "sent"
    if kind == "change_order_incorporate":
        return status != "approved"
    if kind == "document_review":
        return status != "in_review"
    if kind.startswith("action_item_"):
        return status == "done"
    if kind == "rfp_submitted":
        return status != "new"
    if kind == "status_report_published":
        latest = (
            type(record)
            .objects.filter(project_id=record.project_id, status="published")
            .aggregate(n=Max("number"))["n"]
        )
        return record.number != latest
    if kind.startswith("concern_"):
        # Asked to acknowledge: done once acknowledged. News, warnings and answers about
        # a concern wait for their person until it is closed.
        if kind == "concern_raised":
            return record.acknowledged_at is not None
        return record.state == "closed"
    # News rather than a request (an answer, a decision) has been read; a sponsor's comment,
    # a reminder or a document's outcome still waits for its person.
    return kind in ("proposal_answered", "proposal_reviewed", "change_order_decided")


def _record(notification: Notification):
    if not notification.record_type:
        return None
    model = apps.get_model(notification.record_type)
    return model.objects.filter(pk=notification.record_id).first()


def demo_notifications(*, users: dict[str, User], log: Callable[[str], None]) -> dict:
    """Reminders, read marks and the demo's two e-mails; returns counts for the log."""
    reminders = (
        sweeps.action_item_reminders()
        + sweeps.risk_review_reminders()
        + sweeps.follow_up_reminders()
    )
    marked = 0
    for notification in Notification.objects.filter(read_at__isnull=True).select_related(
        "recipient"
    ):
        if _settled(notification, _record(notification)):
            notification_mark_read(actor=notification.recipient, notification=notification)
            marked += 1
    emails = 0
    manager, planner = users.get(EMAIL_TO), users.get(DIGEST_TO)
    sent = EmailDelivery.objects.filter(state=EmailDelivery.State.SENT)
    if manager is not None and not sent.filter(recipient=manager).exists():
        unread = Notification.objects.filter(recipient=manager, read_at__isnull=True, email=None)
        latest = (
            unread.filter(kind="change_order_decision").first()
            or unread.exclude(delivery="digest").first()
        )
        if latest is not None and notification_email_now(latest) is not None:
            emails += 1
    if planner is not None and not sent.filter(recipient=planner).exists():
        digest = digest_queue(planner)
        if digest is not None:
            email_delivery_send(digest.pk)
            emails += 1
    log(
        f"  + notifications: {Notification.objects.count()} in all, {reminders} reminders, "
        f"{marked} marked read, {emails} e-mails written"
    )
    return {"reminders": reminders, "read": marked, "emails": emails}
