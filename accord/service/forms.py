"""The shape of input for service levels and service hours."""

from __future__ import annotations

from decimal import Decimal

from django import forms

from accord.accounts.models import Organization
from accord.core.concurrency import VersionField
from accord.core.forms import StyledForm
from accord.service.models import (
    WEEKDAYS,
    ClockKind,
    ConcernCategory,
    ConcernEntry,
    Priority,
    validate_hours,
)
from accord.service.services import MAX_MINUTES


def target_field_name(priority: str, kind: str) -> str:
    return f"{priority}_{kind}"


class SlaPolicyForm(StyledForm):
    """A policy: its name, warning point, confirmation window, and the 16 targets in
    working hours (quarter hours allowed), one per priority and clock."""

    sponsor = forms.ModelChoiceField(
        queryset=Organization.objects.none(),
        help_text="The sponsor whose quality agreement sets these levels.",
    )
    name = forms.CharField(
        max_length=120, help_text="e.g. “Kerrowan quality agreement, schedule 4”."
    )
    warn_at_percent = forms.IntegerField(
        label="Warn the owner at (%)",
        min_value=50,
        max_value=95,
        initial=75,
        help_text="Share of a target used before the owner is warned.",
    )
    confirm_days = forms.IntegerField(
        label="Days the sponsor has to confirm a resolution",
        min_value=1,
        max_value=30,
        initial=5,
        help_text="Working days; without an answer the concern closes with a notice.",
    )
    reason = forms.CharField(required=False, max_length=300, help_text="Kept in the audit trail.")

    def __init__(self, *args, sponsors=None, targets=None, with_version: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if sponsors is None:
            del self.fields["sponsor"]
        else:
            self.fields["sponsor"].queryset = sponsors
        for priority in Priority:
            for kind in ClockKind:
                name = target_field_name(priority.value, kind.value)
                self.fields[name] = forms.DecimalField(
                    label=f"{priority.label}: {kind.label.lower()} (working hours)",
                    min_value=Decimal("0.25"),
                    max_value=Decimal(MAX_MINUTES // 60),
                    decimal_places=2,
                    widget=forms.NumberInput(attrs={"step": "0.25", "class": "form-control"}),
                )
                if targets:
                    minutes = targets[priority.value][kind.value]
                    self.initial.setdefault(name, Decimal(minutes) / 60)
        if with_version:
            self.fields["version"] = VersionField()

    def grid(self) -> list[tuple[str, list]]:
        """The target inputs as rows of priorities and columns of clocks."""
        return [
            (
                priority.label,
                [self[target_field_name(priority.value, kind.value)] for kind in ClockKind],
            )
            for priority in Priority
        ]

    def plain_fields(self) -> list:
        names = ("sponsor", "name", "warn_at_percent", "confirm_days", "reason", "version")
        return [self[name] for name in names if name in self.fields]

    def targets(self) -> dict[str, dict[str, int]]:
        return {
            priority.value: {
                kind.value: int(
                    round(self.cleaned_data[target_field_name(priority.value, kind.value)] * 60)
                )
                for kind in ClockKind
            }
            for priority in Priority
        }


class SlaPolicyRemoveForm(StyledForm):
    reason = forms.CharField(
        max_length=300,
        help_text="Why the sponsor's own levels end; the CDMO-wide policy applies again.",
    )


def _day(label: str) -> forms.CharField:
    return forms.CharField(
        label=label,
        max_length=100,
        required=False,
        validators=[validate_hours],
        help_text="HH:MM-HH:MM, several separated by commas; empty for a day off.",
    )


class ServiceHoursForm(StyledForm):
    """Hours per weekday, e.g. “08:00-12:00, 13:00-17:00”; empty for a day off."""

    monday = _day("Monday")
    tuesday = _day("Tuesday")
    wednesday = _day("Wednesday")
    thursday = _day("Thursday")
    friday = _day("Friday")
    saturday = _day("Saturday")
    sunday = _day("Sunday")
    reason = forms.CharField(required=False, max_length=300, help_text="Kept in the audit trail.")
    version = VersionField(required=False)

    def week(self) -> dict[str, str]:
        return {day: self.cleaned_data[day] for day in WEEKDAYS}


# --------------------------------------------------------------------------- concerns

_LONG = {"widget": forms.Textarea(attrs={"rows": 4})}


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input; cleans to a list (empty when none)."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if isinstance(data, list | tuple):
            return [super(MultipleFileField, self).clean(item, initial) for item in data]
        return [] if not data else [super().clean(data, initial)]


class ConcernRaiseForm(StyledForm):
    sponsor = forms.ModelChoiceField(
        queryset=Organization.objects.none(), help_text="Whose concern you record."
    )
    project = forms.ModelChoiceField(
        queryset=Organization.objects.none(),
        required=False,
        empty_label="The relationship as a whole",
        help_text="The project it is about, if any.",
    )
    title = forms.CharField(max_length=200, help_text="In a few words.")
    description = forms.CharField(
        help_text="What happened, and what it means for the sponsor.", **_LONG
    )
    category = forms.ChoiceField(choices=ConcernCategory.choices, label="About")
    urgency = forms.ChoiceField(
        choices=Priority.choices, label="How urgent is it", initial=Priority.MEDIUM
    )
    files = MultipleFileField(
        required=False,
        label="Files",
        help_text="Optional: photos, certificates, letters (PDF, Office, image, e-mail, ZIP).",
    )

    def __init__(self, *args, sponsors, projects, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if sponsors is None:
            del self.fields["sponsor"]
            self.fields["urgency"].label = "How urgent is it for you"
        else:
            self.fields["sponsor"].queryset = sponsors
        self.fields["project"].queryset = projects


class AcknowledgeForm(StyledForm):
    message = forms.CharField(
        label="Your message to the sponsor",
        help_text="Personal, in your own words: that you have it and what happens next.",
        **_LONG,
    )
    version = VersionField()


class ContactForm(StyledForm):
    how = forms.ChoiceField(
        choices=ConcernEntry.How.choices, widget=forms.RadioSelect, label="How you reached them"
    )
    summary = forms.CharField(label="What was discussed and agreed", **_LONG)
    containment = forms.CharField(
        label="Containment", help_text="What was done at once to stop the harm.", **_LONG
    )
    version = VersionField()


class LinkFields:
    """Pick the risks, delays and change orders of the concern's sponsor that the reader
    may see, to link to the concern."""

    def add_link_fields(self, *, risks, delays, change_orders) -> None:
        for name, queryset, label, help_text in (
            ("risks", risks, "Risks", "Risks it raised or touched."),
            ("delays", delays, "Delays", "Delays it caused or explains."),
            ("change_orders", change_orders, "Change orders", "Change orders it led to."),
        ):
            self.fields[name] = forms.ModelMultipleChoiceField(
                queryset=queryset,
                required=False,
                label=label,
                help_text=help_text,
                widget=forms.SelectMultiple(attrs={"class": "form-select", "size": 3}),
            )


class ResolveForm(LinkFields, StyledForm):
    resolution = forms.CharField(label="Resolution", help_text="What was done.", **_LONG)
    root_cause = forms.CharField(
        required=False, label="Root cause", help_text="Why it happened, where known.", **_LONG
    )
    version = VersionField()


class LinkForm(LinkFields, StyledForm):
    pass


class AssignForm(StyledForm):
    owner = forms.ModelChoiceField(
        queryset=Organization.objects.none(),
        required=False,
        empty_label="Keep the owner",
        help_text="Staff who serve concerns.",
    )
    priority = forms.ChoiceField(
        choices=[("", "Keep the priority"), *Priority.choices],
        required=False,
        help_text="The clocks follow the new priority from the moment it was raised.",
    )
    reason = forms.CharField(max_length=300, help_text="Why; the new owner reads it.")
    version = VersionField()

    def __init__(self, *args, owners, may_prioritize: bool, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = owners
        self.fields["owner"].label_from_instance = lambda user: user.printed_name
        if not may_prioritize:
            del self.fields["priority"]


class AttachForm(StyledForm):
    file = forms.FileField(
        label="File",
        help_text="A photo, a certificate, a letter: PDF, Office, image, e-mail or ZIP.",
    )


class TextForm(StyledForm):
    text = forms.CharField(**_LONG)


class ReasonForm(StyledForm):
    reason = forms.CharField(max_length=300)
