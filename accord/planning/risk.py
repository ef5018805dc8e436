"""Schedule risk of a project's plan: the engine's Monte Carlo, shaped for the risk page."""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from accord.planning.scheduling import network_of
from accord.planning.selectors import plan_of
from accord.projects.models import Project
from accord.scheduling import RiskResult, simulate

HISTOGRAM_BINS = 30


@dataclass(frozen=True)
class RiskPage:
    result: RiskResult
    seconds: float
    chart: dict
    drivers: list[dict]


def project_risk(
    project: Project, *, iterations: int, seed: int, distribution: str
) -> RiskPage | None:
    tasks, links = plan_of(project)
    if not tasks or project.start_date is None:
        return None
    started = time.perf_counter()
    result = simulate(
        network_of(project, tasks, links),
        iterations=iterations,
        seed=seed,
        distribution=distribution,
        target=project.target_end_date,
    )
    seconds = time.perf_counter() - started
    return RiskPage(result, seconds, _chart(result), _drivers(result))


def _label(result: RiskResult, working_day: float) -> str:
    index = max(int(np.ceil(working_day)) - 1, 0)
    return result.calendar_index.date(index).isoformat()


def _chart(result: RiskResult) -> dict:
    """Histogram of finish dates with the cumulative S-curve, and the tornado bars."""
    days = result.finish_days
    low, high = float(days.min()), float(days.max())
    bins = max(1, min(HISTOGRAM_BINS, int(high - low) + 1))
    counts, edges = np.histogram(days, bins=bins, range=(low, high + 1e-9))
    cumulative = np.cumsum(counts) / days.size * 100
    tornado = result.tornado(10)
    return {
        "labels": [_label(result, edge) for edge in edges[1:]],
        "counts": counts.tolist(),
        "cumulative": [round(float(c), 1) for c in cumulative],
        "tornado": {
            "labels": [name for _, name, _ in tornado],
            "values": [round(value, 3) for _, _, value in tornado],
        },
    }


def _drivers(result: RiskResult) -> list[dict]:
    order = np.argsort(-result.criticality, kind="stable")
    rows = []
    for i in order.tolist():
        if result.criticality[i] == 0 and result.sensitivity[i] == 0:
            continue
        rows.append(
            {
                "name": result.names[i],
                "criticality": round(float(result.criticality[i]) * 100),
                "sensitivity": round(float(result.sensitivity[i]), 2) + 0.0,  # no "-0.0"
                "estimated": bool(result.estimated[i]),
            }
        )
    return rows
