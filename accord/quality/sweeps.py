"""The deviations' sponsor clocks sweep (every fifteen minutes, ``accord.core.periodic``).

Before the time to tell a sponsor of a deviation (``notify_by``) or to send it the
preliminary summary (``summary_due``) runs out, and again once it has, it warns the
deviation's owner, the project's QA lead and QA's approvers. Each warning carries a key
(the record, the clock, the stage and the due moment), so running the sweep twice, or on
two workers at once, warns nobody twice; a reclassification that moves a clock warns anew.
"""

from __future__ import annotations

import datetime as dt

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from accord.core.dates import format_day, format_moment
from accord.notifications.events import people
from accord.notifications.events.deviations import qa_approvers
from accord.notifications.services import Message, deliver
from accord.projects.models import ProjectRole
from accord.quality.models import Deviation
from accord.quality.models.deviations import DeviationState

# Warned when less than this share of the time to tell the sponsor is left ...
NOTIFY_WARNING_SHARE = 0.25
# ... and this many calendar days before the preliminary summary is due.
SUMMARY_WARNING_DAYS = 2


def _end_of(day: dt.date, zone) -> dt.datetime:
    return dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), tzinfo=zone)


def clock_stage(deviation: Deviation, clock: str, now: dt.datetime) -> str | None:
    """'soon', 'lapsed' or None for the sponsor's ``clock`` ('notify' or 'summary')."""
    if clock == "notify":
        if deviation.notify_by is None or deviation.notified_at is not None:
            return None
        if now >= deviation.notify_by:
            return "lapsed"
        span = deviation.notify_by - deviation.discovered_at
        return "soon" if deviation.notify_by - now <= span * NOTIFY_WARNING_SHARE else None
    if deviation.summary_due is None or deviation.summary_sent_at is not None:
        return None
    zone = timezone.get_current_timezone()
    if now >= _end_of(deviation.summary_due, zone):
        return "lapsed"
    warn_from = _end_of(deviation.summary_due - dt.timedelta(days=SUMMARY_WARNING_DAYS), zone)
    return "soon" if now >= warn_from else None


def _recipients(deviation: Deviation) -> list:
    leads = []
    if deviation.project_id:
        leads = [
            m.user
            for m in deviation.project.memberships.filter(
                role=ProjectRole.QA_LEAD, user__is_active=True
            ).select_related("user", "user__organization")
            if m.user.is_cdmo_staff
        ]
    return people([deviation.owner], leads, qa_approvers(deviation))


def _message(deviation: Deviation, clock: str, stage: str, person) -> Message:
    if clock == "notify":
        what = f"tell {deviation.sponsor.name}"
        due = format_moment(deviation.notify_by, deviation.site.time_zone)
        key_due = deviation.notify_by.isoformat()
    else:
        what = f"send {deviation.sponsor.name} the preliminary summary"
        due = format_day(deviation.summary_due)
        key_due = deviation.summary_due.isoformat()
    title = (
        f"Deviation {deviation.number}: {what} by {due}"
        if stage == "soon"
        else f"Deviation {deviation.number}: the time to {what} ran out ({due})"
    )
    return Message(
        "deviation_clock",
        person,
        deviation,
        title,
        f"{deviation.title} ({deviation.get_classification_display().lower()}), under "
        f"the quality agreement {deviation.agreement.reference if deviation.agreement else ''}.",
        reverse("quality:deviation", args=[deviation.pk]),
        dedupe_key=f"deviation_clock:{deviation.pk}:{clock}:{stage}:{key_due}",
    )


def deviation_clock_sweep(now: dt.datetime | None = None) -> int:
    """Warn of the sponsor clocks due soon or run out; returns how many were delivered."""
    now = now or timezone.now()
    running = (
        Deviation.objects.exclude(state=DeviationState.CANCELLED)
        .filter(
            Q(notify_by__isnull=False, notified_at__isnull=True)
            | Q(summary_due__isnull=False, summary_sent_at__isnull=True)
        )
        .select_related("sponsor", "site", "project", "owner", "agreement", "agreement__sponsor")
    )
    messages = []
    for deviation in running:
        for clock in ("notify", "summary"):
            stage = clock_stage(deviation, clock, now)
            if stage is None:
                continue
            messages += [
                _message(deviation, clock, stage, person) for person in _recipients(deviation)
            ]
    return len(deliver(messages))
