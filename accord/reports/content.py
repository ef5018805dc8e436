"""The snapshot a status report is written from: the project as the sponsor may see it.

``report_content`` reads the project's data as it is now and returns plain JSON (dates as
ISO strings), which the report keeps in ``content`` and never recomputes once published.
The report goes to the sponsor, so only what the sponsor is entitled to see goes in:
risks shared with the sponsor, delays the sponsor has been told about (never their
internal notes) and change orders sent to the sponsor. Internal risks, untold delays,
draft change orders and internal notes are not filtered out later: they are never read.
"""

from __future__ import annotations

import datetime as dt

from django.db.models import F
from django.utils import timezone

from accord.changes.models import ChangeOrder
from accord.delays.models import Delay
from accord.planning.models import Decision, Task
from accord.planning.selectors import baseline_dates, plan_of
from accord.projects.models import Project
from accord.risks.models import Risk

SCHEMA = 1
NEXT_MILESTONES = 6
CRITICAL_ROWS = 12
TOP_RISKS = 5
DELAY_ROWS = 10
# Open go/no-go decision points due within this horizon after the period are listed
# under "decisions needed" (overdue ones too).
DECISION_HORIZON = dt.timedelta(weeks=6)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _days(later: dt.date | None, earlier: dt.date | str | None) -> int | None:
    if isinstance(earlier, str):
        earlier = dt.date.fromisoformat(earlier)
    return (later - earlier).days if later and earlier else None


def _previous_section(previous) -> dict | None:
    if previous is None:
        return None
    return {
        "reference": previous.reference,
        "period_end": previous.period_end.isoformat(),
        "published_at": previous.published_at.isoformat() if previous.published_at else None,
    }


def _milestone(task: Task, items: dict, before: dict[int, str]) -> dict:
    date = task.actual_finish or task.early_finish
    baseline = items.get(task.pk)
    return {
        "uid": task.uid,
        "name": task.name,
        "kind": task.kind,
        "date": _iso(date),
        "done": task.actual_finish is not None,
        "baseline": _iso(baseline.finish) if baseline else None,
        "variance_days": _days(date, baseline.finish) if baseline else None,
        "previous": before.get(task.uid),
        "moved_days": _days(date, before.get(task.uid)),
    }


def _milestones(
    tasks: list[Task], items: dict, previous: dict, start: dt.date, end: dt.date
) -> dict:
    before = {row["uid"]: row["date"] for row in previous.get("milestones", {}).get("all", [])}
    points = sorted(
        (t for t in tasks if t.is_milestone and (t.actual_finish or t.early_finish)),
        key=lambda t: (t.actual_finish or t.early_finish, t.sort_order, t.uid),
    )
    rows = [_milestone(task, items, before) for task in points]
    milestones = [row for row in rows if row["kind"] == Task.Kind.MILESTONE]
    return {
        "done": [
            row
            for row in milestones
            if row["done"] and start <= dt.date.fromisoformat(row["date"]) <= end
        ],
        "next": [row for row in milestones if not row["done"]][:NEXT_MILESTONES],
        "all": rows,
    }


def _critical_path(tasks: list[Task], items: dict, previous: dict) -> dict:
    earlier = previous.get("critical_path") if previous else None
    critical = [t for t in tasks if t.critical and t.kind != Task.Kind.SUMMARY]
    critical.sort(key=lambda t: (t.early_start or dt.date.max, t.sort_order, t.uid))
    before = {uid: (name, finish) for uid, name, finish in (earlier or {}).get("all", [])}
    remaining = [t for t in critical if t.actual_finish is None]
    rows = []
    for task in remaining[:CRITICAL_ROWS]:
        baseline = items.get(task.pk)
        previous_finish = before.get(task.uid, (None, None))[1]
        rows.append(
            {
                "uid": task.uid,
                "name": task.name,
                "kind": task.kind,
                "start": _iso(task.early_start),
                "finish": _iso(task.early_finish),
                "percent_complete": task.percent_complete,
                "baseline_finish": _iso(baseline.finish) if baseline else None,
                "variance_days": _days(task.early_finish, baseline.finish) if baseline else None,
                "previous_finish": previous_finish,
                "moved_days": _days(task.early_finish, previous_finish),
            }
        )
    now = {t.uid: t for t in critical}
    finished = {t.uid for t in tasks if t.actual_finish is not None}
    compared = earlier is not None
    gone = [(uid, name) for uid, (name, _) in before.items() if uid not in now]
    return {
        "tasks": rows,
        "more": max(len(remaining) - CRITICAL_ROWS, 0),
        "all": [[t.uid, t.name, _iso(t.early_finish)] for t in critical],
        "compared_with": previous.get("reference") if compared else None,
        "joined": [
            {"uid": uid, "name": task.name} for uid, task in now.items() if uid not in before
        ]
        if compared
        else [],
        # Finished work drops off the path because it is done, not because it has float.
        "completed": [{"uid": uid, "name": name} for uid, name in gone if uid in finished],
        "left": [{"uid": uid, "name": name} for uid, name in gone if uid not in finished],
    }


def _schedule(project: Project, tasks: list[Task], baseline, previous: dict) -> dict:
    finish = max((t.early_finish for t in tasks if t.early_finish), default=None)
    previous_finish = (previous.get("schedule") or {}).get("forecast_finish")
    return {
        "start": _iso(project.start_date),
        "target": _iso(project.target_end_date),
        "forecast_finish": _iso(finish),
        "baseline": {
            "number": baseline.number,
            "name": baseline.name,
            "finish": baseline.finish.isoformat(),
        }
        if baseline
        else None,
        "variance_days": _days(finish, baseline.finish) if baseline else None,
        "previous_finish": previous_finish,
        "moved_days": _days(finish, previous_finish),
    }


def _risks(project: Project) -> list[dict]:
    risks = (
        Risk.objects.filter(
            project=project, shared_with_sponsor=True, status__in=Risk.LIVE_STATUSES
        )
        .select_related("owner")
        .annotate(score_value=F("likelihood") * F("impact"))
        .order_by("-score_value", "sequence")[:TOP_RISKS]
    )
    return [
        {
            "number": risk.number,
            "title": risk.title,
            "category": risk.get_category_display(),
            "likelihood": risk.likelihood,
            "impact": risk.impact,
            "score": risk.score,
            "level": risk.level.value,
            "level_label": risk.level.label,
            "status": risk.get_status_display(),
            "owner": risk.owner.printed_name,
            "mitigation": risk.mitigation_plan,
        }
        for risk in risks
    ]


def _delays(project: Project, start: dt.date, end: dt.date) -> dict:
    told = Delay.objects.filter(project=project, sponsor_informed_on__isnull=False)
    rows = list(told.order_by("-occurred_on", "-number"))
    return {
        "items": [
            {
                "reference": delay.reference,
                "title": delay.title,
                "cause": delay.get_cause_display(),
                "occurred_on": delay.occurred_on.isoformat(),
                "days_lost": delay.days_lost,
                "description": delay.description,
                "root_cause": delay.root_cause,
                "informed_on": delay.sponsor_informed_on.isoformat(),
                "informed_how": delay.get_sponsor_informed_how_display(),
                "new": start <= delay.sponsor_informed_on <= end,
            }
            for delay in rows[:DELAY_ROWS]
        ],
        "more": max(len(rows) - DELAY_ROWS, 0),
        "count": len(rows),
        "total_days_lost": sum(delay.days_lost for delay in rows),
    }


def _change_order(order: ChangeOrder) -> dict:
    return {
        "reference": order.reference,
        "title": order.title,
        "status": order.status,
        "status_label": order.get_status_display(),
        "price_change": str(order.price_change),
        "currency": order.currency,
        "finish_delta_days": order.finish_delta_days,
        "decided_on": _iso(order.decided_on),
    }


def _open_decision_points(tasks: list[Task], horizon: dt.date) -> list[dict]:
    decided = set(
        Decision.objects.filter(
            task__in=[t.pk for t in tasks if t.kind == Task.Kind.DECISION]
        ).values_list("task_id", flat=True)
    )
    due = [
        t
        for t in tasks
        if t.kind == Task.Kind.DECISION
        and t.pk not in decided
        and t.actual_finish is None
        and t.early_finish
        and t.early_finish <= horizon
    ]
    due.sort(key=lambda t: (t.early_finish, t.sort_order))
    return [{"uid": t.uid, "name": t.name, "due": t.early_finish.isoformat()} for t in due]


def report_content(
    project: Project,
    *,
    period_start: dt.date,
    period_end: dt.date,
    previous=None,
    taken_at: dt.datetime | None = None,
) -> dict:
    """The sponsor-facing snapshot of ``project``, compared with the ``previous`` published
    report (its own snapshot, not today's data) where there is one."""
    taken_at = taken_at or timezone.now()
    tasks, _ = plan_of(project)
    baseline, items = baseline_dates(project)
    before = dict(previous.content) if previous is not None else {}
    if previous is not None:
        before["reference"] = previous.reference
    orders = list(
        ChangeOrder.objects.filter(project=project, status__in=ChangeOrder.SPONSOR_STATES).order_by(
            "-number"
        )
    )
    site = project.site
    return {
        "schema": SCHEMA,
        "taken_at": taken_at.astimezone(dt.UTC).isoformat(timespec="seconds"),
        "cdmo": site.organization.name,
        "site": site.name,
        "sponsor": project.sponsor.name,
        "project": {
            "code": project.code,
            "title": project.title,
            "molecule": project.molecule,
            "phase": project.get_phase_display(),
            "modality": project.get_modality_display(),
            "status": project.get_status_display(),
        },
        "health": {
            "rag": project.health,
            "label": project.get_health_display(),
            "reason": project.health_reason,
            "status_date": _iso(project.data_date or timezone.localdate(taken_at)),
        },
        "previous_report": _previous_section(previous),
        "schedule": _schedule(project, tasks, baseline, before),
        "milestones": _milestones(tasks, items, before, period_start, period_end),
        "critical_path": _critical_path(tasks, items, before),
        "risks": _risks(project),
        "delays": _delays(project, period_start, period_end),
        "change_orders": [_change_order(order) for order in orders],
        "decisions": {
            "change_orders": [
                _change_order(order) for order in orders if order.status == ChangeOrder.Status.SENT
            ],
            "decision_points": _open_decision_points(tasks, period_end + DECISION_HORIZON),
        },
    }
