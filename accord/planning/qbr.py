"""What the plans contribute to a sponsor's quarterly business review: the milestones due
in a quarter against the latest signed baseline (met or missed), and the milestones and
decision points ahead. Plain JSON-ready dicts, for the review's frozen snapshot.

A sponsor reads every milestone and decision point of its projects (the plan is shared),
so nothing here is filtered for internal use.
"""

from __future__ import annotations

import datetime as dt

from accord.planning.models import BaselineTask, Decision, Task


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _latest_baseline_items(sponsor, tasks: list[Task]) -> dict[int, BaselineTask]:
    """Each task's date in its project's latest baseline (one query)."""
    items = (
        BaselineTask.objects.filter(
            task__in=[t.pk for t in tasks], baseline__project__sponsor=sponsor
        )
        .select_related("baseline")
        .order_by("task_id", "-baseline__number")
    )
    found: dict[int, BaselineTask] = {}
    for item in items:
        found.setdefault(item.task_id, item)
    return found


def _points(sponsor, kinds: tuple[str, ...]) -> list[Task]:
    return list(
        Task.objects.filter(project__sponsor=sponsor, kind__in=kinds)
        .exclude(project__status="cancelled")
        .select_related("project")
        .order_by("project__code", "sort_order", "uid")
    )


def _by_baseline(row: dict) -> tuple:
    return (row["baseline"], row["project"], row["name"])


def milestones_due_for_sponsor(sponsor, start: dt.date, end: dt.date) -> dict:
    """The milestones whose baseline date falls in ``start``..``end``: met when achieved
    on or before that date, missed when achieved later or not achieved yet."""
    tasks = _points(sponsor, (Task.Kind.MILESTONE,))
    baselines = _latest_baseline_items(sponsor, tasks)
    met, missed = [], []
    for task in tasks:
        item = baselines.get(task.pk)
        if item is None or not start <= item.finish <= end:
            continue
        done = task.actual_finish
        row = {
            "project": task.project.code,
            "name": task.name,
            "baseline": _iso(item.finish),
            "baseline_number": item.baseline.number,
            "achieved": _iso(done),
            "forecast": _iso(None if done else task.early_finish),
            "variance_days": ((done or task.early_finish) - item.finish).days
            if (done or task.early_finish)
            else None,
        }
        (met if done is not None and done <= item.finish else missed).append(row)
    return {"met": sorted(met, key=_by_baseline), "missed": sorted(missed, key=_by_baseline)}


def points_ahead_for_sponsor(sponsor, start: dt.date, end: dt.date) -> dict:
    """The milestones and decision points not yet achieved that the plan forecasts in
    ``start``..``end`` (the next quarter), with their baseline dates."""
    tasks = [
        t
        for t in _points(sponsor, (Task.Kind.MILESTONE, Task.Kind.DECISION))
        if t.actual_finish is None and t.early_finish and start <= t.early_finish <= end
    ]
    baselines = _latest_baseline_items(sponsor, tasks)
    decided = set(Decision.objects.filter(task__in=tasks).values_list("task_id", flat=True))
    rows = {"milestones": [], "decisions": []}
    for task in sorted(tasks, key=lambda t: (t.early_finish, t.project.code, t.uid)):
        if task.pk in decided:
            continue
        item = baselines.get(task.pk)
        row = {
            "project": task.project.code,
            "name": task.name,
            "forecast": _iso(task.early_finish),
            "baseline": _iso(item.finish) if item else None,
            "variance_days": (task.early_finish - item.finish).days if item else None,
        }
        key = "decisions" if task.kind == Task.Kind.DECISION else "milestones"
        rows[key].append(row)
    return rows


def decisions_taken_for_sponsor(sponsor, start: dt.date, end: dt.date) -> list[dict]:
    """The go/no-go decisions signed in ``start``..``end``."""
    decisions = (
        Decision.objects.filter(task__project__sponsor=sponsor, decided_on__range=(start, end))
        .select_related("task__project")
        .order_by("decided_on", "task__project__code")
    )
    return [
        {
            "project": d.task.project.code,
            "name": d.task.name,
            "outcome": d.get_outcome_display(),
            "decided_on": _iso(d.decided_on),
        }
        for d in decisions
    ]
