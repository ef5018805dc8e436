"""Forms of the scorecard pages: a template's fields, its criteria and its standings (two
formsets); the service checks them as a whole when the template is saved."""

from __future__ import annotations

from django import forms

from accord.core.concurrency import VersionField
from accord.core.forms import StyledForm
from accord.scorecards.variables import HALVES, PERIOD_KINDS, SCOPE_KINDS


class TemplateForm(StyledForm):
    name = forms.CharField(max_length=120)
    description = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}))
    scope_kind = forms.ChoiceField(label="Scores", choices=list(SCOPE_KINDS.items()))
    period_kind = forms.ChoiceField(label="Period", choices=list(PERIOD_KINDS.items()))
    is_active = forms.BooleanField(
        label="In use (frozen at the end of each period)", required=False, initial=True
    )
    version = VersionField(required=False)


class CriterionForm(StyledForm):
    name = forms.CharField(max_length=120, required=False)
    half = forms.ChoiceField(choices=[("", "—"), *HALVES.items()], required=False)
    formula = forms.CharField(max_length=500, required=False)
    weight = forms.IntegerField(min_value=1, max_value=100, required=False)
    target = forms.FloatField(min_value=0, max_value=100, required=False)
    unit = forms.CharField(max_length=16, required=False, initial="points")


class BandForm(StyledForm):
    name = forms.CharField(max_length=60, required=False)
    lower = forms.IntegerField(min_value=0, max_value=100, required=False)
    upper = forms.IntegerField(min_value=0, max_value=100, required=False)
    colour = forms.CharField(
        max_length=7, required=False, widget=forms.TextInput(attrs={"type": "color"})
    )


class _Labelled:
    """Table cells have no visible label: name each input for assistive technology."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs.setdefault("aria-label", str(field.label))
            field.widget.attrs["class"] = field.widget.attrs.get("class", "") + " form-control-sm"


class CriterionRow(_Labelled, CriterionForm):
    pass


class BandRow(_Labelled, BandForm):
    pass


CriterionFormSet = forms.formset_factory(CriterionRow, extra=2, max_num=30, absolute_max=30)
BandFormSet = forms.formset_factory(BandRow, extra=1, max_num=10, absolute_max=10)


def filled(formset, keys: tuple[str, ...]) -> list[dict]:
    """The rows of a valid formset where any of ``keys`` was filled in."""
    return [
        form.cleaned_data
        for form in formset.forms
        if form.cleaned_data and any(form.cleaned_data.get(k) not in (None, "") for k in keys)
    ]
