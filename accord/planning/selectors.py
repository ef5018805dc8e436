"""Reads of plans, always through the projects the user may see."""

from __future__ import annotations

from django.db.models import QuerySet

from accord.accounts.selectors import sites_visible_to
from accord.planning.models import (
    Baseline,
    BaselineTask,
    CalendarFeed,
    Decision,
    Dependency,
    ExtraWorkingDay,
    Holiday,
    ProjectCalendarException,
    Simulation,
    Task,
    TaskAssignment,
    TaskEquipment,
    TaskSkill,
)
from accord.projects.selectors import projects_visible_to


def tasks_visible_to(user) -> QuerySet[Task]:
    return Task.objects.filter(project__in=projects_visible_to(user))


def task_skills_visible_to(user) -> QuerySet[TaskSkill]:
    return TaskSkill.objects.filter(task__project__in=projects_visible_to(user))


def task_assignments_visible_to(user) -> QuerySet[TaskAssignment]:
    """Who works on which task is the CDMO's staffing: its own people read it."""
    if not (user.is_authenticated and user.is_cdmo_staff):
        return TaskAssignment.objects.none()
    return TaskAssignment.objects.filter(task__project__in=projects_visible_to(user))


def task_equipment_visible_to(user) -> QuerySet[TaskEquipment]:
    """Which equipment a task books is the CDMO's own planning: its own people read it."""
    if not (user.is_authenticated and user.is_cdmo_staff):
        return TaskEquipment.objects.none()
    return TaskEquipment.objects.filter(task__project__in=projects_visible_to(user))


def dependencies_visible_to(user) -> QuerySet[Dependency]:
    return Dependency.objects.filter(project__in=projects_visible_to(user))


def _reads_calendars(user) -> bool:
    """Site calendars are the CDMO's own planning data: staff read them, sponsors do not."""
    return bool(
        user
        and user.is_authenticated
        and user.is_active
        and user.is_cdmo_staff
        and user.has_perm("planning.view_holiday")
    )


def holidays_visible_to(user) -> QuerySet[Holiday]:
    if not _reads_calendars(user):
        return Holiday.objects.none()
    return Holiday.objects.filter(site__in=sites_visible_to(user))


def extra_working_days_visible_to(user) -> QuerySet[ExtraWorkingDay]:
    if not _reads_calendars(user):
        return ExtraWorkingDay.objects.none()
    return ExtraWorkingDay.objects.filter(site__in=sites_visible_to(user))


def calendar_exceptions_visible_to(user) -> QuerySet[ProjectCalendarException]:
    """A project's own calendar days go with its plan: whoever sees the plan sees them."""
    return ProjectCalendarException.objects.filter(project__in=projects_visible_to(user))


def plan_of(project) -> tuple[list[Task], list[Dependency]]:
    """All tasks and links of a project, in two queries whatever the size of the plan."""
    tasks = list(Task.objects.filter(project=project).order_by("sort_order", "uid"))
    links = list(
        Dependency.objects.filter(project=project)
        .only("id", "predecessor_id", "successor_id", "type", "lag_days")
        .order_by("id")
    )
    return tasks, links


def baselines_visible_to(user) -> QuerySet[Baseline]:
    return Baseline.objects.filter(project__in=projects_visible_to(user))


def baseline_items_visible_to(user) -> QuerySet[BaselineTask]:
    return BaselineTask.objects.filter(baseline__project__in=projects_visible_to(user))


def baseline_dates(project) -> tuple[Baseline | None, dict[int, BaselineTask]]:
    """The latest baseline and its dates by task id (two queries)."""
    baseline = Baseline.objects.filter(project=project).order_by("-number").first()
    if baseline is None:
        return None, {}
    return baseline, {item.task_id: item for item in baseline.items.all()}


def decisions_visible_to(user) -> QuerySet[Decision]:
    return Decision.objects.filter(task__project__in=projects_visible_to(user))


def simulations_visible_to(user) -> QuerySet[Simulation]:
    return Simulation.objects.filter(project__in=projects_visible_to(user))


def feeds_visible_to(user) -> QuerySet[CalendarFeed]:
    """Feeds are managed by CDMO staff; sponsors receive the URL, not the list."""
    if not (user.is_authenticated and user.is_cdmo_staff):
        return CalendarFeed.objects.none()
    return CalendarFeed.objects.filter(project__in=projects_visible_to(user))


def milestones_against_baseline(projects, start, end) -> list[tuple[Task, object]]:
    """The milestones and decision points of ``projects`` finished from ``start`` to
    ``end``, each with the finish its baseline promised (None without a baseline). The
    baseline that counts is the latest one saved on or before the finish (a baseline
    saved afterwards would only record what happened), else the first."""
    tasks = list(
        Task.objects.filter(
            project__in=projects,
            kind__in=(Task.Kind.MILESTONE, Task.Kind.DECISION),
            actual_finish__gte=start,
            actual_finish__lte=end,
        )
        .select_related("project")
        .order_by("actual_finish", "pk")
    )
    promised: dict[int, list[tuple[object, object]]] = {}
    for task_id, saved, finish in (
        BaselineTask.objects.filter(task__in=tasks)
        .order_by("baseline__number")
        .values_list("task_id", "baseline__created_at", "finish")
    ):
        promised.setdefault(task_id, []).append((saved.date(), finish))
    result = []
    for task in tasks:
        options = promised.get(task.pk, [])
        before = [finish for saved, finish in options if saved <= task.actual_finish]
        result.append((task, before[-1] if before else (options[0][1] if options else None)))
    return result
