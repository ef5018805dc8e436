"""E-mail: queued with the notification, sent by the job queue, retried, audited.

A row of ``EmailDelivery`` is written in the same transaction as its notification (or,
for the daily digest, with the notifications it gathers) and the job that sends it is
queued through ``accord.core.jobs.enqueue``, which runs it after that transaction commits:
a change that rolls back sends nothing, and no request waits for a mail server.

Retries are ours, not the job runner's: ``email_delivery_send`` never raises. A failed send
is recorded with its reason and a time for the next attempt (5 min, 30 min, 2 h), and the
periodic ``email_retry_due`` sweep queues it again then; after the fourth failure it gives
up. The same sweep re-queues a message whose job was lost and one whose worker died while
sending. Every attempt's result is an audit event naming the message's subject, address
and result, never its body.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from functools import partial

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from accord.accounts.models import User
from accord.audit.services import audit_record
from accord.core.jobs import enqueue
from accord.notifications.kinds import BY_CODE
from accord.notifications.models import EmailDelivery, Notification
from accord.notifications.selectors import digest_pending

log = logging.getLogger(__name__)

S = EmailDelivery.State
RETRY_DELAYS = (dt.timedelta(minutes=5), dt.timedelta(minutes=30), dt.timedelta(hours=2))
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1
LOST_AFTER = dt.timedelta(minutes=10)  # queued this long without a try: the job was lost
STUCK_AFTER = dt.timedelta(minutes=15)  # "sending" this long: its worker died
SUBJECT_MAX = 200


def absolute_url(path: str) -> str:
    return settings.ACCORD_SITE_URL.rstrip("/") + path if path else settings.ACCORD_SITE_URL


def _subject(text: str) -> str:
    return f"[{settings.ACCORD_SITE_NAME}] {text}"[:SUBJECT_MAX]


def email_prepare(recipient: User, title: str) -> EmailDelivery | None:
    """The outbox row of a notification's own e-mail; None if the person has no address."""
    if not recipient.email:
        return None
    return EmailDelivery.objects.create(
        recipient=recipient,
        to_address=recipient.email,
        subject=_subject(title),
        kind=EmailDelivery.Kind.NOTIFICATION,
    )


def email_enqueue(delivery: EmailDelivery) -> None:
    """Queue the job that sends ``delivery`` once the current transaction has committed
    (``enqueue`` promises that too; asking here keeps the promise whatever runs the jobs).
    If queueing fails, ``email_retry_due`` finds the message still queued and queues it."""
    name = f"E-mail to {delivery.recipient.printed_name}: {delivery.subject}"
    transaction.on_commit(
        partial(enqueue, email_delivery_send, delivery.pk, requested_by=None, name=name),
        robust=True,
    )


# --------------------------------------------------------------------------- rendering


def _email_path(notification: Notification) -> str:
    """Where the e-mail links to: the kind's own link if it makes one (a survey's one-time
    link, made now and never stored), else the notification's page."""
    kind = BY_CODE.get(notification.kind)
    own = kind.email_path(notification) if kind is not None else ""
    return own or notification.url or reverse("notifications:list")


def _context(delivery: EmailDelivery, notifications: list[Notification]) -> dict:
    items = [{"n": n, "open_url": absolute_url(_email_path(n))} for n in notifications]
    groups: dict[str, list[dict]] = defaultdict(list)
    for item in items:
        groups[item["n"].kind].append(item)
    return {
        "site_name": settings.ACCORD_SITE_NAME,
        "site_url": absolute_url("/"),
        "preferences_url": absolute_url(reverse("notifications:preferences")),
        "inbox_url": absolute_url(reverse("notifications:list")),
        "recipient": delivery.recipient,
        "subject": delivery.subject,
        "notifications": items,
        "groups": [(BY_CODE[code], groups[code]) for code in BY_CODE if code in groups],
        "why": BY_CODE[notifications[0].kind].why,
    }


def email_message(delivery: EmailDelivery) -> EmailMultiAlternatives:
    """The e-mail of ``delivery``, rendered now: plain text with an HTML alternative."""
    notifications = list(delivery.notifications.order_by("kind", "-created_at"))
    if not notifications:
        raise ValueError("This e-mail carries no notification.")
    name = "digest" if delivery.kind == EmailDelivery.Kind.DIGEST else "notification"
    context = _context(delivery, notifications)
    text = render_to_string(f"notifications/email/{name}.txt", context)
    html = render_to_string(f"notifications/email/{name}.html", context)
    message = EmailMultiAlternatives(
        subject=delivery.subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[delivery.to_address],
        headers={"Auto-Submitted": "auto-generated", "X-Accord-Email": str(delivery.pk)},
    )
    message.attach_alternative(html, "text/html")
    return message


# --------------------------------------------------------------------------- sending


def _claim(delivery_id: int) -> bool:
    """Take the message for this attempt; False if it is sent, being sent, given up, or
    was never committed."""
    return bool(
        EmailDelivery.objects.filter(pk=delivery_id, state__in=(S.QUEUED, S.FAILED)).update(
            state=S.SENDING, attempts=F("attempts") + 1, updated_at=timezone.now()
        )
    )


@transaction.atomic
def _record(delivery: EmailDelivery, *, error: str = "") -> None:
    now = timezone.now()
    if not error:
        delivery.state, delivery.sent_at, delivery.next_attempt_at = S.SENT, now, None
        delivery.last_error = ""
        action, result = "notifications.email.sent", "Sent"
    elif delivery.attempts >= MAX_ATTEMPTS or error.startswith("Not sent:"):
        delivery.state, delivery.next_attempt_at = S.ABANDONED, None
        delivery.last_error = error[:300]
        action, result = "notifications.email.abandoned", f"Gave up: {error}"
    else:
        delivery.state = S.FAILED
        delivery.next_attempt_at = now + RETRY_DELAYS[delivery.attempts - 1]
        delivery.last_error = error[:300]
        local = timezone.localtime(delivery.next_attempt_at)
        action, result = "notifications.email.failed", f"Failed, retry at {local:%H:%M}: {error}"
    delivery.save(update_fields=["state", "sent_at", "next_attempt_at", "last_error", "updated_at"])
    audit_record(
        actor=None,
        action=action,
        target=delivery,
        changes={
            "to": [None, delivery.to_address],
            "subject": [None, delivery.subject],
            "attempt": [None, delivery.attempts],
            "result": [None, result[:300]],
        },
    )


def email_delivery_send(delivery_id: int) -> None:
    """Send one queued e-mail (a job). Records the result; never raises, so it behaves the
    same under any job runner: retries come from ``email_retry_due``."""
    if not _claim(delivery_id):
        return
    delivery = EmailDelivery.objects.select_related("recipient__organization").get(pk=delivery_id)
    recipient = delivery.recipient
    if not recipient.is_active or not recipient.email:
        _record(delivery, error="Not sent: the account is deactivated or has no e-mail address.")
        return
    if recipient.is_sponsor_user and (
        delivery.notifications.filter(sponsor__isnull=False)
        .exclude(sponsor_id=recipient.organization_id)
        .exists()
    ):
        # Checked again at the last moment (AZ-7): a sponsor's mail names its own records only.
        _record(delivery, error="Not sent: it is about another company's record.")
        return
    delivery.to_address = recipient.email
    try:
        message = email_message(delivery)
        message.send(fail_silently=False)
    except Exception as exc:  # a mail server's refusal, a timeout, a template error
        log.warning("e-mail %s failed (attempt %s): %s", delivery.pk, delivery.attempts, exc)
        _record(delivery, error=f"{type(exc).__name__}: {exc}")
        return
    EmailDelivery.objects.filter(pk=delivery.pk).update(to_address=delivery.to_address)
    _record(delivery)


def email_retry_due() -> int:
    """Periodic: queue again the e-mails due for another attempt, those whose job was lost,
    and those whose worker died mid-send. Returns how many were queued."""
    now = timezone.now()
    for stuck in EmailDelivery.objects.filter(state=S.SENDING, updated_at__lt=now - STUCK_AFTER):
        _record(stuck, error="Interrupted: the worker stopped while sending.")
    due = EmailDelivery.objects.filter(state=S.FAILED, next_attempt_at__lte=now) | (
        EmailDelivery.objects.filter(state=S.QUEUED, created_at__lt=now - LOST_AFTER)
    )
    queued = 0
    for delivery in due.select_related("recipient"):
        email_enqueue(delivery)
        queued += 1
    return queued


# --------------------------------------------------------------------------- digest


def digest_queue(recipient: User) -> EmailDelivery | None:
    """Gather the recipient's pending digest notifications into one e-mail (a row of the
    outbox, audited); None when nothing is pending. The caller queues its job."""
    with transaction.atomic():
        pending = list(
            digest_pending(recipient).select_for_update(of=("self",)).order_by("created_at")
        )
        if not pending or not recipient.is_active or not recipient.email:
            return None
        count = len(pending)
        noun = "notification" if count == 1 else "notifications"
        delivery = EmailDelivery.objects.create(
            recipient=recipient,
            to_address=recipient.email,
            subject=_subject(f"Your daily digest: {count} {noun}"),
            kind=EmailDelivery.Kind.DIGEST,
        )
        Notification.objects.filter(pk__in=[n.pk for n in pending]).update(email=delivery)
        audit_record(
            actor=None,
            action="notifications.digest.queued",
            target=delivery,
            changes={"to": [None, delivery.to_address], "notifications": [None, count]},
        )
    return delivery


def digest_send() -> int:
    """Periodic, daily: one e-mail per person gathering their unread notifications set to
    the daily digest that no e-mail has carried yet. Running it twice sends nothing twice:
    a notification is in one digest at most. Returns how many digests were queued."""
    recipients = digest_pending().values_list("recipient_id", flat=True).distinct()
    queued = 0
    for recipient in User.objects.filter(pk__in=list(recipients)).order_by("pk"):
        delivery = digest_queue(recipient)
        if delivery is not None:
            email_enqueue(delivery)
            queued += 1
    return queued


@transaction.atomic
def notification_email_now(notification: Notification) -> EmailDelivery | None:
    """E-mail one notification at once, in this process, without the job queue: for the
    demo (whose command ends before a job could run) and for an operator checking the
    mail settings. None if the person has no address or it was e-mailed already."""
    if notification.email_id is not None:
        return None
    delivery = email_prepare(notification.recipient, notification.title)
    if delivery is None:
        return None
    Notification.objects.filter(pk=notification.pk).update(email=delivery)
    email_delivery_send(delivery.pk)
    delivery.refresh_from_db()
    return delivery
