"""A person's training record, their transcript PDF, and giving them a job role."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from accord.accounts.models import User
from accord.core.errors import apply_to_form
from accord.training import services
from accord.training.forms import JobRoleAssignForm
from accord.training.models import RoleHolding
from accord.training.transcript import record_context, transcript_response
from accord.training.views.common import can_manage, manager_page, staff_page


def _person(pk: int) -> User:
    # Training records are the CDMO's own staff's; a sponsor's user has none.
    return get_object_or_404(User.objects.filter(organization__kind="cdmo"), pk=pk)


@staff_page
def person_record(request: HttpRequest, pk: int) -> HttpResponse:
    person = _person(pk)
    context = record_context(person)
    context["can_manage"] = can_manage(request.user)
    context["assign_form"] = (
        JobRoleAssignForm(initial={"site": person.site_id}) if context["can_manage"] else None
    )
    return render(request, "training/person.html", context)


@staff_page
def person_transcript(request: HttpRequest, pk: int) -> HttpResponse:
    return transcript_response(_person(pk))


@manager_page
def job_role_assign(request: HttpRequest, pk: int) -> HttpResponse:
    person = _person(pk)
    form = JobRoleAssignForm(request.POST or None, initial={"site": person.site_id})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            holding = services.job_role_assign(
                actor=request.user,
                person=person,
                job_role=data["job_role"],
                site=data["site"],
                on=data.get("on"),
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            opened = holding.person.training_assignments.filter(
                status="open", source=holding.job_role.name
            ).count()
            messages.success(
                request,
                f"{person.printed_name} holds {holding.job_role} at {holding.site.code}: "
                f"{opened} assignment{'s' if opened != 1 else ''} open for its curricula.",
            )
            return redirect("training:person", pk=person.pk)
    return render(
        request,
        "training/form.html",
        {
            "title": f"Give {person.printed_name} a job role",
            "lead": "Each requirement of the role's curricula that is not current for them "
            "becomes an assignment, due after the curriculum's grace period.",
            "form": form,
            "button": "Assign the job role",
            "back": ("training:person", person.pk),
        },
    )


@manager_page
def job_role_end(request: HttpRequest, pk: int, holding_pk: int) -> HttpResponse:
    person = _person(pk)
    holding = get_object_or_404(RoleHolding.objects.filter(person=person), pk=holding_pk)
    if request.method == "POST":
        try:
            services.job_role_end(actor=request.user, holding=holding)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, f"{person.printed_name} no longer holds {holding.job_role}.")
    return redirect("training:person", pk=person.pk)
