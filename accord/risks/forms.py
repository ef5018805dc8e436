"""The shape of risk input on pages. Services still validate everything again."""

from __future__ import annotations

from django import forms

from accord.core.concurrency import VersionField
from accord.core.dates import format_day
from accord.core.forms import DateInput, StyledForm
from accord.planning.models import Task
from accord.risks.models import IMPACT_LABELS, LIKELIHOOD_LABELS, Level, Risk

LIKELIHOOD_CHOICES = [(n, f"{n} · {label}") for n, label in LIKELIHOOD_LABELS.items()]
IMPACT_CHOICES = [(n, f"{n} · {label}") for n, label in IMPACT_LABELS.items()]
EDITABLE_STATUSES = [(v, label) for v, label in Risk.Status.choices if v != Risk.Status.CLOSED]


class RiskFilterForm(forms.Form):
    """Register filters. Unknown or malformed values are ignored, never an error page."""

    status = forms.ChoiceField(
        required=False,
        choices=[("", "Any status"), ("live", "Not closed"), *Risk.Status.choices],
    )
    category = forms.ChoiceField(
        required=False, choices=[("", "Any category"), *Risk.Category.choices]
    )
    level = forms.ChoiceField(required=False, choices=[("", "Any level"), *Level.choices])
    likelihood = forms.TypedChoiceField(
        required=False, coerce=int, empty_value=None, choices=[("", "Any"), *LIKELIHOOD_CHOICES]
    )
    impact = forms.TypedChoiceField(
        required=False, coerce=int, empty_value=None, choices=[("", "Any"), *IMPACT_CHOICES]
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs["class"] = "form-select form-select-sm"

    def filters(self) -> dict:
        if not self.is_valid():
            return {}
        return {name: value for name, value in self.cleaned_data.items() if value}


class TaskChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, task: Task) -> str:
        when = f" · {format_day(task.early_finish)}" if task.early_finish else ""
        marker = " (milestone)" if task.is_milestone else ""
        return f"{task.uid}. {task.name}{marker}{when}"


class TaskCheckboxes(forms.CheckboxSelectMultiple):
    """Check boxes in a scrolling box: a plan has a dozen to a hundred tasks."""

    template_name = "risks/widgets/task_checkboxes.html"


class RiskForm(StyledForm):
    """Create and edit. ``status`` and ``reason`` only appear when editing."""

    title = forms.CharField(max_length=200)
    category = forms.ChoiceField(choices=[("", "Choose a category"), *Risk.Category.choices])
    cause = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}), help_text="What could happen, and why."
    )
    effect = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="What it would do to the project: schedule, cost, quality, supply.",
    )
    likelihood = forms.TypedChoiceField(
        coerce=int, choices=[("", "How likely?"), *LIKELIHOOD_CHOICES]
    )
    impact = forms.TypedChoiceField(coerce=int, choices=[("", "How severe?"), *IMPACT_CHOICES])
    owner = forms.ModelChoiceField(queryset=None, empty_label="Choose the owner")
    next_review_date = forms.DateField(widget=DateInput())
    mitigation_plan = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="What we do now to make it less likely or less severe.",
    )
    contingency_plan = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="What we do if it happens anyway.",
    )
    contingency_trigger = forms.CharField(
        required=False,
        max_length=300,
        help_text="The observable event that starts the contingency plan.",
    )
    affected_tasks = TaskChoiceField(
        queryset=Task.objects.none(),
        required=False,
        widget=TaskCheckboxes,
        label="Affected tasks and milestones",
        help_text="What in the plan would move if the risk happened.",
    )
    shared_with_sponsor = forms.BooleanField(
        required=False, label="Share with the sponsor (shown in their portal)"
    )
    status = forms.ChoiceField(choices=EDITABLE_STATUSES)
    reason = forms.CharField(
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Required to change a closed risk; kept in the audit trail.",
    )
    version = VersionField()

    def __init__(self, *args, project, owners, editing: bool, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = owners
        self.fields["affected_tasks"].queryset = Task.objects.filter(project=project).order_by(
            "sort_order", "uid"
        )
        self.fields["owner"].label_from_instance = lambda user: (
            f"{user.printed_name} · {user.job_title}" if user.job_title else user.printed_name
        )
        if not editing:
            for name in ("status", "reason", "version"):
                del self.fields[name]


class RiskReviewForm(StyledForm):
    comment = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="What the review found: is the mitigation working, has anything changed?",
    )
    likelihood = forms.TypedChoiceField(coerce=int, choices=LIKELIHOOD_CHOICES)
    impact = forms.TypedChoiceField(coerce=int, choices=IMPACT_CHOICES)
    next_review_date = forms.DateField(widget=DateInput(), label="Next review")
    version = VersionField()


class RiskCloseForm(StyledForm):
    reason = forms.CharField(
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Why the risk can no longer happen, or how its consequences were dealt "
        "with. Kept in the audit trail.",
    )
    version = VersionField()
