"""What the Gantt chart and the task table read of a plan, shared by the pages and the API."""

from __future__ import annotations

import datetime as dt

from accord.planning import selectors
from accord.planning.models import Dependency, Task


def predecessor_labels(tasks: list[Task], links: list[Dependency]) -> dict[int, str]:
    """Each task's predecessors as MS Project writes them: ``3, 4SS+2d``."""
    uid = {t.pk: t.uid for t in tasks}
    labels: dict[int, list[str]] = {}
    for link in links:
        lag = f"{link.lag_days:+d}d" if link.lag_days else ""
        kind = "" if link.type == "FS" and not lag else link.type
        labels.setdefault(link.successor_id, []).append(f"{uid[link.predecessor_id]}{kind}{lag}")
    return {pk: ", ".join(items) for pk, items in labels.items()}


def gantt_of(project) -> dict:
    """Tasks as frappe-gantt wants them: one query for tasks, one for links."""
    tasks, links = selectors.plan_of(project)
    _, baseline_items = selectors.baseline_dates(project)
    depends: dict[int, list[str]] = {}
    for link in links:
        depends.setdefault(link.successor_id, []).append(f"t{link.predecessor_id}")
    parents = {task.pk: task.parent_id for task in tasks}

    def level(pk: int) -> int:
        depth, parent = 0, parents.get(pk)
        while parent is not None and depth < 20:
            depth, parent = depth + 1, parents.get(parent)
        return depth

    rows = []
    for task in tasks:
        if task.early_start is None:
            continue
        # frappe-gantt takes one class name per bar.
        bar_class = (
            "bar-summary"
            if task.kind == Task.Kind.SUMMARY
            else ("bar-critical" if task.critical else "bar-float")
        )
        rows.append(
            {
                "id": f"t{task.pk}",
                "pk": task.pk,
                "name": task.name,
                "start": task.early_start.isoformat(),
                # frappe-gantt's end is exclusive-ish; the finish day is inclusive here
                "end": (task.early_finish + dt.timedelta(days=1)).isoformat(),
                "progress": task.percent_complete,
                "version": task.version,
                "dependencies": ", ".join(depends.get(task.pk, [])),
                "custom_class": bar_class,
                "kind": task.kind,
                "level": level(task.pk),
                "critical": task.critical,
                "total_float": task.total_float,
                "finish": task.early_finish.isoformat(),
                "baseline": [
                    baseline_items[task.pk].start.isoformat(),
                    (baseline_items[task.pk].finish + dt.timedelta(days=1)).isoformat(),
                ]
                if task.pk in baseline_items
                else None,
            }
        )
    return {"project": project.code, "tasks": rows}
