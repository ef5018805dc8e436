"""The shape of meeting input on pages. Services still validate everything again."""

from __future__ import annotations

from django import forms

from accord.accounts.models import User
from accord.core.concurrency import VersionField
from accord.core.forms import DateInput, StyledForm
from accord.meetings.models import Meeting
from accord.projects.models import Project

REASON_HELP = "Required once the sponsor can read it; kept in the audit trail."


class MeetingForm(StyledForm):
    kind = forms.ChoiceField(choices=[("", "Choose a kind"), *Meeting.Kind.choices])
    title = forms.CharField(max_length=200)
    held_on = forms.DateField(widget=DateInput(), label="Held on")
    attendees = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="One per line, with their company: sponsor and CDMO people.",
    )
    agenda = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}))
    minutes = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 6}))
    shared_with_sponsor = forms.BooleanField(
        required=False,
        label="Share with the sponsor",
        help_text="Shared meetings, with their decisions and action items, appear in the "
        "sponsor portal. Internal notes never do.",
    )
    internal_notes = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="CDMO staff only: never shown to the sponsor.",
    )


class MeetingEditForm(MeetingForm):
    version = VersionField()
    reason = forms.CharField(
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=REASON_HELP,
    )


class DecisionForm(StyledForm):
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}), label="Decision", help_text="What was decided."
    )
    decided_by = forms.CharField(
        required=False,
        max_length=200,
        label="Decided by",
        help_text="For example: the steering committee, or the sponsor's project lead.",
    )


class OwnerChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user: User) -> str:
        return f"{user.printed_name} ({user.organization.short_name or user.organization.name})"


class ActionItemForm(StyledForm):
    description = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), label="Action")
    owner = OwnerChoiceField(queryset=User.objects.none(), empty_label="Choose the owner")
    due_on = forms.DateField(widget=DateInput(), label="Due on")

    def __init__(self, *args, project: Project, owners, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        owner = self.fields["owner"]
        owner.queryset = owners
        owner.error_messages["invalid_choice"] = (
            f"Choose a CDMO colleague or a person of {project.sponsor.name} on this project."
        )
        owner.help_text = (
            "A sponsor owner sees the item in their portal once the meeting is shared."
        )


class ActionItemEditForm(ActionItemForm):
    version = VersionField()
    reason = forms.CharField(
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Required once the sponsor can read it or it is done; kept in the audit trail.",
    )


class ActionItemCloseForm(StyledForm):
    done_on = forms.DateField(widget=DateInput(), label="Done on")
    note = forms.CharField(
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="What was done, if it helps the next reader; kept in the audit trail.",
    )
    version = VersionField()


class ActionItemReopenForm(StyledForm):
    reason = forms.CharField(
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Why it is not done after all; kept in the audit trail.",
    )
    version = VersionField()


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


class MeetingFilterForm(_FilterForm):
    q = forms.CharField(required=False, max_length=100, label="Search")
    kind = forms.ChoiceField(required=False, choices=[("", "Any kind"), *Meeting.Kind.choices])
    shared = forms.ChoiceField(
        required=False,
        choices=[("", "Shared or not"), ("yes", "Shared"), ("no", "Internal")],
        label="Sponsor",
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["q"].widget.attrs["placeholder"] = "Title, agenda or minutes"

    def filters(self) -> dict:
        if not self.is_valid():
            return {}
        data = self.cleaned_data
        return {
            "kind": data["kind"],
            "query": data["q"].strip(),
            "shared": {"yes": True, "no": False}.get(data["shared"]),
        }


ACTION_STATUSES = [
    ("open", "Open"),
    ("overdue", "Overdue"),
    ("done", "Done"),
    ("any", "Any status"),
]


class ActionItemFilterForm(_FilterForm):
    mine = forms.ChoiceField(
        required=False, choices=[("", "Everyone's"), ("yes", "Mine")], label="Owner"
    )
    status = forms.ChoiceField(required=False, choices=ACTION_STATUSES)
    project = forms.ModelChoiceField(
        required=False, queryset=Project.objects.none(), empty_label="Every project"
    )
    q = forms.CharField(required=False, max_length=100, label="Search")

    def __init__(self, *args, projects, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["project"].queryset = projects
        self.fields["project"].label_from_instance = lambda p: f"{p.code} · {p.title}"
        self.fields["q"].widget.attrs["placeholder"] = "Action, meeting or project code"

    def filters(self, user: User) -> dict:
        """Open items of everyone by default (a missing or bad status means open)."""
        data = self.cleaned_data if self.is_valid() else {}
        return {
            "status": data.get("status") or "open",
            "owner": user if data.get("mine") == "yes" else None,
            "project_id": data["project"].pk if data.get("project") else None,
            "query": (data.get("q") or "").strip(),
        }
