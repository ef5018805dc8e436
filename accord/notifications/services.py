"""Every write of notifications: creating them (always through ``deliver``), marking them
read, and each person's preferences. E-mail sending lives in ``email.py``.

``deliver`` is the one door through which a notification comes to exist. It checks each
recipient against the selector of the notification's kind, so a person is only told about
a record they could open in the pages; it runs inside the caller's transaction, so a
change that rolls back notifies nobody; it writes one audit event per notification (what,
to whom, how); and it queues the e-mail, which the job queue sends once the transaction
has committed.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from contextlib import contextmanager, nullcontext
from contextvars import ContextVar
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from accord.accounts.models import User
from accord.audit.registry import type_label
from accord.audit.services import audit_record
from accord.core import clock
from accord.notifications.kinds import BY_CODE, Delivery, kind
from accord.notifications.models import Notification, NotificationPreference
from accord.notifications.selectors import notifications_visible_to

log = logging.getLogger(__name__)

TITLE_MAX = 200
BODY_MAX = 1000

# Set while a data load (the demo) creates records: notifications are still created in
# the app, but no e-mail is queued for them.
_email_held: ContextVar[bool] = ContextVar("accord_notifications_email_held", default=False)


@contextmanager
def emails_held():
    """Create notifications in the app only, without e-mail, for the block (data loads)."""
    token = _email_held.set(True)
    try:
        yield
    finally:
        _email_held.reset(token)


@dataclass(frozen=True)
class Message:
    """One notification to be delivered: to whom, about what, saying what."""

    kind: str
    recipient: User
    record: object | None
    title: str
    body: str = ""
    url: str = ""
    dedupe_key: str = ""


def _record_ref(record) -> tuple[str, str, int | None]:
    if record is None:
        return "", "", None
    return type_label(record), str(record.pk), getattr(record, "audit_sponsor_id", None)


def may_receive(message: Message) -> bool:
    """Whether the recipient may read a notification about ``message.record``: the same
    selector as the record's pages decides, and a sponsor user never hears about another
    company's record."""
    recipient = message.recipient
    if not (recipient and recipient.is_active):
        return False
    definition = kind(message.kind)
    if not definition.for_user(recipient):
        return False
    visible_to = definition.visible_to()
    if message.record is None:
        # Only a kind about no record (a job's end) may have none: it tells its one person.
        return visible_to is None
    _, _, sponsor_id = _record_ref(message.record)
    if recipient.is_sponsor_user and sponsor_id != recipient.organization_id:
        return False
    if visible_to is None:
        return False
    return visible_to(recipient).filter(pk=message.record.pk).exists()


def _now():
    """When a notification is created: now, or during a back-dated block of a data load
    (``clock.business_date``) that day at the current time of day."""
    now = timezone.localtime()
    day = clock.today()
    if day < now.date():
        return now.replace(year=day.year, month=day.month, day=day.day)
    return now


def deliver(messages: Iterable[Message], *, actor: User | None = None) -> list[Notification]:
    """Create the notifications of ``messages`` that their recipients may receive.

    Skipped: a recipient who may not see the record, the person who caused the event,
    a second message of the same kind about the same record to the same person, the same
    news again while the first is unread, and a periodic reminder already given (same
    ``dedupe_key``).
    """
    from accord.notifications.email import email_enqueue, email_prepare

    messages = [m for m in messages if actor is None or m.recipient.pk != actor.pk]
    if not messages:
        return []
    # What the recipients chose and already have, in three queries for the whole batch.
    people = {m.recipient.pk for m in messages}
    chosen = {
        (user_id, code): value
        for user_id, code, value in NotificationPreference.objects.filter(
            user_id__in=people
        ).values_list("user_id", "kind", "delivery")
    }
    keys = {m.dedupe_key for m in messages if m.dedupe_key}
    given = (
        set(
            Notification.objects.filter(recipient_id__in=people, dedupe_key__in=keys).values_list(
                "recipient_id", "dedupe_key"
            )
        )
        if keys
        else set()
    )
    unread = set(
        Notification.objects.filter(
            recipient_id__in=people,
            read_at__isnull=True,
            kind__in={m.kind for m in messages},
            record_id__in={_record_ref(m.record)[1] for m in messages},
        ).values_list("recipient_id", "kind", "record_type", "record_id", "title")
    )
    created: list[Notification] = []
    seen: set[tuple] = set()
    for message in messages:
        recipient = message.recipient
        record_type, record_id, sponsor_id = _record_ref(message.record)
        title = message.title[:TITLE_MAX]
        key = (recipient.pk, message.kind, record_type, record_id or title)
        if key in seen or (recipient.pk, message.dedupe_key) in given:
            continue
        if (recipient.pk, message.kind, record_type, record_id, title) in unread:
            continue  # the same news, still unread (a revision submitted again, say)
        if not may_receive(message):
            continue
        seen.add(key)
        delivery = chosen.get((recipient.pk, message.kind), BY_CODE[message.kind].default)
        notification = Notification(
            recipient=recipient,
            kind=message.kind,
            title=title,
            body=message.body[:BODY_MAX],
            url=message.url,
            record_type=record_type,
            record_id=record_id,
            sponsor_id=sponsor_id,
            delivery=delivery,
            dedupe_key=message.dedupe_key,
            created_at=_now(),
        )
        by_email = delivery == Delivery.IMMEDIATE and not _email_held.get()
        # A reminder may race a second worker for its key: keep the loser's rows out.
        guard = transaction.atomic() if message.dedupe_key else nullcontext()
        try:
            with guard:
                if by_email:
                    notification.email = email_prepare(recipient, title)
                notification.save()
        except IntegrityError:
            continue
        audit_record(
            actor=actor,
            action="notifications.notification.created",
            target=notification,
            changes={
                "kind": [None, BY_CODE[message.kind].label],
                "recipient": [None, recipient.username],
                "delivery": [None, Delivery(delivery).label],
            },
        )
        if notification.email is not None:
            email_enqueue(notification.email)
        created.append(notification)
    return created


def notify(event: str, record, *, actor: User | None = None, **context) -> list[Notification]:
    """Tell the people an event waits for. Services call this inside their transaction,
    right after the change and its audit event, with the event's name (the audit action
    of the change, e.g. ``changes.changeorder.send``) and the changed record. An event
    without a builder in the ``events`` package notifies nobody. Webhook subscriptions
    to the event get their deliveries (``accord.webhooks.events.publish``)."""
    from accord.notifications.events import EVENTS
    from accord.webhooks.events import publish

    publish(event, record)  # the organizations' webhooks hear of it too (docs/webhooks.md)
    builder = EVENTS.get(event)
    if builder is None:
        return []
    context.setdefault("event_name", event)
    return deliver(builder(record, actor=actor, **context), actor=actor)


@transaction.atomic
def notification_mark_read(*, actor: User, notification: Notification) -> Notification:
    """Mark one of the actor's notifications read (again reading one changes nothing)."""
    locked = notifications_visible_to(actor).select_for_update(of=("self",)).get(pk=notification.pk)
    if locked.read_at is not None:
        return locked
    locked.read_at = timezone.now()
    locked.save(update_fields=["read_at"])
    audit_record(
        actor=actor,
        action="notifications.notification.read",
        target=locked,
        changes={"read": [False, True]},
    )
    return locked


@transaction.atomic
def notifications_mark_all_read(*, actor: User, kind_code: str = "") -> int:
    """Mark every unread notification of the actor read (of one kind, if given)."""
    if kind_code and kind_code not in BY_CODE:
        raise ValidationError({"kind": ["Choose a kind of notification from the list."]})
    unread = notifications_visible_to(actor).filter(read_at__isnull=True)
    if kind_code:
        unread = unread.filter(kind=kind_code)
    count = unread.update(read_at=timezone.now())
    if count:
        audit_record(
            actor=actor,
            action="notifications.notification.all_read",
            target=actor,
            changes={
                "notifications_marked_read": [None, count],
                **({"kind": [None, BY_CODE[kind_code].label]} if kind_code else {}),
            },
        )
    return count


@transaction.atomic
def preferences_set(*, actor: User, choices: dict[str, str]) -> list[str]:
    """Set how the actor hears about each kind in ``choices`` (kind code -> delivery).
    Returns the kinds whose delivery changed. A choice equal to the default is stored
    as no row, so a later change of default reaches the person too."""
    allowed = {k.code: k for k in BY_CODE.values() if k.for_user(actor)}
    errors = {}
    for code, value in choices.items():
        if code not in allowed:
            errors[code] = ["This kind of notification is not one you receive."]
        elif value not in Delivery.values:
            errors[code] = ["Choose immediately, daily digest or in Accord only."]
    if errors:
        raise ValidationError(errors)
    current = dict(
        NotificationPreference.objects.filter(user=actor).values_list("kind", "delivery")
    )
    changed: dict[str, list] = {}
    changed_codes: list[str] = []
    for code, value in sorted(choices.items()):
        before = current.get(code, allowed[code].default)
        if value == before:
            continue
        if value == allowed[code].default:
            NotificationPreference.objects.filter(user=actor, kind=code).delete()
        else:
            NotificationPreference.objects.update_or_create(
                user=actor, kind=code, defaults={"delivery": value}
            )
        changed[allowed[code].label] = [Delivery(before).label, Delivery(value).label]
        changed_codes.append(code)
    if changed:
        audit_record(
            actor=actor,
            action="notifications.preferences.updated",
            target=actor,
            changes=changed,
        )
    return changed_codes
