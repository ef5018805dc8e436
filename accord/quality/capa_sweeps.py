"""Periodic reminders of CAPA (declared in ``accord.core.periodic.SCHEDULE``): a check of
effectiveness whose monitoring window has opened is due, and its QA approver and the
CAPA's owner are told once; again once it is past its due date."""

from __future__ import annotations

import datetime as dt

from django.db import transaction

from accord.core import clock
from accord.notifications.events import day, people
from accord.notifications.events.capa import capa_url
from accord.notifications.services import Message, deliver
from accord.quality.models import Capa, EffectivenessCheck


def capa_check_reminders(today: dt.date | None = None) -> int:
    """Checks of implemented CAPA whose window is open and that have no verdict yet."""
    today = today or clock.today()
    checks = EffectivenessCheck.objects.filter(
        capa__state=Capa.State.IMPLEMENTED, verdict="", starts_on__lte=today
    ).select_related("capa", "capa__owner", "capa__qa_approver")
    messages = []
    for check in checks:
        capa = check.capa
        late = check.due_date < today
        stage = "overdue" if late else "open"
        title = (
            f"Check of effectiveness of {capa.number} is overdue (due {day(check.due_date)})"
            if late
            else f"Check of effectiveness of {capa.number} due by {day(check.due_date)}"
        )
        for person in people([capa.qa_approver, capa.owner]):
            messages.append(
                Message(
                    "capa_check_due",
                    person,
                    check,
                    title,
                    f"{capa.title}. Success criteria: {check.success_criteria}",
                    capa_url(capa),
                    dedupe_key=f"capa_check_due:{check.pk}:{stage}:{check.due_date.isoformat()}",
                )
            )
    with transaction.atomic():
        return len(deliver(messages))
