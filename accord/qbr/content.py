"""The snapshot a business review is written from: one sponsor's quarter as the sponsor
may see it, in plain JSON (dates as ISO strings).

Each section is read through the app that owns its records (``<app>/qbr.py`` and the
scorecards' and improvement apps' selectors); this module only assembles them. The review
keeps the snapshot in ``content`` and never recomputes it once published. Regenerating a
draft takes a new snapshot and says, in words, which figures and rows changed.
"""

from __future__ import annotations

import datetime as dt
import json
from importlib import import_module

from django.utils import timezone

from accord.accounts.models import Organization
from accord.delays.qbr import delays_told_to_sponsor
from accord.planning.qbr import (
    decisions_taken_for_sponsor,
    milestones_due_for_sponsor,
    points_ahead_for_sponsor,
)
from accord.quality.qbr import quality_events_for_sponsor
from accord.scorecards.variables import Period
from accord.service.qbr import concerns_for_sponsor
from accord.surveys.qbr import survey_figures_for_sponsor

SCHEMA = 1
SCORECARD_MISSING = "The scorecard is not available in this installation yet."
IMPROVEMENT_MISSING = "Improvement initiatives are not available in this installation yet."


def _plain(value):
    """JSON-ready: decimals, dates and the like become numbers or strings."""
    return json.loads(json.dumps(value, default=_default))


def _default(value):
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    try:
        return float(value)
    except (TypeError, ValueError):
        return str(value)


def _optional(module: str, *names: str):
    """The named functions of an app that may not be installed yet, or None."""
    try:
        found = import_module(module)
    except ImportError:
        return None
    functions = [getattr(found, name, None) for name in names]
    return None if any(f is None for f in functions) else functions


def _scorecard_section(sponsor: Organization, period: Period) -> dict:
    functions = _optional("accord.scorecards.selectors", "sponsor_scorecard", "scorecard_summary")
    if functions is None:
        return {"available": False, "note": SCORECARD_MISSING}
    sponsor_scorecard, scorecard_summary = functions
    scorecard = sponsor_scorecard(sponsor, period)
    if scorecard is None:
        return {"available": True, "note": "No scorecard is set up for this sponsor."}
    summary = scorecard_summary(scorecard)
    return {"available": True, "note": "", "name": str(scorecard), **_plain(summary)}


def _initiative_row(item) -> dict:
    if isinstance(item, dict):
        return _plain(item)

    def first(*names: str) -> str:
        for name in names:
            value = getattr(item, f"get_{name}_display", None) or getattr(item, name, None)
            value = value() if callable(value) else value
            if value not in (None, ""):
                return str(value)
        return ""

    owner = getattr(item, "owner", None)
    return {
        "reference": first("reference", "number", "code"),
        "title": first("title", "name") or str(item),
        "stage": first("stage_label", "stage"),
        "status": first("status", "state"),
        "owner": getattr(owner, "printed_name", "") or first("owner"),
        "metric": first("baseline_metric"),
        "baseline": first("baseline_value"),
        "result": first("result_value"),
        "unit": first("unit"),
        "days_saved": first("days_saved"),
    }


def _improvement_section(sponsor: Organization, period: Period) -> dict:
    functions = _optional("accord.improvement.selectors", "initiatives_for_sponsor")
    if functions is None:
        return {"available": False, "note": IMPROVEMENT_MISSING, "rows": []}
    (initiatives_for_sponsor,) = functions
    rows = [
        _initiative_row(item) for item in initiatives_for_sponsor(sponsor, period.start, period.end)
    ]
    return {"available": True, "note": "", "rows": rows}


def _quarter(period: Period) -> dict:
    return {"label": period.label, "start": period.start.isoformat(), "end": period.end.isoformat()}


def review_content(sponsor: Organization, period: Period, *, taken_at: dt.datetime) -> dict:
    """Every section of ``sponsor``'s review of ``period``, as of ``taken_at``."""
    ahead = period.next()
    quarter_end = timezone.make_aware(dt.datetime.combine(ahead.start, dt.time.min))
    cdmo = Organization.objects.filter(kind=Organization.Kind.CDMO).order_by("pk").first()
    return _plain(
        {
            "schema": SCHEMA,
            "sponsor": {"id": sponsor.pk, "name": sponsor.name},
            "cdmo": cdmo.name if cdmo else "",
            "quarter": _quarter(period),
            "next_quarter": _quarter(ahead),
            "taken_at": taken_at.isoformat(),
            "scorecard": _scorecard_section(sponsor, period),
            "milestones": milestones_due_for_sponsor(sponsor, period.start, period.end),
            "decisions_taken": decisions_taken_for_sponsor(sponsor, period.start, period.end),
            "delays": delays_told_to_sponsor(sponsor, period.start, period.end),
            "concerns": concerns_for_sponsor(
                sponsor, period.start, period.end, as_of=min(taken_at, quarter_end)
            ),
            "quality": quality_events_for_sponsor(sponsor, period.start, period.end),
            "surveys": survey_figures_for_sponsor(sponsor, period.start, period.end),
            "improvement": _improvement_section(sponsor, period),
            "ahead": points_ahead_for_sponsor(sponsor, ahead.start, ahead.end),
        }
    )


def figures(content: dict) -> dict[str, object]:
    """The headline figures of a snapshot, by label: what a person compares."""
    scorecard = content.get("scorecard", {})
    delays = content.get("delays", {})
    concerns = content.get("concerns", {})
    quality = content.get("quality", {})
    surveys = content.get("surveys", {})
    ahead = content.get("ahead", {})
    return {
        "Scorecard score": scorecard.get("score"),
        "Milestones met": len(content.get("milestones", {}).get("met", [])),
        "Milestones missed": len(content.get("milestones", {}).get("missed", [])),
        "Delays reported": len(delays.get("rows", [])),
        "Working days lost to delays": delays.get("days_lost", 0),
        "Concerns raised": concerns.get("opened", 0),
        "Concerns closed": concerns.get("closed", 0),
        "Deviations": len(quality.get("deviations", [])),
        "CAPA": len(quality.get("capas", [])),
        "Change controls": len(quality.get("changes", [])),
        "CSAT answers": surveys.get("csat", {}).get("answers", 0),
        "CSAT (%)": surveys.get("csat", {}).get("csat"),
        "NPS answers": surveys.get("nps", {}).get("answers", 0),
        "NPS": surveys.get("nps", {}).get("nps"),
        "Improvement initiatives": len(content.get("improvement", {}).get("rows", [])),
        "Milestones next quarter": len(ahead.get("milestones", [])),
        "Decision points next quarter": len(ahead.get("decisions", [])),
    }


def _rows(content: dict) -> dict[str, str]:
    """Every listed record, by a key that survives a regeneration, with its label."""
    found: dict[str, str] = {}
    for key in ("met", "missed"):
        for row in content.get("milestones", {}).get(key, []):
            found[f"milestone:{key}:{row['project']}:{row['name']}"] = (
                f"milestone {row['project']} {row['name']} ({key})"
            )
    for row in content.get("delays", {}).get("rows", []):
        found[f"delay:{row['project']}:{row['reference']}"] = (
            f"delay {row['project']} {row['reference']} {row['title']}"
        )
    for row in content.get("concerns", {}).get("rows", []):
        found[f"concern:{row['number']}"] = f"concern {row['number']} {row['title']}"
    for part, label in (("deviations", "deviation"), ("capas", "CAPA"), ("changes", "change")):
        for row in content.get("quality", {}).get(part, []):
            found[f"{part}:{row['number']}"] = f"{label} {row['number']} {row['title']}"
    return found


def content_changes(before: dict, after: dict) -> list[str]:
    """What changed between two snapshots, in sentences; empty when nothing did."""
    lines = []
    old, new = figures(before), figures(after)
    for label, value in new.items():
        if old.get(label) != value:
            lines.append(f"{label}: {_shown(old.get(label))} → {_shown(value)}.")
    old_rows, new_rows = _rows(before), _rows(after)
    lines += [f"Now listed: {new_rows[key]}." for key in new_rows if key not in old_rows]
    lines += [f"No longer listed: {old_rows[key]}." for key in old_rows if key not in new_rows]
    return lines


def _shown(value) -> str:
    return "—" if value is None else str(value)
