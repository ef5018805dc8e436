"""The sponsor's own scorecards: how the CDMO scored its service to this sponsor, period
by period, once the CDMO's executive signed them. Never a site's, the company's or
another sponsor's, and never the records behind a figure."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from accord.accounts.decorators import sponsor_required
from accord.scorecards import selectors
from accord.scorecards.rendering import scorecard_context, scorecard_pdf_response, trend


@sponsor_required
def portal(request: HttpRequest) -> HttpResponse:
    scorecards = list(selectors.scorecards_visible_to(request.user).order_by("-period_start"))
    return render(
        request,
        "scorecards/portal.html",
        {
            "scorecards": scorecards,
            "latest": scorecards[0] if scorecards else None,
            "chart": trend(scorecards[:8]),
        },
    )


def _own(request: HttpRequest, pk: int):
    return get_object_or_404(selectors.scorecards_visible_to(request.user), pk=pk)


@sponsor_required
def portal_detail(request: HttpRequest, pk: int) -> HttpResponse:
    scorecard = _own(request, pk)
    return render(
        request, "scorecards/portal_detail.html", scorecard_context(scorecard, for_sponsor=True)
    )


@sponsor_required
def portal_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    return scorecard_pdf_response(_own(request, pk), for_sponsor=True)
