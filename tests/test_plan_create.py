"""A whole plan written at once, and a status update of many tasks at once: each row
audited like its one-at-a-time service, the plan scheduled once."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from accord.audit.models import AuditEvent
from accord.planning import services
from accord.planning.models import Dependency, Task
from accord.planning.services import PlanLink, PlanTask

TASKS = [
    PlanTask("tt", "Technology transfer", Task.Kind.SUMMARY),
    PlanTask("ko", "Kick-off", parent="tt", duration_days=5),
    PlanTask("amt", "Method transfer", parent="tt", duration_days=20, optimistic_days=15,
             most_likely_days=20, pessimistic_days=30),
    PlanTask("gmp", "GMP", Task.Kind.SUMMARY),
    PlanTask("go", "Go/no-go", Task.Kind.DECISION, parent="gmp"),
    PlanTask("batch", "GMP batch", parent="gmp", duration_days=15),
]  # fmt: skip
LINKS = [
    PlanLink("ko", "amt"),
    PlanLink("amt", "go"),
    PlanLink("go", "batch"),
    PlanLink("ko", "batch", Dependency.Type.SS, 2),
]


def test_a_plan_is_created_at_once_with_its_outline_and_an_audit_event_per_row(world):
    events = AuditEvent.objects.count()
    count = services.plan_create(
        actor=world.pm_alice, project=world.project_a, tasks=TASKS, links=LINKS, reason="SOW"
    )
    assert count == 6
    tasks = {t.name: t for t in Task.objects.filter(project=world.project_a)}
    assert [tasks[n].wbs for n in ("Technology transfer", "Kick-off", "GMP", "GMP batch")] == [
        "1",
        "1.1",
        "2",
        "2.2",
    ]
    assert tasks["Kick-off"].parent == tasks["Technology transfer"]
    assert tasks["Method transfer"].early_start == dt.date(2026, 1, 12)
    assert tasks["GMP batch"].early_start == dt.date(2026, 2, 9)  # after the 20-day transfer
    assert tasks["Technology transfer"].early_finish == dt.date(2026, 2, 6)  # rolled up
    created = AuditEvent.objects.filter(action="planning.task.created", reason="SOW")
    added = AuditEvent.objects.filter(action="planning.dependency.added", reason="SOW")
    assert created.count() == 6 and added.count() == 4
    assert AuditEvent.objects.count() == events + 10
    assert json.loads(created.get(target_label="1.2 Method transfer").changes)[
        "pessimistic_days"
    ] == [None, 30]


def test_a_plan_with_a_loop_is_refused_and_nothing_is_written(world):
    events = AuditEvent.objects.count()
    with pytest.raises(ValidationError):
        services.plan_create(
            actor=world.pm_alice,
            project=world.project_a,
            tasks=TASKS,
            links=[*LINKS, PlanLink("batch", "ko")],
        )
    assert not Task.objects.filter(project=world.project_a).exists()
    assert AuditEvent.objects.count() == events


def test_a_plan_is_created_only_in_an_empty_project_by_a_plan_editor(world):
    with pytest.raises(PermissionDenied):
        services.plan_create(actor=world.qa_quinn, project=world.project_a, tasks=TASKS, links=[])
    services.plan_create(actor=world.pm_alice, project=world.project_a, tasks=TASKS, links=[])
    with pytest.raises(ValidationError, match="already has a plan"):
        services.plan_create(actor=world.pm_alice, project=world.project_a, tasks=TASKS, links=[])


def test_a_status_update_records_progress_and_the_data_date(world):
    services.plan_create(actor=world.pm_alice, project=world.project_a, tasks=TASKS, links=LINKS)
    tasks = {t.name: t for t in Task.objects.filter(project=world.project_a)}
    changed = services.plan_progress_record(
        actor=world.pm_alice,
        project=world.project_a,
        data_date=dt.date(2026, 1, 19),
        progress={
            tasks["Kick-off"]: {
                "actual_start": dt.date(2026, 1, 5),
                "actual_finish": dt.date(2026, 1, 12),  # two days late
            },
            tasks["Method transfer"]: {
                "actual_start": dt.date(2026, 1, 13),
                "percent_complete": 20,
            },
        },
        reason="Status update",
    )
    assert changed == 2
    world.project_a.refresh_from_db()
    assert world.project_a.data_date == dt.date(2026, 1, 19)
    kickoff = Task.objects.get(pk=tasks["Kick-off"].pk)
    assert kickoff.percent_complete == 100 and kickoff.version == 2
    transfer = Task.objects.get(pk=tasks["Method transfer"].pk)
    assert transfer.early_start == dt.date(2026, 1, 13)
    assert transfer.early_finish > tasks["Method transfer"].early_finish  # the slip shows
    updates = AuditEvent.objects.filter(action="planning.task.updated", reason="Status update")
    assert updates.count() == 2


def test_a_status_update_after_its_data_date_or_on_a_summary_changes_nothing(world):
    services.plan_create(actor=world.pm_alice, project=world.project_a, tasks=TASKS, links=LINKS)
    tasks = {t.name: t for t in Task.objects.filter(project=world.project_a)}
    events = AuditEvent.objects.count()
    for progress in (
        {tasks["Kick-off"]: {"actual_start": dt.date(2026, 1, 20)}},
        {tasks["Technology transfer"]: {"percent_complete": 50}},
        {tasks["Kick-off"]: {"duration_days": 3}},
    ):
        with pytest.raises(ValidationError):
            services.plan_progress_record(
                actor=world.pm_alice,
                project=world.project_a,
                data_date=dt.date(2026, 1, 19),
                progress=progress,
            )
    assert AuditEvent.objects.count() == events
    assert not Task.objects.filter(project=world.project_a, actual_start__isnull=False).exists()
    world.project_a.refresh_from_db()
    assert world.project_a.data_date is None
