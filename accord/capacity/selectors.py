"""Who reads what of capacity.

Resources, their availability and the demands of tasks are the CDMO's own planning: its
staff with ``capacity.view_resource`` read them, sponsor users never (another sponsor's
load is in every resource). Leveling runs and the tasks they would move are internal too.
A sponsor user sees only a run's outcome for its own projects (``LevelingOutcome``), and
only once the run has been applied: a proposal nobody accepted changed nothing for them.
"""

from __future__ import annotations

from django.db.models import QuerySet

from accord.capacity.models import (
    Availability,
    CapacityCheck,
    LevelingMove,
    LevelingOutcome,
    LevelingRun,
    Resource,
    RunStatus,
    TaskDemand,
)
from accord.projects.selectors import projects_visible_to

VIEW = "capacity.view_resource"
VIEW_RUNS = "capacity.view_levelingrun"


def _staff(user, perm: str = VIEW) -> bool:
    return bool(
        user and user.is_authenticated and user.is_active and user.is_cdmo_staff
    ) and user.has_perm(perm)


def resources_visible_to(user) -> QuerySet[Resource]:
    rows = Resource.objects.select_related("site", "equipment")
    return rows if _staff(user) else rows.none()


def availability_visible_to(user) -> QuerySet[Availability]:
    rows = Availability.objects.select_related("resource", "recorded_by")
    return rows if _staff(user) else rows.none()


def demands_visible_to(user) -> QuerySet[TaskDemand]:
    if not _staff(user):
        return TaskDemand.objects.none()
    return TaskDemand.objects.select_related("task", "resource", "task__project").filter(
        task__project__in=projects_visible_to(user)
    )


def runs_visible_to(user) -> QuerySet[LevelingRun]:
    rows = LevelingRun.objects.select_related("site", "requested_by", "decided_by")
    return rows if _staff(user, VIEW_RUNS) else rows.none()


def moves_visible_to(user) -> QuerySet[LevelingMove]:
    if not _staff(user, VIEW_RUNS):
        return LevelingMove.objects.none()
    return LevelingMove.objects.filter(project__in=projects_visible_to(user))


def outcomes_visible_to(user) -> QuerySet[LevelingOutcome]:
    """Staff who read runs: every outcome of projects they see. A sponsor's people: the
    outcomes of applied runs for their own projects."""
    rows = LevelingOutcome.objects.select_related("run", "project").filter(
        project__in=projects_visible_to(user)
    )
    if _staff(user, VIEW_RUNS):
        return rows
    if user and user.is_authenticated and user.is_sponsor_user:
        return rows.filter(run__status=RunStatus.APPLIED)
    return rows.none()


def checks_visible_to(user) -> QuerySet[CapacityCheck]:
    """Capacity checks of proposals name other sponsors' projects: CDMO staff only. A
    sponsor reads the anonymized sentence a check wrote for it on the proposal it was sent."""
    rows = CapacityCheck.objects.select_related("revision", "site", "requested_by")
    return rows if _staff(user) else rows.none()
