"""The shape of a change control as a person writes it, and of each of its steps."""

from __future__ import annotations

from django import forms

from accord.accounts.models import Role, Site, User
from accord.core.concurrency import VersionField
from accord.core.forms import DateInput, StyledForm
from accord.projects.models import Project, ProjectDocument
from accord.quality.models import (
    CHANGE_CLASS_DEFINITIONS,
    ActionKind,
    Capa,
    ChangeClass,
    ChangeControl,
    ChangeType,
    Department,
    Deviation,
    FilingImpact,
    ImpactAssessment,
    RiskLevel,
)
from accord.quality.services.changes import ChangeDetails
from accord.training.models import Requirement


def staff_people():
    return User.objects.filter(is_active=True, organization__kind="cdmo").order_by(
        "last_name", "first_name"
    )


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: User) -> str:
        return obj.printed_name


class ChangeForm(StyledForm):
    title = forms.CharField(max_length=200)
    change_type = forms.ChoiceField(label="Type", choices=ChangeType.choices)
    classification = forms.ChoiceField(
        choices=ChangeClass.choices,
        widget=forms.RadioSelect,
        help_text=" ".join(
            f"{ChangeClass(k).label}: {v}" for k, v in CHANGE_CLASS_DEFINITIONS.items()
        ),
    )
    current_state = forms.CharField(label="Current state", widget=forms.Textarea(attrs={"rows": 3}))
    proposed_state = forms.CharField(
        label="Proposed state", widget=forms.Textarea(attrs={"rows": 3})
    )
    justification = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}))
    duration = forms.ChoiceField(choices=ChangeControl.Duration.choices, widget=forms.RadioSelect)
    temporary_until = forms.DateField(
        required=False, widget=DateInput, help_text="A temporary change: the last day it holds."
    )
    urgency = forms.ChoiceField(choices=ChangeControl.Urgency.choices, widget=forms.RadioSelect)
    site = forms.ModelChoiceField(queryset=Site.objects.order_by("name"))
    owner = PersonChoiceField(queryset=User.objects.none())
    products = forms.CharField(
        label="Affected products",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="One product or intermediate per line.",
    )
    projects = forms.ModelMultipleChoiceField(
        queryset=Project.objects.select_related("sponsor").order_by("code"),
        required=False,
        help_text="The sponsors affected follow from the projects.",
    )
    capa = forms.ModelChoiceField(
        label="CAPA", queryset=Capa.objects.order_by("-number"), required=False
    )
    deviation = forms.ModelChoiceField(
        queryset=Deviation.objects.order_by("-number"), required=False
    )
    filing = forms.ChoiceField(
        label="Regulatory filing",
        choices=FilingImpact.choices,
        help_text="Does the change need a variation or supplement to a marketing authorisation?",
    )
    filing_rationale = forms.CharField(
        label="Filing rationale", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    risk_assessment = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}))
    risk_level = forms.ChoiceField(
        choices=[("", "Not assessed yet"), *RiskLevel.choices], required=False
    )
    reason = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Once the change is being assessed, say why you change it.",
    )
    version = VersionField(required=False)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = staff_people()

    @staticmethod
    def initial_from(change: ChangeControl) -> dict:
        values = {
            name: getattr(change, name)
            for name in (
                "title",
                "change_type",
                "classification",
                "current_state",
                "proposed_state",
                "justification",
                "duration",
                "temporary_until",
                "urgency",
                "products",
                "filing",
                "filing_rationale",
                "risk_assessment",
                "risk_level",
            )
        }
        values.update(
            site=change.site_id,
            owner=change.owner_id,
            capa=change.capa_id,
            deviation=change.deviation_id,
            projects=list(change.projects.values_list("pk", flat=True)),
            version=change.version,
        )
        return values

    def details(self) -> ChangeDetails:
        data = self.cleaned_data
        return ChangeDetails(
            title=data["title"],
            current_state=data["current_state"],
            proposed_state=data["proposed_state"],
            justification=data["justification"],
            change_type=data["change_type"],
            classification=data["classification"],
            site=data["site"],
            owner=data["owner"],
            duration=data["duration"],
            temporary_until=data.get("temporary_until"),
            urgency=data["urgency"],
            products=data.get("products", ""),
            projects=list(data.get("projects") or []),
            capa=data.get("capa"),
            deviation=data.get("deviation"),
            filing=data["filing"],
            filing_rationale=data.get("filing_rationale", ""),
            risk_assessment=data.get("risk_assessment", ""),
            risk_level=data.get("risk_level", ""),
        )


class AssessmentRequestForm(StyledForm):
    department = forms.ChoiceField(choices=Department.choices)
    assessor = PersonChoiceField(queryset=User.objects.none())

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["assessor"].queryset = staff_people()


class AssessmentFields(StyledForm):
    impact = forms.ChoiceField(choices=ImpactAssessment.Impact.choices, widget=forms.RadioSelect)
    assessment = forms.CharField(widget=forms.Textarea(attrs={"rows": 4}))


class ActionForm(StyledForm):
    kind = forms.ChoiceField(choices=ActionKind.choices)
    description = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}))
    owner = PersonChoiceField(queryset=User.objects.none())
    due_date = forms.DateField(widget=DateInput)
    document = forms.ModelChoiceField(
        queryset=ProjectDocument.objects.none(),
        required=False,
        help_text="For a document revision: it must be approved before the change closes.",
    )
    role = forms.ModelChoiceField(
        queryset=Role.objects.filter(audience="cdmo").order_by("name"),
        required=False,
        help_text="For a training action: the role whose people are trained.",
    )
    training = forms.ModelChoiceField(
        queryset=Requirement.objects.filter(is_active=True).order_by("title"),
        required=False,
        help_text="For a training action: assigned now to everyone holding the role; the "
        "action is done once they have all completed it.",
    )

    def __init__(self, *args, change: ChangeControl, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = staff_people()
        projects = change.projects.all()
        self.fields["document"].queryset = (
            ProjectDocument.objects.filter(project__in=projects)
            .exclude(status=ProjectDocument.Status.OBSOLETE)
            .order_by("title")
        )


class ActionDoneForm(StyledForm):
    evidence = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}), help_text="What shows the action was done."
    )


class ReviewFields(StyledForm):
    objectives_met = forms.BooleanField(required=False, label="The change met its objectives")
    no_adverse_impact = forms.BooleanField(
        required=False, label="No deleterious impact on the product, process or systems"
    )
    evidence = forms.CharField(widget=forms.Textarea(attrs={"rows": 4}))


class StepForm(StyledForm):
    reason = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, reason_required: bool, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["reason"].required = reason_required
        if reason_required:
            self.fields["reason"].help_text = "Required: it is kept in the audit trail."
        else:
            del self.fields["reason"]
