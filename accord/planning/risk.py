"""Schedule risk of a project's plan: the engine's Monte Carlo, shaped for the risk page.

A run's figures are stored as plain JSON on its ``Simulation`` row (``summarize``), and
read back for the page with real dates (``RiskView``), so the page of a finished run is
the same whoever opens it, whatever the plan has become since.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from accord.scheduling import RiskResult

HISTOGRAM_BINS = 30


def summarize(result: RiskResult, seconds: float) -> dict:
    """Everything the risk page shows of a run, as JSON-ready values."""
    probability = result.probability
    return {
        "iterations": int(result.iterations),
        "seconds": round(seconds, 3),
        "percentiles": {k: v.isoformat() for k, v in result.percentiles.items()},
        "deterministic_finish": result.deterministic_finish.isoformat(),
        "target": result.target.isoformat() if result.target else None,
        "probability": None if probability is None else round(float(probability), 4),
        "chart": _chart(result),
        "drivers": _drivers(result),
    }


@dataclass(frozen=True)
class RiskView:
    iterations: int
    seconds: float
    percentiles: dict[str, dt.date]
    deterministic_finish: dt.date
    target: dt.date | None
    probability: float | None
    chart: dict
    drivers: list[dict]

    @classmethod
    def of(cls, summary: dict) -> RiskView:
        day = dt.date.fromisoformat
        return cls(
            iterations=summary["iterations"],
            seconds=summary["seconds"],
            percentiles={k: day(v) for k, v in summary["percentiles"].items()},
            deterministic_finish=day(summary["deterministic_finish"]),
            target=day(summary["target"]) if summary["target"] else None,
            probability=summary["probability"],
            chart=summary["chart"],
            drivers=summary["drivers"],
        )


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
