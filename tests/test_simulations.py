"""Schedule risk runs: staff run them, everyone on the project sees the result, large
runs go to the job queue with progress, and a dead worker is noticed. Runs on real worker
processes (one killed mid-run): test_jobs_workers.py."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from accord.audit.models import AuditEvent
from accord.core import jobs
from accord.core.models import Job
from accord.planning import simulations
from accord.planning.models import Simulation, Task
from accord.scheduling import Activity, Link, Network, ThreePoint, simulate
from tests.conftest import client_for
from tests.test_planning import _plan


def _p80(html: str) -> str:
    return html.split('data-testid="p80">')[1].split("<")[0]


def test_staff_run_a_simulation_and_the_sponsor_sees_the_same_figures(world):
    _plan(world)
    url = reverse("planning:risk", args=[world.project_a.pk])
    sponsor = client_for(world.sponsor_a_manager)
    empty = sponsor.get(url).content.decode()
    assert "has not published a schedule risk simulation yet" in empty
    assert "Run simulation" not in empty  # sponsors do not start runs

    pm = client_for(world.pm_alice)
    response = pm.post(url, {"iterations": 1000, "distribution": "pert", "seed": 7})
    assert response.status_code == 302
    run = Simulation.objects.get()
    assert response["Location"].endswith(f"?run={run.pk}")
    assert run.status == Simulation.Status.DONE and run.done_iterations == 1000
    assert run.task_count == Task.objects.filter(project=world.project_a).count()

    staff_page = pm.get(response["Location"]).content.decode()
    sponsor_page = sponsor.get(url).content.decode()  # the latest finished run
    assert _p80(staff_page) == _p80(sponsor_page)
    assert "Chance to finish by the committed" in sponsor_page and '"tornado"' in sponsor_page
    assert f"seed 7 · asked for by {world.pm_alice.printed_name}" in sponsor_page

    # The same seed on the same plan gives the same figures.
    again = simulations.simulation_request(
        actor=world.pm_alice, project=world.project_a, iterations=1000, distribution="pert", seed=7
    )
    assert again.result["percentiles"] == run.result["percentiles"]
    completed = AuditEvent.objects.filter(action="planning.simulation.completed")
    assert completed.count() == 2
    headline = json.loads(completed.first().changes)["result"][1]
    assert headline["P80"] == run.result["percentiles"]["P80"]
    assert AuditEvent.objects.filter(action="planning.simulation.requested").count() == 2


def test_sponsors_cannot_start_runs_and_bad_settings_are_named(world):
    _plan(world)
    url = reverse("planning:risk", args=[world.project_a.pk])
    assert client_for(world.sponsor_a_manager).post(url, {"iterations": 1000}).status_code == 403
    with pytest.raises(PermissionDenied):
        simulations.simulation_request(
            actor=world.sponsor_a_manager,
            project=world.project_a,
            iterations=1000,
            distribution="pert",
            seed=1,
        )
    bad = client_for(world.pm_alice).post(url, {"iterations": 7, "seed": -1, "distribution": "x"})
    html = bad.content.decode()
    assert bad.status_code == 200 and "Select a valid choice" in html
    with pytest.raises(ValidationError) as error:
        simulations.simulation_request(
            actor=world.pm_alice, project=world.project_a, iterations=5, distribution="x", seed=-1
        )
    assert set(error.value.message_dict) == {"iterations", "distribution", "seed"}
    assert not Simulation.objects.exists()


def test_a_project_without_a_plan_cannot_be_simulated(world):
    with pytest.raises(ValidationError, match="no plan to simulate"):
        simulations.simulation_request(
            actor=world.pm_alice,
            project=world.project_a,
            iterations=1000,
            distribution="pert",
            seed=1,
        )
    page = client_for(world.pm_alice).get(reverse("planning:risk", args=[world.project_a.pk]))
    assert "This project has no plan to simulate yet" in page.content.decode()


def test_a_large_run_goes_to_the_background_and_reports_progress(world, settings, monkeypatch):
    _plan(world)
    monkeypatch.setattr(simulations, "INLINE_CELLS", 10)  # every run counts as large
    settings.ACCORD_JOBS = "queue"  # no worker in this test: the job waits in the queue
    run = simulations.simulation_request(
        actor=world.pm_alice,
        project=world.project_a,
        iterations=10_000,
        distribution="pert",
        seed=3,
    )
    assert run.status == Simulation.Status.QUEUED
    job = Job.objects.get()
    assert job.name == f"Schedule risk run {run.pk} of {world.project_a.code} (10,000 iterations)"
    assert job.url == f"{reverse('planning:risk', args=[world.project_a.pk])}?run={run.pk}"
    assert job.requested_by == world.pm_alice and job.status == Job.Status.QUEUED
    client = client_for(world.pm_alice)
    page = client.get(reverse("planning:risk", args=[world.project_a.pk])).content.decode()
    progress_url = reverse("planning:simulation_progress", args=[world.project_a.pk, run.pk])
    assert f'hx-get="{progress_url}"' in page and 'aria-valuenow="0"' in page
    assert "Waiting for a background worker" in page
    assert "Run simulation</button>" in page and "disabled" in page  # one run at a time
    with pytest.raises(ValidationError, match="already running"):
        simulations.simulation_request(
            actor=world.pm_alice,
            project=world.project_a,
            iterations=1000,
            distribution="pert",
            seed=1,
        )

    Simulation.objects.filter(pk=run.pk).update(
        status=Simulation.Status.RUNNING, done_iterations=4000, heartbeat_at=timezone.now()
    )
    Job.objects.filter(pk=job.pk).update(
        status=Job.Status.RUNNING, attempts=1, heartbeat_at=timezone.now()
    )
    fragment = client.get(progress_url).content.decode()
    assert 'aria-valuenow="40"' in fragment and "4,000 done" in fragment
    Job.objects.filter(pk=job.pk).update(status=Job.Status.QUEUED, attempts=0)

    jobs.execute(job.pk)  # what the worker does with the job's message
    run.refresh_from_db()
    assert run.status == Simulation.Status.DONE and run.done_iterations == 10_000
    job.refresh_from_db()
    assert job.status == Job.Status.DONE and job.attempts == 1
    completed = AuditEvent.objects.get(action="planning.simulation.completed")
    assert completed.channel == "job" and completed.actor_id == world.pm_alice.pk
    done = client.get(progress_url, headers={"HX-Request": "true"})
    assert done.status_code == 204
    assert done["HX-Redirect"].endswith(f"?run={run.pk}")
    jobs.execute(job.pk)  # a second delivery of the same job does nothing
    simulations.simulation_execute(run.pk)  # nor does running a finished run again
    assert AuditEvent.objects.filter(action="planning.simulation.completed").count() == 1


def test_a_run_whose_job_failed_for_good_is_failed_and_frees_the_plan(world, settings, monkeypatch):
    _plan(world)
    monkeypatch.setattr(simulations, "INLINE_CELLS", 10)
    settings.ACCORD_JOBS = "queue"
    run = simulations.simulation_request(
        actor=world.pm_alice, project=world.project_a, iterations=1000, distribution="pert", seed=1
    )
    long_ago = timezone.now() - dt.timedelta(minutes=5)
    Job.objects.update(
        status=Job.Status.RUNNING, attempts=3, heartbeat_at=long_ago, started_at=long_ago
    )
    Simulation.objects.filter(pk=run.pk).update(status=Simulation.Status.RUNNING)
    client = client_for(world.pm_alice)
    url = reverse("planning:simulation_progress", args=[world.project_a.pk, run.pk])
    assert "Failed" in client.get(url).content.decode()  # noticed on the next poll
    run.refresh_from_db()
    assert run.status == Simulation.Status.FAILED
    assert run.error == "The worker stopped while running it, 3 attempts."
    failed = AuditEvent.objects.get(action="planning.simulation.failed")
    assert failed.actor_id == world.pm_alice.pk
    again = simulations.simulation_request(
        actor=world.pm_alice, project=world.project_a, iterations=1000, distribution="pert", seed=2
    )
    assert again.status == Simulation.Status.QUEUED  # the plan is free for a new run

    # An administrator retries the failed job: refused while another run is active.
    job = jobs.job_for(simulations.simulation_execute, run.pk)
    with pytest.raises(ValidationError, match="Another simulation of"):
        jobs.job_retry(actor=world.admin_ada, job=job)
    Simulation.objects.filter(pk=again.pk).update(status=Simulation.Status.DONE)
    settings.ACCORD_JOBS = "inline"
    jobs.job_retry(actor=world.admin_ada, job=job)
    run.refresh_from_db()
    assert run.status == Simulation.Status.DONE and run.error == ""
    assert AuditEvent.objects.filter(action="planning.simulation.retried").count() == 1


def test_a_run_from_before_the_job_queue_that_stopped_reporting_is_failed(world):
    _plan(world)
    run = Simulation.objects.create(
        project=world.project_a,
        requested_by=world.pm_alice,
        iterations=250_000,
        distribution="pert",
        seed=1,
        status=Simulation.Status.RUNNING,
    )
    long_ago = timezone.now() - dt.timedelta(minutes=10)
    Simulation.objects.filter(pk=run.pk).update(created_at=long_ago, heartbeat_at=long_ago)
    client = client_for(world.pm_alice)
    url = reverse("planning:simulation_progress", args=[world.project_a.pk, run.pk])
    assert "Failed" in client.get(url).content.decode()
    run.refresh_from_db()
    assert run.status == Simulation.Status.FAILED and "stopped reporting" in run.error
    page = client.get(reverse("planning:risk", args=[world.project_a.pk]), {"run": run.pk})
    assert "failed: The run stopped reporting" in page.content.decode()
    assert AuditEvent.objects.filter(action="planning.simulation.failed").count() == 1


def test_another_projects_run_is_not_found(world):
    _plan(world)
    run = simulations.simulation_request(
        actor=world.pm_alice, project=world.project_a, iterations=1000, distribution="pert", seed=1
    )
    client = client_for(world.pm_alice)
    other = reverse("planning:risk", args=[world.project_b.pk])
    assert client.get(other, {"run": run.pk}).status_code == 404
    assert client.get(other, {"run": "x"}).status_code == 404


def test_the_engine_reports_progress_per_batch():
    network = Network(
        activities=[
            Activity("a", "A", 5, estimate=ThreePoint(3, 5, 9)),
            Activity("b", "B", 4, estimate=ThreePoint(2, 4, 8)),
        ],
        links=[Link("a", "b")],
        project_start=dt.date(2026, 1, 5),
    )
    calls: list[tuple[int, int]] = []
    result = simulate(
        network, iterations=1000, seed=1, batch=300, progress=lambda d, t: calls.append((d, t))
    )
    assert calls == [(300, 1000), (600, 1000), (900, 1000), (1000, 1000)]
    assert result.iterations == 1000
