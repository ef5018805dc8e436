"""The lessons figures of the scorecards (``accord.scorecards.variables``), registered from
``LessonsConfig.ready``: lessons applied in the period, and lessons reviews on time."""

from __future__ import annotations

import datetime as dt

from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils import timezone

from accord.lessons.models import LessonApplication, LessonsReview
from accord.scorecards.variables import (
    COMPANY,
    PERSON,
    PROJECT,
    SITE,
    SPONSOR,
    TRANSFORM,
    Evidence,
    Measure,
    Period,
    Scope,
    Variable,
)

ON_TIME_DAYS = 30
SCOPES = frozenset({COMPANY, SPONSOR, PROJECT, SITE, PERSON})


def _applications(scope: Scope) -> QuerySet[LessonApplication] | None:
    rows = LessonApplication.objects.select_related("lesson", "project", "rfp", "applied_by")
    if scope.kind == COMPANY:
        return rows
    if scope.kind == SPONSOR:
        return rows.filter(Q(project__sponsor_id=scope.key) | Q(rfp__sponsor_id=scope.key))
    if scope.kind == PROJECT:
        return rows.filter(project_id=scope.key)
    if scope.kind == SITE:
        return rows.filter(project__site_id=scope.key)
    if scope.kind == PERSON:
        return rows.filter(applied_by_id=scope.key)
    return None


def lessons_applied(scope: Scope, period: Period) -> Measure:
    """Lesson applications recorded in the period; None when the scope applied none."""
    rows = _applications(scope)
    if rows is None:
        return Measure(None)
    rows = list(
        rows.filter(applied_on__gte=period.start, applied_on__lte=period.end).order_by(
            "applied_on", "pk"
        )
    )
    if not rows:
        return Measure(None, note="No lesson applied in the period.")
    evidence = [
        Evidence(
            f"{a.lesson.number} applied on {a.project.code if a.project_id else a.rfp.number}",
            reverse("lessons:detail", args=[a.lesson_id]),
            f"{a.applied_on:%d %b %Y} · {a.applied_by.printed_name}: {a.how[:120]}",
        )
        for a in rows
    ]
    return Measure(float(len(rows)), evidence, f"{len(rows)} lessons applied")


def _reviews(scope: Scope) -> QuerySet[LessonsReview] | None:
    rows = LessonsReview.objects.filter(status=LessonsReview.Status.SUBMITTED).select_related(
        "project", "submitted_by"
    )
    if scope.kind == COMPANY:
        return rows
    if scope.kind == SPONSOR:
        return rows.filter(project__sponsor_id=scope.key)
    if scope.kind == PROJECT:
        return rows.filter(project_id=scope.key)
    if scope.kind == SITE:
        return rows.filter(project__site_id=scope.key)
    if scope.kind == PERSON:
        return rows.filter(submitted_by_id=scope.key)
    return None


def _on_time(review: LessonsReview) -> bool:
    end = review.project.target_end_date
    submitted = timezone.localdate(review.submitted_at)  # the business day, not UTC's
    return end is None or submitted <= end + dt.timedelta(days=ON_TIME_DAYS)


def lessons_reviews_on_time(scope: Scope, period: Period) -> Measure:
    """Share of the reviews submitted in the period that came within 30 days of the
    project's end (its target end date)."""
    rows = _reviews(scope)
    if rows is None:
        return Measure(None)
    start = dt.datetime.combine(period.start, dt.time.min)
    end = dt.datetime.combine(period.end + dt.timedelta(days=1), dt.time.min)
    reviews = [
        r
        for r in rows.order_by("submitted_at")
        if start.date() <= timezone.localdate(r.submitted_at) < end.date()
    ]
    if not reviews:
        return Measure(None, note="No lessons review submitted in the period.")
    on_time = [r for r in reviews if _on_time(r)]
    evidence = [
        Evidence(
            f"Lessons review {r.project.code}",
            reverse("lessons:review", args=[r.project_id]),
            f"submitted {r.submitted_at:%d %b %Y}"
            + ("" if _on_time(r) else f", more than {ON_TIME_DAYS} days after the end"),
        )
        for r in reviews
    ]
    return Measure(
        round(100 * len(on_time) / len(reviews), 1),
        evidence,
        f"{len(on_time)} of {len(reviews)} reviews on time",
    )


VARIABLES = (
    Variable(
        "lessons_applied",
        "Lessons applied",
        TRANSFORM,
        "count",
        lessons_applied,
        help="Lessons of the library that teams said they applied on a project or proposal.",
        scopes=SCOPES,
    ),
    Variable(
        "lessons_reviews_on_time",
        "Lessons reviews on time",
        TRANSFORM,
        "%",
        lessons_reviews_on_time,
        help=f"Lessons reviews submitted within {ON_TIME_DAYS} days of the project's end.",
        scopes=SCOPES,
    ),
)
