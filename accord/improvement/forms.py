"""The shape of initiatives, audits and the technology register as a person writes them."""

from __future__ import annotations

from django import forms

from accord.accounts.models import Organization, Site, User
from accord.core.concurrency import VersionField
from accord.core.forms import DateInput, StyledForm
from accord.delays.models import Delay
from accord.improvement.models import (
    FIVE_S,
    SCORE_MAX,
    Capability,
    Initiative,
    Method,
    Qualification,
    Stage,
    Status,
)
from accord.projects.models import Project


def staff_people():
    return User.objects.filter(is_active=True, organization__kind="cdmo").order_by(
        "last_name", "first_name"
    )


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: User) -> str:
        return obj.printed_name


class PeopleChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: User) -> str:
        return obj.printed_name


def _sponsors():
    return Organization.objects.filter(kind=Organization.Kind.SPONSOR).order_by("name")


class InitiativeForm(StyledForm):
    title = forms.CharField(max_length=200)
    problem_statement = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}))
    method = forms.ChoiceField(choices=Method.choices)
    owner = PersonChoiceField(queryset=User.objects.none())
    champion = PersonChoiceField(
        queryset=User.objects.none(), help_text="Signs the stage gates and the closure."
    )
    team = PeopleChoiceField(queryset=User.objects.none(), required=False)
    site = forms.ModelChoiceField(queryset=Site.objects.order_by("name"))
    sponsor = forms.ModelChoiceField(
        queryset=_sponsors(),
        required=False,
        empty_label="Internal (no sponsor)",
        help_text="A sponsor-facing initiative is shown to that sponsor in its portal.",
    )
    project = forms.ModelChoiceField(
        queryset=Project.objects.select_related("sponsor").order_by("code"), required=False
    )
    started_on = forms.DateField(widget=DateInput())
    baseline_metric = forms.CharField(label="Baseline metric", max_length=200, required=False)
    baseline_value = forms.DecimalField(max_digits=12, decimal_places=2, required=False)
    unit = forms.CharField(max_length=40, required=False)
    baseline_method = forms.CharField(
        label="How it is measured", widget=forms.Textarea(attrs={"rows": 2}), required=False
    )
    baseline_start = forms.DateField(widget=DateInput(), required=False)
    baseline_end = forms.DateField(widget=DateInput(), required=False)
    target_value = forms.DecimalField(max_digits=12, decimal_places=2, required=False)
    event_start = forms.DateField(label="Kaizen event from", widget=DateInput(), required=False)
    event_end = forms.DateField(label="Kaizen event to", widget=DateInput(), required=False)
    before = forms.CharField(
        label="The process before", widget=forms.Textarea(attrs={"rows": 2}), required=False
    )
    after = forms.CharField(
        label="The process after", widget=forms.Textarea(attrs={"rows": 2}), required=False
    )
    result_value = forms.DecimalField(
        label="Measured result", max_digits=12, decimal_places=2, required=False
    )
    result_measured_on = forms.DateField(label="Measured on", widget=DateInput(), required=False)
    days_saved = forms.DecimalField(max_digits=8, decimal_places=1, required=False)
    cost_saved = forms.DecimalField(
        label="Cost saved (CHF)", max_digits=12, decimal_places=0, required=False
    )
    rft_points = forms.DecimalField(
        label="Right-first-time gain (points)", max_digits=5, decimal_places=1, required=False
    )
    version = VersionField(required=False)

    def __init__(self, *args, initiative: Initiative | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name in ("owner", "champion", "team"):
            self.fields[name].queryset = staff_people()
        self.fields["champion"].queryset = (
            staff_people().filter(roles__permissions__codename="approve_initiative").distinct()
        )
        if initiative is not None:
            del self.fields["method"]
        else:
            for name in ("result_value", "result_measured_on", "days_saved", "cost_saved"):
                del self.fields[name]
            del self.fields["rft_points"]

    @classmethod
    def initial_from(cls, initiative: Initiative) -> dict:
        from accord.improvement.services.initiatives import CONTENT_FIELDS

        initial = {name: getattr(initiative, name) for name in CONTENT_FIELDS}
        initial["team"] = list(initiative.team.values_list("pk", flat=True))
        initial["version"] = initiative.version
        return initial


class InitiativeFilterForm(StyledForm):
    q = forms.CharField(label="Words", required=False)
    method = forms.ChoiceField(choices=[("", "Every method"), *Method.choices], required=False)
    status = forms.ChoiceField(choices=[("", "Every status"), *Status.choices], required=False)
    stage = forms.ChoiceField(
        label="DMAIC stage", choices=[("", "Every stage"), *Stage.choices], required=False
    )
    site = forms.ModelChoiceField(
        queryset=Site.objects.order_by("name"), required=False, empty_label="Every site"
    )
    facing = forms.ChoiceField(
        label="Sponsor-facing",
        choices=[
            ("", "Sponsor-facing and internal"),
            ("sponsor", "Sponsor-facing"),
            ("internal", "Internal"),
        ],
        required=False,
    )
    sponsor = forms.ModelChoiceField(
        queryset=_sponsors(), required=False, empty_label="Every sponsor"
    )

    def filters(self) -> dict:
        if not self.is_valid():
            return {}
        data = self.cleaned_data
        return {
            "query": data["q"].strip(),
            "method": data["method"],
            "status": data["status"],
            "stage": data["stage"],
            "site_id": data["site"].pk if data["site"] else None,
            "facing": data["facing"],
            "sponsor_id": data["sponsor"].pk if data["sponsor"] else None,
        }


class BaselineForm(StyledForm):
    cause = forms.ChoiceField(label="Delay cause", choices=Delay.Cause.choices)
    start = forms.DateField(label="From", widget=DateInput())
    end = forms.DateField(label="To", widget=DateInput())
    site = forms.ModelChoiceField(
        queryset=Site.objects.order_by("name"), required=False, empty_label="Every site"
    )
    sponsor = forms.ModelChoiceField(
        queryset=_sponsors(), required=False, empty_label="Every sponsor"
    )
    confirm = forms.BooleanField(
        required=False, widget=forms.HiddenInput, help_text="Store the figure shown."
    )


class DeliverableForm(StyledForm):
    done = forms.BooleanField(required=False)
    note = forms.CharField(max_length=500, required=False)


class DeliverableAddForm(StyledForm):
    """A deliverable of the initiative's own, on the current stage or a later one."""

    stage = forms.ChoiceField(choices=Stage.choices)
    name = forms.CharField(max_length=200, label="Deliverable")

    def __init__(self, *args, initiative: Initiative, **kwargs):
        super().__init__(*args, **kwargs)
        if initiative.stage:
            stages = list(Stage)
            ahead = stages[stages.index(Stage(initiative.stage)) :]
            self.fields["stage"].choices = [(stage.value, stage.label) for stage in ahead]
            self.fields["stage"].initial = initiative.stage


class CancelForm(StyledForm):
    reason = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), max_length=2000)
    version = VersionField()


class AreaForm(StyledForm):
    site = forms.ModelChoiceField(queryset=Site.objects.order_by("name"))
    name = forms.CharField(max_length=200, help_text="e.g. Visp building 2 QC lab.")
    description = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False)


class AuditForm(StyledForm):
    audited_on = forms.DateField(label="Audited on", widget=DateInput())
    auditor = PersonChoiceField(queryset=User.objects.none())
    initiative = forms.ModelChoiceField(
        queryset=Initiative.objects.none(),
        required=False,
        empty_label="No initiative",
        help_text="The 5S initiative this audit measures.",
    )

    def __init__(self, *args, area=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["auditor"].queryset = staff_people()
        if area is not None:
            self.fields["initiative"].queryset = Initiative.objects.filter(
                method=Method.FIVE_S, site_id=area.site_id, status=Status.OPEN
            )
        for name, label, help_text in FIVE_S:
            self.fields[name] = forms.IntegerField(
                label=label, min_value=0, max_value=SCORE_MAX, help_text=help_text
            )
            self.fields[f"{name}_notes"] = forms.CharField(
                label=f"{label}: notes", required=False, widget=forms.Textarea(attrs={"rows": 1})
            )

    def scores(self) -> dict[str, int]:
        return {name: self.cleaned_data[name] for name, _, _ in FIVE_S}

    def notes(self) -> dict[str, str]:
        return {name: self.cleaned_data[f"{name}_notes"] for name, _, _ in FIVE_S}


class ActionForm(StyledForm):
    what = forms.CharField(max_length=300)
    owner = PersonChoiceField(queryset=User.objects.none())
    due_on = forms.DateField(label="Due on", widget=DateInput())

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = staff_people()


class CapabilityForm(StyledForm):
    name = forms.CharField(max_length=200)
    category = forms.ChoiceField(choices=Capability.Category.choices)
    description = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False)


class CapabilitySiteForm(StyledForm):
    site = forms.ModelChoiceField(queryset=Site.objects.order_by("name"))
    status = forms.ChoiceField(choices=Qualification.choices)
    qualified_on = forms.DateField(label="Qualified on", widget=DateInput(), required=False)
    evidence = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        help_text="The qualification report and its number.",
    )
