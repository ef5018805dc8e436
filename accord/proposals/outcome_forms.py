"""The shape of outcome input on pages (won, lost, declined, withdrawn) and of the
lessons learned and analytics filters; the services validate again."""

from __future__ import annotations

from django import forms

from accord.accounts.models import Organization, Site, User
from accord.core.forms import DateInput, StyledForm
from accord.planning.plan_templates import TEMPLATES
from accord.proposals.models import LossReason, ProposalRevision
from accord.signatures.services import ACKNOWLEDGEMENT


class WinForm(StyledForm):
    revision = forms.ModelChoiceField(
        queryset=ProposalRevision.objects.none(), help_text="The offer the sponsor awarded."
    )
    reason = forms.CharField(
        required=False,
        label="Basis of the award",
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Required unless the sponsor accepted the revision in the portal, e.g. "
        "“signed purchase order 4711”.",
    )
    project_code = forms.CharField(max_length=32, label="Project code")
    title = forms.CharField(max_length=200, label="Project title")
    site = forms.ModelChoiceField(queryset=Site.objects.none())
    start_date = forms.DateField(widget=DateInput, label="Project start")
    template_code = forms.ChoiceField(
        label="Plan template", choices=[(code, t.name) for code, t in TEMPLATES.items()]
    )
    pm = forms.ModelChoiceField(
        queryset=User.objects.none(),
        label="Project manager",
        help_text="Creates the project and signs its contract baseline (meaning authored).",
    )
    username = forms.CharField(
        label="Project manager's user id",
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    password = forms.CharField(
        label="Project manager's password",
        widget=forms.PasswordInput(attrs={"autocomplete": "off"}),
    )
    acknowledge = forms.BooleanField(required=False, label=ACKNOWLEDGEMENT)

    def __init__(self, *args, revisions, pms, sites, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["revision"].queryset = revisions
        self.fields["revision"].label_from_instance = lambda r: (
            f"{r.proposal.number} {r.reference} · {r.get_status_display()} · "
            f"{r.total:,.2f} {r.proposal.currency}"
        )
        self.fields["pm"].queryset = pms
        self.fields["pm"].label_from_instance = lambda u: u.printed_name
        self.fields["site"].queryset = sites


class LoseForm(StyledForm):
    reasons = forms.MultipleChoiceField(
        choices=LossReason.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text="At least one; “other” needs a note.",
    )
    other_note = forms.CharField(required=False, max_length=300, label="Other reason")
    competitor = forms.CharField(required=False, max_length=200, help_text="If known.")
    data_says = forms.CharField(
        required=False,
        label="What the data says",
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="e.g. our price against our median, the timeline against its P80.",
    )
    lessons = forms.CharField(
        required=False, label="Lessons learned", widget=forms.Textarea(attrs={"rows": 3})
    )
    follow_up_on = forms.DateField(
        required=False,
        widget=DateInput,
        label="Follow up on",
        help_text="A follow-up for the proposal's owner, to keep the relationship.",
    )
    decided_on = forms.DateField(required=False, widget=DateInput, label="Decided on")


class CloseForm(StyledForm):
    reason = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), max_length=2000)
    decided_on = forms.DateField(required=False, widget=DateInput, label="Decided on")


class _Filters(forms.Form):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs["class"] = (
                "form-select form-select-sm"
                if isinstance(field, forms.ChoiceField)
                else "form-control form-control-sm"
            )


class LessonsFilterForm(_Filters):
    q = forms.CharField(required=False, label="Search")
    reason = forms.ChoiceField(required=False, choices=[("", "Any reason"), *LossReason.choices])
    sponsor = forms.ModelChoiceField(
        required=False,
        queryset=Organization.objects.filter(kind=Organization.Kind.SPONSOR),
        empty_label="Any sponsor",
    )
    start = forms.DateField(required=False, widget=DateInput, label="Decided from")
    end = forms.DateField(required=False, widget=DateInput, label="to")

    def filters(self) -> dict:
        if not self.is_valid():
            return {}
        data = self.cleaned_data
        return {
            "q": data["q"].strip(),
            "reason": data["reason"],
            "sponsor": data["sponsor"],
            "start": data["start"],
            "end": data["end"],
        }


class AnalyticsFilterForm(_Filters):
    start = forms.DateField(required=False, widget=DateInput, label="RFPs received from")
    end = forms.DateField(required=False, widget=DateInput, label="to")
    sponsor_type = forms.ChoiceField(
        required=False,
        choices=[("", "Any sponsor type"), *Organization.SponsorType.choices],
        label="Sponsor type",
    )

    def filters(self) -> dict:
        if not self.is_valid():
            return {}
        return {key: self.cleaned_data[key] for key in ("start", "end", "sponsor_type")}
