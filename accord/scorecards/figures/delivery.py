"""Delivery: milestones finished on time against their baseline, and the days lost to
delays per running project."""

from __future__ import annotations

from accord.core.dates import format_day
from accord.scorecards.figures.scopes import PROJECT_SCOPES, percent, projects_of, url
from accord.scorecards.variables import PERFORM, Evidence, Measure, Period, Scope, Variable


def on_time_milestones(scope: Scope, period: Period) -> Measure:
    from accord.planning.selectors import milestones_against_baseline

    rows = [
        (task, promised)
        for task, promised in milestones_against_baseline(
            projects_of(scope), period.start, period.end
        )
        if promised is not None
    ]
    if not rows:
        return Measure(None, note="No milestone with a baseline finished in the period.")
    on_time = sum(task.actual_finish <= promised for task, promised in rows)
    evidence = [
        Evidence(
            f"{task.project.code} · {task.name}",
            url("planning:plan", task.project_id),
            f"finished {format_day(task.actual_finish)}, baseline {format_day(promised)}"
            + (" (on time)" if task.actual_finish <= promised else " (late)"),
        )
        for task, promised in rows
    ]
    return Measure(
        percent(on_time, len(rows)),
        evidence,
        f"{on_time} of {len(rows)} milestones finished by their baseline date",
    )


def delay_days_per_project(scope: Scope, period: Period) -> Measure:
    from accord.delays.selectors import delays_in
    from accord.projects.selectors import projects_running

    projects = projects_of(scope)
    running = list(projects_running(projects, period.start, period.end))
    if not running:
        return Measure(None, note="No project was running in the period.")
    delays = list(delays_in(projects, period.start, period.end))
    days = sum(d.days_lost for d in delays)
    evidence = [
        Evidence(
            f"{d.project.code} · {d.reference} {d.title}",
            url("delays:detail", d.pk),
            f"{d.days_lost} days lost, {format_day(d.occurred_on)}",
        )
        for d in delays
    ]
    return Measure(
        round(days / len(running), 2),
        evidence,
        f"{days} days lost over {len(running)} running projects",
    )


VARIABLES = (
    Variable(
        "on_time_milestones",
        "On-time milestones",
        PERFORM,
        "%",
        on_time_milestones,
        help="Milestones finished in the period by the date their baseline promised.",
        scopes=PROJECT_SCOPES,
    ),
    Variable(
        "delay_days_per_project",
        "Delay days per project",
        PERFORM,
        "days",
        delay_days_per_project,
        higher_is_better=False,
        help="Days lost to delays that occurred in the period, per project running in it.",
        scopes=PROJECT_SCOPES,
    ),
)
