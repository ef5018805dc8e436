"""A team says it applied a lesson on its project or proposal: who, when, and how."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction

from accord.accounts.models import User
from accord.audit.services import audit_record, created, snapshot
from accord.core import clock
from accord.lessons.models import Lesson, LessonApplication
from accord.lessons.permissions import RECORD, require_staff
from accord.projects.models import Project
from accord.proposals.models import Rfp

APPLICATION_FIELDS = ("lesson", "project", "rfp", "how", "applied_by", "applied_on")


@transaction.atomic
def application_record(
    *,
    actor: User,
    lesson: Lesson,
    how: str,
    project: Project | None = None,
    rfp: Rfp | None = None,
    applied_on: dt.date | None = None,
) -> LessonApplication:
    """Record that a published lesson was applied on a project or on an RFP's proposal."""
    require_staff(actor, RECORD)
    if (project is None) == (rfp is None):
        raise ValidationError({"__all__": ["Apply the lesson on one project or one proposal."]})
    lesson = Lesson.objects.select_for_update().get(pk=lesson.pk)
    if not lesson.is_published:
        raise ValidationError({"lesson": ["Only a published lesson is applied."]})
    if not how.strip():
        raise ValidationError({"how": ["Say how the lesson was applied."]})
    today = clock.today()
    applied_on = applied_on or today
    if applied_on > today:
        raise ValidationError({"applied_on": ["A lesson cannot be applied on a future date."]})
    existing = LessonApplication.objects.filter(lesson=lesson)
    if existing.filter(project=project, rfp=rfp).exists():
        target = project.code if project else rfp.number
        raise ValidationError({"lesson": [f"{lesson.number} is recorded as applied on {target}."]})
    application = LessonApplication(
        lesson=lesson,
        project=project,
        rfp=rfp,
        how=how.strip(),
        applied_by=actor,
        applied_on=applied_on,
        recorded_at=clock.now(),
    )
    application.full_clean()
    application.save()
    audit_record(
        actor=actor,
        action="lessons.lesson.applied",
        target=application,
        parent=lesson,
        changes=created(snapshot(application, APPLICATION_FIELDS)),
    )
    return application
