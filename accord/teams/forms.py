"""Editor forms for the Team page. Each mirrors one service: the service decides what is
allowed, the form only shapes the input and puts the service's answer next to a field."""

from __future__ import annotations

from django import forms

from accord.core.concurrency import StateTokenField, VersionField
from accord.core.forms import DateInput, StyledForm
from accord.projects.models import ProjectMembership, ProjectRole
from accord.teams.models import MAX_LEVEL, MAX_RESPONSE_HOURS, Department, RaciAssignment
from accord.teams.services import EscalationLevel

RACI_CHOICES = [("", "—"), *RaciAssignment.Role.choices]


class DeliverableForm(StyledForm):
    title = forms.CharField(max_length=200, help_text="As worded in the statement of work.")
    department = forms.ChoiceField(
        choices=[("", "Choose a department"), *Department.choices],
        label="Department responsible",
    )
    description = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}))
    due_date = forms.DateField(required=False, widget=DateInput(), label="Due date")
    sort_order = forms.IntegerField(
        required=False, min_value=0, label="Order", help_text="Lower numbers come first."
    )
    reason = forms.CharField(
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Why it changes; kept in the audit trail.",
    )

    version = VersionField()

    def __init__(self, *args, editing: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if not editing:
            del self.fields["reason"]
            del self.fields["version"]


def _member_label(membership: ProjectMembership) -> str:
    side = membership.user.organization.short_name or membership.user.organization.name
    return f"{membership.user.printed_name} ({side}, {membership.get_role_display()})"


class RaciForm(StyledForm):
    """One select per project member; the service enforces one A and at least one R."""

    reason = forms.CharField(required=False, max_length=2000, help_text="Kept in the audit trail.")
    token = StateTokenField()

    def __init__(self, *args, members: list[ProjectMembership], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.members = members
        for membership in members:
            self.fields[f"user_{membership.user_id}"] = forms.ChoiceField(
                choices=RACI_CHOICES,
                required=False,
                label=_member_label(membership),
                widget=forms.Select(attrs={"class": "form-select"}),
            )
        self.order_fields([*(f"user_{m.user_id}" for m in members), "reason"])

    def assignments(self) -> dict[int, str]:
        return {m.user_id: self.cleaned_data.get(f"user_{m.user_id}", "") for m in self.members}


class SteeringForm(StyledForm):
    """A role box per project member: a role puts them on the committee, blank leaves them off."""

    reason = forms.CharField(required=False, max_length=2000, help_text="Kept in the audit trail.")
    token = StateTokenField()

    def __init__(self, *args, members: list[ProjectMembership], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.members = members
        for membership in members:
            self.fields[f"role_{membership.user_id}"] = forms.CharField(
                required=False,
                max_length=80,
                label=_member_label(membership),
                widget=forms.TextInput(
                    attrs={"class": "form-control", "placeholder": "Not on the committee"}
                ),
            )
        self.order_fields([*(f"role_{m.user_id}" for m in members), "reason"])

    def seats(self) -> list[tuple[object, str]]:
        return [
            (m.user, self.cleaned_data[f"role_{m.user_id}"].strip())
            for m in self.members
            if self.cleaned_data.get(f"role_{m.user_id}", "").strip()
        ]


class EscalationForm(StyledForm):
    """Up to three rungs; a rung with no CDMO contact ends the ladder."""

    reason = forms.CharField(required=False, max_length=2000, help_text="Kept in the audit trail.")
    token = StateTokenField()

    def __init__(self, *args, members: list[ProjectMembership], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        cdmo = [m for m in members if m.user.is_cdmo_staff]
        sponsor = [m for m in members if m.user.is_sponsor_user]
        self.users = {m.user_id: m.user for m in members}
        for level in range(1, MAX_LEVEL + 1):
            self.fields[f"level{level}_cdmo"] = forms.TypedChoiceField(
                choices=[("", "—"), *((m.user_id, _member_label(m)) for m in cdmo)],
                coerce=int,
                empty_value=None,
                required=False,
                label=f"Level {level}: CDMO contact",
                widget=forms.Select(attrs={"class": "form-select"}),
            )
            self.fields[f"level{level}_sponsor"] = forms.TypedChoiceField(
                choices=[("", "Nobody"), *((m.user_id, _member_label(m)) for m in sponsor)],
                coerce=int,
                empty_value=None,
                required=False,
                label=f"Level {level}: sponsor contact",
                widget=forms.Select(attrs={"class": "form-select"}),
            )
            self.fields[f"level{level}_hours"] = forms.IntegerField(
                required=False,
                min_value=1,
                max_value=MAX_RESPONSE_HOURS,
                label=f"Level {level}: answer within (hours)",
                widget=forms.NumberInput(attrs={"class": "form-control"}),
            )
        self.order_fields([*(n for n in self.fields if n != "reason"), "reason"])

    def clean(self) -> dict:
        data = super().clean()
        ended = False
        for level in range(1, MAX_LEVEL + 1):
            cdmo = data.get(f"level{level}_cdmo")
            if cdmo is None:
                ended = True
                if data.get(f"level{level}_sponsor") or data.get(f"level{level}_hours"):
                    self.add_error(f"level{level}_cdmo", "Choose the CDMO contact of this level.")
                continue
            if ended:
                self.add_error(f"level{level}_cdmo", f"Fill level {level - 1} first.")
            if not data.get(f"level{level}_hours") and f"level{level}_hours" not in self.errors:
                self.add_error(f"level{level}_hours", "Say how fast this level answers.")
        return data

    def levels(self) -> list[EscalationLevel]:
        rungs = []
        for level in range(1, MAX_LEVEL + 1):
            cdmo = self.cleaned_data.get(f"level{level}_cdmo")
            if cdmo is None:
                break
            sponsor = self.cleaned_data.get(f"level{level}_sponsor")
            rungs.append(
                EscalationLevel(
                    cdmo_contact=self.users[cdmo],
                    sponsor_contact=self.users[sponsor] if sponsor else None,
                    response_hours=self.cleaned_data[f"level{level}_hours"],
                )
            )
        return rungs


# --------------------------------------------------------------------------- staffing


class MemberAddForm(StyledForm):
    """The person comes from the searchable list of candidates (rendered by the page)."""

    user = forms.ModelChoiceField(
        queryset=None,
        label="Person",
        error_messages={"required": "Choose the person to add.", "invalid_choice": ""},
    )
    role = forms.ChoiceField(label="Project role")
    responsibility = forms.CharField(
        required=False,
        max_length=120,
        help_text="Optional: what they do here beyond the role (e.g. “QA lead and QP”).",
    )
    reason = forms.CharField(required=False, max_length=300, help_text="Kept in the audit trail.")

    def __init__(self, *args, candidates, sponsor_side: bool, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = candidates
        self.fields["user"].error_messages["invalid_choice"] = (
            "Choose someone from the list: this person cannot join this side of the team."
        )
        self.fields["role"].choices = [
            ("", "Choose a role"),
            *ProjectRole.for_side(sponsor=sponsor_side),
        ]


class MemberRoleForm(StyledForm):
    role = forms.ChoiceField(label="Project role")
    responsibility = forms.CharField(
        required=False, max_length=120, help_text="Optional: what they do here beyond the role."
    )
    reason = forms.CharField(required=False, max_length=300, help_text="Kept in the audit trail.")
    version = VersionField()

    def __init__(self, *args, sponsor_side: bool, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["role"].choices = ProjectRole.for_side(sponsor=sponsor_side)


class MemberRemoveForm(StyledForm):
    successor = forms.ModelChoiceField(
        queryset=None,
        required=False,
        label="Hand over to",
        empty_label="Nobody",
        help_text="Takes over their RACI letters, steering seat and place in the "
        "communication tree.",
    )
    reason = forms.CharField(max_length=300, help_text="Why they leave the team (audit trail).")

    def __init__(self, *args, colleagues, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["successor"].queryset = colleagues
        self.fields["successor"].label_from_instance = lambda user: user.printed_name
