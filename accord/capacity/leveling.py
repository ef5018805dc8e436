"""Leveling runs: ask for one, compute it in the background, then apply or discard it.

``leveling_request`` records who asked to level what (a site or the whole portfolio) and
queues the job; ``leveling_execute`` (the job) reads the plans into a problem
(:mod:`accord.capacity.problem`), levels it with the engine's portfolio leveler, reporting
progress on the run's row, and stores the proposal: each task that would move (with what it
waits for) and, per project, the finish and milestones before and after. Nothing in a plan
changes until a person with ``capacity.apply_leveling`` applies the run: then, in one
transaction, every task of the scope gets its leveling hold (``Task.leveled_start``) set
or cleared, the plans are rescheduled, and each change is in the audit trail. A proposal
computed on plans that have changed since is refused and marked out of date: applying it
would overwrite decisions made after it.
"""

from __future__ import annotations

import datetime as dt
import time

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse

from accord.accounts.models import Site, User
from accord.audit.services import audit_record, created
from accord.capacity.models import LevelingMove, LevelingOutcome, LevelingRun, RunStatus
from accord.capacity.problem import PRIORITY_LABELS, fingerprint, scope_projects, snapshot
from accord.core import clock, concurrency, jobs
from accord.core.dates import format_day
from accord.core.permissions import require
from accord.planning.models import Task
from accord.planning.scheduling import reschedule
from accord.projects.models import Project

RUN_PERMISSION = "capacity.run_leveling"
APPLY_PERMISSION = "capacity.apply_leveling"
TIME_LIMIT = 2.0  # seconds the leveler may spend improving its first schedule
_PROGRESS_EVERY = 0.25
ACTIVE = (RunStatus.QUEUED, RunStatus.RUNNING)


def _staff(actor: User, permission: str) -> None:
    require(actor, permission)
    if not actor.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff level capacity.")


@transaction.atomic
def leveling_request(*, actor: User, site: Site | None = None, note: str = "") -> LevelingRun:
    """Queue a leveling run of ``site`` (None: the portfolio), from today on."""
    _staff(actor, RUN_PERMISSION)
    if len(note) > 300:
        raise ValidationError({"note": ["Keep the note to 300 characters."]})
    busy = LevelingRun.objects.select_for_update().filter(status__in=ACTIVE).first()
    if busy is not None:
        raise ValidationError(
            f"Leveling run {busy.pk} ({busy.scope_label.lower()}), asked for by "
            f"{busy.requested_by.printed_name}, is still running; wait for it to finish."
        )
    if not scope_projects(site).exists():
        where = f"at {site.name}" if site else "in the portfolio"
        raise ValidationError(f"There is no planned or active project {where} to level.")
    run = LevelingRun.objects.create(
        site=site,
        requested_by=actor,
        requested_at=clock.now(),
        from_date=clock.today(),
        note=note.strip(),
    )
    audit_record(
        actor=actor,
        action="capacity.leveling.requested",
        target=run,
        changes=created(
            {"scope": run.scope_label, "from": format_day(run.from_date), "note": run.note}
        ),
    )
    jobs.enqueue(
        leveling_execute,
        run.pk,
        requested_by=actor,
        name=f"Capacity leveling run {run.pk} ({run.scope_label.lower()})",
        url=reverse("capacity:leveling_detail", args=[run.pk]),
    )
    return run


def leveling_execute(run_id: int) -> None:
    """The job: compute the run's proposal. A run whose worker died starts over."""
    from accord.scheduling.leveling import level, overloads

    claimed = LevelingRun.objects.filter(pk=run_id, status__in=ACTIVE).update(
        status=RunStatus.RUNNING, progress=0, progress_message="Reading the plans"
    )
    if not claimed:
        return
    run = LevelingRun.objects.select_related("site", "requested_by").get(pk=run_id)
    last = time.monotonic()

    def progress(fraction: float, message: str = "") -> None:
        nonlocal last
        if time.monotonic() - last >= _PROGRESS_EVERY:
            last = time.monotonic()
            LevelingRun.objects.filter(pk=run_id).update(
                progress=min(95, 10 + int(85 * fraction)), progress_message=message[:200]
            )

    started = time.perf_counter()
    snap = snapshot(start=run.from_date, site=run.site)
    LevelingRun.objects.filter(pk=run_id).update(progress=10, progress_message="Leveling")
    planned_starts = {
        job.id: (snap.tasks[job.id].early_start or snap.release_dates[job.id])
        for job in snap.problem.jobs
    }
    before = overloads(
        snap.problem, {k: max((v - snap.start).days, 0) for k, v in planned_starts.items()}
    )
    result = level(snap.problem, time_limit=TIME_LIMIT, seed=run.pk, progress=progress)
    after = overloads(snap.problem, result.start)
    _store(run, snap, result, before, after, time.perf_counter() - started)


@transaction.atomic
def _store(run, snap, result, before, after, seconds: float) -> None:
    moves, outcomes = [], {}
    for project in snap.projects.values():
        outcomes[project.pk] = LevelingOutcome(run=run, project=project)
    finishes: dict[int, tuple[dt.date | None, dt.date | None]] = {}
    for job in snap.problem.jobs:
        task = snap.tasks[job.id]
        start = snap.day(result.start[job.id])
        finish = snap.day(max(result.finish[job.id] - 1, result.start[job.id]))
        if task.is_milestone:
            start = finish = _milestone_day(snap, job, result.start[job.id])
        planned_start = task.early_start or snap.release_dates[job.id]
        planned_finish = task.early_finish or snap.free_finish[job.id]
        was, now = finishes.get(task.project_id, (None, None))
        finishes[task.project_id] = (
            max(filter(None, (was, planned_finish))),
            max(filter(None, (now, finish))),
        )
        outcome = outcomes[task.project_id]
        if task.is_milestone:
            outcome.milestones.append(
                {
                    "uid": task.uid,
                    "name": task.name,
                    "planned": planned_start.isoformat(),
                    "leveled": start.isoformat(),
                    "delay_days": (start - planned_start).days,
                }
            )
        # Only work that waits for a resource is held; the rest follows its logic (a
        # milestone after a delayed batch moves with it and needs no hold of its own).
        hold = bool(job.demands) and start > snap.release_dates[job.id]
        if start != planned_start or hold:
            waits = ", ".join(
                snap.resources[rid].code for rid in sorted(job.demands) if rid in snap.resources
            )
            moves.append(
                LevelingMove(
                    run=run,
                    task=task,
                    project_id=task.project_id,
                    planned_start=planned_start,
                    planned_finish=planned_finish,
                    leveled_start=start,
                    leveled_finish=finish,
                    delay_days=(start - planned_start).days,
                    resources=(waits or "its predecessors")[:300],
                    hold=hold,
                )
            )
            outcome.tasks_moved += start != planned_start
    for pk, (was, now) in finishes.items():
        outcome = outcomes[pk]
        outcome.planned_finish, outcome.leveled_finish = was, now
        outcome.delay_days = (now - was).days if was and now else 0
    LevelingMove.objects.bulk_create(moves, batch_size=500)
    LevelingOutcome.objects.bulk_create(
        [o for o in outcomes.values() if o.pk is None and o.project_id in finishes], batch_size=200
    )
    summary = {
        "projects": len(finishes),
        "tasks": len(snap.problem.jobs),
        "resources": len(snap.resources),
        "moves": len(moves),
        "overloads_before": _overload_rows(before, snap),
        "overloads_after": _overload_rows(after, snap),
        "unplaceable": [snap.tasks[j].name for j in result.unplaceable][:50],
        "seconds": round(seconds, 2),
        "schedules": result.schedules_evaluated,
        "priorities": {
            snap.projects[pk].code: PRIORITY_LABELS[p] for pk, p in snap.priorities.items()
        },
        "notes": snap.notes,
    }
    LevelingRun.objects.filter(pk=run.pk).update(
        status=RunStatus.PROPOSED,
        progress=100,
        progress_message="",
        summary=summary,
        fingerprint=snap.fingerprint,
        finished_at=clock.now(),
    )
    audit_record(
        actor=run.requested_by,
        action="capacity.leveling.proposed",
        target=run,
        changes={
            "status": ["Running", "Proposed"],
            "moves": [None, len(moves)],
            "overloads": [len(before), len(after)],
        },
    )
    from accord.notifications.services import notify

    run.refresh_from_db()
    notify("capacity.leveling.proposed", run, actor=None)


def _milestone_day(snap, job, period: int) -> dt.date:
    """A milestone's date as the plans write it: where the leveler leaves it, the engine's own
    date; pushed by a delayed predecessor, the end of that predecessor's last working day (the
    leveler's milestone sits at the start of the next period)."""
    if period == snap.problem_release(job.id):
        return snap.release_dates[job.id]
    mask = snap.problem.calendars[job.calendar]
    day = min(period, len(mask)) - 1
    while day > 0 and not mask[day]:
        day -= 1
    return snap.day(max(day, 0))


def _merged(rows, snap) -> list:
    """Overloads of one resource separated only by days it is closed (a weekend inside a
    double-booked fortnight) read as one period."""
    out: list = []
    for o in sorted(rows, key=lambda o: (o.resource, o.first)):
        last = out[-1] if out else None
        if last is not None and last.resource == o.resource:
            gap = snap.problem.capacity[o.resource][last.last + 1 : o.first]
            if not gap.any():
                out[-1] = type(o)(
                    resource=o.resource,
                    first=last.first,
                    last=o.last,
                    peak_load=max(last.peak_load, o.peak_load),
                    capacity=min(last.capacity, o.capacity),
                    jobs=tuple(dict.fromkeys((*last.jobs, *o.jobs))),
                )
                continue
        out.append(o)
    return out


def _overload_rows(rows, snap) -> list[dict]:
    out = []
    for o in _merged(rows, snap)[:200]:
        resource = snap.resources.get(o.resource)
        projects = sorted({snap.tasks[j].project.code for j in o.jobs if j in snap.tasks})
        out.append(
            {
                "resource": resource.code if resource else o.resource,
                "resource_name": resource.name if resource else "",
                "first": snap.day(o.first).isoformat(),
                "last": snap.day(o.last).isoformat(),
                "peak": int(o.peak_load),
                "capacity": int(o.capacity),
                "projects": projects,
            }
        )
    return out


def _failed(run_id: int, *, error: str) -> None:
    with transaction.atomic():
        run = LevelingRun.objects.filter(pk=run_id, status__in=ACTIVE).first()
        if run is None:
            return
        LevelingRun.objects.filter(pk=run_id).update(
            status=RunStatus.FAILED, error=error[:2000], finished_at=clock.now()
        )
        audit_record(
            actor=run.requested_by,
            action="capacity.leveling.failed",
            target=run,
            changes={"status": [run.get_status_display(), "Failed"], "error": [None, error]},
        )


def _retried(run_id: int, *, actor: User) -> None:
    run = LevelingRun.objects.select_for_update().get(pk=run_id)
    if run.status != RunStatus.FAILED:
        raise ValidationError(f"Leveling run {run.pk} is {run.get_status_display().lower()}.")
    LevelingRun.objects.filter(pk=run_id).update(status=RunStatus.QUEUED, error="", progress=0)
    audit_record(
        actor=actor,
        action="capacity.leveling.retried",
        target=run,
        changes={"status": ["Failed", "Queued"]},
    )


jobs.hooks(leveling_execute, on_failed=_failed, on_retry=_retried)


def _decidable(run: LevelingRun, version: int | None) -> LevelingRun:
    run = concurrency.locked(run, version, what=f"leveling run {run.pk}")
    if run.status != RunStatus.PROPOSED:
        raise ValidationError(
            f"Leveling run {run.pk} is {run.get_status_display().lower()}; only a proposal "
            "waiting for a decision can be applied or discarded."
        )
    return run


def leveling_apply(
    *, actor: User, run: LevelingRun, version: int | None, reason: str = ""
) -> LevelingRun:
    """Hold the moved tasks where the run put them, release the other holds of its scope,
    and reschedule the plans: one transaction, every change audited. A run computed on
    plans that changed since is marked out of date (that is kept) and refused."""
    applied = _apply(actor=actor, run=run, version=version, reason=reason)
    if applied is None:
        raise ValidationError(
            f"The plans, demands or capacities changed after leveling run {run.pk} was "
            "computed, so it is now out of date. Run the leveling again."
        )
    return applied


@transaction.atomic
def _apply(*, actor: User, run: LevelingRun, version: int | None, reason: str):
    _staff(actor, APPLY_PERMISSION)
    run = _decidable(run, version)
    projects = list(Project.objects.select_for_update().filter(pk__in=_scope_ids(run)))
    if fingerprint([p.pk for p in projects]) != run.fingerprint:
        LevelingRun.objects.filter(pk=run.pk).update(
            status=RunStatus.SUPERSEDED, version=run.version + 1
        )
        audit_record(
            actor=actor,
            action="capacity.leveling.superseded",
            target=run,
            changes={"status": ["Proposed (waiting for a decision)", "Out of date"]},
        )
        return None
    holds = {m.task_id: m.leveled_start for m in run.moves.all() if m.hold}
    changed = 0
    for project in projects:
        for task in Task.objects.select_for_update().filter(project=project):
            want = holds.get(task.pk)
            if task.leveled_start == want:
                continue
            before = task.leveled_start
            task.leveled_start = want
            task.version += 1
            task.save(update_fields=["leveled_start", "version"])
            changed += 1
            audit_record(
                actor=actor,
                action="planning.task.leveled",
                target=task,
                parent=project,
                changes={"leveled_start": [_iso(before), _iso(want)]},
                reason=f"Leveling run {run.pk}",
            )
        reschedule(project)
    _decided(run, RunStatus.APPLIED, actor, reason, tasks=[None, changed])
    from accord.notifications.services import notify

    notify("capacity.leveling.applied", run, actor=actor)
    return run


def _scope_ids(run: LevelingRun) -> list[int]:
    return list(scope_projects(run.site).values_list("pk", flat=True))


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


@transaction.atomic
def leveling_discard(
    *, actor: User, run: LevelingRun, version: int | None, reason: str
) -> LevelingRun:
    _staff(actor, APPLY_PERMISSION)
    if not reason.strip():
        raise ValidationError({"reason": ["Say why the proposal is discarded."]})
    run = _decidable(run, version)
    _decided(run, RunStatus.DISCARDED, actor, reason)
    return run


def _decided(run: LevelingRun, status: str, actor: User, reason: str, **changes) -> None:
    """Record the decision on a proposal (applied or discarded), and its audit event."""
    before = run.get_status_display()
    run.status = status
    run.decided_by, run.decided_at = actor, clock.now()
    run.decision_reason = reason.strip()[:500]
    run.version += 1
    run.save(update_fields=["status", "decided_by", "decided_at", "decision_reason", "version"])
    audit_record(
        actor=actor,
        action=f"capacity.leveling.{status}",
        target=run,
        changes={"status": [before, run.get_status_display()], **changes},
        reason=run.decision_reason,
    )
