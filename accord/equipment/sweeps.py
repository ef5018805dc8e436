"""The daily equipment reminder (declared in ``accord.core.periodic.SCHEDULE``): a
calibration or maintenance due within 14 days is told once to the equipment's owner and
to QA of its site (those who approve equipment qualification there); again once it is
overdue. Each message carries a key (equipment, what, stage, due date), so running the
sweep twice tells nobody twice, and a new due date tells anew."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.urls import reverse

from accord.core import clock
from accord.core.dates import format_day
from accord.equipment.models import Equipment
from accord.equipment.selectors import APPROVE, Due, equipment_due
from accord.notifications.events import people, users_with_permission
from accord.notifications.services import Message, deliver

DUE_WITHIN_DAYS = 14


def recipients(equipment: Equipment) -> list:
    site_qa = users_with_permission(APPROVE).filter(site_id=equipment.site_id)
    return people([equipment.owner], site_qa)


def _message(item: Due, person) -> Message:
    equipment = item.equipment
    stage = "overdue" if item.overdue else "due"
    title = (
        f"{equipment.code}: {item.what} overdue since {format_day(item.due)}"
        if item.overdue
        else f"{equipment.code}: {item.what} due on {format_day(item.due)}"
    )
    return Message(
        f"equipment_{stage}",
        person,
        equipment,
        title,
        f"{equipment.name}, {equipment.site.name}"
        + (f", {equipment.location}" if equipment.location else "")
        + f". Status: {equipment.get_status_display()}.",
        reverse("equipment:detail", args=[equipment.pk]),
        dedupe_key=f"equipment_{stage}:{equipment.pk}:{item.what}:{item.due.isoformat()}",
    )


def equipment_due_reminders(today: dt.date | None = None) -> int:
    """Tell of calibrations and maintenance due within 14 days or overdue; returns how
    many notifications were delivered."""
    today = today or clock.today()
    messages = [
        _message(item, person)
        for item in equipment_due(within_days=DUE_WITHIN_DAYS, on=today)
        for person in recipients(item.equipment)
    ]
    with transaction.atomic():
        return len(deliver(messages))
