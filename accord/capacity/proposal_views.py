"""Checking a proposal revision against the committed capacity (staff), and one check's
full evidence: the waits, the committed work behind them and what would have to move."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from accord.accounts.decorators import staff_required
from accord.accounts.models import Site
from accord.capacity import selectors
from accord.capacity.proposals import capacity_check_run
from accord.core.input import INT64_MAX
from accord.proposals.selectors import revisions_visible_to


@require_POST
@staff_required(selectors.VIEW)
def proposal_check(request: HttpRequest, pk: int) -> HttpResponse:
    revision = get_object_or_404(revisions_visible_to(request.user), pk=pk)
    value = request.POST.get("site", "")
    site = None
    if value.isdigit() and int(value) <= INT64_MAX:
        site = get_object_or_404(Site, pk=int(value))
    try:
        check = capacity_check_run(actor=request.user, revision=revision, site=site)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, f"Checked against the committed work at {check.site.name}.")
    return redirect(reverse("proposals:revision_detail", args=[revision.pk]) + "#capacity")


@staff_required(selectors.VIEW)
def proposal_check_detail(request: HttpRequest, pk: int) -> HttpResponse:
    check = get_object_or_404(
        selectors.checks_visible_to(request.user).filter(
            revision__in=revisions_visible_to(request.user)
        ),
        pk=pk,
    )
    return render(request, "capacity/proposals/detail.html", {"check": check})
