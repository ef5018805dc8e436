"""What the proposal pages share: lookups through the selectors, the frozen-revision
guard, the generic form page."""

from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from accord.core.concurrency import VersionField
from accord.proposals import selectors
from accord.proposals.models import Proposal, ProposalRevision, Rfp

EDIT = "proposals.change_proposal"


def querystring(request: HttpRequest) -> str:
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


def rfp_or_404(request: HttpRequest, pk: int) -> Rfp:
    return get_object_or_404(selectors.rfps_visible_to(request.user), pk=pk)


def proposal_or_404(request: HttpRequest, pk: int) -> Proposal:
    return get_object_or_404(selectors.proposals_visible_to(request.user), pk=pk)


def revision_or_404(request: HttpRequest, pk: int) -> ProposalRevision:
    return get_object_or_404(selectors.revisions_visible_to(request.user), pk=pk)


class Frozen(Exception):
    def __init__(self, revision: ProposalRevision) -> None:
        self.revision = revision


def open_revision(request: HttpRequest, pk: int) -> ProposalRevision:
    """A revision whose content may still change; a sent one goes back to its page."""
    revision = revision_or_404(request, pk)
    if not revision.is_open:
        raise Frozen(revision)
    return revision


def unless_frozen(view):
    """Edit pages of a sent revision say why there is nothing to edit."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except Frozen as frozen:
            revision = frozen.revision
            messages.error(
                request,
                f"{revision.reference} is {revision.get_status_display().lower()}: its content "
                "is frozen. Start a new revision to change the offer.",
            )
            return redirect("proposals:revision_detail", pk=revision.pk)

    return wrapped


def version_field(revision: ProposalRevision) -> VersionField:
    """The revision's version, for a form that changes its content or signs it."""
    return VersionField(initial=revision.version)


def form_page(
    request: HttpRequest, revision: ProposalRevision, form, title: str, **extra
) -> HttpResponse:
    return render(
        request,
        "proposals/revision_form.html",
        {
            "form": form,
            "revision": revision,
            "proposal": revision.proposal,
            "title": title,
            **extra,
        },
    )
