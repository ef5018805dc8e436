"""The daily lessons sweep (declared in ``accord.core.periodic.SCHEDULE``): a project on
hold for more than 90 days is "on hold for good" and needs its lessons-learned review; its
project managers are told once per hold (the key carries the day it went on hold)."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.urls import reverse

from accord.core import clock
from accord.core.dates import format_day
from accord.lessons.selectors import HOLD_DAYS, projects_held_for_good
from accord.lessons.services.reviews import project_managers
from accord.notifications.services import Message, deliver


def lessons_hold_sweep(today: dt.date | None = None) -> int:
    """Tell the managers of projects on hold for good; returns the notifications made."""
    today = today or clock.today()
    messages = [
        Message(
            "lessons_review_required",
            manager,
            project,
            f"{project.code}: lessons review required",
            f"{project.code} {project.title} has been on hold since {format_day(since)}, "
            f"more than {HOLD_DAYS} days. Write its lessons-learned review.",
            reverse("lessons:review", args=[project.pk]),
            dedupe_key=f"lessons_review_required:{project.pk}:{since.date().isoformat()}",
        )
        for project, since in projects_held_for_good(today=today)
        for manager in project_managers(project)
    ]
    with transaction.atomic():
        return len(deliver(messages))
