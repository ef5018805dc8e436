from __future__ import annotations

import zoneinfo

from django import forms

from accord.accounts.models import Organization, User
from accord.clients.models import (
    Interaction,
    KeyContact,
    Language,
    Modality,
    Region,
    SponsorProfile,
)
from accord.core.concurrency import VersionField
from accord.core.forms import DateInput, StyledForm

_TEXT = {"widget": forms.Textarea(attrs={"rows": 3}), "required": False}


def _people(queryset):
    return queryset.filter(is_active=True).order_by("last_name", "first_name")


class StaffChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user: User) -> str:
        return f"{user.printed_name}{f' · {user.job_title}' if user.job_title else ''}"


class StaffMultipleChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, user: User) -> str:
        return user.printed_name


class ContactMultipleChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, contact: KeyContact) -> str:
        retired = "" if contact.is_active else " (retired)"
        return f"{contact.name} · {contact.get_decision_role_display()}{retired}"


class ProfileForm(StyledForm):
    sponsor_type = forms.ChoiceField(
        choices=[("", "Choose a type"), *Organization.SponsorType.choices],
        help_text="Kept on the sponsor itself; changing it needs the right to edit sponsors.",
    )
    modalities = forms.MultipleChoiceField(
        choices=Modality.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    regions = forms.MultipleChoiceField(
        choices=Region.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Where the sponsor develops, files and supplies.",
    )
    communication_cadence = forms.ChoiceField(
        choices=[("", "Not agreed yet"), *SponsorProfile.Cadence.choices],
        required=False,
        label="Communication cadence",
    )
    report_format = forms.ChoiceField(
        choices=[("", "No preference"), *SponsorProfile.ReportFormat.choices], required=False
    )
    time_zone = forms.ChoiceField(required=False, help_text="Where their decision makers sit.")
    account_owner = forms.ModelChoiceField(
        queryset=User.objects.none(),
        required=False,
        empty_label="Nobody yet",
        help_text="Answers for the relationship; gets the sponsor's concerns no project "
        "contact owns.",
    )
    language = forms.ChoiceField(choices=[("", "No preference"), *Language.choices], required=False)
    is_trendsetter = forms.BooleanField(
        required=False,
        label="Trendsetter",
        help_text="Its needs lead the market: what it asks for today, others ask for tomorrow.",
    )
    success_definition = forms.CharField(
        label="What success means for them", help_text="In the sponsor's own words.", **_TEXT
    )
    barrier_resources = forms.CharField(
        label="Barriers: resources", help_text="People, cash, materials, time.", **_TEXT
    )
    barrier_readiness = forms.CharField(
        label="Barriers: readiness",
        help_text="Technology package, analytics, regulatory position.",
        **_TEXT,
    )
    barrier_context = forms.CharField(
        label="Barriers: context",
        help_text="Investors, partners, competition, internal politics.",
        **_TEXT,
    )
    strategies = forms.CharField(
        label="Agreed strategies", help_text="How we get past the barriers together.", **_TEXT
    )
    version = VersionField()

    def __init__(self, *args, can_change_type: bool, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["time_zone"].choices = [
            ("", "Not known"),
            *((name, name) for name in sorted(zoneinfo.available_timezones())),
        ]
        if not can_change_type:
            del self.fields["sponsor_type"]
        self.fields["account_owner"].queryset = User.objects.filter(
            organization__kind=Organization.Kind.CDMO, is_active=True
        ).order_by("last_name", "first_name")


class ContactForm(StyledForm):
    name = forms.CharField(max_length=120)
    title = forms.CharField(max_length=120, required=False, label="Job title")
    decision_role = forms.ChoiceField(
        choices=[("", "Choose a role"), *KeyContact.DecisionRole.choices],
        label="Role in the decision",
    )
    email = forms.EmailField(required=False)
    phone = forms.CharField(max_length=40, required=False)
    user = forms.ModelChoiceField(
        queryset=User.objects.none(),
        required=False,
        label="Portal account",
        empty_label="No portal account",
    )
    is_primary = forms.BooleanField(
        required=False, label="Primary contact", help_text="The first person we call."
    )

    def __init__(self, *args, sponsor: Organization, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = _people(User.objects.filter(organization=sponsor))
        self.fields["user"].label_from_instance = lambda user: (
            f"{user.printed_name} ({user.username})"
        )


class ContactEditForm(ContactForm):
    is_active = forms.BooleanField(
        required=False, label="Active", help_text="Untick when they leave or stop being involved."
    )
    version = VersionField()


class InteractionForm(StyledForm):
    kind = forms.ChoiceField(choices=[("", "Choose a kind"), *Interaction.Kind.choices])
    occurred_on = forms.DateField(widget=DateInput(), label="Date")
    subject = forms.CharField(max_length=200)
    summary = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="What was said and agreed.",
    )
    contacts = ContactMultipleChoiceField(
        queryset=KeyContact.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Their people",
    )
    attendees = StaffMultipleChoiceField(
        queryset=User.objects.none(), required=False, label="Our people"
    )
    is_concern = forms.BooleanField(
        required=False,
        label="A concern was raised",
        help_text="The sponsor was unhappy about something; it counts against the "
        "relationship's health until its follow-ups are done.",
    )
    rapport_notes = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        label="Rapport notes",
        help_text="CDMO only: mood, personal notes, what to be careful about. Never shown to "
        "the sponsor.",
    )

    def __init__(self, *args, sponsor: Organization, contacts=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["contacts"].queryset = (
            contacts if contacts is not None else KeyContact.objects.filter(sponsor=sponsor)
        )
        self.fields["attendees"].queryset = _people(
            User.objects.filter(organization__kind=Organization.Kind.CDMO)
        )
        self.fields["attendees"].widget.attrs["size"] = 6


class InteractionEditForm(InteractionForm):
    version = VersionField()
    reason = forms.CharField(
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Optional: why you change it. Kept in the audit trail.",
    )


class FollowUpForm(StyledForm):
    description = forms.CharField(max_length=500, label="What we promised")
    owner = StaffChoiceField(queryset=User.objects.none())
    due_on = forms.DateField(widget=DateInput(), label="Due on")
    interaction = forms.ModelChoiceField(
        queryset=Interaction.objects.none(),
        required=False,
        empty_label="Not from a logged interaction",
        label="From interaction",
    )

    def __init__(self, *args, sponsor: Organization, interactions, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = _people(
            User.objects.filter(organization__kind=Organization.Kind.CDMO)
        )
        self.fields["interaction"].queryset = interactions


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


class InteractionFilterForm(_FilterForm):
    q = forms.CharField(required=False, max_length=100, label="Search")
    kind = forms.ChoiceField(required=False, choices=[("", "Any kind"), *Interaction.Kind.choices])
    concern = forms.ChoiceField(
        required=False,
        choices=[("", "Concern or not"), ("yes", "Concerns only"), ("no", "No concern")],
    )
    start = forms.DateField(required=False, widget=DateInput(), label="From")
    end = forms.DateField(required=False, widget=DateInput(), label="To")

    def filters(self) -> dict:
        if not self.is_valid():
            return {}
        data = self.cleaned_data
        return {
            "query": data["q"].strip(),
            "kind": data["kind"],
            "start": data["start"],
            "end": data["end"],
            "concern": {"yes": True, "no": False}.get(data["concern"]),
        }


class FollowUpFilterForm(_FilterForm):
    status = forms.ChoiceField(
        required=False,
        choices=[("open", "Open"), ("overdue", "Overdue"), ("done", "Done"), ("all", "All")],
    )

    def chosen_status(self) -> str:
        if not self.is_valid():
            return "open"
        return self.cleaned_data["status"] or "open"
