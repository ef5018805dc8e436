"""The shape of a deviation and of each of its steps, as a person writes them."""

from __future__ import annotations

from django import forms

from accord.accounts.models import Site, User
from accord.core.concurrency import VersionField
from accord.core.forms import DateInput, StyledForm
from accord.notifications.events import users_with_permission
from accord.projects.models import Project
from accord.quality.models import (
    CLASS_DEFINITIONS,
    Batch,
    DeviationClass,
    DeviationRequest,
    InvestigationMethod,
    SponsorNotice,
)
from accord.quality.models.deviations import cause_choices
from accord.quality.workflows import WORK

MOMENT_FORMATS = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"]
YES_NO = [("yes", "Yes"), ("no", "No")]
RATING = [("", "Not rated"), *[(str(n), str(n)) for n in range(1, 6)]]


class MomentInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None) -> None:
        super().__init__(attrs=attrs, format="%Y-%m-%dT%H:%M")


def moment_field(label: str, help_text: str = "", required: bool = True) -> forms.DateTimeField:
    return forms.DateTimeField(
        label=label,
        help_text=help_text,
        required=required,
        widget=MomentInput,
        input_formats=MOMENT_FORMATS,
    )


def class_choices() -> list[tuple[str, str]]:
    return [(c.value, f"{c.label}: {CLASS_DEFINITIONS[c]}") for c in DeviationClass]


def yes_no(value: str | None) -> bool | None:
    return {"yes": True, "no": False}.get(value or "")


def staff_workers():
    return User.objects.filter(is_active=True, organization__kind="cdmo").order_by(
        "last_name", "first_name"
    )


class DeviationForm(StyledForm):
    title = forms.CharField(max_length=200)
    description = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="What happened, against which instruction.",
    )
    occurred_at = moment_field("Occurred at", "When it happened (your best estimate).")
    discovered_at = moment_field("Discovered at", "When someone noticed it: the clocks start.")
    site = forms.ModelChoiceField(queryset=Site.objects.order_by("name"))
    area = forms.CharField(max_length=120, help_text="Building, room or suite.")
    equipment = forms.CharField(max_length=120, required=False)
    process_step = forms.CharField(max_length=120, required=False)
    project = forms.ModelChoiceField(
        queryset=Project.objects.none(),
        required=False,
        help_text="The sponsor's project it concerns (the sponsor follows from it).",
    )
    batches = forms.ModelMultipleChoiceField(
        queryset=Batch.objects.none(),
        required=False,
        help_text="Batches of the project concerned.",
    )
    containment = forms.CharField(
        label="Immediate correction and containment",
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="What was done at once to contain it (quarantine, stop, segregate).",
    )
    severity = forms.TypedChoiceField(
        choices=RATING,
        coerce=int,
        empty_value=None,
        required=False,
        help_text="1 (no harm possible) to 5 (harm to a patient possible).",
    )
    occurrence = forms.TypedChoiceField(
        choices=RATING,
        coerce=int,
        empty_value=None,
        required=False,
        help_text="1 (once) to 5 (frequent).",
    )
    detectability = forms.TypedChoiceField(
        choices=RATING,
        coerce=int,
        empty_value=None,
        required=False,
        help_text="1 (always caught) to 5 (would go unnoticed).",
    )
    classification = forms.ChoiceField(choices=[], widget=forms.RadioSelect, label="Class")
    classification_rationale = forms.CharField(
        label="Why this class", widget=forms.Textarea(attrs={"rows": 2})
    )
    owner = forms.ModelChoiceField(
        queryset=User.objects.none(), required=False, help_text="Empty: you own it."
    )

    def __init__(self, *args, projects=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["classification"].choices = class_choices()
        self.fields["project"].queryset = (
            projects if projects is not None else Project.objects.all()
        )
        self.fields["batches"].queryset = Batch.objects.select_related("project").order_by(
            "project__code", "number"
        )
        self.fields["owner"].queryset = (
            users_with_permission(WORK)
            .filter(organization__kind="cdmo")
            .order_by("last_name", "first_name")
        )


class IntakeEditForm(StyledForm):
    """What the intake said, corrected while the deviation is in assessment (never the
    due date, the discovery moment or the class: those have their own ways)."""

    title = forms.CharField(max_length=200)
    description = forms.CharField(widget=forms.Textarea(attrs={"rows": 4}))
    occurred_at = moment_field("Occurred at", "When it happened (your best estimate).")
    area = forms.CharField(max_length=120, help_text="Building, room or suite.")
    equipment = forms.CharField(max_length=120, required=False)
    process_step = forms.CharField(max_length=120, required=False)
    containment = forms.CharField(
        label="Immediate correction and containment", widget=forms.Textarea(attrs={"rows": 3})
    )
    version = VersionField(required=False)


class AssessForm(StyledForm):
    impact_assessment = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Impact on product quality, patients, data and compliance.",
    )
    capa_required = forms.ChoiceField(
        label="CAPA required?", choices=YES_NO, widget=forms.RadioSelect
    )
    capa_rationale = forms.CharField(
        label="Why no CAPA",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Required when no CAPA is raised.",
    )
    version = VersionField(required=False)


class RecurrenceForm(StyledForm):
    earlier = forms.ChoiceField(
        label="Related earlier deviation",
        help_text="One of the suggestions, or none of them.",
    )
    justification = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}))
    version = VersionField(required=False)

    def __init__(self, *args, candidates=(), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["earlier"].choices = [
            ("", "None of them is related"),
            *[(str(d.pk), f"{d.number} {d.title}") for d in candidates],
        ]
        self.fields["earlier"].required = False


class InvestigationForm(StyledForm):
    team = forms.ModelMultipleChoiceField(queryset=User.objects.none(), required=False)
    method = forms.ChoiceField(
        choices=[("", "Not chosen yet"), *InvestigationMethod.choices], required=False
    )
    analysis = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 4}))
    root_cause_category = forms.ChoiceField(
        label="Root cause (taxonomy)",
        required=False,
    )
    root_cause = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}))
    product_impact = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="The impact on the batches concerned and on the product.",
    )
    conclusion = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}))
    version = VersionField(required=False)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["team"].queryset = staff_workers()
        self.fields["root_cause_category"].choices = [("", "Not found yet"), *cause_choices()]


class OtherBatchForm(StyledForm):
    batch = forms.ModelChoiceField(
        queryset=Batch.objects.none(),
        required=False,
        help_text="A batch of the sponsor's from the register, or name it below.",
    )
    item = forms.CharField(
        label="Batch or product",
        max_length=200,
        required=False,
        help_text="As people name it (another product made on the same line, say).",
    )
    affected = forms.ChoiceField(label="Affected?", choices=YES_NO, widget=forms.RadioSelect)
    conclusion = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}))
    version = VersionField(required=False)

    def __init__(self, *args, sponsor_id=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["batch"].queryset = Batch.objects.filter(
            project__sponsor_id=sponsor_id
        ).order_by("number")


class RequestForm(StyledForm):
    kind = forms.ChoiceField(choices=DeviationRequest.Kind.choices, widget=forms.RadioSelect)
    new_due_date = forms.DateField(
        widget=DateInput, required=False, help_text="For an extension: the new due date."
    )
    justification = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}))


class NoticeForm(StyledForm):
    sent_at = moment_field("Told at", "When they were told.")
    recipients = forms.CharField(
        label="Told whom", max_length=500, help_text="Names and roles, as they were told."
    )
    how = forms.ChoiceField(choices=SponsorNotice.How.choices)
    content = forms.CharField(label="What they were told", widget=forms.Textarea(attrs={"rows": 4}))


class SendBackForm(StyledForm):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}), help_text="What the owner must do again."
    )
    version = VersionField(required=False)


class ReclassifyForm(StyledForm):
    classification = forms.ChoiceField(choices=[], widget=forms.RadioSelect, label="New class")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["classification"].choices = class_choices()


class SubmitForm(StyledForm):
    version = VersionField(required=False)
