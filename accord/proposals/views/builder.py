"""The staff forms that build a revision: summary and notes, scope items, payment
milestones, timeline and complexity. A sent revision has nothing to edit."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from accord.accounts.decorators import staff_required
from accord.core.errors import apply_to_form
from accord.proposals import selectors, services
from accord.proposals.forms import (
    ComplexityForm,
    MilestoneForm,
    RevisionForm,
    ScopeItemForm,
    TimelineForm,
)
from accord.proposals.models import (
    COMPLEXITY_FACTORS,
    PaymentMilestone,
    ProposalRevision,
    ScopeItem,
)
from accord.proposals.views._common import (
    EDIT,
    form_page,
    open_revision,
    unless_frozen,
    version_field,
)


@staff_required(EDIT)
@unless_frozen
def revision_edit(request: HttpRequest, pk: int) -> HttpResponse:
    revision = open_revision(request, pk)
    initial = {
        "summary": revision.summary,
        "valid_until": revision.valid_until,
        "internal_pricing_notes": revision.internal_pricing_notes,
        "version": revision.version,
    }
    form = RevisionForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.revision_update(actor=request.user, revision=revision, **form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{revision.reference} was updated.")
            return redirect("proposals:revision_detail", pk=revision.pk)
    return form_page(request, revision, form, "Summary and notes")


# --------------------------------------------------------------------------- rows


@staff_required(EDIT)
@unless_frozen
def item_add(request: HttpRequest, pk: int) -> HttpResponse:
    revision = open_revision(request, pk)
    form = ScopeItemForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.scope_item_add(actor=request.user, revision=revision, **form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, "The scope item was added.")
            return redirect("proposals:revision_detail", pk=revision.pk)
    return form_page(request, revision, form, "Add a scope item")


def _item(request: HttpRequest, pk: int, item_pk: int) -> tuple[ProposalRevision, ScopeItem]:
    revision = open_revision(request, pk)
    return revision, get_object_or_404(revision.scope_items, pk=item_pk)


@staff_required(EDIT)
@unless_frozen
def item_edit(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    revision, item = _item(request, pk, item_pk)
    initial = {name: getattr(item, name) for name in ScopeItemForm.base_fields}
    form = ScopeItemForm(request.POST or None, initial=initial)
    form.fields["version"] = version_field(revision)
    if request.method == "POST" and form.is_valid():
        try:
            services.scope_item_update(actor=request.user, item=item, **form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, "The scope item was updated.")
            return redirect("proposals:revision_detail", pk=revision.pk)
    return form_page(request, revision, form, "Edit a scope item")


@require_POST
@staff_required(EDIT)
@unless_frozen
def item_remove(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    revision, item = _item(request, pk, item_pk)
    try:
        services.scope_item_remove(actor=request.user, item=item)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, "The scope item was removed.")
    return redirect("proposals:revision_detail", pk=revision.pk)


@staff_required(EDIT)
@unless_frozen
def milestone_add(request: HttpRequest, pk: int) -> HttpResponse:
    revision = open_revision(request, pk)
    form = MilestoneForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.milestone_add(actor=request.user, revision=revision, **form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, "The payment milestone was added.")
            return redirect("proposals:revision_detail", pk=revision.pk)
    return form_page(request, revision, form, "Add a payment milestone")


def _milestone(
    request: HttpRequest, pk: int, milestone_pk: int
) -> tuple[ProposalRevision, PaymentMilestone]:
    revision = open_revision(request, pk)
    return revision, get_object_or_404(revision.milestones, pk=milestone_pk)


@staff_required(EDIT)
@unless_frozen
def milestone_edit(request: HttpRequest, pk: int, milestone_pk: int) -> HttpResponse:
    revision, milestone = _milestone(request, pk, milestone_pk)
    initial = {name: getattr(milestone, name) for name in MilestoneForm.base_fields}
    form = MilestoneForm(request.POST or None, initial=initial)
    form.fields["version"] = version_field(revision)
    if request.method == "POST" and form.is_valid():
        try:
            services.milestone_update(actor=request.user, milestone=milestone, **form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, "The payment milestone was updated.")
            return redirect("proposals:revision_detail", pk=revision.pk)
    return form_page(request, revision, form, "Edit a payment milestone")


@require_POST
@staff_required(EDIT)
@unless_frozen
def milestone_remove(request: HttpRequest, pk: int, milestone_pk: int) -> HttpResponse:
    revision, milestone = _milestone(request, pk, milestone_pk)
    try:
        services.milestone_remove(actor=request.user, milestone=milestone)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, "The payment milestone was removed.")
    return redirect("proposals:revision_detail", pk=revision.pk)


@staff_required(EDIT)
@unless_frozen
def timeline_build(request: HttpRequest, pk: int) -> HttpResponse:
    revision = open_revision(request, pk)
    initial = {
        "template_code": revision.timeline_template,
        "start": revision.timeline_start or revision.proposal.rfp.desired_start,
        "scale": revision.timeline_scale,
        "batches": revision.timeline_batches,
    }
    form = TimelineForm(request.POST or None, initial=initial)
    form.fields["version"] = version_field(revision)
    if request.method == "POST" and form.is_valid():
        try:
            services.revision_timeline_build(
                actor=request.user, revision=revision, **form.cleaned_data
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, "The timeline was scheduled from the template.")
            return redirect("proposals:revision_detail", pk=revision.pk)
    return form_page(request, revision, form, "Timeline from a plan template")


@staff_required(EDIT)
@unless_frozen
def complexity(request: HttpRequest, pk: int) -> HttpResponse:
    revision = open_revision(request, pk)
    assessment = selectors.assessments_visible_to(request.user).filter(revision=revision).first()
    initial = {name: 0 for name, _ in COMPLEXITY_FACTORS}
    if assessment is not None:
        initial = {**assessment.factors(), "rationale": assessment.rationale}
    form = ComplexityForm(request.POST or None, initial=initial)
    form.fields["version"] = version_field(revision)
    if request.method == "POST" and form.is_valid():
        try:
            services.assessment_record(
                actor=request.user,
                revision=revision,
                rationale=form.cleaned_data["rationale"],
                version=form.cleaned_data["version"],
                **form.factors(),
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, "The complexity assessment was recorded.")
            return redirect("proposals:revision_detail", pk=revision.pk)
    return form_page(request, revision, form, "Technical complexity", complexity=True)
