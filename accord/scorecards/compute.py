"""A scorecard's figures for one template, scope and period: each criterion's formula
over the variables' measures, the weighted perform and transform halves, the total and
its standing. Live pages and freezing both call :func:`compute`; only freezing stores it.

A criterion whose variables have nothing to measure (a ``None`` value) is *not measured*:
it is left out and the weights of the measured criteria of the score are scaled up to
100, so a sponsor without batches in a quarter is scored on what it did have.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from accord.scorecards.formulas import FormulaError, evaluate, names_in
from accord.scorecards.variables import (
    PERFORM,
    TRANSFORM,
    Measure,
    Period,
    Scope,
    measure,
    variable,
)


@dataclass
class Computed:
    scope: Scope
    period: Period
    criteria: list[dict] = field(default_factory=list)
    score: float | None = None
    perform: float | None = None
    transform: float | None = None
    standing: str = ""
    standing_colour: str = ""


def _measure_json(name: str, found: Measure) -> dict:
    known = variable(name)
    return {
        "name": name,
        "label": known.label,
        "unit": known.unit,
        "value": None if found.value is None else round(float(found.value), 2),
        "note": found.note,
        "evidence": [{"label": e.label, "url": e.url, "detail": e.detail} for e in found.evidence],
    }


def weighted(rows: list[dict]) -> float | None:
    """The weighted mean score of the measured rows; None when none is measured."""
    measured = [r for r in rows if r["score"] is not None]
    total = sum(r["weight"] for r in measured)
    if not total:
        return None
    return round(sum(r["score"] * r["weight"] for r in measured) / total, 1)


def standing_of(score: float | None, bands: list[dict]) -> tuple[str, str]:
    if score is None:
        return "", ""
    for band in bands:
        if band["lower"] <= score < band["upper"] or (band["upper"] == 100 and score >= 100):
            return band["name"], band["colour"]
    return "", ""


def bands_of(template) -> list[dict]:
    return [
        {"name": b.name, "lower": b.lower, "upper": b.upper, "colour": b.colour}
        for b in template.bands.order_by("-lower")
    ]


def compute(template, scope: Scope, period: Period) -> Computed:
    result = Computed(scope=scope, period=period)
    cache: dict[str, Measure] = {}
    for criterion in template.criteria.order_by("position", "pk"):
        row = {
            "name": criterion.name,
            "half": criterion.half,
            "formula": criterion.formula,
            "weight": criterion.weight,
            "target": criterion.target,
            "unit": criterion.unit,
            "value": None,
            "score": None,
            "met": None,
            "note": "",
            "variables": [],
        }
        names = names_in(criterion.formula)
        for name in names:
            if name not in cache:
                cache[name] = measure(name, scope, period)
            row["variables"].append(_measure_json(name, cache[name]))
        values = {name: cache[name].value for name in names}
        missing = [name for name, value in values.items() if value is None]
        if missing:
            row["note"] = "Not measured: nothing to measure for " + ", ".join(missing) + "."
        else:
            try:
                value = evaluate(criterion.formula, values)
            except FormulaError as error:
                row["note"] = str(error)
            else:
                row["value"] = round(value, 2)
                row["score"] = round(min(100.0, max(0.0, value)), 1)
                if criterion.target is not None:
                    row["met"] = row["score"] >= criterion.target
        result.criteria.append(row)
    result.perform = weighted([r for r in result.criteria if r["half"] == PERFORM])
    result.transform = weighted([r for r in result.criteria if r["half"] == TRANSFORM])
    result.score = weighted(result.criteria)
    result.standing, result.standing_colour = standing_of(result.score, bands_of(template))
    return result
