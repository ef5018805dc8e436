"""How a scorecard looks: the context its page, the sponsor's page and its PDF share,
the trend over periods, and the PDF itself (WeasyPrint, drawn from the frozen row only,
so a frozen scorecard reads the same on every download)."""

from __future__ import annotations

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.http import content_disposition_header
from django.utils.text import slugify

from accord.scorecards.variables import HALVES, PERFORM, TRANSFORM
from accord.signatures.selectors import manifest


def portal_criteria(criteria: list[dict]) -> list[dict]:
    """The criteria a sponsor reads: figures and how they were reached, never the list of
    records behind them (names of CDMO people, internal delays and deviations)."""
    return [
        {
            **row,
            "variables": [{**v, "evidence": []} for v in row["variables"]],
        }
        for row in criteria
    ]


def halves(criteria: list[dict]) -> list[dict]:
    """The criteria split into the perform and the transform half, for side-by-side."""
    return [
        {
            "key": key,
            "label": HALVES[key],
            "rows": [row for row in criteria if row["half"] == key],
            "weight": sum(row["weight"] for row in criteria if row["half"] == key),
        }
        for key in (PERFORM, TRANSFORM)
    ]


def trend(scorecards) -> dict:
    """Chart data for a series of frozen scorecards, oldest first."""
    ordered = sorted(scorecards, key=lambda s: s.period_start)
    return {
        "labels": [s.period.label for s in ordered],
        "score": [s.score for s in ordered],
        "perform": [s.perform for s in ordered],
        "transform": [s.transform for s in ordered],
    }


def scorecard_context(scorecard, *, for_sponsor: bool = False) -> dict:
    criteria = portal_criteria(scorecard.criteria) if for_sponsor else scorecard.criteria
    return {
        "scorecard": scorecard,
        "halves": halves(criteria),
        "criteria": criteria,
        "bands": scorecard.bands,
        "manifest": manifest(scorecard),
        "for_sponsor": for_sponsor,
    }


def scorecard_pdf(scorecard, *, for_sponsor: bool = False) -> bytes:
    from weasyprint import HTML

    html = render_to_string(
        "scorecards/scorecard_pdf.html", scorecard_context(scorecard, for_sponsor=for_sponsor)
    )
    return HTML(string=html).write_pdf()


def scorecard_pdf_response(scorecard, *, for_sponsor: bool = False) -> HttpResponse:
    response = HttpResponse(
        scorecard_pdf(scorecard, for_sponsor=for_sponsor), content_type="application/pdf"
    )
    name = slugify(f"scorecard {scorecard.scope_label} {scorecard.period.label}")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=f"{name}.pdf"
    )
    return response
