"""Milestone calendar feeds: a secret, revocable iCalendar URL per subscriber."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from accord.accounts.models import User
from accord.audit.services import audit_record, created
from accord.core.permissions import require
from accord.planning.models import CalendarFeed, Task
from accord.projects.models import Project


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


@transaction.atomic
def feed_create(*, actor: User, project: Project, name: str) -> tuple[CalendarFeed, str]:
    """A new feed; the secret is returned once and only its hash is kept."""
    require(actor, "projects.change_project")
    if not name.strip():
        raise ValidationError({"name": ["Say who the feed is for, e.g. “Sponsor team calendar”."]})
    secret = secrets.token_urlsafe(24)
    feed = CalendarFeed.objects.create(
        project=project,
        name=name.strip()[:80],
        prefix=secret[:8],
        digest=_digest(secret),
        created_by=actor,
    )
    audit_record(
        actor=actor,
        action="planning.feed.created",
        target=feed,
        parent=project,
        changes=created({"name": feed.name, "prefix": feed.prefix}),
    )
    return feed, secret


@transaction.atomic
def feed_revoke(*, actor: User, feed: CalendarFeed) -> CalendarFeed:
    require(actor, "projects.change_project")
    if feed.revoked_at is None:
        feed.revoked_at = timezone.now()
        feed.save(update_fields=["revoked_at"])
        audit_record(
            actor=actor,
            action="planning.feed.revoked",
            target=feed,
            parent=feed.project,
            changes={"revoked_at": [None, feed.revoked_at.isoformat(timespec="seconds")]},
        )
    return feed


def feed_by_secret(secret: str) -> CalendarFeed | None:
    return (
        CalendarFeed.objects.select_related("project")
        .filter(digest=_digest(secret), revoked_at__isnull=True)
        .first()
    )


def feed_ics(feed: CalendarFeed) -> bytes:
    """The project's milestones and decision points as all-day events."""
    return plan_ics(feed.project)


def plan_ics(project: Project) -> bytes:
    """A project's milestones and decision points as all-day events, at their forecast."""
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//Accord//Project milestones//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"{project.code} milestones")
    stamp = timezone.now()
    milestones = Task.objects.filter(
        project=project,
        kind__in=[Task.Kind.MILESTONE, Task.Kind.DECISION],
        early_finish__isnull=False,
    ).order_by("early_finish")
    for task in milestones:
        event = Event()
        event.add("uid", f"accord-{project.pk}-task-{task.uid}@accord")
        event.add("dtstamp", stamp)
        event.add("dtstart", task.early_finish)
        event.add("dtend", task.early_finish + dt.timedelta(days=1))
        event.add("summary", f"{project.code}: {task.name}")
        event.add("description", f"Forecast from the current plan of {project.title}.")
        calendar.add_component(event)
    return calendar.to_ical()
