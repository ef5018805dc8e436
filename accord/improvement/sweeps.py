"""The daily 5S action reminder (declared in ``accord.core.periodic.SCHEDULE``): an open
action due within 7 days is told once to its owner, and again once it is overdue. Each
message carries a key (action, stage, due date), so running the sweep twice tells nobody
twice."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.urls import reverse

from accord.core import clock
from accord.core.dates import format_day
from accord.improvement.models import FiveSAction
from accord.notifications.services import Message, deliver

DUE_WITHIN_DAYS = 7


def _message(action: FiveSAction, today: dt.date) -> Message:
    stage = "overdue" if action.due_on < today else "due"
    area = action.audit.area
    title = (
        f"5S action overdue since {format_day(action.due_on)}: {action.what}"
        if stage == "overdue"
        else f"5S action due on {format_day(action.due_on)}: {action.what}"
    )
    return Message(
        f"five_s_action_{stage}",
        action.owner,
        action,
        title[:200],
        f"{area.name} ({area.site.name}), from the audit of {format_day(action.audit.audited_on)}.",
        reverse("improvement:audit_detail", args=[action.audit_id]),
        dedupe_key=f"five_s_action_{stage}:{action.pk}:{action.due_on.isoformat()}",
    )


def five_s_action_reminders(today: dt.date | None = None) -> int:
    """Tell owners of 5S actions due within 7 days or overdue; returns how many
    notifications were delivered."""
    today = today or clock.today()
    actions = FiveSAction.objects.filter(
        done_on__isnull=True, due_on__lte=today + dt.timedelta(days=DUE_WITHIN_DAYS)
    ).select_related("audit__area__site", "owner__organization")
    messages = [_message(action, today) for action in actions]
    with transaction.atomic():
        return len(deliver(messages))
