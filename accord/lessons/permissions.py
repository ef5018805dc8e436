"""Who may do what with lessons learned. Lessons are the CDMO's own: every check first
refuses anyone who is not CDMO staff."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied

from accord.core.permissions import require

VIEW = "lessons.view_lesson"
RECORD = "lessons.add_lesson"
EDIT = "lessons.change_lesson"
PUBLISH = "lessons.publish_lesson"
# A project's lessons review is written and signed by those who may edit (and close) it.
REVIEW = "projects.change_project"


def require_staff(actor, permission: str) -> None:
    if not (actor and actor.is_authenticated and actor.is_cdmo_staff):
        raise PermissionDenied("Lessons learned are for the CDMO's staff.")
    require(actor, permission)
