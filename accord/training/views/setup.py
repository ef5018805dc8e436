"""Set-up forms for training coordinators (manage_training): job roles, curricula,
requirements, competencies and controlled documents, each created and changed through
its service (which audits it)."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from accord.core.errors import apply_to_form
from accord.training import forms, services
from accord.training.models import (
    Competency,
    ControlledDocument,
    Curriculum,
    JobRole,
    Requirement,
)
from accord.training.views.common import manager_page


@dataclass(frozen=True)
class Setup:
    model: type
    form: type
    label: str
    service: str  # services.<service>_create / _update
    record_arg: str  # the keyword the update service takes the record by
    list_name: str
    detail_name: str
    many: tuple[str, ...] = ()


SETUPS = {
    "requirement": Setup(
        Requirement,
        forms.RequirementForm,
        "requirement",
        "requirement",
        "requirement",
        "training:requirements",
        "training:requirement",
        many=("signing_roles",),
    ),
    "curriculum": Setup(
        Curriculum,
        forms.CurriculumForm,
        "curriculum",
        "curriculum",
        "curriculum",
        "training:curricula",
        "training:curriculum",
        many=("requirements",),
    ),
    "job_role": Setup(
        JobRole,
        forms.JobRoleForm,
        "job role",
        "job_role",
        "job_role",
        "training:job_roles",
        "training:job_role",
        many=("curricula",),
    ),
    "competency": Setup(
        Competency,
        forms.CompetencyForm,
        "competency",
        "competency",
        "competency",
        "training:competencies",
        "training:competency",
    ),
    "document": Setup(
        ControlledDocument,
        forms.ControlledDocumentForm,
        "controlled document",
        "controlled_document",
        "document",
        "training:documents",
        "training:document",
    ),
}


def _data(form) -> dict:
    data = dict(form.cleaned_data)
    for name, value in list(data.items()):
        if value is None and name in ("department", "course_format"):
            data[name] = ""
    return data


def _initial(setup: Setup, record) -> dict:
    initial = {}
    for name in setup.form.base_fields:
        if name in setup.many:
            initial[name] = list(getattr(record, name).values_list("pk", flat=True))
        else:
            value = getattr(record, f"{name}_id", None) if hasattr(record, f"{name}_id") else None
            initial[name] = value if value is not None else getattr(record, name, None)
    return initial


def create_view(key: str):
    setup = SETUPS[key]

    @manager_page
    def view(request: HttpRequest) -> HttpResponse:
        form = setup.form(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                record = getattr(services, f"{setup.service}_create")(
                    actor=request.user, **_data(form)
                )
            except ValidationError as exc:
                apply_to_form(form, exc)
            else:
                messages.success(request, f"The {setup.label} {record} is set up.")
                return redirect(setup.detail_name, pk=record.pk)
        return render(
            request,
            "training/form.html",
            {
                "title": f"New {setup.label}",
                "form": form,
                "button": "Save",
                "back_url": reverse(setup.list_name),
                "crumb": (
                    setup.model._meta.verbose_name_plural.capitalize(),
                    reverse(setup.list_name),
                ),
            },
        )

    view.__name__ = f"{key}_create"
    return view


def edit_view(key: str):
    setup = SETUPS[key]

    @manager_page
    def view(request: HttpRequest, pk: int) -> HttpResponse:
        record = get_object_or_404(setup.model.objects.all(), pk=pk)
        form = setup.form(request.POST or None, initial=_initial(setup, record))
        if request.method == "POST" and form.is_valid():
            try:
                record = getattr(services, f"{setup.service}_update")(
                    actor=request.user, **{setup.record_arg: record}, **_data(form)
                )
            except ValidationError as exc:
                apply_to_form(form, exc)
            else:
                messages.success(request, f"The {setup.label} {record} is saved.")
                return redirect(setup.detail_name, pk=record.pk)
        return render(
            request,
            "training/form.html",
            {
                "title": f"Edit the {setup.label} {record}",
                "form": form,
                "button": "Save",
                "back_url": reverse(setup.detail_name, args=[record.pk]),
                "crumb": (
                    setup.model._meta.verbose_name_plural.capitalize(),
                    reverse(setup.list_name),
                ),
            },
        )

    view.__name__ = f"{key}_edit"
    return view
