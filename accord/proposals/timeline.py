"""A proposal's timeline: a plan template, optionally scaled, scheduled by the engine.

The template's steps become activities (durations, three-point estimates and lags
multiplied by ``scale``, rounded, a task never shorter than one day); with more than one
batch the template's GMP step repeats, each batch after the previous, and what followed
the GMP step follows the last batch. The engine's CPM gives the earliest dates from the
proposed start and the critical path; its Monte Carlo simulation, with a fixed seed so
that the same inputs always give the same dates, gives the P50 and P80 finish. Working
days are Monday to Friday: no site calendar is known at proposal time.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from accord.planning.plan_templates import TEMPLATES, PlanTemplate, Step
from accord.scheduling import Activity, Link, LinkType, Network, ThreePoint, schedule, simulate

SEED = 20260101
ITERATIONS = 5000
GMP_STEP = "GMP"
MAX_BATCHES = 20


def _scaled(days: float, scale: Decimal, *, minimum: int = 0) -> int:
    value = (Decimal(str(days)) * scale).quantize(Decimal("1"), rounding=ROUND_HALF_UP)
    return max(int(value), minimum)


def _steps(template: PlanTemplate, batches: int) -> list[tuple[Step, str, str]]:
    """(step, activity id, name) for every activity; the GMP step once per batch."""
    out = []
    for step in template.steps:
        if step.key == GMP_STEP and batches > 1:
            for batch in range(1, batches + 1):
                out.append((step, f"{step.key}-{batch}", f"{step.name} (batch {batch})"))
        else:
            out.append((step, step.key, step.name))
    return out


def network_for(
    template: PlanTemplate,
    start: dt.date,
    *,
    scale: Decimal = Decimal("1"),
    batches: int = 1,
) -> Network:
    activities = []
    links = []
    repeated = batches > 1 and any(step.key == GMP_STEP for step in template.steps)

    def first(key: str) -> str:
        return f"{key}-1" if repeated and key == GMP_STEP else key

    def last(key: str) -> str:
        return f"{key}-{batches}" if repeated and key == GMP_STEP else key

    for step, activity_id, name in _steps(template, batches if repeated else 1):
        task = step.kind == "task"
        estimate = None
        if task and step.estimate:
            o, m, p = (_scaled(v, scale, minimum=1) for v in step.estimate)
            estimate = ThreePoint(o, max(m, o), max(p, m, o))
        activities.append(
            Activity(
                id=activity_id,
                name=name,
                duration=_scaled(step.duration, scale, minimum=1) if task else 0,
                estimate=estimate,
            )
        )
        for predecessor, link_type, lag in step.after:
            if activity_id == first(step.key) or step.key != GMP_STEP:
                links.append(
                    Link(last(predecessor), activity_id, LinkType(link_type), _scaled(lag, scale))
                )
        if repeated and step.key == GMP_STEP and activity_id != first(step.key):
            batch = int(activity_id.rsplit("-", 1)[1])
            links.append(Link(f"{GMP_STEP}-{batch - 1}", activity_id))
    return Network(activities=activities, links=links, project_start=start, name=template.name)


def timeline_compute(
    template_code: str,
    start: dt.date,
    *,
    scale: Decimal = Decimal("1"),
    batches: int = 1,
) -> dict[str, object]:
    """The JSON a revision keeps: rows, finish, critical path, P50 and P80."""
    template = TEMPLATES[template_code]
    network = network_for(template, start, scale=scale, batches=batches)
    plan = schedule(network)
    kinds = {activity_id: step.kind for step, activity_id, _ in _steps(template, batches)}
    risk = simulate(network, iterations=ITERATIONS, seed=SEED)
    percentiles = risk.percentiles
    return {
        "template": template.code,
        "template_name": template.name,
        "start": start.isoformat(),
        "scale": str(scale),
        "batches": batches,
        "rows": [
            {
                "key": row.id,
                "name": row.name,
                "kind": kinds.get(row.id, "task"),
                "duration": row.duration,
                "start": row.early_start.isoformat(),
                "finish": row.early_finish.isoformat(),
                "critical": bool(row.critical),
            }
            for row in plan.rows()
        ],
        "finish": plan.project_finish.isoformat(),
        "duration_days": plan.project_duration,
        "critical_path": list(plan.critical_path),
        "p50": percentiles["P50"].isoformat(),
        "p80": percentiles["P80"].isoformat(),
        "seed": SEED,
        "iterations": ITERATIONS,
    }


def timeline_bars(timeline: dict) -> list[dict[str, object]]:
    """Rows with left offset and width in percent of the whole span, for a CSS chart."""
    rows = timeline.get("rows") or []
    if not rows:
        return []
    starts = [dt.date.fromisoformat(row["start"]) for row in rows]
    finishes = [dt.date.fromisoformat(row["finish"]) for row in rows]
    first = min(starts)
    span = max((max(finishes) - first).days + 1, 1)
    bars = []
    for row, start, finish in zip(rows, starts, finishes, strict=True):
        offset = (start - first).days
        days = max((finish - start).days + 1, 1)
        bars.append(
            {
                **row,
                "start_date": start,
                "finish_date": finish,
                "left": round(100 * offset / span, 2),
                "width": round(max(100 * days / span, 0.6), 2),
                "milestone": row["kind"] != "task",
            }
        )
    return bars


def timeline_dates(timeline: dict) -> dict[str, dt.date]:
    """The finish, P50 and P80 of a stored timeline as dates (empty without a timeline)."""
    return {
        key: dt.date.fromisoformat(timeline[key])
        for key in ("finish", "p50", "p80")
        if timeline.get(key)
    }
