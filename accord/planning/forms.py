from __future__ import annotations

from django import forms

from accord.core.concurrency import StateTokenField, VersionField
from accord.core.forms import DateInput, StyledForm
from accord.planning.calendars import (
    FIRST_YEAR,
    LAST_YEAR,
    DayKind,
    country_choices,
    subdivision_choices,
)
from accord.planning.models import Decision, Dependency, Task
from accord.planning.plan_templates import TEMPLATES
from accord.quality.models import Batch
from accord.training.models import Level


class TaskForm(StyledForm):
    name = forms.CharField(max_length=200)
    wbs = forms.CharField(max_length=20, required=False, label="WBS")
    kind = forms.ChoiceField(choices=Task.Kind.choices)
    parent = forms.ModelChoiceField(
        queryset=Task.objects.none(), required=False, help_text="A summary task, if any."
    )
    department = forms.CharField(max_length=80, required=False, label="Responsible department")
    duration_days = forms.IntegerField(min_value=0, max_value=2000, label="Duration (working days)")
    calendar = forms.ChoiceField(
        choices=Task.CalendarKind.choices,
        initial=Task.CalendarKind.PROJECT,
        label="Works on",
        help_text=(
            "A fermentation, a stability study or a hold time runs every day: its duration "
            "then counts every day, weekends and holidays included."
        ),
    )
    optimistic_days = forms.IntegerField(min_value=0, required=False, label="Optimistic")
    most_likely_days = forms.IntegerField(min_value=0, required=False, label="Most likely")
    pessimistic_days = forms.IntegerField(min_value=0, required=False, label="Pessimistic")
    percent_complete = forms.IntegerField(min_value=0, max_value=100, initial=0)
    actual_start = forms.DateField(required=False, widget=DateInput())
    actual_finish = forms.DateField(required=False, widget=DateInput())
    constraint_type = forms.ChoiceField(
        choices=[("", "As soon as possible"), *Task.ConstraintType.choices], required=False
    )
    constraint_date = forms.DateField(required=False, widget=DateInput())
    gmp = forms.BooleanField(
        required=False,
        label="GMP task",
        help_text="Only people qualified in what the task requires may be assigned.",
    )
    batch = forms.ModelChoiceField(
        queryset=Batch.objects.none(),
        required=False,
        label="Batch step of",
        help_text="The batch this step makes or tests (a batch step is GMP work).",
    )
    reason = forms.CharField(
        required=False, max_length=500, help_text="Why (kept in the audit trail)."
    )
    version = VersionField()

    def __init__(self, *args, project, editing: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["parent"].queryset = Task.objects.filter(
            project=project, kind=Task.Kind.SUMMARY
        )
        self.fields["batch"].queryset = Batch.objects.filter(project=project)
        if not editing:
            del self.fields["version"]


class DependencyForm(StyledForm):
    predecessor = forms.ModelChoiceField(queryset=Task.objects.none())
    type = forms.ChoiceField(choices=Dependency.Type.choices, initial=Dependency.Type.FS)
    lag_days = forms.IntegerField(
        initial=0, min_value=-500, max_value=500, label="Lag (working days, negative = lead)"
    )

    def __init__(self, *args, task: Task, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["predecessor"].queryset = Task.objects.filter(
            project_id=task.project_id
        ).exclude(pk=task.pk)


class TemplateForm(StyledForm):
    template = forms.ChoiceField(choices=[(code, t.name) for code, t in TEMPLATES.items()])


class RiskForm(StyledForm):
    iterations = forms.TypedChoiceField(
        coerce=int,
        choices=[(n, f"{n:,}") for n in (1_000, 10_000, 50_000, 100_000, 250_000)],
        initial=10_000,
    )
    distribution = forms.ChoiceField(
        choices=[("pert", "PERT-beta"), ("triangular", "Triangular")], initial="pert"
    )
    seed = forms.IntegerField(min_value=0, max_value=2**31 - 1, initial=1)


class BaselineForm(StyledForm):
    name = forms.CharField(max_length=120, initial="Contract baseline")


class DecisionForm(StyledForm):
    options = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}), help_text="The options considered."
    )
    outcome = forms.ChoiceField(choices=Decision.Outcome.choices, widget=forms.RadioSelect)
    rationale = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}))
    decided_on = forms.DateField(widget=DateInput())


class PlanImportForm(StyledForm):
    file = forms.FileField(
        label="MS Project XML or Primavera XER file",
        help_text="Saved from MS Project or ProjectLibre as XML, or exported from P6 as XER.",
        widget=forms.ClearableFileInput(attrs={"accept": ".xml,.xer"}),
    )


class FeedForm(StyledForm):
    name = forms.CharField(
        max_length=80, label="Who is it for?", help_text="e.g. “Sponsor CMC team calendar”."
    )


# --------------------------------------------------------------------------- site calendars


class CalendarDayForm(StyledForm):
    date = forms.DateField(widget=DateInput())
    kind = forms.ChoiceField(
        label="The site", choices=DayKind.choices, widget=forms.RadioSelect, initial="holiday"
    )
    name = forms.CharField(
        max_length=100, help_text="e.g. “Christmas shutdown”, “Saturday campaign shift”."
    )
    reason = forms.CharField(
        required=False, max_length=300, help_text="Why (kept in the audit trail)."
    )


class CalendarDayEditForm(StyledForm):
    kind = forms.ChoiceField(label="The site", choices=DayKind.choices, widget=forms.RadioSelect)
    name = forms.CharField(max_length=100)
    reason = forms.CharField(
        required=False,
        max_length=300,
        help_text="Needed when a holiday becomes a working day or back: it moves plans.",
    )
    token = StateTokenField()


class CalendarDayRemoveForm(StyledForm):
    reason = forms.CharField(
        max_length=300, help_text="Why the day leaves the calendar (kept in the audit trail)."
    )
    token = StateTokenField()


class HolidayImportForm(StyledForm):
    year = forms.IntegerField(min_value=FIRST_YEAR, max_value=LAST_YEAR)


class SiteRegionForm(StyledForm):
    country_code = forms.ChoiceField(label="Country", choices=())
    subdivision = forms.ChoiceField(
        label="Region",
        required=False,
        choices=(),
        help_text="The canton, state or region whose public holidays the site keeps.",
    )
    reason = forms.CharField(required=False, max_length=300)

    def __init__(self, *args, country: str = "", **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["country_code"].choices = [("", "Choose a country"), *country_choices()]
        country = (self.data.get("country_code") if self.is_bound else None) or country
        regions = subdivision_choices(country) if country else []
        self.fields["subdivision"].choices = [("", "The whole country"), *regions]


# --------------------------------------------------------------------------- task people


class TaskAssignForm(StyledForm):
    person = forms.ModelChoiceField(queryset=None, label="Person")
    role_on_task = forms.CharField(
        max_length=80,
        label="Role on the task",
        help_text="What they do: Operator, Second person verifier, QA on the floor …",
    )

    def __init__(self, *args, **kwargs) -> None:
        from accord.accounts.models import User

        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = User.objects.filter(
            is_active=True, organization__kind="cdmo"
        ).order_by("last_name", "first_name")
        self.fields["person"].label_from_instance = lambda user: user.printed_name


class TaskEquipmentForm(StyledForm):
    equipment = forms.ModelChoiceField(queryset=None, label="Equipment")
    purpose = forms.CharField(
        max_length=120,
        required=False,
        label="Purpose",
        help_text="What it is used for on the task, e.g. filling, in-process testing.",
    )

    def __init__(self, *args, task: Task, **kwargs) -> None:
        from accord.planning.bookings import bookable_equipment

        super().__init__(*args, **kwargs)
        self.fields["equipment"].queryset = bookable_equipment(task)
        self.fields["equipment"].label_from_instance = lambda item: (
            f"{item.code} {item.name} · {item.get_status_display()}"
        )


class TaskSkillForm(StyledForm):
    competency = forms.ModelChoiceField(queryset=None, label="Competency required")
    min_level = forms.TypedChoiceField(
        coerce=int, choices=Level.choices, initial=Level.INDEPENDENT, label="At least level"
    )

    def __init__(self, *args, **kwargs) -> None:
        from accord.training.models import Competency

        super().__init__(*args, **kwargs)
        self.fields["competency"].queryset = Competency.objects.order_by("name")
