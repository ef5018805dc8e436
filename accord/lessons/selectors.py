"""Reads of lessons learned, per user (CDMO staff who read lessons: all of them; anyone
else, sponsor users included: none), the library's filters, the lessons that apply to a
proposal or project, and where a project stands with its review."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.utils import timezone

from accord.audit.models import AuditEvent
from accord.core import clock
from accord.lessons.models import Lesson, LessonApplication, LessonsReview
from accord.lessons.permissions import VIEW
from accord.projects.models import Project

HOLD_DAYS = 90
SUGGESTED = 8


def _reader(user) -> bool:
    return bool(
        user and user.is_authenticated and user.is_active and user.is_cdmo_staff
    ) and user.has_perm(VIEW)


def lessons_visible_to(user) -> QuerySet[Lesson]:
    # Every kind of source, so that a list names each lesson's source without a query.
    rows = Lesson.objects.select_related(
        "recorded_by",
        "published_by",
        "curriculum",
        "review__project",
        "concern",
        "deviation",
        "capa",
        "postmortem__rfp",
    )
    return rows if _reader(user) else rows.none()


def reviews_visible_to(user) -> QuerySet[LessonsReview]:
    rows = LessonsReview.objects.select_related(
        "project__site", "project__sponsor", "drafted_by", "submitted_by"
    )
    return rows if _reader(user) else rows.none()


def applications_visible_to(user) -> QuerySet[LessonApplication]:
    rows = LessonApplication.objects.select_related("lesson", "project", "rfp", "applied_by")
    return rows if _reader(user) else rows.none()


@dataclass(frozen=True)
class LibraryFilters:
    q: str = ""
    source_kind: str = ""
    modality: str = ""
    service: str = ""
    phase: str = ""
    department: str = ""
    cause: str = ""
    status: str = ""


def lessons_filter(rows: QuerySet[Lesson], filters: LibraryFilters) -> QuerySet[Lesson]:
    """Narrow an already visibility-filtered queryset; never widens it."""
    if filters.q:
        rows = rows.filter(
            Q(number__icontains=filters.q)
            | Q(title__icontains=filters.q)
            | Q(what_happened__icontains=filters.q)
            | Q(recommendation__icontains=filters.q)
        )
    for name in ("source_kind", "modality", "service", "phase", "department", "cause", "status"):
        value = getattr(filters, name)
        if value:
            rows = rows.filter(**{name: value})
    return rows


def lessons_that_apply(
    user, *, modality: str, services: list[str] | None = None, limit: int = SUGGESTED
) -> list[Lesson]:
    """Published lessons of the same modality and one of the services first, then of the
    same modality; most recent first within each."""
    rows = lessons_visible_to(user).filter(status=Lesson.Status.PUBLISHED, modality=modality)
    services = services or []
    exact = list(rows.filter(service__in=services).order_by("-published_at", "-pk")[:limit])
    rest = rows.exclude(pk__in=[lesson.pk for lesson in exact]).order_by("-published_at", "-pk")
    return exact + list(rest[: max(limit - len(exact), 0)])


def on_hold_since(project: Project) -> dt.datetime | None:
    """When the project last went on hold (from its audit trail); None if it is not."""
    if project.status != Project.Status.ON_HOLD:
        return None
    events = AuditEvent.objects.filter(
        target_type="projects.project", target_id=str(project.pk), changes__contains='"status"'
    ).order_by("-seq")
    for event in events.only("occurred_at", "changes"):
        change = json.loads(event.changes).get("status")
        if change:
            return event.occurred_at if change[-1] == Project.Status.ON_HOLD else None
    return None


@dataclass(frozen=True)
class ReviewState:
    state: str  # "submitted", "draft", "required" or "" (not needed yet)
    review: LessonsReview | None
    hold_since: dt.datetime | None = None

    @property
    def label(self) -> str:
        return {
            "submitted": "Submitted",
            "draft": "In draft",
            "required": "Required",
        }.get(self.state, "Not needed yet")

    @property
    def held_for_good(self) -> bool:
        return self.hold_since is not None


def review_state(project: Project, *, today: dt.date | None = None) -> ReviewState:
    """Where the project stands with its lessons review: required once it is closing
    (completed, cancelled) or on hold for more than 90 days."""
    review = LessonsReview.objects.filter(project_id=project.pk).first()
    if review is not None and review.is_submitted:
        return ReviewState("submitted", review)
    since = on_hold_since(project)
    today = today or clock.today()
    held_long = since is not None and (today - timezone.localdate(since)).days > HOLD_DAYS
    if review is not None:
        return ReviewState("draft", review, since if held_long else None)
    closed = project.status in (Project.Status.COMPLETED, Project.Status.CANCELLED)
    if closed or held_long:
        return ReviewState("required", None, since if held_long else None)
    return ReviewState("", None)


def review_projects_visible_to(user) -> QuerySet[Project]:
    """The projects whose lessons review a user may read (staff who read lessons)."""
    from accord.projects.selectors import projects_visible_to

    return projects_visible_to(user) if _reader(user) else Project.objects.none()


def projects_held_for_good(*, today: dt.date | None = None) -> list[tuple[Project, dt.datetime]]:
    """Projects on hold for more than 90 days without a submitted lessons review."""
    today = today or clock.today()
    found = []
    waiting = Project.objects.filter(status=Project.Status.ON_HOLD).exclude(
        lessons_review__status=LessonsReview.Status.SUBMITTED
    )
    for project in waiting.select_related("site"):
        since = on_hold_since(project)
        # Days as the business counts them (clock.today() is the local date), not UTC's.
        if since is not None and (today - timezone.localdate(since)).days > HOLD_DAYS:
            found.append((project, since))
    return found
