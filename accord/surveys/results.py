"""The numbers of the results pages, the exports and the API, from a set of answers.

- **CSAT** is the share of satisfaction answers that are 4 or 5 (satisfied or very
  satisfied), in %; the average score (1 to 5) is given next to it.
- **NPS** is the share of promoters (9 and 10) less the share of detractors (0 to 6), in
  points from -100 to 100; passives (7 and 8) count in the total only.

Shares are rounded half up to one decimal, from the exact counts (an NPS is never the
difference of two rounded shares). A quarter is the one the answer was given in, in the
installation's time zone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import QuerySet
from django.utils import timezone

from accord.surveys.models import Category, SurveyKind, nps_group, quarter_label, quarter_of

FIELDS = (
    "score",
    "answered_at",
    "survey__kind",
    "survey__sponsor__name",
    "survey__project__code",
    "survey__project__title",
    "survey__owner__first_name",
    "survey__owner__last_name",
    "survey__owner__username",
    *Category.values,
)


def rounded(value: Decimal | float, places: str = "0.1") -> float:
    return float(Decimal(value).quantize(Decimal(places), rounding=ROUND_HALF_UP))


def share(part: int, whole: int) -> float | None:
    """``part`` of ``whole`` in %, one decimal; None of nothing."""
    if not whole:
        return None
    return rounded(Decimal(100 * part) / Decimal(whole))


def csat_numbers(scores: list[int]) -> dict:
    answers = len(scores)
    satisfied = sum(1 for score in scores if score >= 4)
    return {
        "answers": answers,
        "satisfied": satisfied,
        "csat": share(satisfied, answers),
        "average": rounded(Decimal(sum(scores)) / answers, "0.01") if answers else None,
        "low": sum(1 for score in scores if score <= 2),
        "distribution": [sum(1 for score in scores if score == n) for n in range(1, 6)],
    }


def nps_numbers(scores: list[int]) -> dict:
    answers = len(scores)
    groups = [nps_group(score) for score in scores]
    promoters, passives = groups.count("promoter"), groups.count("passive")
    detractors = groups.count("detractor")
    return {
        "answers": answers,
        "promoters": promoters,
        "passives": passives,
        "detractors": detractors,
        "promoters_pct": share(promoters, answers),
        "passives_pct": share(passives, answers),
        "detractors_pct": share(detractors, answers),
        "nps": share(promoters - detractors, answers),
    }


def _owner(row: dict) -> str:
    full = f"{row['survey__owner__first_name']} {row['survey__owner__last_name']}".strip()
    return full or row["survey__owner__username"] or "Nobody named"


def _project(row: dict) -> str:
    code = row["survey__project__code"]
    return f"{code} {row['survey__project__title']}" if code else "The relationship as a whole"


def _quarter(row: dict) -> str:
    return quarter_of(timezone.localdate(row["answered_at"]))


def _grouped(
    rows: Iterable[dict], key: Callable[[dict], str], numbers: Callable[[list[int]], dict]
) -> list[dict]:
    groups: dict[str, list[int]] = defaultdict(list)
    for row in rows:
        groups[key(row)].append(row["score"])
    return [{"label": label, **numbers(scores)} for label, scores in groups.items()]


def _by_label(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda row: row["label"].casefold())


def _by_quarter(rows: list[dict], numbers) -> list[dict]:
    grouped = sorted(_grouped(rows, _quarter, numbers), key=lambda row: row["label"])
    return [
        {**row, "quarter": row["label"], "label": quarter_label(row["label"])} for row in grouped
    ]


def categories(rows: list[dict]) -> list[dict]:
    """The average rating (1 to 5) of each of the six categories, over the answers that
    rated it."""
    result = []
    for value, label in Category.choices:
        ratings = [row[value] for row in rows if row[value] is not None]
        average = rounded(Decimal(sum(ratings)) / len(ratings), "0.01") if ratings else None
        result.append({"label": label, "ratings": len(ratings), "average": average})
    return result


def report(responses: QuerySet) -> dict:
    """Every table of the results: CSAT and NPS overall, by sponsor, project, owner and
    quarter, and the six categories."""
    rows = list(responses.values(*FIELDS))
    csat = [row for row in rows if row["survey__kind"] == SurveyKind.CSAT]
    nps = [row for row in rows if row["survey__kind"] == SurveyKind.NPS]
    return {
        "csat": {
            "summary": csat_numbers([row["score"] for row in csat]),
            "by_sponsor": _by_label(
                _grouped(csat, lambda r: r["survey__sponsor__name"], csat_numbers)
            ),
            "by_project": _by_label(_grouped(csat, _project, csat_numbers)),
            "by_owner": _by_label(_grouped(csat, _owner, csat_numbers)),
            "by_quarter": _by_quarter(csat, csat_numbers),
        },
        "nps": {
            "summary": nps_numbers([row["score"] for row in nps]),
            "by_quarter": _by_quarter(nps, nps_numbers),
            "by_sponsor": _by_label(
                _grouped(nps, lambda r: r["survey__sponsor__name"], nps_numbers)
            ),
            "by_owner": _by_label(_grouped(nps, _owner, nps_numbers)),
            "categories": categories(nps),
        },
    }


def chart_data(tables: dict) -> dict:
    """What the charts draw (Chart.js, survey-results.js)."""
    csat, nps = tables["csat"]["by_quarter"], tables["nps"]["by_quarter"]
    return {
        "csat": {
            "labels": [row["label"] for row in csat],
            "csat": [row["csat"] for row in csat],
            "average": [row["average"] for row in csat],
        },
        "nps": {
            "labels": [row["label"] for row in nps],
            "promoters": [row["promoters_pct"] for row in nps],
            "passives": [row["passives_pct"] for row in nps],
            "detractors": [row["detractors_pct"] for row in nps],
            "nps": [row["nps"] for row in nps],
        },
        "categories": {
            "labels": [row["label"] for row in tables["nps"]["categories"]],
            "averages": [row["average"] for row in tables["nps"]["categories"]],
        },
    }
