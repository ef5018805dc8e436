"""Resources, availability changes and plan tasks for the capacity tests, made through the
services as people would."""

from __future__ import annotations

import datetime as dt

from accord.capacity import services
from accord.capacity.models import Resource
from accord.core import clock
from accord.planning.models import Task
from tests.equipment_rows import engineer


def add_resource(world, code: str = "VSP-SUITE-2", **fields) -> Resource:
    values = {
        "code": code,
        "name": "Filling suite 2",
        "kind": "equipment",
        "site": world.site,
        "capacity": 1,
        "unit": "suite",
        **fields,
    }
    return services.resource_create(
        actor=engineer(world), details=services.ResourceDetails(**values)
    )


def plan_tasks(world, project=None):
    """The project's plan (sponsor A's by default), made once from a template."""
    from accord.planning.services import plan_apply_template

    project = project or world.project_a
    if not Task.objects.filter(project=project).exists():
        plan_apply_template(
            actor=world.pm_alice, project=project, template_code="small_molecule_tt"
        )
    return Task.objects.filter(project=project).select_related("project__site")


def work_task(world, *, project=None, start_in: int = 7, days: int = 5, index: int = 0) -> Task:
    """A task of kind "task" of the plan, moved to start ``start_in`` days from today
    (dates set directly: the scheduler is not what these tests are about)."""
    task = plan_tasks(world, project).filter(kind=Task.Kind.TASK).order_by("uid")[index]
    start = clock.today() + dt.timedelta(days=start_in)
    Task.objects.filter(pk=task.pk).update(
        early_start=start,
        early_finish=start + dt.timedelta(days=days - 1),
        actual_start=None,
        actual_finish=None,
    )
    task.refresh_from_db()
    return task


def kind_task(world, kind: str) -> Task:
    """A task of ``kind``; the template has no summary, so its last task is made one."""
    found = plan_tasks(world).filter(kind=kind).order_by("uid").first()
    if found is None:
        found = plan_tasks(world).filter(kind=Task.Kind.TASK).order_by("-uid").first()
        Task.objects.filter(pk=found.pk).update(kind=kind)
        found.refresh_from_db()
    return found
