"""Staffing pages of the Team tab: add a person (from a list that searches as you type),
change a member's project role, take a member off the team (with a hand-over)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from accord.accounts.decorators import staff_required
from accord.accounts.models import User
from accord.core.errors import apply_to_form
from accord.projects import staffing
from accord.projects.models import Project, ProjectMembership
from accord.projects.selectors import projects_visible_to
from accord.teams.forms import MemberAddForm, MemberRemoveForm, MemberRoleForm
from accord.teams.services import duties_of
from accord.teams.services.handover import loses_sight_of_project

SIDES = {"cdmo": False, "sponsor": True}
SHOWN = 25  # candidates listed at once; typing narrows the list


def _project(request: HttpRequest, pk: int) -> Project:
    project = get_object_or_404(projects_visible_to(request.user), pk=pk)
    staffing.staffing_authorize(actor=request.user, project=project)
    return project


def _membership(project: Project, user_id: int) -> ProjectMembership:
    return get_object_or_404(
        project.memberships.select_related("user__organization"), user_id=user_id
    )


@staff_required()
def member_add(request: HttpRequest, pk: int, side: str) -> HttpResponse:
    if side not in SIDES:
        raise Http404("No such side of the team.")
    project = _project(request, pk)
    sponsor_side = SIDES[side]
    everyone = staffing.staffing_candidates(project, sponsor_side=sponsor_side)
    query = request.GET.get("who", "").strip()[:100]
    form = MemberAddForm(request.POST or None, candidates=everyone, sponsor_side=sponsor_side)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            membership = staffing.member_add(
                actor=request.user,
                project=project,
                user=data["user"],
                role=data["role"],
                responsibility=data["responsibility"],
                reason=data["reason"],
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            seen = (
                " They now see the project in their portal."
                if loses_sight_of_project(membership.user)
                else ""
            )
            messages.success(
                request,
                f"{membership.user.printed_name} joined the team: "
                f"{membership.get_role_display()}.{seen}",
            )
            return redirect("teams:project_team", pk=project.pk)
    matches = staffing.staffing_candidates(project, sponsor_side=sponsor_side, query=query)
    chosen = form.data.get("user") if form.is_bound else None
    shown = list(matches[:SHOWN])
    if chosen and not any(str(u.pk) == chosen for u in shown):
        picked = everyone.filter(pk=chosen).first() if chosen.isdigit() else None
        if picked is not None:
            shown.insert(0, picked)
    return render(
        request,
        "teams/member_add.html",
        {
            "project": project,
            "form": form,
            "side": side,
            "sponsor_side": sponsor_side,
            "query": query,
            "candidates": shown,
            "total": matches.count(),
            "chosen": chosen,
        },
    )


@staff_required()
def member_role(request: HttpRequest, pk: int, user_id: int) -> HttpResponse:
    project = _project(request, pk)
    membership = _membership(project, user_id)
    form = MemberRoleForm(
        request.POST or None,
        sponsor_side=membership.is_sponsor_side,
        initial={
            "role": membership.role,
            "responsibility": membership.responsibility,
            "version": membership.version,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            membership = staffing.member_change_role(
                actor=request.user, membership=membership, **form.cleaned_data
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(
                request,
                f"{membership.user.printed_name}'s role on {project.code}: "
                f"{membership.get_role_display()}.",
            )
            return redirect("teams:project_team", pk=project.pk)
    return render(
        request,
        "teams/member_role.html",
        {"project": project, "membership": membership, "form": form},
    )


@staff_required()
def member_remove(request: HttpRequest, pk: int, user_id: int) -> HttpResponse:
    project = _project(request, pk)
    membership = _membership(project, user_id)
    person = membership.user
    side = [
        m.user_id
        for m in project.memberships.select_related("user")
        if m.is_sponsor_side == membership.is_sponsor_side and m.user_id != person.pk
    ]
    form = MemberRemoveForm(
        request.POST or None,
        colleagues=User.objects.filter(pk__in=side).order_by("last_name", "first_name"),
    )
    if request.method == "POST" and form.is_valid():
        try:
            staffing.member_remove(
                actor=request.user,
                membership=membership,
                successor=form.cleaned_data["successor"],
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            gone = " They no longer see the project." if loses_sight_of_project(person) else ""
            messages.success(request, f"{person.printed_name} left the team.{gone}")
            return redirect("teams:project_team", pk=project.pk)
    duties = duties_of(project, person)
    return render(
        request,
        "teams/member_remove.html",
        {
            "project": project,
            "membership": membership,
            "form": form,
            "duties": duties.lines(),
            "needs_successor": duties.needs_successor(),
            "blockers": duties.blockers(),
            "loses_sight": loses_sight_of_project(person),
        },
    )
