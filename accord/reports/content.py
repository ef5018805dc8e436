"""The snapshot a status report is written from: the project as the sponsor may see it.

``report_content`` reads the project's data and returns plain JSON (dates as ISO
strings), which the report keeps in ``content`` and never recomputes once published.
A report shows what was true in its period: records made after the period's end (in the
site's time zone) are left out, and risks, change orders and the project's health are
shown as they stood at that moment, read back from the audit trail (a change order
accepted after the period still waits for the sponsor's decision in it). The plan is
the plan as it is now: a report for a long-past period is best written when it ends.
The report goes to the sponsor, so only what the sponsor is entitled to see goes in:
risks shared with the sponsor, delays the sponsor has been told about (never their
internal notes) and change orders sent to the sponsor. Internal risks, untold delays,
draft change orders and internal notes are not filtered out later: they are never read.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

from django.conf import settings
from django.utils import timezone

from accord.audit.models import AuditEvent
from accord.audit.services import type_label
from accord.changes.models import ChangeOrder
from accord.delays.models import Delay
from accord.planning.models import Baseline, Decision, Task
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


def _cutoff(project: Project, period_end: dt.date) -> dt.datetime:
    """The end of the period's last day where the project is run."""
    zone = zoneinfo.ZoneInfo(project.site.time_zone or settings.TIME_ZONE)
    return dt.datetime.combine(period_end + dt.timedelta(days=1), dt.time(), tzinfo=zone)


def _as_of(
    records: list, fields: tuple[str, ...], cutoff: dt.datetime, *, made_then: bool = True
) -> list:
    """``records`` that existed at ``cutoff`` (all of them with ``made_then=False``), with
    ``fields`` set back to their values then (from the records' audit events; a record
    without any is taken as it is)."""
    if not records:
        return []
    label = type_label(records[0])
    events = AuditEvent.objects.filter(
        target_type=label, target_id__in=[str(record.pk) for record in records]
    ).order_by("seq")
    history: dict[str, list[tuple[dt.datetime, dict]]] = {}
    for event in events.only("target_id", "occurred_at", "changes"):
        history.setdefault(event.target_id, []).append(
            (event.occurred_at, json.loads(event.changes or "{}"))
        )
    kept = []
    for record in records:
        trail = history.get(str(record.pk), [])
        if made_then and trail and trail[0][0] >= cutoff:
            continue  # made after the period
        for name in fields:
            before = [changes[name] for at, changes in trail if at < cutoff and name in changes]
            after = [changes[name] for at, changes in trail if at >= cutoff and name in changes]
            if before:
                setattr(record, name, before[-1][1])
            elif after:
                setattr(record, name, after[0][0])
        kept.append(record)
    return kept


def _risks(project: Project, cutoff: dt.datetime) -> list[dict]:
    candidates = list(
        Risk.objects.filter(project=project, created_at__lt=cutoff).select_related("owner")
    )
    then = _as_of(candidates, ("status", "likelihood", "impact", "shared_with_sponsor"), cutoff)
    live = [risk for risk in then if risk.shared_with_sponsor and risk.status in Risk.LIVE_STATUSES]
    live.sort(key=lambda risk: (-risk.likelihood * risk.impact, risk.sequence))
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
        for risk in live[:TOP_RISKS]
    ]


def _delays(project: Project, start: dt.date, end: dt.date) -> dict:
    told = Delay.objects.filter(project=project, sponsor_informed_on__lte=end, occurred_on__lte=end)
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


def _change_orders(project: Project, cutoff: dt.datetime) -> list[ChangeOrder]:
    """The change orders the sponsor had received by ``cutoff``, as they stood then."""
    candidates = list(
        ChangeOrder.objects.filter(project=project, created_at__lt=cutoff).order_by("-number")
    )
    fields = ("status", "decided_on", "finish_delta_days", "price_change")
    then = _as_of(candidates, fields, cutoff)
    for order in then:
        if isinstance(order.decided_on, str):
            order.decided_on = dt.date.fromisoformat(order.decided_on)
    return [order for order in then if order.status in ChangeOrder.SPONSOR_STATES]


def _health(project: Project, cutoff: dt.datetime) -> Project:
    current = Project.objects.get(pk=project.pk)
    (then,) = _as_of([current], ("health", "health_reason"), cutoff, made_then=False)
    return then


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


def _open_decision_points(tasks: list[Task], horizon: dt.date, cutoff: dt.datetime) -> list[dict]:
    decided = set(
        Decision.objects.filter(
            task__in=[t.pk for t in tasks if t.kind == Task.Kind.DECISION],
            created_at__lt=cutoff,
        ).values_list("task_id", flat=True)
    )
    due = [
        t
        for t in tasks
        if t.kind == Task.Kind.DECISION
        and t.pk not in decided
        and (t.actual_finish is None or t.actual_finish >= cutoff.date())
        and t.early_finish
        and t.early_finish <= horizon
    ]
    due.sort(key=lambda t: (t.early_finish, t.sort_order))
    return [{"uid": t.uid, "name": t.name, "due": t.early_finish.isoformat()} for t in due]


def _baseline_then(project: Project, cutoff: dt.datetime):
    """The baseline in force at ``cutoff`` (a later re-baseline is not yet known)."""
    baseline, items = baseline_dates(project)
    if baseline is None or baseline.created_at < cutoff:
        return baseline, items
    earlier = (
        Baseline.objects.filter(project=project, created_at__lt=cutoff).order_by("-number").first()
    )
    if earlier is None:
        return None, {}
    return earlier, {item.task_id: item for item in earlier.items.all()}


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
    cutoff = min(_cutoff(project, period_end), taken_at)
    tasks, _ = plan_of(project)
    for task in tasks:  # work finished after the period is not done in it
        if task.actual_finish and task.actual_finish > period_end:
            task.actual_finish = None
    baseline, items = _baseline_then(project, cutoff)
    before = dict(previous.content) if previous is not None else {}
    if previous is not None:
        before["reference"] = previous.reference
    orders = _change_orders(project, cutoff)
    health = _health(project, cutoff)
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
            "rag": health.health,
            "label": health.get_health_display(),
            "reason": health.health_reason,
            "status_date": _iso(project.data_date or timezone.localdate(taken_at)),
        },
        "previous_report": _previous_section(previous),
        "schedule": _schedule(project, tasks, baseline, before),
        "milestones": _milestones(tasks, items, before, period_start, period_end),
        "critical_path": _critical_path(tasks, items, before),
        "risks": _risks(project, cutoff),
        "delays": _delays(project, period_start, period_end),
        "change_orders": [_change_order(order) for order in orders],
        "decisions": {
            "change_orders": [
                _change_order(order) for order in orders if order.status == ChangeOrder.Status.SENT
            ],
            "decision_points": _open_decision_points(tasks, period_end + DECISION_HORIZON, cutoff),
        },
    }
