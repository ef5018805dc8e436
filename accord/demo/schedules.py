"""The demo plans in the database: created, baselined and progressed to the data date.

Every project gets its plan from :mod:`accord.demo.plans` through ``plan_create`` (one
audit event per task and link). Projects under contract get a contract baseline signed
by their project manager before any work is recorded. Projects that started before
the reference date then get a status update on the last working day of every month the
work ran (so the actual dates stand in the plan from the month they happened, as the
quarter's scorecards read them the morning after), at each fortnight their project
manager writes a status report for, and one as of the reference date: what the plan would have
done with the slips it really had (most tasks on time, some late, a few early, and the
days lost of the demo delays on the tasks they hit) becomes actual starts, finishes and
percent complete as of that day. Go/no-go decisions already passed are recorded and
signed by the project's QA lead on the day they were taken. Each step happens on its
day of the demo's story (:mod:`accord.demo.story`).
"""

from __future__ import annotations

import copy
import datetime as dt
import random
from collections.abc import Callable

from accord.accounts.models import User
from accord.core.dates import format_day
from accord.demo.data import DEMO_PASSWORD, SEED, ProjectSpec, reference_date
from accord.demo.delays import DELAYS
from accord.demo.plan_shapes import PLAN_SHAPES
from accord.demo.plans import demo_plan
from accord.demo.projects import HEALTH
from accord.demo.story import Story, Tally, at, day, site_zone, weekday
from accord.planning.models import Baseline, Decision, Task
from accord.planning.scheduling import plan_schedule
from accord.planning.selectors import plan_of
from accord.planning.services import (
    baseline_save,
    decision_record,
    plan_create,
    plan_progress_record,
)
from accord.projects.models import Project

CONTRACT_BASELINE = "Contract baseline"

# Work stopped here before the data date (the project went on hold).
STOPPED: dict[str, int] = {"NVB-230-CLD": -38}  # days from the reference date

# Planned projects whose contract is signed: baselined before they start.
BASELINED_BEFORE_START = frozenset({"SLV-118-API"})
# Started, but the sponsor has not signed the SOW amendment the baseline rests on.
NOT_BASELINED = frozenset({"ABR-040-CLD"})

_DECISIONS: dict[str, tuple[str, str, str]] = {
    # decision point: (options, outcome, rationale)
    "Lead clone selection": (
        "Clone 14 (titre 4.2 g/L, stable over 60 generations); clone 31 (3.8 g/L, lower "
        "acidic variants); continue screening.",
        Decision.Outcome.GO,
        "Clone 14: highest titre, stable productivity and product quality within the "
        "target profile; clone 31 kept as back-up in the research cell bank.",
    ),
    "Go/no-go decision for GMP manufacture": (
        "Go on the reserved slot; go with conditions; a second engineering batch first.",
        Decision.Outcome.GO,
        "Engineering batch met every release specification, the master batch record is "
        "approved and no deviation is open.",
    ),
    "Go/no-go decision for GMP": (
        "Go on the reserved slot; go with conditions; another engineering run first.",
        Decision.Outcome.GO_WITH_CONDITIONS,
        "Engineering run comparable to the reference material; go on condition that the "
        "two open minor deviations are closed before the first GMP run starts.",
    ),
}


def _member(spec: ProjectSpec, users: dict[str, User], permission: str) -> User | None:
    """The first person of the demo team who holds ``permission`` (the team's order:
    project manager first, then QA)."""
    return next(
        (
            users[username]
            for username, _ in spec.team
            if username in users and users[username].has_perm(permission)
        ),
        None,
    )


def _weekdays(start: dt.date, end: dt.date) -> int:
    """Working days from ``start`` up to, not including, ``end``."""
    return sum(1 for n in range((end - start).days) if (start + dt.timedelta(days=n)).weekday() < 5)


def _slips(project: Project, tasks: list[Task]) -> dict[int, int]:
    """Working days each task really took more (or less) than planned."""
    rng = random.Random(f"{SEED}:{project.code}:progress")
    late = 0.35 if project.code in HEALTH else 0.2
    slips = {}
    for task in tasks:
        if task.kind != Task.Kind.TASK or task.duration_days < 3:
            continue  # a meeting or a dispensing day does not slip
        draw = rng.random()
        if draw < late:
            slips[task.pk] = rng.randint(1, max(1, task.duration_days // 4))
        elif draw > 0.93 and task.duration_days > 4:
            slips[task.pk] = -rng.randint(1, task.duration_days // 5)
    by_name = {task.name: task for task in tasks}
    for delay in DELAYS:
        hit = by_name.get(delay.tasks[0]) if delay.project == project.code else None
        if hit is not None and hit.kind == Task.Kind.TASK:
            slips[hit.pk] = slips.get(hit.pk, 0) + delay.days_lost
    return slips


def _progress(project: Project, as_of: dt.date) -> dict[Task, dict[str, object]]:
    """Actual dates and percent complete as of ``as_of``, from the plan with its slips."""
    tasks, links = plan_of(project)
    slips = _slips(project, tasks)
    actual = []
    for task in tasks:
        if task.pk in slips:
            task = copy.copy(task)
            task.duration_days = max(1, task.duration_days + slips[task.pk])
        actual.append(task)
    rows = {row.id: row for row in plan_schedule(project, actual, links).rows()}
    progress: dict[Task, dict[str, object]] = {}
    for task in actual:
        if task.kind == Task.Kind.SUMMARY:
            continue
        row = rows[str(task.uid)]
        if row.early_start >= as_of:
            continue
        if task.is_milestone or row.early_finish < as_of:
            progress[task] = {"actual_start": row.early_start, "actual_finish": row.early_finish}
            continue
        worked = _weekdays(row.early_start, as_of)
        percent = min(95, max(5, round(100 * worked / task.duration_days)))
        progress[task] = {"actual_start": row.early_start, "percent_complete": percent}
    return progress


def created_on(spec: ProjectSpec) -> dt.date:
    """The day the project was set up in Accord: three weeks before its start (at the
    latest ten days before the reference date, for projects that start later)."""
    return weekday(min(spec.start_date - dt.timedelta(days=21), day(-10)), back=True)


def schedule_story(
    spec: ProjectSpec,
    project: Project,
    *,
    users: dict[str, User],
    counts: Tally,
    log: Callable[[str], None],
) -> Story:
    """The plan of a project created just now: drafted the next working day, baselined
    the day before work starts, its progress recorded each fortnight a status report is
    written and as of the reference date, and its go/no-go decisions signed on the day
    they were taken."""
    manager = _member(spec, users, "projects.change_project")
    if manager is None:
        return
    zone = site_zone(spec.site)
    yield at(weekday(created_on(spec) + dt.timedelta(days=1)), "10:00", key=spec.code, zone=zone)
    if not _plan(project, spec, manager, counts, log):
        # An existing plan: the rest of its story was told by an earlier load.
        for _ in Baseline.objects.filter(project=project, name=CONTRACT_BASELINE):
            counts.add("baselines", False)
        if project.data_date is not None:
            counts.add("status updates", False)
        for _ in Decision.objects.filter(task__project=project):
            counts.add("decisions", False)
        return
    started = project.start_date is not None and project.start_date < reference_date()
    under_contract = started or spec.code in BASELINED_BEFORE_START
    steps: list[tuple[dt.datetime, Callable[[], None]]] = []
    if under_contract and spec.code not in NOT_BASELINED:
        signed = weekday(spec.start_date - dt.timedelta(days=1), back=True) if started else day(-4)
        steps.append(
            (
                at(weekday(signed, back=True), "16:00", key=spec.code, zone=zone),
                lambda: baseline_ensure(project, manager, CONTRACT_BASELINE, counts, log),
            )
        )
    if started:
        updates = [(d, "17:00") for d in monthly_dates(project)]
        updates += [(d, "08:00") for d in status_dates(project)]
        for data_date, time in updates:
            steps.append(
                (
                    at(data_date, time, key=spec.code, zone=zone),
                    lambda data_date=data_date: _status_update(
                        project, manager, data_date, counts, log
                    ),
                )
            )
        quality = _member(spec, users, "projects.approve_project")
        if quality is not None:
            for task, decided_on in _decision_days(project):
                steps.append(
                    (
                        at(decided_on, "15:00", key=task.name, zone=zone),
                        lambda task=task, decided_on=decided_on: _decision(
                            project, task, decided_on, quality, counts, log
                        ),
                    )
                )
    for moment, step in sorted(steps, key=lambda pair: pair[0]):
        yield moment
        step()


def status_dates(project: Project) -> list[dt.date]:
    """The data dates of the project's status updates: the Monday after each fortnight a
    status report covers, and the reference date."""
    from accord.demo.reports import report_periods

    dates = {reference_date()}
    if project.status == Project.Status.ACTIVE:
        dates |= {end + dt.timedelta(days=1) for _, end in report_periods(project)}
    return sorted(d for d in dates if d > project.start_date)


def monthly_dates(project: Project) -> list[dt.date]:
    """The data dates of the monthly status updates: the last working day of each month
    from the start of the work until the fortnightly status reports take over (or the
    reference date, for a project that has none: completed or on hold)."""
    from accord.demo.reports import report_periods

    until = reference_date()
    if project.status == Project.Status.ACTIVE:
        until = min(until, report_periods(project)[0][0])
    dates = []
    month = project.start_date.replace(day=1)
    while True:
        following = (month + dt.timedelta(days=32)).replace(day=1)
        last = weekday(following - dt.timedelta(days=1), back=True)
        if last >= until:
            return dates
        if last > project.start_date:
            dates.append(last)
        month = following


def _decision_days(project: Project) -> list[tuple[Task, dt.date]]:
    """The decision points the plan passes before the reference date, with their day."""
    as_of = reference_date() + dt.timedelta(days=STOPPED.get(project.code, 0))
    progress = _progress(project, as_of)
    return sorted(
        (
            (task, fields["actual_finish"])
            for task, fields in progress.items()
            if task.kind == Task.Kind.DECISION and "actual_finish" in fields
        ),
        key=lambda pair: pair[1],
    )


def _plan(project: Project, spec: ProjectSpec, manager: User, counts: Tally, log) -> bool:
    if Task.objects.filter(project=project).exists():
        counts.add("plans", False)
        return False
    tasks, links = demo_plan(spec.code, PLAN_SHAPES[spec.code])
    count = plan_create(
        actor=manager,
        project=project,
        tasks=tasks,
        links=links,
        reason="Project plan drafted from the proposal's work breakdown",
    )
    counts.add("plans", True)
    log(f"  + {project.code} plan: {count} tasks, {len(links)} links")
    return True


def baseline_ensure(
    project: Project, manager: User, name: str, counts: Tally, log: Callable[[str], None]
) -> None:
    """The baseline called ``name``, signed by the project manager, unless it exists."""
    if Baseline.objects.filter(project=project, name=name).exists():
        counts.add("baselines", False)
        return
    baseline = baseline_save(
        actor=manager,
        project=project,
        name=name,
        username=manager.username,
        password=DEMO_PASSWORD,
        acknowledge=True,
    )
    counts.add("baselines", True)
    log(f"  + {project.code} baseline {baseline.number}: {name} (signed by {manager.username})")


def _status_update(project: Project, manager: User, data_date: dt.date, counts: Tally, log) -> None:
    """Record the progress as of ``data_date`` (the work stopped earlier on a project that
    went on hold): what the plan would have done with the slips it really had."""
    project.refresh_from_db()
    as_of = min(data_date, reference_date() + dt.timedelta(days=STOPPED.get(project.code, 0)))
    progress = _progress(project, as_of)
    changed = plan_progress_record(
        actor=manager,
        project=project,
        data_date=data_date,
        progress=progress,
        reason=f"Status update as of {format_day(data_date)}",
    )
    project.refresh_from_db()  # the update set its data date
    if data_date == reference_date():
        counts.add("status updates", True)
    log(f"  + {project.code} status update as of {data_date}: progress on {changed} tasks")


def _decision(
    project: Project, task: Task, decided_on: dt.date, quality: User, counts: Tally, log
) -> None:
    if Decision.objects.filter(task=task).exists():
        counts.add("decisions", False)
        return
    options, outcome, rationale = _DECISIONS[task.name]
    decision_record(
        actor=quality,
        task=task,
        options=options,
        outcome=outcome,
        rationale=rationale,
        decided_on=decided_on,
        username=quality.username,
        password=DEMO_PASSWORD,
        acknowledge=True,
    )
    counts.add("decisions", True)
    log(f"  + {project.code} decision: {task.name} ({outcome}, signed by {quality.username})")
