"""The Team page of a project (read by staff and the sponsor alike) and its staff editors."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from accord.accounts.decorators import staff_required
from accord.core.errors import apply_to_form
from accord.projects.models import Project, ProjectMembership
from accord.projects.selectors import projects_visible_to
from accord.projects.staffing import staffing_allowed
from accord.teams import selectors, services
from accord.teams.forms import DeliverableForm, EscalationForm, RaciForm, SteeringForm
from accord.teams.models import Deliverable, EscalationContact, Matter

EDIT_PERMISSION = "projects.change_project"


def _members(project: Project) -> list[ProjectMembership]:
    """CDMO people first, then the sponsor's mirror team: the order of every editor."""
    memberships = project.memberships.select_related("user__organization").order_by(
        "user__last_name", "user__first_name"
    )
    return sorted(memberships, key=lambda m: not m.user.is_cdmo_staff)


def _staff_project(request: HttpRequest, pk: int) -> Project:
    return get_object_or_404(projects_visible_to(request.user), pk=pk)


@login_required
def project_team(request: HttpRequest, pk: int) -> HttpResponse:
    project = get_object_or_404(projects_visible_to(request.user), pk=pk)
    if not request.user.has_perm("teams.view_deliverable"):
        raise PermissionDenied("Your roles do not allow you to see the project team.")
    can_edit = request.user.is_cdmo_staff and request.user.has_perm(EDIT_PERMISSION)
    return render(
        request,
        "teams/project_team.html",
        {
            "project": project,
            "team": selectors.team_overview(project),
            "can_edit": can_edit,
            "can_staff": staffing_allowed(request.user, project),
            "tab": "team",
        },
    )


def _editor(request: HttpRequest, project: Project, form, template: str, **context) -> HttpResponse:
    return render(request, f"teams/{template}", {"project": project, "form": form, **context})


@staff_required(EDIT_PERMISSION)
def deliverable_create(request: HttpRequest, pk: int) -> HttpResponse:
    project = _staff_project(request, pk)
    form = DeliverableForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            deliverable = services.deliverable_create(
                actor=request.user, project=project, **form.cleaned_data
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"Deliverable {deliverable.reference} was added.")
            return redirect("teams:raci", pk=deliverable.pk)
    return _editor(request, project, form, "deliverable_form.html")


def _staff_deliverable(request: HttpRequest, pk: int) -> Deliverable:
    return get_object_or_404(selectors.deliverables_visible_to(request.user), pk=pk)


@staff_required(EDIT_PERMISSION)
def deliverable_edit(request: HttpRequest, pk: int) -> HttpResponse:
    deliverable = _staff_deliverable(request, pk)
    initial = {name: getattr(deliverable, name) for name in services.DELIVERABLE_EDITABLE}
    initial["version"] = deliverable.version
    form = DeliverableForm(request.POST or None, initial=initial, editing=True)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        if data.get("sort_order") is None:
            data.pop("sort_order")
        try:
            services.deliverable_update(actor=request.user, deliverable=deliverable, **data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"Deliverable {deliverable.reference} was updated.")
            return redirect("teams:project_team", pk=deliverable.project_id)
    return _editor(
        request, deliverable.project, form, "deliverable_form.html", deliverable=deliverable
    )


@staff_required(EDIT_PERMISSION)
def raci_edit(request: HttpRequest, pk: int) -> HttpResponse:
    deliverable = _staff_deliverable(request, pk)
    members = _members(deliverable.project)
    current = {a.user_id: a.role for a in deliverable.raci.all()}
    initial = {f"user_{m.user_id}": current.get(m.user_id, "") for m in members}
    initial["token"] = services.raci_token(deliverable)
    form = RaciForm(request.POST or None, members=members, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.raci_set(
                actor=request.user,
                deliverable=deliverable,
                assignments=form.assignments(),
                reason=form.cleaned_data["reason"],
                token=form.cleaned_data["token"],
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"The RACI of {deliverable.reference} was saved.")
            return redirect("teams:project_team", pk=deliverable.project_id)
    return _editor(request, deliverable.project, form, "raci_form.html", deliverable=deliverable)


@staff_required(EDIT_PERMISSION)
def steering_edit(request: HttpRequest, pk: int) -> HttpResponse:
    project = _staff_project(request, pk)
    members = _members(project)
    roles = dict(project.steering.values_list("user_id", "role"))
    initial = {f"role_{m.user_id}": roles.get(m.user_id, "") for m in members}
    initial["token"] = services.steering_token(project)
    form = SteeringForm(request.POST or None, members=members, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.steering_set(
                actor=request.user,
                project=project,
                members=form.seats(),
                reason=form.cleaned_data["reason"],
                token=form.cleaned_data["token"],
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, "The steering committee was saved.")
            return redirect("teams:project_team", pk=project.pk)
    return _editor(request, project, form, "steering_form.html")


@staff_required(EDIT_PERMISSION)
def escalation_edit(request: HttpRequest, pk: int, matter: str) -> HttpResponse:
    project = _staff_project(request, pk)
    if matter not in Matter.values:
        raise Http404("No such kind of matter.")
    initial = {}
    for contact in EscalationContact.objects.filter(project=project, matter=matter):
        initial[f"level{contact.level}_cdmo"] = contact.cdmo_contact_id
        initial[f"level{contact.level}_sponsor"] = contact.sponsor_contact_id
        initial[f"level{contact.level}_hours"] = contact.response_hours
    initial["token"] = services.escalation_token(project, matter)
    form = EscalationForm(request.POST or None, members=_members(project), initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.escalation_set(
                actor=request.user,
                project=project,
                matter=matter,
                levels=form.levels(),
                reason=form.cleaned_data["reason"],
                token=form.cleaned_data["token"],
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"The {Matter(matter).label.lower()} ladder was saved.")
            return redirect("teams:project_team", pk=project.pk)
    return _editor(
        request, project, form, "escalation_form.html", matter_label=Matter(matter).label
    )
