from __future__ import annotations

from django import forms
from django.db.models import Q

from accord.accounts.models import Site, User
from accord.core.concurrency import VersionField
from accord.core.dates import format_day
from accord.core.forms import DateInput, StyledForm
from accord.delays.models import MAX_DAYS_LOST, Delay
from accord.planning.models import Task


class TaskChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, task: Task) -> str:
        when = f" · {format_day(task.early_finish)}" if task.early_finish else ""
        marker = " (milestone)" if task.is_milestone else ""
        return f"{task.uid}. {task.name}{marker}{when}"


class TaskCheckboxes(forms.CheckboxSelectMultiple):
    """Bootstrap check boxes in a scrolling box: a plan has a dozen to a hundred tasks."""

    template_name = "delays/widgets/task_checkboxes.html"


class DelayForm(StyledForm):
    title = forms.CharField(max_length=200, help_text="One line the sponsor will understand.")
    cause = forms.ChoiceField(choices=[("", "Choose a cause"), *Delay.Cause.choices])
    occurred_on = forms.DateField(widget=DateInput(), label="Occurred on")
    days_lost = forms.IntegerField(
        min_value=1,
        max_value=MAX_DAYS_LOST,
        label="Days lost",
        help_text="Working days the plan lost.",
    )
    affected_tasks = TaskChoiceField(
        queryset=Task.objects.none(),
        required=False,
        widget=TaskCheckboxes,
        label="Affected tasks and milestones",
    )
    description = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}), help_text="What happened."
    )
    root_cause = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Why it happened, once known.",
    )
    internal_notes = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="CDMO staff only: never shown to the sponsor.",
    )

    def __init__(self, *args, project, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["affected_tasks"].queryset = Task.objects.filter(project=project).order_by(
            "sort_order", "uid"
        )


class DelayEditForm(DelayForm):
    version = VersionField()
    reason = forms.CharField(
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Required once the sponsor has been told; kept in the audit trail.",
    )


class CommunicateForm(StyledForm):
    informed_on = forms.DateField(widget=DateInput(), label="Sponsor told on")
    how = forms.ChoiceField(choices=[("", "Choose how"), *Delay.InformedHow.choices], label="How")
    informed_by = forms.ModelChoiceField(queryset=User.objects.none(), label="Told by")
    reason = forms.CharField(
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Required when correcting an earlier record; kept in the audit trail.",
    )
    version = VersionField()

    def __init__(self, *args, project, actor: User, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # The CDMO people on the project team, and whoever records it.
        self.fields["informed_by"].queryset = (
            User.objects.filter(
                Q(memberships__project=project, organization__kind="cdmo") | Q(pk=actor.pk),
                is_active=True,
            )
            .distinct()
            .order_by("last_name", "first_name")
        )
        self.fields["informed_by"].label_from_instance = lambda user: user.printed_name


class _FilterForm(forms.Form):
    """List filters. Unknown or malformed values are ignored, never an error page."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs["class"] = (
                "form-select form-select-sm"
                if isinstance(field, forms.ChoiceField)
                else "form-control form-control-sm"
            )


class DelayFilterForm(_FilterForm):
    cause = forms.ChoiceField(required=False, choices=[("", "Any cause"), *Delay.Cause.choices])
    communicated = forms.ChoiceField(
        required=False,
        choices=[("", "Communicated or not"), ("yes", "Communicated"), ("no", "Not yet")],
        label="Sponsor told",
    )

    def filters(self) -> dict:
        if not self.is_valid():
            return {}
        communicated = self.cleaned_data["communicated"]
        return {
            "cause": self.cleaned_data["cause"],
            "communicated": {"yes": True, "no": False}.get(communicated),
        }


class PortfolioFilterForm(_FilterForm):
    site = forms.ModelChoiceField(
        required=False, queryset=Site.objects.none(), empty_label="Every site"
    )
    start = forms.DateField(required=False, widget=DateInput(), label="From")
    end = forms.DateField(required=False, widget=DateInput(), label="To")

    def __init__(self, *args, sites, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["site"].queryset = sites

    def filters(self) -> dict:
        if not self.is_valid():
            return {}
        data = self.cleaned_data
        return {
            "site_id": data["site"].pk if data["site"] else None,
            "start": data["start"],
            "end": data["end"],
        }
