"""A 500-task plan costs the same number of queries as a small one (issue 5 performance)."""

from __future__ import annotations

import random

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accord.planning.models import Dependency, Task
from accord.planning.scheduling import reschedule
from tests.conftest import client_for


def big_plan(project, size: int, seed: int = 5) -> None:
    """A random finish-to-start network (test data straight into the tables)."""
    rng = random.Random(seed)
    tasks = Task.objects.bulk_create(
        Task(
            project=project,
            uid=n,
            wbs=str(n),
            name=f"Activity {n}",
            sort_order=n * 10,
            duration_days=rng.randint(1, 15),
            kind="milestone" if n % 25 == 0 else "task",
        )
        for n in range(1, size + 1)
    )
    tasks = list(Task.objects.filter(project=project).order_by("uid"))
    links = []
    for index, task in enumerate(tasks[1:], start=1):
        for before in rng.sample(tasks[max(0, index - 20) : index], k=min(2, index)):
            links.append(Dependency(project=project, predecessor=before, successor=task))
    Dependency.objects.bulk_create(links)
    reschedule(project)


def _queries(client, url: str) -> int:
    client.get(url)  # warm caches (permissions, session)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


def test_plan_pages_run_a_constant_number_of_queries(world):
    client = client_for(world.pm_alice)
    big_plan(world.project_b, 20)
    big_plan(world.project_a, 500)
    for name in ("planning:plan", "planning:gantt_data", "projects:detail"):
        small = _queries(client, reverse(name, args=[world.project_b.pk]))
        large = _queries(client, reverse(name, args=[world.project_a.pk]))
        assert large == small, (name, small, large)
    assert Task.objects.filter(project=world.project_a, early_start__isnull=False).count() == 500
