"""The sponsor's view of the improvement work done for it: its sponsor-facing
initiatives, read-only. Another sponsor's initiative, or an internal one, answers 404."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from accord.core.pagination import paginate
from accord.improvement import selectors
from accord.improvement.models import STAGE_ORDER, Stage


def _visible(request: HttpRequest):
    # Staff reach the same records through the staff pages; here only the sponsor side.
    return selectors.initiatives_visible_to(request.user).filter(sponsor__isnull=False)


@login_required
def portal_list(request: HttpRequest) -> HttpResponse:
    rows = _visible(request).order_by("-started_on", "-code")
    query = request.GET.get("q", "").strip()
    if query:
        rows = selectors.initiatives_filter(rows, query=query)
    params = request.GET.copy()
    params.pop("page", None)
    return render(
        request,
        "improvement/portal_list.html",
        {"page": paginate(request, rows), "q": query, "querystring": params.urlencode()},
    )


@login_required
def portal_detail(request: HttpRequest, pk: int) -> HttpResponse:
    initiative = get_object_or_404(_visible(request), pk=pk)
    passed = {gate.stage: gate for gate in initiative.gates.all()}
    return render(
        request,
        "improvement/portal_detail.html",
        {
            "initiative": initiative,
            "stages": [
                {"label": Stage(stage).label, "gate": passed.get(stage)} for stage in STAGE_ORDER
            ]
            if initiative.is_dmaic
            else [],
        },
    )
