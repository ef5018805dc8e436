"""Proposal pages: the staff list, starting and editing a proposal, a revision's page
(staff see the builder; a sponsor user sees the sent revisions, read-only, on a page of
its own that never receives internal notes, assessments or reviews), a new revision and
the sponsor's comments."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from accord.accounts.decorators import staff_required
from accord.core.errors import apply_to_form
from accord.core.pagination import paginate
from accord.proposals import selectors, services
from accord.proposals.complexity import REVIEW_ROLES
from accord.proposals.forms import (
    CommentForm,
    ProposalEditForm,
    ProposalFilterForm,
    ProposalForm,
)
from accord.proposals.models import PaymentMilestone, ProposalRevision, ReviewKind
from accord.proposals.timeline import timeline_bars, timeline_dates
from accord.proposals.views._common import (
    EDIT,
    proposal_or_404,
    querystring,
    revision_or_404,
    rfp_or_404,
)
from accord.proposals.workflows import REVISION_WORKFLOW, STAFF_ACTIONS
from accord.signatures.selectors import manifest


@staff_required("proposals.view_proposal")
def proposal_list(request: HttpRequest) -> HttpResponse:
    form = ProposalFilterForm(request.GET or None)
    proposals = selectors.proposals_visible_to(request.user)
    if form.is_valid():
        proposals = selectors.proposals_filter(
            proposals,
            query=form.cleaned_data["q"].strip(),
            owner=request.user if form.cleaned_data["mine"] == "yes" else None,
        )
    return render(
        request,
        "proposals/proposal_list.html",
        {
            "form": form,
            "page": paginate(request, proposals.prefetch_related("revisions")),
            "querystring": querystring(request),
        },
    )


@staff_required("proposals.add_proposal")
def proposal_create(request: HttpRequest, pk: int) -> HttpResponse:
    rfp = rfp_or_404(request, pk)
    initial = {"title": rfp.title, "owner": request.user.pk}
    form = ProposalForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            proposal = services.proposal_create(actor=request.user, rfp=rfp, **form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{proposal.number} was started with a draft R1.")
            return redirect("proposals:proposal_detail", pk=proposal.pk)
    return render(request, "proposals/proposal_form.html", {"form": form, "rfp": rfp})


@staff_required(EDIT)
def proposal_edit(request: HttpRequest, pk: int) -> HttpResponse:
    proposal = proposal_or_404(request, pk)
    initial = {
        "title": proposal.title,
        "owner": proposal.owner_id,
        "currency": proposal.currency,
        "version": proposal.version,
    }
    form = ProposalEditForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.proposal_update(actor=request.user, proposal=proposal, **form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{proposal.number} was updated.")
            return redirect("proposals:proposal_detail", pk=proposal.pk)
    return render(
        request,
        "proposals/proposal_form.html",
        {"form": form, "rfp": proposal.rfp, "proposal": proposal},
    )


@login_required
def proposal_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The proposal at its latest revision the user may see."""
    proposal = proposal_or_404(request, pk)
    revision = selectors.latest_revision(proposal, request.user)
    if revision is None:
        raise Http404("No revision to show.")
    return _revision_page(request, revision)


@login_required
def revision_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _revision_page(request, revision_or_404(request, pk))


def _revision_page(request: HttpRequest, revision: ProposalRevision) -> HttpResponse:
    user = request.user
    proposal = revision.proposal
    common = {
        "proposal": proposal,
        "revision": revision,
        "tabs": selectors.revisions_visible_to(user).filter(proposal=proposal).order_by("number"),
        "items": revision.scope_items.all(),
        "milestones": _milestone_rows(revision),
        "bars": timeline_bars(revision.timeline),
        "dates": timeline_dates(revision.timeline),
        "manifest": manifest(revision),
    }
    if user.is_sponsor_user:
        comment_form = None
        if revision.status == ProposalRevision.Status.SENT and user.has_perm(
            "proposals.add_revisioncomment"
        ):
            comment_form = CommentForm()
        return render(
            request,
            "proposals/portal_revision.html",
            {
                **common,
                "comments": selectors.comments_visible_to(user).filter(revision=revision),
                "comment_form": comment_form,
            },
        )
    if not user.is_cdmo_staff:
        raise Http404("Not found.")
    return render(
        request, "proposals/revision_detail.html", {**common, **_staff_panels(request, revision)}
    )


def _milestone_rows(revision: ProposalRevision) -> list[tuple[PaymentMilestone, object]]:
    return [(m, m.due_amount(revision.total)) for m in revision.milestones.all()]


def _staff_panels(request: HttpRequest, revision: ProposalRevision) -> dict[str, object]:
    user = request.user
    can_edit = user.has_perm(EDIT) and revision.is_open
    assessment = selectors.assessments_visible_to(user).filter(revision=revision).first()
    reviews = selectors.reviews_visible_to(user).filter(revision=revision)
    current = {r.kind: r for r in reviews if r.is_current}
    required = services.revision_required_reviews(revision)
    review_rows = [
        {
            "kind": kind,
            "label": ReviewKind(kind).label,
            "role": REVIEW_ROLES[kind].replace("_", " "),
            "review": current.get(kind),
            "can_sign": (
                revision.status == ProposalRevision.Status.IN_REVIEW
                and kind not in current
                and user.has_perm("proposals.review_proposalrevision")
                and user.has_role(REVIEW_ROLES[kind])
                and user.pk not in (revision.created_by_id, revision.proposal.owner_id)
            ),
        }
        for kind in required
    ]
    actions = [
        transition
        for transition in REVISION_WORKFLOW.available(revision, user)
        if transition.name in STAFF_ACTIONS
        and (transition.name != "send" or user.pk == revision.proposal.owner_id)
    ]
    siblings = revision.proposal.revisions
    has_open = siblings.filter(status__in=ProposalRevision.OPEN_STATES).exists()
    accepted = siblings.filter(status=ProposalRevision.Status.ACCEPTED).exists()
    return {
        "can_edit": can_edit,
        "assessment": assessment,
        "factor_rows": assessment.factor_rows() if assessment else [],
        "review_rows": review_rows,
        "history_reviews": [
            (review, manifest(review)) for review in reviews.order_by("signed_at", "pk")
        ],
        "actions": actions,
        "problems": services.revision_problems(revision) if revision.is_open else [],
        "missing": [ReviewKind(k).label for k in services.revision_missing_reviews(revision)],
        "can_new_revision": user.has_perm(EDIT) and not has_open and not accepted,
        "comments": revision.comments.select_related("author"),
    }


@require_POST
@staff_required(EDIT)
def revision_new(request: HttpRequest, pk: int) -> HttpResponse:
    proposal = proposal_or_404(request, pk)
    try:
        revision = services.revision_create(actor=request.user, proposal=proposal)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("proposals:proposal_detail", pk=proposal.pk)
    messages.success(request, f"{revision.reference} was drafted from the previous revision.")
    return redirect("proposals:revision_detail", pk=revision.pk)


@require_POST
@login_required
def comment_add(request: HttpRequest, pk: int) -> HttpResponse:
    revision = revision_or_404(request, pk)
    form = CommentForm(request.POST)
    if form.is_valid():
        try:
            services.revision_comment_add(
                actor=request.user, revision=revision, text=form.cleaned_data["text"]
            )
        except (ValidationError, PermissionDenied) as exc:
            messages.error(request, " ".join(getattr(exc, "messages", [str(exc)])))
        else:
            messages.success(request, "Thank you: your comment was sent to the CDMO team.")
    else:
        messages.error(request, "Write your comment before sending it.")
    return redirect("proposals:revision_detail", pk=revision.pk)
