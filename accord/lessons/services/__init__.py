"""Every write to lessons learned (see the modules per concept); all importable from here."""

from accord.lessons.services.applications import application_record
from accord.lessons.services.lessons import (
    lesson_link_curriculum,
    lesson_publish,
    lesson_record,
    lesson_update,
)
from accord.lessons.services.reviews import (
    review_finding_add,
    review_start,
    review_submit,
    review_update,
)

__all__ = [
    "application_record",
    "lesson_link_curriculum",
    "lesson_publish",
    "lesson_record",
    "lesson_update",
    "review_finding_add",
    "review_start",
    "review_submit",
    "review_update",
]
