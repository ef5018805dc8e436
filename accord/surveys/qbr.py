"""What survey answers contribute to a sponsor's quarterly business review: CSAT and NPS
of the answers the sponsor's people gave in the quarter, computed as on the results
pages. Figures only: who answered what stays on the results pages, where a sponsor
contact sees only their own answers."""

from __future__ import annotations

import datetime as dt

from accord.surveys.models import LowScoreReason, SurveyKind, SurveyResponse
from accord.surveys.results import csat_numbers, nps_numbers


def survey_figures_for_sponsor(sponsor, start: dt.date, end: dt.date) -> dict:
    answers = list(
        SurveyResponse.objects.filter(
            survey__sponsor=sponsor, answered_at__date__range=(start, end)
        ).values_list("survey__kind", "score", "reason")
    )
    reasons: dict[str, int] = {}
    for _, _, reason in answers:
        if reason:
            label = LowScoreReason(reason).label
            reasons[label] = reasons.get(label, 0) + 1
    return {
        "csat": csat_numbers([s for kind, s, _ in answers if kind == SurveyKind.CSAT]),
        "nps": nps_numbers([s for kind, s, _ in answers if kind == SurveyKind.NPS]),
        "low_reasons": [
            {"reason": label, "count": count}
            for label, count in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
    }
