"""Change order pages: a project's list, one change order with its schedule impact and
signatures, the staff forms, and the workflow actions (the sponsor's signed decision
included)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from accord.accounts.decorators import staff_required
from accord.changes import selectors, services
from accord.changes.forms import ChangeOrderEditForm, ChangeOrderForm, PlanEditForm
from accord.changes.models import ChangeOrder
from accord.changes.rendering import change_order_pdf_response
from accord.changes.workflows import CHANGE_ORDER_WORKFLOW, SPONSOR_TRANSITIONS
from accord.core.concurrency import VersionField
from accord.core.errors import apply_to_form
from accord.core.pagination import paginate
from accord.core.workflow import TransitionNotAllowed
from accord.projects.models import Project
from accord.projects.selectors import projects_visible_to
from accord.signatures.selectors import manifest
from accord.signatures.session import signature_form, signature_recorded, signer_credentials


def _project(request: HttpRequest, pk: int) -> Project:
    """The project if the user may see it (else 404), then the right to see change orders."""
    project = get_object_or_404(projects_visible_to(request.user), pk=pk)
    if not request.user.has_perm("changes.view_changeorder"):
        raise PermissionDenied("Your roles do not allow you to see change orders.")
    return project


def _change_order(request: HttpRequest, pk: int) -> ChangeOrder:
    return get_object_or_404(selectors.change_orders_visible_to(request.user), pk=pk)


def _actions(request: HttpRequest, change_order: ChangeOrder) -> list:
    """The actions to offer: the sponsor decides, the CDMO does everything else."""
    user = request.user
    if not (user.is_cdmo_staff or user.is_sponsor_user):
        return []
    return [
        transition
        for transition in CHANGE_ORDER_WORKFLOW.available(change_order, user)
        if (transition.name in SPONSOR_TRANSITIONS) == user.is_sponsor_user
    ]


@login_required
def project_change_orders(request: HttpRequest, pk: int) -> HttpResponse:
    project = _project(request, pk)
    orders = selectors.change_orders_visible_to(request.user).filter(project=project)
    return render(
        request,
        "changes/project_changes.html",
        {
            "project": project,
            "page": paginate(request, orders),
            "can_create": request.user.is_cdmo_staff
            and request.user.has_perm("changes.add_changeorder"),
        },
    )


@login_required
def change_order_detail(request: HttpRequest, pk: int) -> HttpResponse:
    change_order = _change_order(request, pk)
    staff = request.user.is_cdmo_staff
    can_change = staff and request.user.has_perm("changes.change_changeorder")
    baseline = change_order.baseline if staff else None
    return render(
        request,
        "changes/change_order_detail.html",
        {
            "co": change_order,
            "project": change_order.project,
            "edits": change_order.edits.select_related("task", "after", "created_task"),
            "manifest": manifest(change_order),
            "actions": _actions(request, change_order),
            "can_edit": can_change
            and change_order.status
            in (
                ChangeOrder.Status.DRAFT,
                ChangeOrder.Status.INTERNAL_REVIEW,
            ),
            "can_edit_plan": can_change and change_order.is_draft,
            "baseline": baseline,
        },
    )


@login_required
def change_order_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    """The change order as a document to file: scope, price, schedule impact, signatures."""
    return change_order_pdf_response(
        _change_order(request, pk),
        printed_by=request.user,
        base_url=request.build_absolute_uri("/"),
    )


@staff_required("changes.add_changeorder")
def change_order_create(request: HttpRequest, pk: int) -> HttpResponse:
    project = get_object_or_404(projects_visible_to(request.user), pk=pk)
    form = ChangeOrderForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            change_order = services.change_order_create(
                actor=request.user, project=project, **form.cleaned_data
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"Change order {change_order.reference} was drafted.")
            return redirect("changes:detail", pk=change_order.pk)
    return render(request, "changes/change_order_form.html", {"form": form, "project": project})


@staff_required("changes.change_changeorder")
def change_order_edit(request: HttpRequest, pk: int) -> HttpResponse:
    change_order = _change_order(request, pk)
    initial = {name: getattr(change_order, name) for name in services.CONTENT_FIELDS}
    initial["version"] = change_order.version
    form = ChangeOrderEditForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.change_order_update(
                actor=request.user, change_order=change_order, **form.cleaned_data
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"Change order {change_order.reference} was updated.")
            return redirect("changes:detail", pk=change_order.pk)
    return render(
        request,
        "changes/change_order_form.html",
        {"form": form, "project": change_order.project, "co": change_order},
    )


@staff_required("changes.change_changeorder")
def plan_edit_add(request: HttpRequest, pk: int) -> HttpResponse:
    change_order = _change_order(request, pk)
    form = PlanEditForm(
        request.POST or None,
        project=change_order.project,
        initial={"kind": "add_days", "version": change_order.version},
    )
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if v not in (None, "")}
        try:
            services.plan_edit_add(actor=request.user, change_order=change_order, **data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, "The plan edit was added; the schedule impact is updated.")
            return redirect("changes:detail", pk=change_order.pk)
    return render(
        request,
        "changes/plan_edit_form.html",
        {"form": form, "project": change_order.project, "co": change_order},
    )


@require_POST
@staff_required("changes.change_changeorder")
def plan_edit_remove(request: HttpRequest, pk: int, edit_pk: int) -> HttpResponse:
    change_order = _change_order(request, pk)
    edit = get_object_or_404(change_order.edits, pk=edit_pk)
    try:
        services.plan_edit_remove(actor=request.user, edit=edit)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, "The plan edit was removed; the schedule impact is updated.")
    return redirect("changes:detail", pk=change_order.pk)


@login_required
def change_order_transition(request: HttpRequest, pk: int, name: str) -> HttpResponse:
    change_order = _change_order(request, pk)
    try:
        transition = CHANGE_ORDER_WORKFLOW.check(change_order, name, request.user)
    except TransitionNotAllowed as exc:
        messages.error(request, str(exc))
        return redirect("changes:detail", pk=change_order.pk)
    if (transition.name in SPONSOR_TRANSITIONS) != request.user.is_sponsor_user:
        raise PermissionDenied("This action is not yours to take.")
    form = signature_form(
        request, meaning=transition.signature, reason_required=transition.reason_required
    )
    form.fields["version"] = VersionField(initial=change_order.version)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            change_order = services.change_order_transition(
                actor=request.user,
                change_order=change_order,
                name=name,
                meaning=data.get("meaning", ""),
                reason=data.get("reason", ""),
                version=data["version"],
                **signer_credentials(form),
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        except TransitionNotAllowed as exc:
            messages.error(request, str(exc))
            return redirect("changes:detail", pk=change_order.pk)
        else:
            signature_recorded(request, form)
            messages.success(
                request,
                f"{change_order.reference} is now {change_order.get_status_display().lower()}.",
            )
            return redirect("changes:detail", pk=change_order.pk)
    return render(
        request,
        "changes/change_order_transition.html",
        {
            "form": form,
            "co": change_order,
            "project": change_order.project,
            "edits": change_order.edits.select_related("task", "after"),
            "transition": transition,
        },
    )
