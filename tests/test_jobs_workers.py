"""Background jobs on real worker processes (`accord worker`, each a django-q2 cluster) on
the test database: exactly once with two workers, a killed worker, a poison job, a killed
schedule-risk run, the periodic schedule with two workers, and the commit boundary.

Each counting job leaves one audit event, so "ran exactly once" is counted in a table.
These tests commit their data (transaction=True) and run on SQLite (a file shared with the
workers) and PostgreSQL alike.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import time

import pytest
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django_q.models import Schedule

from accord.audit.models import AuditEvent
from accord.core import jobs
from accord.core.models import Job
from accord.planning import simulations
from accord.planning.models import Simulation
from tests import workers
from tests.conftest import client_for
from tests.test_planning import _plan
from tests.workers import running_workers, wait_for

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _queue(settings):
    settings.ACCORD_JOBS = "queue"


def _runs(key: str):
    return AuditEvent.objects.filter(action=workers.RAN, target_id=key)


def _pid(job: Job) -> int:
    return int(job.worker.rsplit(":", 1)[1])


def test_two_workers_run_each_of_200_jobs_exactly_once(tmp_path):
    with transaction.atomic():
        for number in range(200):
            jobs.enqueue(workers.record, f"job-{number}", name=f"Count {number}")
    counting = Job.objects.filter(periodic="")  # not the periodic sweeps
    with running_workers(2, tmp_path) as clusters:
        finished = counting.filter(status__in=(Job.Status.DONE, Job.Status.FAILED))
        wait_for(lambda: finished.count() == 200, timeout=180)
        assert not counting.exclude(status=Job.Status.DONE).exists()
        # Both workers took jobs (each job names the process that ran it).
        groups = {os.getpgid(_pid(job)) for job in counting}
        assert groups == {cluster.pid for cluster in clusters}
    ran = AuditEvent.objects.filter(action=workers.RAN)
    assert ran.count() == 200
    assert len(set(ran.values_list("target_id", flat=True))) == 200
    assert set(counting.values_list("attempts", flat=True)) == {1}


def test_a_committed_job_runs_with_its_requester_and_a_rolled_back_one_never(world, tmp_path):
    with pytest.raises(RuntimeError), transaction.atomic():
        jobs.enqueue(workers.record, "rolled-back", world.pm_alice.pk)
        raise RuntimeError("the service failed after asking for the job")
    with transaction.atomic():
        job = jobs.enqueue(
            workers.record, "committed", world.pm_alice.pk, requested_by=world.pm_alice
        )
    with running_workers(1, tmp_path, ACCORD_JOBS_WORKERS="1"):
        wait_for(lambda: Job.objects.get(pk=job.pk).status == Job.Status.DONE)
    event = _runs("committed").get()
    assert event.channel == "job" and event.actor_id == world.pm_alice.pk
    assert event.request_id == f"job-{job.pk}"
    assert not _runs("rolled-back").exists()
    # The rolled-back job left no row (the world's own e-mail jobs are not this test's).
    assert list(Job.objects.filter(func=job.func)) == [job]


def test_a_job_whose_worker_is_killed_runs_again_and_finishes(tmp_path):
    job = jobs.enqueue(workers.sleep_then_record, "slow", 2.0, name="A slow job")
    with running_workers(1, tmp_path, ACCORD_JOBS_WORKERS="1") as clusters:
        running = wait_for(lambda: Job.objects.filter(pk=job.pk, status=Job.Status.RUNNING).first())
        os.kill(_pid(running), signal.SIGKILL)  # the worker process dies mid-job
        wait_for(lambda: jobs.jobs_recover() >= 0 and _done(job), timeout=60, every=0.3)
        assert clusters[0].poll() is None  # the worker replaced its dead process
    job.refresh_from_db()
    assert job.attempts == 2 and job.error == ""
    assert _runs("slow").count() == 1


def _done(job: Job) -> bool:
    return Job.objects.filter(pk=job.pk, status=Job.Status.DONE).exists()


def test_a_job_that_kills_its_worker_every_time_is_failed_with_the_reason(tmp_path):
    seen: list[dict] = []

    def heard(sender, **kwargs) -> None:
        seen.append(kwargs)

    jobs.job_finished.connect(heard)
    job = jobs.enqueue(workers.stop_own_worker, name="A poison job")
    with running_workers(1, tmp_path, ACCORD_JOBS_WORKERS="1") as clusters:

        def failed() -> bool:
            jobs.jobs_recover()  # the periodic sweep, run here at once
            return Job.objects.filter(pk=job.pk, status=Job.Status.FAILED).exists()

        wait_for(failed, timeout=90, every=0.3)
        time.sleep(1.5)  # a while longer: nobody starts it again
        assert clusters[0].poll() is None
    job.refresh_from_db()
    assert job.attempts == 3 and job.status == Job.Status.FAILED
    assert job.error == "The worker stopped while running it, 3 attempts."
    assert [(s["job_name"], s["ok"]) for s in seen] == [("A poison job", False)]
    jobs.job_finished.disconnect(heard)


def test_a_schedule_risk_run_whose_worker_is_killed_is_run_again(world, tmp_path, monkeypatch):
    _plan(world)
    monkeypatch.setattr(simulations, "INLINE_CELLS", 10)  # every run goes to the queue
    run = simulations.simulation_request(
        actor=world.pm_alice,
        project=world.project_a,
        iterations=250_000,
        distribution="pert",
        seed=5,
    )
    client = client_for(world.pm_alice)
    progress = reverse("planning:simulation_progress", args=[world.project_a.pk, run.pk])
    with running_workers(1, tmp_path, ACCORD_JOBS_WORKERS="1"):
        wait_for(
            lambda: Simulation.objects.filter(pk=run.pk, status="running").exists(), every=0.01
        )
        job = jobs.job_for(simulations.simulation_execute, run.pk)
        os.kill(_pid(job), signal.SIGKILL)

        def finished() -> bool:  # the page polls; a stopped worker is noticed there
            client.get(progress)
            return Simulation.objects.filter(pk=run.pk, status="done").exists()

        wait_for(finished, timeout=90, every=0.5)
    job.refresh_from_db()
    assert job.attempts == 2 and job.status == Job.Status.DONE
    run.refresh_from_db()
    assert run.done_iterations == 250_000 and run.result["iterations"] == 250_000
    completed = AuditEvent.objects.get(action="planning.simulation.completed")
    assert completed.channel == "job" and completed.actor_id == world.pm_alice.pk
    again = simulations.simulation_request(
        actor=world.pm_alice, project=world.project_a, iterations=1000, distribution="pert", seed=6
    )
    assert again.status == Simulation.Status.QUEUED  # nothing blocks the plan


def test_a_periodic_entry_runs_once_per_period_with_two_workers(tmp_path):
    recover = Schedule.objects.filter(name="core.jobs.recover")
    runs = Job.objects.filter(periodic="core.jobs.recover")
    recover.update(next_run=timezone.now() - dt.timedelta(seconds=1))
    with running_workers(2, tmp_path):
        for period in (1, 2):
            wait_for(lambda period=period: runs.count() >= period)
            time.sleep(2.2)  # both schedulers looked at least twice more
            assert runs.count() == period
            assert recover.get().next_run > timezone.now()  # taken for this period
            recover.update(next_run=timezone.now() - dt.timedelta(seconds=1))  # the next one
    assert set(runs.values_list("status", flat=True)) == {Job.Status.DONE}
