from __future__ import annotations

from django import forms

from accord.accounts.models import Site
from accord.core.forms import StyledForm


class LevelingRequestForm(StyledForm):
    site = forms.ModelChoiceField(
        queryset=Site.objects.order_by("name"),
        required=False,
        empty_label="The whole portfolio",
        label="Scope",
        help_text="Level one site's projects, or every planned and active project.",
    )
    note = forms.CharField(
        max_length=300,
        required=False,
        label="Why",
        help_text="E.g. QC crunch in February, new project won.",
    )


class DecisionForm(StyledForm):
    version = forms.IntegerField(widget=forms.HiddenInput)
    reason = forms.CharField(
        max_length=500,
        required=False,
        label="Reason",
        widget=forms.Textarea(attrs={"rows": 2}),
    )
