"""Schedule risk runs: ask for one, run it (here or in the background), keep its result.

``simulation_request`` records who asked for what; a small run is computed at once, a
large one (iterations x activities above ``INLINE_CELLS``) after the request, reporting
progress on its row so the page can show a progress bar. Each finished run leaves one
audit event with its headline figures, so a P80 quoted to a sponsor can be traced to the
run, the plan and the seed that produced it.
"""

from __future__ import annotations

import datetime as dt
import time

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from accord.accounts.models import User
from accord.audit.services import audit_record, created
from accord.core import jobs
from accord.core.permissions import require
from accord.planning.models import Simulation, Task
from accord.planning.risk import summarize
from accord.planning.scheduling import network_of
from accord.planning.selectors import plan_of
from accord.projects.models import Project
from accord.scheduling import SchedulingError, simulate

PERMISSION = "planning.add_simulation"
ITERATION_CHOICES = (1_000, 10_000, 50_000, 100_000, 250_000)
DISTRIBUTIONS = ("pert", "triangular")
# Up to this many activity-iterations a run is computed within the request (~0.35 s).
INLINE_CELLS = 25_000_000
# A run without a job (from before the job queue) not heard from for this long is failed.
STALE_AFTER = dt.timedelta(minutes=3)
_PROGRESS_EVERY = 0.25  # seconds between progress writes


def _headline(summary: dict) -> dict[str, object]:
    return {
        "P50": summary["percentiles"]["P50"],
        "P80": summary["percentiles"]["P80"],
        "P90": summary["percentiles"]["P90"],
        "probability": summary["probability"],
        "iterations": summary["iterations"],
    }


@transaction.atomic
def simulation_request(
    *, actor: User, project: Project, iterations: int, distribution: str, seed: int
) -> Simulation:
    """Ask for a Monte Carlo run on the plan as it is now; one active run per project."""
    require(actor, PERMISSION)
    if not actor.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff run schedule risk simulations.")
    errors: dict[str, list[str]] = {}
    if iterations not in ITERATION_CHOICES:
        errors["iterations"] = [f"Choose one of {', '.join(f'{n:,}' for n in ITERATION_CHOICES)}."]
    if distribution not in DISTRIBUTIONS:
        errors["distribution"] = ["Choose PERT-beta or triangular."]
    if not 0 <= seed < 2**31:
        errors["seed"] = ["The seed is a whole number from 0 to 2147483647."]
    if errors:
        raise ValidationError(errors)
    project = Project.objects.select_for_update().get(pk=project.pk)
    simulations_expire(project)
    active = Simulation.objects.filter(
        project=project, status__in=(Simulation.Status.QUEUED, Simulation.Status.RUNNING)
    ).first()
    if active is not None:
        raise ValidationError(
            f"A simulation of this plan is already running (asked for by "
            f"{active.requested_by.printed_name}); wait for it to finish."
        )
    if project.start_date is None:
        raise ValidationError("Set the project's start date before simulating its plan.")
    task_count = Task.objects.filter(project=project).count()
    if task_count == 0:
        raise ValidationError("This project has no plan to simulate yet.")
    simulation = Simulation.objects.create(
        project=project,
        requested_by=actor,
        iterations=iterations,
        distribution=distribution,
        seed=seed,
        task_count=task_count,
    )
    audit_record(
        actor=actor,
        action="planning.simulation.requested",
        target=simulation,
        parent=project,
        changes=created(
            {
                "iterations": iterations,
                "distribution": distribution,
                "seed": seed,
                "task_count": task_count,
            }
        ),
    )
    if simulation.iterations * task_count <= INLINE_CELLS:
        simulation_execute(simulation.pk)
    else:
        jobs.enqueue(
            simulation_execute,
            simulation.pk,
            requested_by=actor,
            name=f"Schedule risk run {simulation.pk} of {project.code} ({iterations:,} iterations)",
            url=f"{reverse('planning:risk', args=[project.pk])}?run={simulation.pk}",
        )
    simulation.refresh_from_db()
    return simulation


def simulation_execute(simulation_id: int) -> None:
    """Compute a requested run and store its figures (or why it failed).

    Runs as a job for large runs: a job whose worker died runs this again, so a run left
    "running" by a dead attempt starts over (the job layer lets one attempt run at a time).
    """
    now = timezone.now()
    claimed = Simulation.objects.filter(
        pk=simulation_id, status__in=(Simulation.Status.QUEUED, Simulation.Status.RUNNING)
    ).update(status=Simulation.Status.RUNNING, started_at=now, heartbeat_at=now, done_iterations=0)
    if not claimed:
        return
    simulation = Simulation.objects.select_related("project", "requested_by").get(pk=simulation_id)
    last_write = time.monotonic()

    def progress(done: int, _total: int) -> None:
        nonlocal last_write
        if time.monotonic() - last_write >= _PROGRESS_EVERY:
            last_write = time.monotonic()
            Simulation.objects.filter(pk=simulation_id).update(
                done_iterations=done, heartbeat_at=timezone.now()
            )

    try:
        project = simulation.project
        tasks, links = plan_of(project)
        started = time.perf_counter()
        result = simulate(
            network_of(project, tasks, links),
            iterations=simulation.iterations,
            seed=simulation.seed,
            distribution=simulation.distribution,
            target=project.target_end_date,
            progress=progress,
        )
        summary = summarize(result, time.perf_counter() - started)
    except (SchedulingError, ValueError, MemoryError) as exc:
        _finish(simulation, Simulation.Status.FAILED, error=str(exc) or type(exc).__name__)
        return
    _finish(simulation, Simulation.Status.DONE, summary=summary)


@transaction.atomic
def _finish(
    simulation: Simulation, status: str, *, summary: dict | None = None, error: str = ""
) -> None:
    Simulation.objects.filter(pk=simulation.pk).update(
        status=status,
        result=summary,
        error=error,
        done_iterations=summary["iterations"] if summary else simulation.done_iterations,
        finished_at=timezone.now(),
        heartbeat_at=timezone.now(),
    )
    if summary is not None:
        action, changes = "planning.simulation.completed", {"result": [None, _headline(summary)]}
    else:
        action, changes = "planning.simulation.failed", {"error": [None, error]}
    audit_record(
        actor=simulation.requested_by,
        action=action,
        target=simulation,
        parent=simulation.project,
        changes=changes,
    )


def _simulation_job_failed(simulation_id: int, *, error: str) -> None:
    """The run's job failed for good (its worker stopped on every attempt): say so on the run."""
    simulation = (
        Simulation.objects.select_related("project", "requested_by")
        .filter(pk=simulation_id, status__in=(Simulation.Status.QUEUED, Simulation.Status.RUNNING))
        .first()
    )
    if simulation is not None:
        _finish(simulation, Simulation.Status.FAILED, error=error)


def _simulation_job_retried(simulation_id: int, *, actor: User) -> None:
    """An administrator retries the failed job of a run: the run is queued again."""
    simulation = Simulation.objects.select_related("project").get(pk=simulation_id)
    project = Project.objects.select_for_update().get(pk=simulation.project_id)
    if simulation.status != Simulation.Status.FAILED:
        raise ValidationError(f"Run {simulation.pk} is {simulation.get_status_display().lower()}.")
    if Simulation.objects.filter(
        project=project, status__in=(Simulation.Status.QUEUED, Simulation.Status.RUNNING)
    ).exists():
        raise ValidationError(
            f"Another simulation of {project.code} is running; retry when it has finished."
        )
    previous_error = simulation.error
    Simulation.objects.filter(pk=simulation.pk).update(
        status=Simulation.Status.QUEUED, error="", done_iterations=0, finished_at=None, result=None
    )
    audit_record(
        actor=actor,
        action="planning.simulation.retried",
        target=simulation,
        parent=project,
        changes={"status": ["Failed", "Queued"], "error": [previous_error, ""]},
    )


jobs.hooks(simulation_execute, on_failed=_simulation_job_failed, on_retry=_simulation_job_retried)


def simulations_expire(project: Project) -> int:
    """End the wait for runs whose worker stopped; returns how many runs changed.

    A run's job whose heartbeat stopped is sent again at once (or failed after its last
    attempt) rather than at the next recovery sweep, so a dead worker holds up a plan's
    runs for seconds, not minutes. A run with no job (one from before the job queue) that
    stopped reporting for ``STALE_AFTER`` is failed.
    """
    active = list(
        Simulation.objects.filter(
            project=project, status__in=(Simulation.Status.QUEUED, Simulation.Status.RUNNING)
        ).select_related("project", "requested_by")
    )
    changed = 0
    cutoff = timezone.now() - STALE_AFTER
    for simulation in active:
        job = jobs.job_for(simulation_execute, simulation.pk)
        if job is not None:
            if job.status == job.Status.RUNNING and jobs.job_is_stale(job):
                jobs.jobs_recover()  # sends it again, or fails it and so the run
                job.refresh_from_db()
                simulation.refresh_from_db()
                if simulation.is_finished:
                    changed += 1
                    continue
            if job.status in (job.Status.FAILED, job.Status.DONE):
                _finish(
                    simulation,
                    Simulation.Status.FAILED,
                    error=job.error or "The run's job ended without finishing the run.",
                )
                changed += 1
            continue
        heard = simulation.heartbeat_at or simulation.created_at
        if heard < cutoff:
            _finish(
                simulation,
                Simulation.Status.FAILED,
                error="The run stopped reporting (the server restarted?) before it finished.",
            )
            changed += 1
    return changed
