"""Background jobs: the one door every app uses to run work outside the request.

``enqueue(func, *args, requested_by=user)`` runs ``func(*args)`` in a worker once the
current transaction commits, under the ``job`` audit channel. Arguments are plain,
JSON-ready values (ids, not model instances), so a queued job survives a restart of every
process.

The queue is django-q2 with its database broker (docs/operations.md says why): the job's
row and its queue message are written in the caller's transaction, so a worker sees the job
only once that transaction commits and a rolled-back transaction leaves nothing. A worker
claims a job with a conditional update, so a job runs once however many workers hold its
message. While it runs, a heartbeat thread touches the row; a job whose heartbeat stops
(its worker died) is sent again by the recovery sweep (``jobs_recover``, in SCHEDULE),
up to ``max_attempts``, and then failed with the reason. A job that raises is tried again
after a pause, up to the same limit.

``ACCORD_JOBS=inline`` (the test suite's default) runs each job at once, in the caller,
through the same code: claim, run under the ``job`` channel, retry, finish, signal.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, transaction
from django.db.models import F, Q
from django.dispatch import Signal
from django.utils import timezone
from django.utils.module_loading import import_string

from accord.core import context, periodic
from accord.core.models import Job

log = logging.getLogger(__name__)

# Sent once a job has ended for good (done, or failed after its last attempt), with
# ``job_name`` (str), ``requested_by`` (a User or None), ``ok`` (bool), ``error`` (str,
# empty when ok) and ``url`` (str: the page of the record the job worked on, or "").
# Notifications listen to it to tell the person who asked. ``job`` is the Job row.
job_finished = Signal()

RETRY_PERMISSION = "core.retry_job"
# What the django-q2 scheduler starts for each SCHEDULE entry.
SCHEDULED_FUNC = "accord.core.jobs.run_scheduled"
_SYNC_LOCK = 0x4A0B5  # PostgreSQL advisory lock taken while SCHEDULE is written


@dataclass(frozen=True)
class _Hooks:
    on_failed: Callable[..., None] | None
    on_retry: Callable[..., None] | None


_HOOKS: dict[str, _Hooks] = {}


def hooks(
    func: Callable[..., object],
    *,
    on_failed: Callable[..., None] | None = None,
    on_retry: Callable[..., None] | None = None,
) -> None:
    """Tell the job runner what to do with ``func``'s record when its job fails or is retried.

    ``on_failed(*args, error=text)`` runs once the job has failed for good (so a record the
    job was working on does not stay "running"); ``on_retry(*args, actor=user)`` runs when
    an administrator retries it, in the same transaction, and may refuse with a
    ValidationError.
    """
    _HOOKS[_path(func)] = _Hooks(on_failed=on_failed, on_retry=on_retry)


def _path(func: Callable[..., object]) -> str:
    path = f"{func.__module__}.{func.__qualname__}"
    if "<" in path or "." in func.__qualname__:
        raise ValueError(f"A job runs a module-level function, not {path}.")
    return path


def enqueue(
    func: Callable[..., object],
    *args: object,
    requested_by=None,
    name: str = "",
    url: str = "",
) -> Job:
    """Run ``func(*args)`` in the background after the current transaction commits.

    ``name`` is what a person reads about the job ("Schedule risk run of AUR-101-TT");
    ``url`` the page of the record it works on.
    """
    try:
        json.dumps(args)
    except (TypeError, ValueError):
        raise ValueError(
            f"Job arguments must be plain JSON values (ids, text, numbers), got {args!r}."
        ) from None
    with transaction.atomic():
        job = Job.objects.create(
            name=(name or func.__name__.replace("_", " ").capitalize())[:200],
            func=_path(func),
            args=list(args),
            requested_by=requested_by if getattr(requested_by, "pk", None) else None,
            url=url[:500],
            max_attempts=settings.ACCORD_JOBS_MAX_ATTEMPTS,
        )
        if settings.ACCORD_JOBS == "inline":
            _run_inline(job)
        else:
            _send(job)
    return job


def _send(job: Job) -> None:
    """Put a message for ``job`` on the queue, in the current transaction."""
    from django_q.tasks import async_task

    async_task("accord.core.jobs.execute", job.pk, task_name=f"job-{job.pk}")


def execute(job_id: int) -> None:
    """What a worker runs for each queue message: the job, if it is still waiting for it."""
    job = _claim(job_id)
    if job is not None:
        _run_claimed(job, inline=False)


def run_scheduled(name: str) -> None:
    """What the scheduler starts for a SCHEDULE entry: one job for this period."""
    entry = next((e for e in periodic.SCHEDULE if e.name == name), None)
    if entry is None:
        log.warning("The schedule names %s, which is no longer in SCHEDULE.", name)
        return
    job = Job.objects.create(
        name=entry.description[:200],
        func=entry.func,
        periodic=entry.name,
        max_attempts=settings.ACCORD_JOBS_MAX_ATTEMPTS,
    )
    execute(job.pk)


def _worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"[:120]


def _claim(job_id: int, *, wait: bool = True) -> Job | None:
    """Take a queued job for this process (a conditional update: one taker wins)."""
    now = timezone.now()
    waiting = Job.objects.filter(pk=job_id, status=Job.Status.QUEUED)
    if wait:  # a job pausing after a failed attempt is not taken before its time
        waiting = waiting.filter(Q(retry_at__isnull=True) | Q(retry_at__lte=now))
    claimed = waiting.update(
        status=Job.Status.RUNNING,
        attempts=F("attempts") + 1,
        worker=_worker_name(),
        started_at=now,
        heartbeat_at=now,
        retry_at=None,
    )
    if not claimed:
        return None
    return Job.objects.select_related("requested_by").get(pk=job_id)


def _run_inline(job: Job) -> None:
    finished = False
    while not finished:
        claimed = _claim(job.pk, wait=False)
        if claimed is None:
            return
        finished = _run_claimed(claimed, inline=True)
    job.refresh_from_db()


def _run_claimed(job: Job, *, inline: bool) -> bool:
    """Run one attempt of a claimed job; True when the job has ended for good."""
    from django_q.exceptions import TimeoutException

    error = ""
    with context.acting(via=context.JOB, request=f"job-{job.pk}"), _heartbeat(job, inline):
        try:
            func = import_string(job.func)
            if inline:  # a failure must not break the caller's transaction
                with transaction.atomic():
                    func(*job.args)
            else:
                func(*job.args)
        except TimeoutException:
            limit = settings.ACCORD_JOBS_TIMEOUT_SECONDS
            _fail(job, f"It ran longer than the limit of {limit} seconds and was stopped.")
            raise  # the library replaces a worker that timed out
        except Exception as exc:
            log.exception("Job %s (%s) failed", job.pk, job.func)
            error = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    if not error:
        _done(job)
        return True
    if job.attempts >= job.max_attempts:
        _fail(job, error)
        return True
    wait = dt.timedelta(seconds=settings.ACCORD_JOBS_RETRY_SECONDS * job.attempts)
    Job.objects.filter(pk=job.pk, status=Job.Status.RUNNING, attempts=job.attempts).update(
        status=Job.Status.QUEUED,
        error=error,
        worker="",
        heartbeat_at=None,
        retry_at=timezone.now() + wait,
    )
    return False


@contextmanager
def _heartbeat(job: Job, inline: bool) -> Iterator[None]:
    """Touch the job's row every few seconds while it runs, from a thread of its own."""
    if inline:  # the caller's transaction holds the row; nothing else can see it
        yield
        return
    stop = threading.Event()
    interval = settings.ACCORD_JOBS_HEARTBEAT_SECONDS
    worker = job.worker or _worker_name()

    def beat() -> None:
        try:
            while not stop.wait(interval):
                try:
                    Job.objects.filter(pk=job.pk, status=Job.Status.RUNNING, worker=worker).update(
                        heartbeat_at=timezone.now()
                    )
                except Exception:  # a busy database: the next beat tries again
                    log.warning("Heartbeat of job %s not written", job.pk, exc_info=True)
        finally:
            connection.close()

    thread = threading.Thread(target=beat, name=f"job-{job.pk}-heartbeat", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def _done(job: Job) -> None:
    now = timezone.now()
    ended = Job.objects.filter(
        pk=job.pk,
        attempts=job.attempts,
        status__in=(Job.Status.RUNNING, Job.Status.QUEUED),
    ).update(status=Job.Status.DONE, finished_at=now, heartbeat_at=now, error="", retry_at=None)
    if ended:
        job.status, job.finished_at, job.error = Job.Status.DONE, now, ""
        _announce(job)


def _fail(job: Job, error: str) -> None:
    now = timezone.now()
    ended = Job.objects.filter(
        pk=job.pk, status__in=(Job.Status.RUNNING, Job.Status.QUEUED)
    ).update(status=Job.Status.FAILED, finished_at=now, error=error, retry_at=None)
    if not ended:
        return
    job.status, job.finished_at, job.error = Job.Status.FAILED, now, error
    handler = _hooks_of(job).on_failed
    if handler is not None:
        try:
            with context.acting(via=context.JOB, request=f"job-{job.pk}"):
                handler(*job.args, error=error)
        except Exception:
            log.exception("The failure handler of job %s failed", job.pk)
    _announce(job)


def _hooks_of(job: Job) -> _Hooks:
    with suppress(ImportError):
        import_string(job.func)  # importing the module registers its hooks
    return _HOOKS.get(job.func, _Hooks(None, None))


def _announce(job: Job) -> None:
    job_finished.send(
        sender=Job,
        job_name=job.name,
        requested_by=job.requested_by,
        ok=job.status == Job.Status.DONE,
        error=job.error,
        url=job.url,
        job=job,
    )


def job_is_stale(job: Job) -> bool:
    """Whether a running job's heartbeat stopped (its worker died)."""
    cutoff = timezone.now() - dt.timedelta(seconds=settings.ACCORD_JOBS_STALE_SECONDS)
    return job.status == Job.Status.RUNNING and (
        job.heartbeat_at is None or job.heartbeat_at < cutoff
    )


def _stopped_reason(attempts: int) -> str:
    return f"The worker stopped while running it, {attempts} attempt{'s' if attempts != 1 else ''}."


def jobs_recover() -> int:
    """The recovery sweep: re-send jobs whose worker died, or fail them after the last
    attempt; send jobs whose pause after a failed attempt is over. Returns how many."""
    now = timezone.now()
    cutoff = now - dt.timedelta(seconds=settings.ACCORD_JOBS_STALE_SECONDS)
    handled = 0
    stale = Job.objects.filter(status=Job.Status.RUNNING, heartbeat_at__lt=cutoff)
    for job in stale.select_related("requested_by"):
        with transaction.atomic():
            still_stale = Job.objects.filter(
                pk=job.pk, status=Job.Status.RUNNING, heartbeat_at=job.heartbeat_at
            )
            if job.attempts >= job.max_attempts:
                if still_stale.exists():
                    _fail(job, _stopped_reason(job.attempts))
                    handled += 1
                continue
            if still_stale.update(
                status=Job.Status.QUEUED,
                worker="",
                heartbeat_at=None,
                error=f"{_stopped_reason(job.attempts)} It is tried again.",
            ):
                _send(job)
                handled += 1
    for job in Job.objects.filter(status=Job.Status.QUEUED, retry_at__lte=now):
        with transaction.atomic():
            if Job.objects.filter(
                pk=job.pk, status=Job.Status.QUEUED, retry_at=job.retry_at
            ).update(retry_at=None):
                _send(job)
                handled += 1
    return handled


def jobs_purge() -> int:
    """Delete finished jobs past their keeping time (periodic runs sooner); returns how many."""
    from accord.audit.services import audit_record

    now = timezone.now()
    finished = Job.objects.filter(status__in=(Job.Status.DONE, Job.Status.FAILED))
    old = finished.filter(
        Q(finished_at__lt=now - dt.timedelta(days=settings.ACCORD_JOBS_KEEP_DAYS))
        | Q(
            periodic__gt="",
            status=Job.Status.DONE,
            finished_at__lt=now - dt.timedelta(days=settings.ACCORD_JOBS_KEEP_PERIODIC_DAYS),
        )
    )
    with transaction.atomic():
        count, _ = old.delete()
        if count:
            audit_record(
                actor=None,
                action="core.job.purged",
                target=None,
                target_ref=("core.job", "", "Finished background jobs"),
                changes={"jobs": [count, 0]},
                reason="Past the keeping time of finished jobs",
            )
    return count


@transaction.atomic
def job_retry(*, actor, job: Job) -> Job:
    """Send a failed job again, with a fresh set of attempts (an administrator's action)."""
    from accord.audit.services import audit_record

    if not (actor.is_cdmo_staff and actor.has_perm(RETRY_PERMISSION)):
        raise PermissionDenied("Your roles do not allow retrying background jobs.")
    job = Job.objects.select_for_update(of=("self",)).select_related("requested_by").get(pk=job.pk)
    if job.status != Job.Status.FAILED:
        raise ValidationError(
            {
                "status": [
                    f"Only a failed job can be retried; this one is {job.get_status_display()}."
                ]
            }
        )
    handler = _hooks_of(job).on_retry
    if handler is not None:
        handler(*job.args, actor=actor)
    previous_error = job.error
    Job.objects.filter(pk=job.pk).update(
        status=Job.Status.QUEUED,
        attempts=0,
        error="",
        worker="",
        retry_at=None,
        heartbeat_at=None,
        started_at=None,
        finished_at=None,
    )
    audit_record(
        actor=actor,
        action="core.job.retried",
        target=job,
        changes={"status": ["Failed", "Queued"], "error": [previous_error, ""]},
    )
    job.refresh_from_db()
    if settings.ACCORD_JOBS == "inline":
        _run_inline(job)
    else:
        _send(job)
    return job


def job_for(func: Callable[..., object], *args: object) -> Job | None:
    """The latest job that runs ``func(*args)``."""
    return (
        Job.objects.filter(func=_path(func), args=list(args)).order_by("-created_at", "-pk").first()
    )


def schedule_sync() -> None:
    """Write SCHEDULE into the scheduler's table: one row per entry, none for removed ones.

    Safe to run from several workers starting at once (a lock on PostgreSQL; SQLite's write
    transactions are serialized anyway). An entry keeps its next run unless its period changed.
    """
    from django_q.models import Schedule

    now = timezone.now()
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_SYNC_LOCK])
        existing = {row.name: row for row in Schedule.objects.filter(func=SCHEDULED_FUNC)}
        for entry in periodic.SCHEDULE:
            wanted = _schedule_fields(entry)
            row = existing.pop(entry.name, None)
            if row is None:
                Schedule.objects.create(
                    name=entry.name,
                    func=SCHEDULED_FUNC,
                    repeats=-1,
                    next_run=_first_run(entry, now),
                    **wanted,
                )
            elif any(getattr(row, field) != value for field, value in wanted.items()):
                for field, value in wanted.items():
                    setattr(row, field, value)
                row.next_run = _first_run(entry, now)
                row.save()
        Schedule.objects.filter(pk__in=[row.pk for row in existing.values()]).delete()


def _schedule_fields(entry: periodic.Periodic) -> dict[str, object]:
    from django_q.models import Schedule

    fields: dict[str, object] = {"args": repr((entry.name,))}
    if entry.every is not None:
        fields.update(
            schedule_type=Schedule.MINUTES, minutes=int(entry.every.total_seconds() // 60)
        )
    else:
        fields.update(schedule_type=Schedule.DAILY, minutes=None)
    return fields


def _first_run(entry: periodic.Periodic, now: dt.datetime) -> dt.datetime:
    if entry.every is not None:
        return now
    local = timezone.localtime(now)
    first = local.replace(
        hour=entry.daily_at.hour, minute=entry.daily_at.minute, second=0, microsecond=0
    )
    return first if first > local else first + dt.timedelta(days=1)
