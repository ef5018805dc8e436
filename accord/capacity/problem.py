"""The portfolio as a leveling problem: the open work of a site's or every project's plan,
the resources it demands, and their capacity, from a day on.

The plans' own logic stays with the CPM engine. Each project is scheduled first *without*
leveling holds (``Task.leveled_start``), so a task's earliest start already honours its
links, constraints and the data date; the leveler receives that date as the task's release
and the links again, so a task it delays pushes its successors. Started work is fixed where
it is (its remaining days from the day the run starts); finished work and work finished
before that day are left out. Summaries are not jobs (their children are), and milestones
are jobs of no duration that carry the logic.

Periods are calendar days counted from the run's first day. Calendars: 0 is every day (a
continuous task), then one per project (the site's working days with the project's own).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from django.db.models import Q

from accord.capacity.load import Calendars, resource_capacity, task_load_days
from accord.capacity.models import Availability, Resource, TaskDemand
from accord.planning.models import Baseline, Dependency, Task
from accord.planning.scheduling import plan_schedule
from accord.projects.models import Project
from accord.scheduling.leveling import Job, Precedence, Problem

OPEN_STATUSES = (Project.Status.PLANNED, Project.Status.ACTIVE)
# How far past the plans' last finish the calendars reach; the leveler repeats the weekly
# pattern beyond, so this only has to cover the holidays that matter.
HORIZON_MARGIN_DAYS = 366
# Priorities: a project with a signed baseline has dates committed to its sponsor.
COMMITTED, PLANNED = 2, 1
PRIORITY_LABELS = {COMMITTED: "Committed dates (baselined)", PLANNED: "Planned, not baselined"}


@dataclass
class Snapshot:
    """What a run levels, and how to map its answer back to the plans."""

    start: dt.date
    problem: Problem
    projects: dict[int, Project]
    tasks: dict[str, Task]  # job id -> task
    release_dates: dict[str, dt.date]  # job id -> earliest start by the logic, no holds
    free_finish: dict[str, dt.date]  # job id -> early finish by the logic, no holds
    priorities: dict[int, int]
    resources: dict[str, Resource]
    fingerprint: str
    notes: list[str] = field(default_factory=list)

    def day(self, period: int) -> dt.date:
        return self.start + dt.timedelta(days=int(period))

    def problem_release(self, job_id: str) -> int:
        return (self.release_dates[job_id] - self.start).days


def scope_projects(site=None):
    rows = Project.objects.filter(status__in=OPEN_STATUSES, start_date__isnull=False)
    if site is not None:
        rows = rows.filter(site=site)
    return rows.select_related("site", "sponsor").order_by("code")


def _job_id(task: Task) -> str:
    return str(task.pk)


def snapshot(*, start: dt.date, site=None) -> Snapshot:
    """Read the scope's plans, demands and resources into a leveling problem."""
    projects = {p.pk: p for p in scope_projects(site)}
    tasks_by_project: dict[int, list[Task]] = {pk: [] for pk in projects}
    for task in Task.objects.filter(project__in=projects.keys()).order_by("sort_order", "uid"):
        tasks_by_project[task.project_id].append(task)
    links_by_project: dict[int, list[Dependency]] = {pk: [] for pk in projects}
    for link in Dependency.objects.filter(project__in=projects.keys()):
        links_by_project[link.project_id].append(link)
    demands = list(
        TaskDemand.objects.filter(
            task__project__in=projects.keys(), resource__active=True
        ).select_related("resource", "resource__site")
    )
    resources = {str(d.resource_id): d.resource for d in demands}
    demands_of: dict[int, dict[str, int]] = {}
    for d in demands:
        demands_of.setdefault(d.task_id, {})[str(d.resource_id)] = d.units
    baselined = set(
        Baseline.objects.filter(project__in=projects.keys()).values_list("project_id", flat=True)
    )
    priorities = {pk: COMMITTED if pk in baselined else PLANNED for pk in projects}

    # The plans without holds: the releases the logic alone allows.
    free: dict[int, dict[int, object]] = {}
    notes: list[str] = []
    last = start
    for pk, project in projects.items():
        tasks = tasks_by_project[pk]
        if not tasks:
            continue
        unheld = [_unheld(t) for t in tasks]
        try:
            rows = {r.id: r for r in plan_schedule(project, unheld, links_by_project[pk]).rows()}
        except Exception as exc:  # a plan the engine refuses is left out, and said
            notes.append(f"{project.code} was left out: {exc}")
            continue
        free[pk] = {t.pk: rows[str(t.uid)] for t in tasks}
        last = max([last, *(r.early_finish for r in free[pk].values() if r.early_finish)])

    days = (last - start).days + HORIZON_MARGIN_DAYS
    calendars = Calendars(start, days)
    calendar_index: dict[int, int] = {}
    masks = [calendars.continuous]
    jobs: list[Job] = []
    task_of: dict[str, Task] = {}
    release_dates: dict[str, dt.date] = {}
    free_finish: dict[str, dt.date] = {}
    for pk, rows in free.items():
        project = projects[pk]
        calendar_index[pk] = len(masks)
        masks.append(calendars.project(project))
        due = None
        if project.target_end_date is not None:
            due = (project.target_end_date - start).days + 1
        for task in tasks_by_project[pk]:
            if task.kind == Task.Kind.SUMMARY:
                continue
            row = rows[task.pk]
            if row.early_finish is None or row.early_start is None:
                continue
            if task.actual_finish is not None or row.early_finish < start:
                continue  # done, or done before the run's first day
            job_id = _job_id(task)
            calendar = 0 if task.calendar == Task.CalendarKind.CONTINUOUS else calendar_index[pk]
            fixed = None
            if task.is_milestone:
                duration = 0
            elif task.actual_start is not None:
                # Started: its remaining days run from the first day, where the plan has them.
                fixed = 0
                duration = _working_days(task, calendars, start, row.early_finish)
            else:
                duration = task.duration_days
            jobs.append(
                Job(
                    id=job_id,
                    duration=duration,
                    calendar=calendar,
                    release=max((row.early_start - start).days, 0),
                    fixed_start=fixed,
                    demands=demands_of.get(task.pk, {}),
                    priority=priorities[pk],
                    due=due,
                    group=str(pk),
                )
            )
            task_of[job_id] = task
            release_dates[job_id] = max(row.early_start, start)
            free_finish[job_id] = row.early_finish
    links = []
    for pk in free:
        for link in links_by_project[pk]:
            a, b = str(link.predecessor_id), str(link.successor_id)
            if a in task_of and b in task_of:
                links.append(Precedence(a, b, str(link.type), int(link.lag_days)))
    changes: dict[int, list[Availability]] = {}
    for change in Availability.objects.filter(resource__in=[r.pk for r in resources.values()]):
        changes.setdefault(change.resource_id, []).append(change)
    capacity = {
        rid: resource_capacity(r, calendars, changes.get(r.pk, [])) for rid, r in resources.items()
    }
    problem = Problem(calendars=masks, capacity=capacity, jobs=jobs, links=links)
    return Snapshot(
        start=start,
        problem=problem,
        projects=projects,
        tasks=task_of,
        release_dates=release_dates,
        free_finish=free_finish,
        priorities=priorities,
        resources=resources,
        fingerprint=fingerprint(projects.keys()),
        notes=notes,
    )


def _unheld(task: Task) -> Task:
    copy = Task(**{f.attname: getattr(task, f.attname) for f in Task._meta.concrete_fields})
    copy.leveled_start = None
    return copy


def _working_days(task: Task, calendars: Calendars, first: dt.date, last: dt.date) -> int:
    days = task_load_days(task, calendars, (first, last))
    return max(int(days.size), 1)


def fingerprint(project_ids) -> str:
    """Of everything a run reads: a plan edit, a demand, a capacity or availability change
    since the run makes its proposal out of date."""
    digest = hashlib.sha256()
    project_ids = sorted(int(p) for p in project_ids)
    for row in (
        Project.objects.filter(pk__in=project_ids)
        .order_by("pk")
        .values_list("pk", "version", "start_date", "data_date")
    ):
        digest.update(repr(row).encode())
    for row in (
        Task.objects.filter(project__in=project_ids)
        .order_by("pk")
        .values_list(
            "pk",
            "version",
            "duration_days",
            "actual_start",
            "actual_finish",
            "calendar",
            "constraint_type",
            "constraint_date",
            "percent_complete",
        )
    ):
        digest.update(repr(row).encode())
    for row in (
        Dependency.objects.filter(project__in=project_ids)
        .order_by("pk")
        .values_list("pk", "predecessor_id", "successor_id", "type", "lag_days")
    ):
        digest.update(repr(row).encode())
    for row in (
        TaskDemand.objects.filter(Q(task__project__in=project_ids))
        .order_by("pk")
        .values_list("pk", "task_id", "resource_id", "units")
    ):
        digest.update(repr(row).encode())
    for row in Resource.objects.order_by("pk").values_list("pk", "version", "capacity", "active"):
        digest.update(repr(row).encode())
    for row in Availability.objects.order_by("pk").values_list(
        "pk", "resource_id", "starts_on", "ends_on", "units"
    ):
        digest.update(repr(row).encode())
    return digest.hexdigest()
