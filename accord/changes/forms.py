from __future__ import annotations

from django import forms

from accord.changes.models import ChangeOrder, ChangeOrderPlanEdit
from accord.core.concurrency import VersionField
from accord.core.forms import StyledForm
from accord.planning.models import Task


class ChangeOrderForm(StyledForm):
    title = forms.CharField(max_length=200, help_text="One line the sponsor will understand.")
    sow_reference = forms.CharField(
        max_length=120,
        label="SOW reference",
        help_text="The part of the SOW it amends, e.g. SOW v2 §3.1.",
    )
    scope_change = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        label="Scope change",
        help_text="The work added, removed or changed.",
    )
    justification = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}))
    price_change = forms.DecimalField(
        max_digits=12, decimal_places=2, label="Price change", help_text="Negative for a reduction."
    )
    currency = forms.ChoiceField(choices=ChangeOrder.Currency.choices)


class ChangeOrderEditForm(ChangeOrderForm):
    version = VersionField()
    reason = forms.CharField(
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Required once it is in internal review; kept in the audit trail.",
    )


class TaskChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, task: Task) -> str:
        return f"{task.uid}. {task.name} ({task.duration_days} d)"


class PlanEditForm(StyledForm):
    kind = forms.ChoiceField(choices=ChangeOrderPlanEdit.Kind.choices, widget=forms.RadioSelect)
    task = TaskChoiceField(
        queryset=Task.objects.none(), required=False, help_text="The task whose duration changes."
    )
    days = forms.IntegerField(
        required=False,
        min_value=-2000,
        max_value=2000,
        help_text="Working days; negative to shorten.",
    )
    name = forms.CharField(required=False, max_length=200, label="New task name")
    duration_days = forms.IntegerField(
        required=False, min_value=1, max_value=2000, label="New task duration (working days)"
    )
    after = TaskChoiceField(
        queryset=Task.objects.none(),
        required=False,
        label="After",
        help_text="The new task starts when this one finishes.",
    )
    version = VersionField()

    def __init__(self, *args, project, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        tasks = Task.objects.filter(project=project).order_by("sort_order", "uid")
        self.fields["task"].queryset = tasks.filter(kind=Task.Kind.TASK)
        self.fields["after"].queryset = tasks.exclude(kind=Task.Kind.SUMMARY)
