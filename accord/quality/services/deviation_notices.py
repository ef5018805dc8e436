"""Notices to the sponsor (R-DEV-7): the CDMO records that it told the sponsor of a
deviation, or sent it the preliminary investigation summary (what, when, to whom, how).
The first notification makes the deviation visible to the sponsor's people."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from accord.accounts.models import User
from accord.core import clock, concurrency
from accord.core.permissions import require
from accord.notifications.services import notify
from accord.quality.models import Deviation, Investigation, SponsorNotice
from accord.quality.services.deviations import _lock, _record
from accord.quality.workflows import WORK


def _notice_errors(deviation, sent_at, recipients, how, content, now) -> dict:
    errors: dict[str, list[str]] = {}
    if deviation.sponsor_id is None:
        errors["deviation"] = ["This deviation concerns no sponsor: there is no one to tell."]
    if sent_at is None:
        errors["sent_at"] = ["Say when they were told."]
    elif sent_at > now:
        errors["sent_at"] = ["Record a notice once it is given, not before."]
    elif sent_at < deviation.discovered_at:
        errors["sent_at"] = ["A notice is given after the deviation is discovered."]
    if not (recipients or "").strip():
        errors["recipients"] = ["Say whom you told."]
    if how not in SponsorNotice.How.values:
        errors["how"] = ["Say how they were told."]
    if not (content or "").strip():
        errors["content"] = ["Say what they were told."]
    return errors


def _notice(actor, deviation, kind, sent_at, recipients, how, content) -> SponsorNotice:
    return SponsorNotice.objects.create(
        deviation=deviation,
        kind=kind,
        sent_at=sent_at,
        recipients=recipients.strip(),
        how=how,
        content=content.strip(),
        recorded_by=actor,
        recorded_at=clock.now(),
    )


def _staff_worker(actor: User) -> None:
    require(actor, WORK)
    if not actor.is_cdmo_staff:
        raise PermissionDenied("The CDMO records what it told the sponsor.")


@transaction.atomic
def deviation_notify_sponsor(
    *,
    actor: User,
    deviation: Deviation,
    sent_at: dt.datetime | None,
    recipients: str,
    how: str,
    content: str,
) -> SponsorNotice:
    """Record that the sponsor was told of the deviation: what, when, to whom, how. From
    then on its people see the record in the portal, and they are told in Accord."""
    _staff_worker(actor)
    deviation = _lock(deviation, None)
    errors = _notice_errors(deviation, sent_at, recipients, how, content, clock.now())
    if deviation.notified_at is not None:
        errors["deviation"] = [f"The sponsor was told on {deviation.notified_at:%d %b %Y}."]
    if errors:
        raise ValidationError(errors)
    notice = _notice(
        actor, deviation, SponsorNotice.Kind.NOTIFICATION, sent_at, recipients, how, content
    )
    deviation.notified_at = sent_at
    concurrency.bump(deviation)
    deviation.save(update_fields=["notified_at", "version"])
    late = deviation.notify_by is not None and sent_at > deviation.notify_by
    _record(
        actor,
        deviation,
        "sponsor_notified",
        {
            "notified_at": [None, sent_at],
            "to": [None, notice.recipients],
            "how": [None, notice.get_how_display()],
            "what": [None, notice.content],
            "on time": [None, None if deviation.notify_by is None else not late],
        },
    )
    notify("quality.deviation.sponsor_notified", deviation, actor=actor)
    return notice


@transaction.atomic
def deviation_send_summary(
    *,
    actor: User,
    deviation: Deviation,
    sent_at: dt.datetime | None,
    recipients: str,
    how: str,
    content: str,
) -> SponsorNotice:
    """Record the preliminary investigation summary sent to the sponsor; it is kept on
    the investigation, and the sponsor reads it in the portal."""
    _staff_worker(actor)
    deviation = _lock(deviation, None)
    errors = _notice_errors(deviation, sent_at, recipients, how, content, clock.now())
    if deviation.notified_at is None:
        errors["deviation"] = ["Tell the sponsor of the deviation before sending its summary."]
    elif not deviation.needs_investigation:
        errors["deviation"] = ["A preliminary summary is of an investigation (major, critical)."]
    elif deviation.summary_sent_at is not None:
        errors["deviation"] = [f"The summary was sent on {deviation.summary_sent_at:%d %b %Y}."]
    if errors:
        raise ValidationError(errors)
    notice = _notice(
        actor, deviation, SponsorNotice.Kind.SUMMARY, sent_at, recipients, how, content
    )
    deviation.summary_sent_at = sent_at
    concurrency.bump(deviation)
    deviation.save(update_fields=["summary_sent_at", "version"])
    Investigation.objects.update_or_create(
        deviation=deviation, defaults={"preliminary_summary": notice.content}
    )
    _record(
        actor,
        deviation,
        "summary_sent",
        {
            "summary_sent_at": [None, sent_at],
            "to": [None, notice.recipients],
            "how": [None, notice.get_how_display()],
            "summary": [None, notice.content],
        },
    )
    notify("quality.deviation.summary_sent", deviation, actor=actor)
    return notice
