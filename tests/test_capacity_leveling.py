"""Capacity leveling runs in the app: two projects want the same GMP suite in the same
week; a run (a background job, inline in the suite) proposes to move one, the committed
project keeps its dates, and applying the run holds the moved task in one audited
transaction. A proposal on plans that changed since is refused; a sponsor sees only its
own project's outcome, and only once the run is applied."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from accord.audit.models import AuditEvent
from accord.capacity.leveling import leveling_apply, leveling_discard, leveling_request
from accord.capacity.load import resource_loads
from accord.capacity.models import LevelingRun, Resource, RunStatus, TaskDemand
from accord.core import clock
from accord.notifications.models import Notification
from accord.planning import services as plans
from accord.planning.models import Task
from accord.planning.services import PlanLink, PlanTask
from tests.conftest import client_for
from tests.factories import PASSWORD, ProjectFactory


def next_monday() -> dt.date:
    today = clock.today()
    return today + dt.timedelta(days=7 - today.weekday())


def suite(world, capacity: int = 1) -> Resource:
    return Resource.objects.create(
        code="VSP-SUITE-A1",
        name="API synthesis suite A1",
        kind=Resource.Kind.EQUIPMENT,
        role=Resource.Role.GMP_SUITE,
        site=world.site,
        capacity=capacity,
        unit="suite",
    )


def project_with_batch(world, sponsor, code: str, *, batch_days: int = 5, lead_days: int = 2):
    project = ProjectFactory(
        sponsor=sponsor,
        site=world.site,
        code=code,
        start_date=next_monday(),
        target_end_date=next_monday() + dt.timedelta(days=120),
        members=[(world.pm_alice, "project_manager")],
    )
    plans.plan_create(
        actor=world.pm_alice,
        project=project,
        tasks=[
            PlanTask("PREP", "Batch record and materials", duration_days=lead_days),
            PlanTask("BATCH", "GMP batch manufacture", duration_days=batch_days),
            PlanTask("REL", "QA release", kind=Task.Kind.MILESTONE),
        ],
        links=[PlanLink("PREP", "BATCH"), PlanLink("BATCH", "REL")],
    )
    return project


def batch_of(project) -> Task:
    return Task.objects.get(project=project, name="GMP batch manufacture")


@pytest.fixture
def contest(world):
    """Aurora's and Borealis's batches both want suite A1 in the same week."""
    a1 = suite(world)
    first = project_with_batch(world, world.sponsor_a, "AUR-LVL")
    second = project_with_batch(world, world.sponsor_b, "BOR-LVL", lead_days=3)
    for project in (first, second):
        TaskDemand.objects.create(task=batch_of(project), resource=a1, units=1)
    return a1, first, second


def overloaded_days(resource, project_start) -> int:
    loads = resource_loads([resource], project_start, project_start + dt.timedelta(days=60))
    return int((loads[resource.pk].over > 0).sum())


def test_the_run_proposes_to_move_one_batch_and_the_overload_goes(world, contest):
    a1, first, second = contest
    assert overloaded_days(a1, first.start_date) == 4  # both batches on the suite, 4 days
    run = leveling_request(actor=world.pm_alice, note="Suite A1 double-booked")
    run.refresh_from_db()
    assert run.status == RunStatus.PROPOSED
    assert len(run.summary["overloads_before"]) == 1
    before = run.summary["overloads_before"][0]
    assert before["resource"] == "VSP-SUITE-A1"
    assert (before["peak"], before["capacity"]) == (2, 1)
    assert sorted(before["projects"]) == ["AUR-LVL", "BOR-LVL"]
    assert run.summary["overloads_after"] == []
    moved = {m.task.name: m for m in run.moves.filter(hold=True)}
    assert set(moved) == {"GMP batch manufacture"}
    move = moved["GMP batch manufacture"]
    assert move.resources == "VSP-SUITE-A1"
    # The later-prepared batch (Borealis) waits until Aurora's batch has finished.
    assert move.project == second
    assert move.leveled_start == batch_of(first).early_finish + dt.timedelta(days=1)
    outcome = run.outcomes.get(project=second)
    assert outcome.delay_days > 0
    assert [m["name"] for m in outcome.milestones if m["delay_days"] > 0] == ["QA release"]
    assert run.outcomes.get(project=first).delay_days == 0
    assert Notification.objects.filter(kind="leveling_proposed", recipient=world.pm_alice).exists()
    # Nothing changed in the plans yet.
    assert Task.objects.filter(leveled_start__isnull=False).count() == 0


def test_applying_holds_the_moved_task_reschedules_and_is_audited(world, contest):
    a1, first, second = contest
    run = leveling_request(actor=world.pm_alice)
    run.refresh_from_db()
    wanted = run.moves.get(hold=True).leveled_start
    with pytest.raises(PermissionDenied):
        leveling_apply(actor=world.pm_alice, run=run, version=run.version)
    leveling_apply(actor=world.admin_ada, run=run, version=run.version, reason="Agreed with ops")
    run.refresh_from_db()
    assert run.status == RunStatus.APPLIED and run.decided_by == world.admin_ada
    batch = batch_of(second)
    assert batch.leveled_start == wanted and batch.early_start == wanted
    assert overloaded_days(a1, first.start_date) == 0
    leveled = AuditEvent.objects.filter(action="planning.task.leveled", target_id=str(batch.pk))
    assert leveled.exists()
    applied = AuditEvent.objects.get(action="capacity.leveling.applied", target_id=str(run.pk))
    assert applied.reason == "Agreed with ops"
    with pytest.raises(ValidationError, match="only a proposal"):
        leveling_apply(actor=world.admin_ada, run=run, version=run.version)


def test_a_committed_project_keeps_its_dates(world, contest):
    a1, first, second = contest
    plans.baseline_save(
        actor=world.pm_alice,
        project=second,
        name="Contract baseline",
        username=world.pm_alice.username,
        password=PASSWORD,
        acknowledge=True,
    )
    run = leveling_request(actor=world.pm_alice)
    run.refresh_from_db()
    assert {m.project for m in run.moves.filter(hold=True)} == {first}
    assert run.summary["priorities"]["BOR-LVL"] == "Committed dates (baselined)"


def test_a_proposal_on_plans_that_changed_since_is_refused_and_marked_out_of_date(world, contest):
    a1, first, second = contest
    run = leveling_request(actor=world.pm_alice)
    run.refresh_from_db()
    task = batch_of(first)
    plans.task_update(actor=world.pm_alice, task=task, version=task.version, duration_days=6)
    with pytest.raises(ValidationError, match="out of date"):
        leveling_apply(actor=world.admin_ada, run=run, version=run.version)
    run.refresh_from_db()
    assert run.status == RunStatus.SUPERSEDED  # kept although the apply was refused
    assert Task.objects.filter(leveled_start__isnull=False).count() == 0


def test_a_later_run_releases_holds_that_are_no_longer_needed(world, contest):
    a1, first, second = contest
    run = leveling_request(actor=world.pm_alice)
    run.refresh_from_db()
    leveling_apply(actor=world.admin_ada, run=run, version=run.version)
    a1.capacity, a1.version = 2, a1.version + 1  # a second suite is released for use
    a1.save()
    again = leveling_request(actor=world.pm_alice)
    again.refresh_from_db()
    assert again.summary["overloads_before"] == []
    leveling_apply(actor=world.admin_ada, run=again, version=again.version)
    batch = batch_of(second)
    assert batch.leveled_start is None
    assert batch.early_start == batch_of(second).early_start  # back where its logic puts it
    assert (
        AuditEvent.objects.filter(action="planning.task.leveled", target_id=str(batch.pk)).count()
        == 2
    )


def test_discarding_needs_a_reason_and_changes_no_plan(world, contest):
    run = leveling_request(actor=world.pm_alice)
    run.refresh_from_db()
    with pytest.raises(ValidationError, match="why"):
        leveling_discard(actor=world.admin_ada, run=run, version=run.version, reason=" ")
    leveling_discard(actor=world.admin_ada, run=run, version=run.version, reason="Ops reshuffle")
    run.refresh_from_db()
    assert run.status == RunStatus.DISCARDED
    assert Task.objects.filter(leveled_start__isnull=False).count() == 0


def test_only_staff_with_the_permission_start_a_run_and_one_runs_at_a_time(world, contest):
    with pytest.raises(PermissionDenied):
        leveling_request(actor=world.sponsor_a_manager)
    LevelingRun.objects.create(
        requested_by=world.pm_alice, from_date=clock.today(), status=RunStatus.RUNNING
    )
    with pytest.raises(ValidationError, match="still running"):
        leveling_request(actor=world.pm_alice)


def test_the_pages_show_the_proposal_and_export_it(world, contest):
    a1, first, second = contest
    staff = client_for(world.pm_alice)
    response = staff.post(reverse("capacity:leveling_list"), {"site": "", "note": "Weekly"})
    run = LevelingRun.objects.get()
    assert response.status_code == 302
    page = staff.get(reverse("capacity:leveling_detail", args=[run.pk])).content.decode()
    assert "BOR-LVL" in page and "VSP-SUITE-A1" in page and "GMP batch manufacture" in page
    assert "Apply to the plans" not in page  # a project manager cannot decide
    admin_page = client_for(world.admin_ada).get(reverse("capacity:leveling_detail", args=[run.pk]))
    assert "Apply to the plans" in admin_page.content.decode()
    csv = staff.get(reverse("capacity:leveling_export", args=[run.pk, "csv"])).content.decode()
    assert "GMP batch manufacture" in csv and "BOR-LVL" in csv and "VSP-SUITE-A1" in csv
    listing = staff.get(reverse("capacity:leveling_list"), {"status": "proposed"}).content.decode()
    assert f"Run {run.pk}" in listing
    empty = staff.get(reverse("capacity:leveling_list"), {"status": "applied"}).content.decode()
    assert f"Run {run.pk}" not in empty and "No run matches" in empty
    sponsor = client_for(world.sponsor_a_manager)
    assert sponsor.get(reverse("capacity:leveling_list")).status_code == 403


def test_a_sponsor_sees_its_own_outcome_once_applied(world, contest):
    a1, first, second = contest
    run = leveling_request(actor=world.pm_alice)
    run.refresh_from_db()
    b = client_for(world.sponsor_b_manager)
    url = reverse("capacity:project_leveling", args=[second.pk])
    assert "has not changed" in b.get(url).content.decode()  # proposed only: nothing yet
    leveling_apply(actor=world.admin_ada, run=run, version=run.version)
    page = b.get(url).content.decode()
    assert "QA release" in page and "Run " not in page and "VSP-SUITE-A1" not in page
    assert b.get(reverse("capacity:project_leveling", args=[first.pk])).status_code == 404
    assert client_for(world.sponsor_a_manager).get(url).status_code == 404


def test_a_plan_change_that_overloads_a_resource_is_named_before_saving(world):
    from accord.capacity.conflicts import plan_change_conflicts

    a1 = suite(world)
    first = project_with_batch(world, world.sponsor_a, "AUR-LVL")
    second = project_with_batch(world, world.sponsor_b, "BOR-LVL", lead_days=10)
    for project in (first, second):
        TaskDemand.objects.create(task=batch_of(project), resource=a1, units=1)
    assert overloaded_days(a1, first.start_date) == 0  # Borealis's batch comes a week later
    prep = Task.objects.get(project=second, name="Batch record and materials")
    conflicts = plan_change_conflicts(second, {prep.pk: {"duration_days": 4}})
    assert len(conflicts) == 1
    conflict = conflicts[0]
    assert conflict.resource == a1 and (conflict.asked, conflict.has) == (2, 1)
    assert conflict.projects == ("BOR-LVL", "AUR-LVL")
    assert conflict.tasks == ("2 GMP batch manufacture",)
    assert "with AUR-LVL" in conflict.sentence
    # A change that keeps the batches apart conflicts with nothing; nothing was written.
    assert plan_change_conflicts(second, {prep.pk: {"duration_days": 12}}) == []
    assert Task.objects.get(pk=prep.pk).duration_days == 10


def test_the_project_team_hears_of_an_applied_run_and_the_tab_shows_it(world, contest):
    a1, first, second = contest
    run = leveling_request(actor=world.pm_alice)
    run.refresh_from_db()
    leveling_apply(actor=world.admin_ada, run=run, version=run.version)
    told = Notification.objects.filter(kind="leveling_applied", recipient=world.pm_alice)
    assert [n.title for n in told] == ["BOR-LVL: leveling moved 2 tasks of the plan"]
    assert not Notification.objects.filter(kind="leveling_applied", recipient=world.admin_ada)
    page = client_for(world.pm_alice).get(reverse("planning:plan", args=[second.pk]))
    assert reverse("capacity:project_leveling", args=[second.pk]) in page.content.decode()


def test_the_task_page_names_the_conflict_and_saves_only_when_confirmed(world):
    a1 = suite(world)
    first = project_with_batch(world, world.sponsor_a, "AUR-LVL")
    second = project_with_batch(world, world.sponsor_b, "BOR-LVL", lead_days=10)
    for project in (first, second):
        TaskDemand.objects.create(task=batch_of(project), resource=a1, units=1)
    prep = Task.objects.get(project=second, name="Batch record and materials")
    staff = client_for(world.pm_alice)
    url = reverse("planning:task_edit", args=[prep.pk])
    form = {
        "name": prep.name,
        "kind": prep.kind,
        "duration_days": 4,
        "version": prep.version,
        "calendar": "project",
        "percent_complete": 0,
        "reason": "Materials early",
    }
    shown = staff.post(url, form)
    page = shown.content.decode()
    assert shown.status_code == 200 and "would ask resources for more than they have" in page
    assert "VSP-SUITE-A1" in page and "with AUR-LVL" in page
    assert Task.objects.get(pk=prep.pk).duration_days == 10  # not saved
    token = page.split('name="capacity_confirmed" value="')[1].split('"')[0]
    # A different change than the one shown is checked again, not saved blind.
    again = staff.post(url, {**form, "duration_days": 3, "capacity_confirmed": token})
    assert "would ask resources" in again.content.decode()
    saved = staff.post(url, {**form, "capacity_confirmed": token})
    assert saved.status_code == 302
    assert Task.objects.get(pk=prep.pk).duration_days == 4
