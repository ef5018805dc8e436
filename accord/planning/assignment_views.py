"""Who works on a plan task, what the task requires of them, and the qualification gate
between the two (R-TRN-5): a refusal names the gaps, and QA or a supervisor may let the
person on with a signed reason."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from accord.accounts.decorators import staff_required
from accord.core import clock
from accord.core.errors import apply_to_forms, field_errors
from accord.planning import assignments, selectors
from accord.planning.forms import TaskAssignForm, TaskSkillForm
from accord.planning.models import Task, TaskAssignment
from accord.signatures.forms import SignatureForm
from accord.signatures.models import Meaning
from accord.signatures.selectors import manifest
from accord.signatures.session import password_only, signature_recorded, signer_credentials
from accord.training.gate import OVERRIDE, GateBlocked

OVERRIDE_REASON_HELP = (
    "Why the work may go ahead although the gate refused, e.g. “override: qualified by "
    "supervision of a level 4 operator”. Kept with your signature and shown on the task."
)


def _task(request: HttpRequest, pk: int) -> Task:
    return get_object_or_404(
        selectors.tasks_visible_to(request.user).select_related("project", "batch"), pk=pk
    )


def _can_edit(request: HttpRequest) -> bool:
    return request.user.has_perm(assignments.PLAN_PERMISSION)


def _can_override(request: HttpRequest) -> bool:
    return request.user.has_perm(OVERRIDE)


def _override_form(request: HttpRequest, bound: bool) -> SignatureForm:
    """The override's signature: meaning "override", its reason and the user's
    credentials; bound only when the user filled it in."""
    window_open = password_only(request)
    signing = SignatureForm(
        request.POST if bound else None,
        meaning=Meaning.OVERRIDE,
        reason_required=True,
        password_only=window_open,
        needs_acknowledgement=request.user.signature_acknowledged_at is None,
    )
    signing.password_only = window_open
    signing.fields["reason"].label = "Override reason"
    signing.fields["reason"].help_text = OVERRIDE_REASON_HELP
    return signing


def _rows(task: Task) -> list[dict]:
    """The task's people, each with what they lack now (a GMP task) and their override."""
    on = assignments.gate_day(task, clock.today())
    needs = assignments.task_needs(task) if task.gmp else []
    rows = []
    for assignment in TaskAssignment.objects.filter(task=task).select_related(
        "person", "assigned_by", "override", "override__overridden_by"
    ):
        gaps = (
            assignments.uncovered(assignments.person_gaps(assignment.person, needs, on), assignment)
            if task.gmp
            else []
        )
        rows.append(
            {
                "assignment": assignment,
                "gaps": gaps,
                "manifest": manifest(assignment.override) if assignment.override else [],
            }
        )
    return rows


@staff_required()
def task_people(request: HttpRequest, pk: int) -> HttpResponse:
    """The task's requirements and people; POST assigns a person (through the gate)."""
    task = _task(request, pk)
    can_edit, can_override = _can_edit(request), _can_override(request)
    form = TaskAssignForm(request.POST or None)
    overriding = request.method == "POST" and request.POST.get("override") == "1"
    signing = _override_form(request, bound=overriding) if can_override else None
    blocked: GateBlocked | None = None
    if request.method == "POST":
        if not (can_edit or can_override):
            raise PermissionDenied("Your roles do not allow you to change the plan.")
        valid = [form.is_valid()] + ([signing.is_valid()] if overriding else [])
        if all(valid):
            data = form.cleaned_data
            credentials = signer_credentials(signing) if overriding else {}
            try:
                assignment = assignments.task_assign(
                    actor=request.user,
                    task=task,
                    person=data["person"],
                    role_on_task=data["role_on_task"],
                    override_reason=signing.cleaned_data["reason"] if overriding else "",
                    **credentials,
                )
            except GateBlocked as exc:
                blocked = exc
            except ValidationError as exc:
                apply_to_forms(exc, form, *([signing] if overriding else []))
            else:
                if overriding:
                    signature_recorded(request, signing)
                done = "assigned with a signed override" if assignment.override_id else "assigned"
                messages.success(
                    request,
                    f"{assignment.person.printed_name} was {done} to “{task.name}” as "
                    f"{assignment.role_on_task}.",
                )
                return redirect("planning:task_people", pk=task.pk)
    return render(
        request,
        "planning/task_people.html",
        {
            "task": task,
            "project": task.project,
            "skills": task.skills.select_related("competency"),
            "rows": _rows(task),
            "form": form,
            "skill_form": TaskSkillForm(),
            "signing": signing,
            "blocked": blocked,
            "overriding": overriding,
            "can_edit": can_edit,
            "can_override": can_override,
            "gate_day": assignments.gate_day(task, clock.today()),
        },
    )


@staff_required(assignments.PLAN_PERMISSION)
@require_POST
def task_skill_add(request: HttpRequest, pk: int) -> HttpResponse:
    task = _task(request, pk)
    form = TaskSkillForm(request.POST)
    if form.is_valid():
        try:
            skill = assignments.task_skill_set(actor=request.user, task=task, **form.cleaned_data)
        except ValidationError as exc:
            messages.error(request, " ".join(m for ms in field_errors(exc).values() for m in ms))
        else:
            messages.success(request, f"The task requires {skill}.")
    else:
        messages.error(request, "Choose a competency and the level the task requires.")
    return redirect("planning:task_people", pk=task.pk)


@staff_required(assignments.PLAN_PERMISSION)
@require_POST
def task_skill_remove(request: HttpRequest, pk: int) -> HttpResponse:
    skill = get_object_or_404(
        selectors.task_skills_visible_to(request.user).select_related("task", "competency"),
        pk=pk,
    )
    assignments.task_skill_remove(actor=request.user, skill=skill)
    messages.success(request, f"The task no longer requires {skill.competency.name}.")
    return redirect("planning:task_people", pk=skill.task_id)


@staff_required(assignments.PLAN_PERMISSION)
@require_POST
def task_unassign(request: HttpRequest, pk: int) -> HttpResponse:
    assignment = get_object_or_404(
        selectors.task_assignments_visible_to(request.user).select_related("task", "person"),
        pk=pk,
    )
    try:
        assignments.task_unassign(actor=request.user, assignment=assignment)
    except ValidationError as exc:
        messages.error(request, " ".join(m for ms in field_errors(exc).values() for m in ms))
    else:
        messages.success(
            request, f"{assignment.person.printed_name} is no longer on “{assignment.task.name}”."
        )
    return redirect("planning:task_people", pk=assignment.task_id)


@staff_required(OVERRIDE)
def assignment_override(request: HttpRequest, pk: int) -> HttpResponse:
    """QA or a supervisor lets an assigned person go on although they now lack something
    (so that the task may start), with a signed reason."""
    assignment = get_object_or_404(
        selectors.task_assignments_visible_to(request.user).select_related(
            "task__project", "person", "override"
        ),
        pk=pk,
    )
    task = assignment.task
    gaps = assignments.uncovered(assignments.assignment_gaps(task, assignment.person), assignment)
    signing = _override_form(request, bound=request.method == "POST")
    if request.method == "POST" and signing.is_valid():
        try:
            assignments.task_assignment_override(
                actor=request.user,
                assignment=assignment,
                reason=signing.cleaned_data["reason"],
                **signer_credentials(signing),
            )
        except ValidationError as exc:
            apply_to_forms(exc, signing)
        else:
            signature_recorded(request, signing)
            messages.success(
                request,
                f"The gate was overridden for {assignment.person.printed_name}; signed.",
            )
            return redirect("planning:task_people", pk=task.pk)
    return render(
        request,
        "planning/assignment_override.html",
        {
            "assignment": assignment,
            "task": task,
            "project": task.project,
            "gaps": gaps,
            "signing": signing,
        },
    )
