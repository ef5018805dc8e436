from __future__ import annotations

from django import forms

from accord.accounts.models import Organization, Site
from accord.core.concurrency import VersionField
from accord.core.forms import DateInput, StyledForm
from accord.projects.models import Project, ProjectDocument


class ProjectFilterForm(forms.Form):
    """List filters. Unknown or malformed values are ignored, never an error page."""

    q = forms.CharField(required=False, max_length=100)
    status = forms.ChoiceField(
        required=False, choices=[("", "Any status"), *Project.Status.choices]
    )
    phase = forms.ChoiceField(required=False, choices=[("", "Any phase"), *Project.Phase.choices])
    sponsor = forms.ModelChoiceField(
        required=False, queryset=Organization.objects.none(), empty_label="Any sponsor"
    )
    site = forms.ModelChoiceField(
        required=False, queryset=Site.objects.all(), empty_label="Any site"
    )

    def __init__(self, *args, sponsors, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["sponsor"].queryset = sponsors
        for field in self.fields.values():
            field.widget.attrs["class"] = (
                "form-select form-select-sm"
                if isinstance(field, forms.ChoiceField)
                else "form-control form-control-sm"
            )

    def filters(self) -> dict:
        if not self.is_valid():
            return {}
        data = self.cleaned_data
        return {
            "query": data["q"].strip(),
            "status": data["status"],
            "phase": data["phase"],
            "sponsor_id": data["sponsor"].pk if data["sponsor"] else None,
            "site_id": data["site"].pk if data["site"] else None,
        }


class ProjectCreateForm(StyledForm):
    sponsor = forms.ModelChoiceField(queryset=Organization.objects.none())
    code = forms.CharField(max_length=32, help_text="Unique, e.g. NVB-101-TT.")
    title = forms.CharField(max_length=200)
    molecule = forms.CharField(max_length=120, required=False)
    modality = forms.ChoiceField(choices=Project.Modality.choices)
    phase = forms.ChoiceField(choices=Project.Phase.choices)
    site = forms.ModelChoiceField(queryset=Site.objects.all())
    start_date = forms.DateField(required=False, widget=DateInput())
    target_end_date = forms.DateField(required=False, widget=DateInput())
    description = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, sponsors, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["sponsor"].queryset = sponsors


class DocumentUploadForm(StyledForm):
    title = forms.CharField(max_length=200, required=False, help_text="Defaults to the file name.")
    file = forms.FileField()
    visibility = forms.ChoiceField(
        choices=ProjectDocument.Visibility.choices,
        initial=ProjectDocument.Visibility.INTERNAL,
        help_text="Only shared documents appear in the sponsor portal.",
    )


class DocumentVersionForm(StyledForm):
    file = forms.FileField(
        help_text="The new file; the one the document has now stays as a version."
    )
    note = forms.CharField(
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="What this version changes; kept with the version and in the audit trail.",
    )
    version = VersionField()


class DocumentEditForm(StyledForm):
    title = forms.CharField(max_length=200)
    visibility = forms.ChoiceField(choices=ProjectDocument.Visibility.choices)
    reason = forms.CharField(
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Required once the document has been submitted; kept in the audit trail.",
    )
    version = VersionField()


class ProjectEditForm(StyledForm):
    title = forms.CharField(max_length=200)
    molecule = forms.CharField(max_length=120, required=False)
    phase = forms.ChoiceField(choices=Project.Phase.choices)
    status = forms.ChoiceField(choices=Project.Status.choices)
    health = forms.ChoiceField(choices=Project.Health.choices, widget=forms.RadioSelect)
    health_reason = forms.CharField(
        max_length=300,
        required=False,
        help_text="Required when at risk or off track.",
        label="Reason for the health",
    )
    start_date = forms.DateField(required=False, widget=DateInput())
    target_end_date = forms.DateField(required=False, widget=DateInput())
    data_date = forms.DateField(
        required=False,
        widget=DateInput(),
        label="Status date",
        help_text="Progress is recorded up to this date; remaining work is scheduled from it.",
    )
    description = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}))
    reason = forms.CharField(
        required=False, max_length=500, help_text="Why you change it (kept in the audit trail)."
    )
    version = VersionField()
