"""The shape of a CAPA, its actions and its check of effectiveness as a person writes
them. Signatures come from the signing form (``accord.signatures.session``)."""

from __future__ import annotations

from django import forms

from accord.accounts.models import Organization, User
from accord.core.concurrency import VersionField
from accord.core.forms import DateInput, StyledForm
from accord.quality.capa_workflows import APPROVE, WORK
from accord.quality.models import CapaActionType, EffectivenessCheck
from accord.quality.models.deviations import cause_choices


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: User) -> str:
        return obj.printed_name


def staff_holding(permission: str):
    """Active CDMO staff who hold ``permission`` through one of their roles."""
    app_label, codename = permission.split(".", 1)
    return (
        User.objects.filter(
            is_active=True,
            organization__kind=Organization.Kind.CDMO,
            roles__permissions__content_type__app_label=app_label,
            roles__permissions__codename=codename,
        )
        .distinct()
        .order_by("last_name", "first_name")
    )


class _People(StyledForm):
    owner = PersonChoiceField(queryset=User.objects.none())
    qa_approver = PersonChoiceField(
        queryset=User.objects.none(),
        label="QA approver",
        help_text="From QA; never the owner.",
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = staff_holding(WORK)
        self.fields["qa_approver"].queryset = staff_holding(APPROVE)


class CapaForm(_People):
    title = forms.CharField(max_length=200)
    problem = forms.CharField(label="Problem statement", widget=forms.Textarea(attrs={"rows": 4}))
    deviation = forms.ModelChoiceField(
        queryset=None, required=False, help_text="Empty for a standalone CAPA."
    )
    root_cause_category = forms.ChoiceField(
        label="Root cause",
        required=False,
        help_text="From the cause taxonomy; taken from the deviation's investigation when "
        "left empty.",
    )
    due_date = forms.DateField(widget=DateInput)
    success_criteria = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Stated up front: what will show that the actions worked.",
    )
    effectiveness_required = forms.BooleanField(
        required=False,
        initial=True,
        label="A check of effectiveness is required",
        help_text="Always, for a CAPA of a major or critical deviation.",
    )
    effectiveness_after_days = forms.IntegerField(
        required=False,
        min_value=0,
        max_value=730,
        initial=90,
        label="The check starts (days after implementation)",
    )
    effectiveness_rationale = forms.CharField(
        required=False,
        label="Why no check of effectiveness",
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    requires_retraining = forms.BooleanField(
        required=False,
        label="Requires retraining",
        help_text="Set for a training root cause unless you say otherwise here.",
    )

    def __init__(self, *args, deviations, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["deviation"].queryset = deviations
        self.fields["deviation"].label_from_instance = lambda d: f"{d.number} {d.title}"
        self.fields["root_cause_category"].choices = [("", "—"), *cause_choices()]


class ActionForm(_People):
    action_type = forms.ChoiceField(label="Type", choices=CapaActionType.choices)
    description = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}))
    due_date = forms.DateField(widget=DateInput)
    version = VersionField(required=False)


class DoneForm(StyledForm):
    evidence = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}), help_text="What shows that it was done."
    )
    evidence_file = forms.FileField(
        required=False, label="Evidence file", help_text="A certificate, record or photo."
    )
    version = VersionField(required=False)


class ReasonForm(StyledForm):
    reason = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}))
    version = VersionField(required=False)


class VersionForm(StyledForm):
    """A signed step with no fields of its own carries the version it was opened at."""

    version = VersionField(required=False)


class ImplementForm(StyledForm):
    check_due = forms.DateField(
        required=False,
        widget=DateInput,
        label="The check is due by",
        help_text="Empty: 30 days after its monitoring window opens.",
    )
    version = VersionField(required=False)


class CheckForm(StyledForm):
    evidence = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="The data the verdict rests on, against the success criteria.",
    )
    verdict = forms.ChoiceField(
        choices=EffectivenessCheck.Verdict.choices,
        widget=forms.RadioSelect,
        help_text="Partially or not effective closes the CAPA not effective and opens a "
        "follow-up CAPA for its owner.",
    )
    rating = forms.TypedChoiceField(
        label="Efficacy",
        coerce=int,
        choices=[(n, f"{n} of 5") for n in range(5, 0, -1)],
        help_text="From 1 (none) to 5 (fully effective).",
    )
    version = VersionField(required=False)
