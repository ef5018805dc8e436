from __future__ import annotations

from django import forms

from accord.core.forms import DateInput


class TrailFilterForm(forms.Form):
    start = forms.DateField(required=False, widget=DateInput(), label="From")
    end = forms.DateField(required=False, widget=DateInput(), label="To")
    action = forms.CharField(required=False, max_length=100, help_text="e.g. projects.")
    actor = forms.CharField(required=False, max_length=150)
    target_type = forms.ChoiceField(required=False, label="Record type")
    q = forms.CharField(required=False, max_length=100, label="Record")
    without_reason = forms.BooleanField(required=False, label="Changes without a reason")

    def __init__(self, *args, type_choices, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["target_type"].choices = [("", "Any type")] + [(t, t) for t in type_choices]
        for name, field in self.fields.items():
            if name == "without_reason":
                field.widget.attrs["class"] = "form-check-input"
            elif isinstance(field, forms.ChoiceField):
                field.widget.attrs["class"] = "form-select form-select-sm"
            else:
                field.widget.attrs["class"] = "form-control form-control-sm"

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            self.add_error("end", "The end date is before the start date.")
        return data

    def filters(self) -> dict:
        data = self.cleaned_data
        return {
            "start": data["start"],
            "end": data["end"],
            "action": data["action"].strip(),
            "actor": data["actor"].strip(),
            "target_type": data["target_type"],
            "query": data["q"].strip(),
            "without_reason": data["without_reason"],
        }
