"""Periodic reminders (declared in ``accord.core.periodic.SCHEDULE``).

Each sweep finds what is due or late today and tells its owner once: a reminder carries a
key made of its kind, its record and the due date it is about, and a person never gets two
notifications with the same key. Running a sweep twice in a day, or on two workers at
once, therefore adds nothing; moving a due date gives a new reminder for the new date.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.urls import reverse

from accord.core import clock
from accord.notifications.events import day, sentence
from accord.notifications.events.meetings import action_item_url
from accord.notifications.services import Message, deliver

DUE_SOON_DAYS = 2


def _deliver(messages: list[Message]) -> int:
    with transaction.atomic():
        return len(deliver(messages))


def action_item_reminders(today: dt.date | None = None) -> int:
    """Open action items due within two days (due soon) or past due (overdue)."""
    from accord.meetings.models import ActionItem

    today = today or clock.today()
    items = ActionItem.objects.filter(
        status=ActionItem.Status.OPEN, due_on__lte=today + dt.timedelta(days=DUE_SOON_DAYS)
    ).select_related("owner__organization", "project", "meeting")
    messages = []
    for item in items:
        name = f"{item.project.code} {item.reference}"
        if item.due_on < today:
            late = (today - item.due_on).days
            kind = "action_item_overdue"
            title = f"Action item {name} is overdue ({late} day{'s' if late != 1 else ''})"
        else:
            kind = "action_item_due"
            when = "today" if item.due_on == today else f"on {day(item.due_on)}"
            title = f"Action item {name} is due {when}"
        messages.append(
            Message(
                kind,
                item.owner,
                item,
                title,
                f"{sentence(item.description)} Due {day(item.due_on)}; mark it done when it is.",
                action_item_url(item),
                dedupe_key=f"{kind}:{item.pk}:{item.due_on.isoformat()}",
            )
        )
    return _deliver(messages)


def risk_review_reminders(today: dt.date | None = None) -> int:
    """Live risks past their review date, to their owner."""
    from accord.risks.models import Risk

    today = today or clock.today()
    risks = Risk.objects.filter(
        status__in=Risk.LIVE_STATUSES, next_review_date__lt=today
    ).select_related("owner__organization", "project")
    return _deliver(
        [
            Message(
                "risk_review_overdue",
                risk.owner,
                risk,
                f"Risk review overdue: {risk.project.code} {risk.number} {risk.title}",
                f"The review was due on {day(risk.next_review_date)}. Review the risk's "
                "likelihood, impact and mitigation, and set the next review date.",
                reverse("risks:detail", args=[risk.pk]),
                dedupe_key=f"risk_review_overdue:{risk.pk}:{risk.next_review_date.isoformat()}",
            )
            for risk in risks
        ]
    )


def follow_up_reminders(today: dt.date | None = None) -> int:
    """Open follow-ups due today or earlier, to their owner."""
    from accord.clients.models import FollowUp

    today = today or clock.today()
    followups = FollowUp.objects.filter(is_done=False, due_on__lte=today).select_related(
        "owner__organization", "sponsor"
    )
    return _deliver(
        [
            Message(
                "follow_up_due",
                followup.owner,
                followup,
                f"Follow-up due for {followup.sponsor.name}"
                + (" today" if followup.due_on == today else f" since {day(followup.due_on)}"),
                sentence(followup.description),
                reverse("clients:followups", args=[followup.sponsor_id]),
                dedupe_key=f"follow_up_due:{followup.pk}:{followup.due_on.isoformat()}",
            )
            for followup in followups
        ]
    )
