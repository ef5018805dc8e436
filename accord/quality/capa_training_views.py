"""Retraining a CAPA calls for: a training coordinator assigns it to named people and to
everyone holding named job roles (the training app's one write path), and the CAPA page
lists who was assigned what and whether they have completed it."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path

from accord.accounts.decorators import staff_required
from accord.core import clock
from accord.core.errors import apply_to_form
from accord.core.forms import DateInput, StyledForm
from accord.quality import selectors
from accord.quality.change_forms import staff_people
from accord.quality.models import Capa
from accord.training.models import Assignment, JobRole, Reason, Requirement
from accord.training.services import capa_retraining_assign

MANAGE = "training.manage_training"


class People(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj) -> str:
        return obj.printed_name


class RetrainingForm(StyledForm):
    requirement = forms.ModelChoiceField(
        queryset=Requirement.objects.filter(is_active=True).order_by("title"),
        label="Training",
        help_text="What the people are retrained on (a document to read, a course, a quiz).",
    )
    people = People(
        queryset=staff_people(),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text="Named people, e.g. those involved in the deviation.",
    )
    job_roles = forms.ModelMultipleChoiceField(
        queryset=JobRole.objects.order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Everyone holding these job roles",
    )
    due_on = forms.DateField(widget=DateInput, label="Due on")

    def clean(self):
        data = super().clean()
        if not data.get("people") and not data.get("job_roles"):
            raise ValidationError("Choose people, job roles or both.")
        return data


def capa_retraining(capa: Capa) -> list[Assignment]:
    """The training assigned because of ``capa``, newest first."""
    return list(
        Assignment.objects.filter(reason=Reason.CAPA, source__contains=capa.number)
        .select_related("person", "requirement")
        .order_by("-assigned_on", "person__last_name")
    )


@staff_required(MANAGE)
def capa_retraining_assign_view(request: HttpRequest, pk: int) -> HttpResponse:
    capa = get_object_or_404(selectors.capas_visible_to(request.user), pk=pk)
    if not capa.requires_retraining:
        raise PermissionDenied(f"{capa.number} does not call for retraining.")
    form = RetrainingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            assigned = capa_retraining_assign(
                actor=request.user,
                capa=capa,
                requirement=data["requirement"],
                due_on=data["due_on"],
                people=data["people"],
                job_roles=data["job_roles"],
            )
        except ValidationError as error:
            apply_to_form(form, error)
        else:
            messages.success(
                request,
                f"{data['requirement'].title} is assigned to {len(assigned)} "
                f"{'person' if len(assigned) == 1 else 'people'}, due "
                f"{data['due_on']:%-d %b %Y}.",
            )
            return redirect("quality:capa", pk=capa.pk)
    return render(
        request,
        "quality/capa_retraining.html",
        {"capa": capa, "form": form, "assigned": capa_retraining(capa), "today": clock.today()},
    )


urlpatterns = [
    path(
        "capa/<int:pk>/retraining/",
        capa_retraining_assign_view,
        name="capa_retraining",
    ),
]
