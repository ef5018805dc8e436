"""Reads of training records. They are the CDMO's own: its staff read them (a person's
transcript, the skill matrix); a sponsor's people read none of them, apart from the
qualification status of their project's team where the quality agreement says so
(``accord.training.portal``)."""

from __future__ import annotations

from collections.abc import Callable

from django.db.models import Model, QuerySet

from accord.accounts.models import User
from accord.training.models import (
    Assignment,
    CompetencyRecord,
    OjtRecord,
    QualificationOverride,
    QuizAttempt,
)


def staff_only(model: type[Model]) -> Callable[[User], QuerySet]:
    def visible_to(user: User) -> QuerySet:
        if not (user.is_authenticated and user.is_active and user.is_cdmo_staff):
            return model.objects.none()
        return model.objects.all()

    visible_to.__name__ = f"{model._meta.model_name}_visible_to"
    return visible_to


assignments_visible_to = staff_only(Assignment)
quizattempts_visible_to = staff_only(QuizAttempt)
ojtrecords_visible_to = staff_only(OjtRecord)
competencyrecords_visible_to = staff_only(CompetencyRecord)
overrides_visible_to = staff_only(QualificationOverride)
