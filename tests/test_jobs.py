"""Background jobs in one process: the job record, transactions, retries, the recovery
sweep, the schedule and the jobs page. Real worker processes: test_jobs_workers.py."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django_q.models import OrmQ, Schedule

from accord.audit.models import AuditEvent
from accord.core import jobs, periodic
from accord.core.models import Job
from tests import workers
from tests.conftest import client_for


@pytest.fixture
def finished_signals():
    seen: list[dict] = []

    def receiver(sender, **kwargs):
        seen.append(kwargs)

    jobs.job_finished.connect(receiver)
    yield seen
    jobs.job_finished.disconnect(receiver)


def test_an_inline_job_runs_through_the_job_record_under_the_job_channel(world, finished_signals):
    job = jobs.enqueue(
        workers.record,
        "inline",
        world.pm_alice.pk,
        requested_by=world.pm_alice,
        name="Record a mark",
        url="/somewhere/",
    )
    job.refresh_from_db()
    assert (job.status, job.attempts, job.requested_by) == (Job.Status.DONE, 1, world.pm_alice)
    event = AuditEvent.objects.get(action=workers.RAN)
    assert event.channel == "job" and event.actor_id == world.pm_alice.pk
    assert event.request_id == f"job-{job.pk}"
    assert finished_signals == [
        {
            "signal": jobs.job_finished,
            "job_name": "Record a mark",
            "requested_by": world.pm_alice,
            "ok": True,
            "error": "",
            "url": "/somewhere/",
            "job": finished_signals[0]["job"],
        }
    ]


def test_a_failing_job_is_tried_up_to_its_attempts_then_failed_with_the_error(
    world, finished_signals
):
    job = jobs.enqueue(workers.fail, "the balance is offline", requested_by=world.pm_alice)
    job.refresh_from_db()
    assert job.status == Job.Status.FAILED and job.attempts == 3
    assert job.error == "RuntimeError: the balance is offline"
    assert len(finished_signals) == 1  # once, when it ended for good
    assert finished_signals[0]["ok"] is False
    assert finished_signals[0]["error"] == "RuntimeError: the balance is offline"


def test_enqueue_refuses_what_a_worker_could_not_run(world):
    with pytest.raises(ValueError, match="module-level function"):
        jobs.enqueue(lambda: None)
    with pytest.raises(ValueError, match="plain JSON values"):
        jobs.enqueue(workers.record, world.pm_alice)
    assert not Job.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_job_reaches_the_queue_only_when_its_transaction_commits(settings):
    settings.ACCORD_JOBS = "queue"
    with pytest.raises(RuntimeError), transaction.atomic():
        jobs.enqueue(workers.record, "rolled back")
        raise RuntimeError("the service failed after asking for the job")
    assert not Job.objects.exists() and not OrmQ.objects.exists()

    with transaction.atomic():
        job = jobs.enqueue(workers.record, "committed")
        assert not _seen_by_another_connection(job.pk)  # a worker cannot see it yet
    assert _seen_by_another_connection(job.pk)
    assert OrmQ.objects.count() == 1
    job.refresh_from_db()
    assert job.status == Job.Status.QUEUED  # waiting for a worker (test_jobs_workers.py)


def _seen_by_another_connection(job_id: int) -> bool:
    """What a worker's own connection sees (a thread has a connection of its own)."""
    import threading

    from django.db import connection

    seen: list[bool] = []

    def look() -> None:
        try:
            seen.append(Job.objects.filter(pk=job_id).exists())
        finally:
            connection.close()

    thread = threading.Thread(target=look)
    thread.start()
    thread.join()
    return seen[0]


def _running(world, *, attempts: int, stale: bool = True) -> Job:
    beat = timezone.now() - dt.timedelta(minutes=5 if stale else 0)
    return Job.objects.create(
        name="Schedule risk run 7 of AUR-101",
        func="tests.workers.record",
        args=["recovered"],
        requested_by=world.pm_alice,
        status=Job.Status.RUNNING,
        attempts=attempts,
        worker="node-1:4242",
        started_at=beat,
        heartbeat_at=beat,
    )


def test_the_recovery_sweep_sends_again_a_job_whose_worker_stopped(world, settings):
    settings.ACCORD_JOBS = "queue"
    job = _running(world, attempts=1)
    alive = _running(world, attempts=1, stale=False)
    assert jobs.jobs_recover() == 1
    job.refresh_from_db()
    assert job.status == Job.Status.QUEUED and job.worker == ""
    assert job.error == "The worker stopped while running it, 1 attempt. It is tried again."
    assert OrmQ.objects.count() == 1  # a new message for it
    alive.refresh_from_db()
    assert alive.status == Job.Status.RUNNING  # its heartbeat is fresh: left alone


def test_after_its_last_attempt_a_job_whose_worker_stopped_is_failed_with_the_reason(
    world, settings, finished_signals
):
    settings.ACCORD_JOBS = "queue"
    job = _running(world, attempts=3)
    assert jobs.jobs_recover() == 1
    job.refresh_from_db()
    assert job.status == Job.Status.FAILED and job.finished_at is not None
    assert job.error == "The worker stopped while running it, 3 attempts."
    assert not OrmQ.objects.exists()
    assert [s["ok"] for s in finished_signals] == [False]
    assert jobs.jobs_recover() == 0  # never failed twice


def test_a_job_pausing_after_a_failed_attempt_is_sent_when_its_pause_is_over(world, settings):
    settings.ACCORD_JOBS = "queue"
    job = Job.objects.create(
        name="Send an e-mail",
        func="tests.workers.record",
        args=["later"],
        attempts=1,
        retry_at=timezone.now() + dt.timedelta(minutes=1),
    )
    assert jobs.jobs_recover() == 0 and not OrmQ.objects.exists()
    Job.objects.filter(pk=job.pk).update(retry_at=timezone.now() - dt.timedelta(seconds=1))
    assert jobs.jobs_recover() == 1 and OrmQ.objects.count() == 1
    settings.ACCORD_JOBS = "inline"
    jobs.execute(job.pk)  # what the worker does with the message
    job.refresh_from_db()
    assert job.status == Job.Status.DONE and job.attempts == 2


def test_a_second_delivery_of_a_finished_job_does_nothing(world):
    job = jobs.enqueue(workers.record, "once")
    jobs.execute(job.pk)
    assert AuditEvent.objects.filter(action=workers.RAN).count() == 1


def test_the_schedule_table_holds_every_entry_once(db, monkeypatch):
    jobs.schedule_sync()
    jobs.schedule_sync()  # a second worker starting
    rows = Schedule.objects.filter(func=jobs.SCHEDULED_FUNC)
    assert sorted(rows.values_list("name", flat=True)) == sorted(e.name for e in periodic.SCHEDULE)
    recover = rows.get(name="core.jobs.recover")
    assert (recover.schedule_type, recover.minutes) == (Schedule.MINUTES, 1)
    purge = rows.get(name="core.jobs.purge")
    assert purge.schedule_type == Schedule.DAILY
    assert timezone.localtime(purge.next_run).strftime("%H:%M") == "03:15"

    monkeypatch.setattr(periodic, "SCHEDULE", periodic.SCHEDULE[:1])  # an entry was removed
    jobs.schedule_sync()
    assert list(rows.values_list("name", flat=True)) == ["core.jobs.recover"]


def test_a_periodic_entry_is_a_whole_number_of_minutes():
    with pytest.raises(ValueError, match="whole number of minutes"):
        periodic.Periodic("x.y", "x.y", "Too often", every=dt.timedelta(seconds=30))
    with pytest.raises(ValueError, match="either every= or daily_at="):
        periodic.Periodic("x.y", "x.y", "Both", every=dt.timedelta(minutes=5), daily_at=dt.time(1))


def test_a_scheduled_run_is_a_job_named_for_people(world):
    jobs.run_scheduled("core.jobs.recover")
    job = Job.objects.get(periodic="core.jobs.recover")
    assert job.status == Job.Status.DONE and job.requested_by is None
    assert job.name == "Recover background jobs whose worker stopped, and retry failed attempts"


def test_the_purge_deletes_old_finished_jobs_and_says_so_in_the_audit_trail(world):
    old = timezone.now() - dt.timedelta(days=40)
    kept = jobs.enqueue(workers.record, "recent")
    gone = jobs.enqueue(workers.record, "old")
    periodic_run = Job.objects.create(
        name="Sweep", func="x.y", periodic="core.jobs.recover", status=Job.Status.DONE
    )
    Job.objects.filter(pk=gone.pk).update(finished_at=old)
    Job.objects.filter(pk=periodic_run.pk).update(finished_at=old + dt.timedelta(days=37))
    assert jobs.jobs_purge() == 2
    assert list(Job.objects.values_list("pk", flat=True)) == [kept.pk]
    event = AuditEvent.objects.get(action="core.job.purged")
    assert event.channel != "ui" and event.actor_id is None


# The jobs page


def test_an_administrator_sees_jobs_and_the_schedule_and_retries_a_failed_one(
    world, finished_signals
):
    jobs.schedule_sync()
    failed = jobs.enqueue(
        workers.fail, "SMTP server down", requested_by=world.pm_alice, name="E-mail to Aurora"
    )
    jobs.enqueue(workers.record, "fine", requested_by=world.pm_alice, name="Mark the batch record")
    jobs.run_scheduled("core.jobs.recover")
    client = client_for(world.admin_ada)
    page = client.get(reverse("jobs:list")).content.decode()
    assert "E-mail to Aurora" in page and "Mark the batch record" in page
    assert "RuntimeError: SMTP server down" in page and world.pm_alice.printed_name in page
    assert "Recover background jobs whose worker stopped" in page  # the schedule
    assert "Every minute" in page and "Daily at 03:15" in page
    assert "Sweep" not in page

    only_failed = client.get(reverse("jobs:list"), {"status": "failed"}).content.decode()
    assert "E-mail to Aurora" in only_failed and "Mark the batch record" not in only_failed
    found = client.get(reverse("jobs:list"), {"q": "batch"}).content.decode()
    assert "Mark the batch record" in found and "E-mail to Aurora" not in found
    periodic_only = client.get(reverse("jobs:list"), {"origin": "periodic"}).content.decode()
    assert "the schedule" in periodic_only and "E-mail to Aurora" not in periodic_only

    detail = client.get(reverse("jobs:detail", args=[failed.pk])).content.decode()
    assert "3 of 3 attempts" in detail and "Retry" in detail

    workers_fail_once = AuditEvent.objects.filter(action="core.job.retried")
    response = client.post(reverse("jobs:retry", args=[failed.pk]))
    assert response.status_code == 302
    failed.refresh_from_db()
    # Run again at once (inline) with fresh attempts: it fails again, 3 more attempts.
    assert failed.status == Job.Status.FAILED and failed.attempts == 3
    event = workers_fail_once.get()
    assert event.actor_id == world.admin_ada.pk and event.target_label == "E-mail to Aurora"
    done = jobs.enqueue(workers.record, "done")
    refused = client.post(reverse("jobs:retry", args=[done.pk]), follow=True).content.decode()
    assert "Only a failed job can be retried" in refused


def test_people_who_do_not_administer_get_403_on_the_jobs_page(world):
    job = jobs.enqueue(workers.fail, "x", requested_by=world.pm_alice)
    for person in (world.sponsor_a_manager, world.sponsor_b_contact, world.pm_alice):
        client = client_for(person)
        assert client.get(reverse("jobs:list")).status_code == 403
        assert client.get(reverse("jobs:detail", args=[job.pk])).status_code == 403
        assert client.post(reverse("jobs:retry", args=[job.pk])).status_code == 403
    job.refresh_from_db()
    assert job.status == Job.Status.FAILED


def test_the_navigation_shows_background_jobs_to_administrators_only(world):
    assert (
        "Background jobs" in client_for(world.admin_ada).get(reverse("home:work")).content.decode()
    )
    assert "Background jobs" not in (
        client_for(world.pm_alice).get(reverse("home:work")).content.decode()
    )
