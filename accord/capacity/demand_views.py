"""What a plan task needs of the resource register, on the task's page: the card with its
demands (``capacity_demands.task_demands_card``) posts here. A demand added or removed
goes back to the task's page; a refused one shows this module's own page with the form
and its errors, so nothing the planner typed is lost."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from accord.accounts.decorators import staff_required
from accord.capacity import selectors, services
from accord.capacity.forms import DemandForm
from accord.capacity.models import TaskDemand
from accord.core.errors import apply_to_form, field_errors
from accord.planning.assignments import PLAN_PERMISSION
from accord.planning.models import Task
from accord.planning.selectors import tasks_visible_to


def _task(request: HttpRequest, pk: int) -> Task:
    return get_object_or_404(
        tasks_visible_to(request.user).select_related("project__site", "project__sponsor"), pk=pk
    )


def task_page_url(task: Task) -> str:
    return f"{reverse('planning:task_people', args=[task.pk])}#resources"


def demand_rows(task: Task):
    return (
        TaskDemand.objects.filter(task=task)
        .select_related("resource__site")
        .order_by("resource__code")
    )


def card_context(user, task: Task, form: DemandForm | None = None) -> dict:
    """What the “Resources needed” card shows of ``task`` to ``user`` (staff who read the
    register); the planning page and this module's own page render the same card."""
    can_edit = user.has_perm(PLAN_PERMISSION) and task.kind not in services.NO_DEMAND_KINDS
    return {
        "show": True,
        "task": task,
        "demands": demand_rows(task),
        "form": form or (DemandForm(task=task) if can_edit else None),
        "can_edit": can_edit and task.actual_finish is None,
        "no_demand_reason": services.NO_DEMAND_KINDS.get(task.kind, ""),
    }


@staff_required(selectors.VIEW)
def task_demands(request: HttpRequest, pk: int) -> HttpResponse:
    """The task's demands; POST adds one (or changes the units of one listed)."""
    task = _task(request, pk)
    form = None
    if request.method == "POST":
        if not request.user.has_perm(PLAN_PERMISSION):
            raise PermissionDenied("Your roles do not allow you to change the plan.")
        form = DemandForm(request.POST, task=task)
        if form.is_valid():
            try:
                demand = services.task_demand_set(
                    actor=request.user,
                    task=task,
                    resource=form.cleaned_data["resource"],
                    units=form.cleaned_data["units"],
                )
            except ValidationError as exc:
                apply_to_form(form, exc)
            else:
                messages.success(request, f"“{task.name}” needs {services.demand_label(demand)}.")
                return redirect(task_page_url(task))
    return render(
        request,
        "capacity/demands/task.html",
        {"task": task, "project": task.project, **card_context(request.user, task, form)},
    )


@staff_required(PLAN_PERMISSION)
@require_POST
def demand_remove(request: HttpRequest, pk: int) -> HttpResponse:
    demand = get_object_or_404(
        selectors.demands_visible_to(request.user).select_related("resource"), pk=pk
    )
    task, label = demand.task, services.demand_label(demand)
    try:
        services.task_demand_remove(actor=request.user, demand=demand)
    except ValidationError as exc:
        messages.error(request, " ".join(m for ms in field_errors(exc).values() for m in ms))
    else:
        messages.success(request, f"“{task.name}” no longer needs {label}.")
    return redirect(task_page_url(task))
