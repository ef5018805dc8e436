"""Form rendering shared by every page: Bootstrap classes and errors next to their field."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.core.validators import ProhibitNullCharactersValidator
from django.forms.renderers import TemplatesSetting

from accord.core.dates import format_day
from accord.core.input import ControlCharacterValidator


class AccordFormRenderer(TemplatesSetting):
    form_template_name = "core/forms/form.html"
    field_template_name = "core/forms/field.html"


def _css_class_for(widget: forms.Widget) -> str:
    if isinstance(widget, forms.CheckboxInput):
        return "form-check-input"
    if isinstance(widget, forms.CheckboxSelectMultiple | forms.RadioSelect):
        return ""
    if isinstance(widget, forms.Select | forms.SelectMultiple):
        return "form-select"
    return "form-control"


def _accepts_line_breaks(widget: forms.Widget) -> bool:
    # A password is hashed, never shown or exported: only the never-allowed characters.
    return isinstance(widget, forms.Textarea | forms.PasswordInput)


class StyledFormMixin:
    """Give widgets Bootstrap classes and mark invalid fields for assistive technology;
    refuse control characters in every text field (accord.core.input): the one
    input-boundary mechanism of Accord's forms."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.CharField):
                # Ours covers NUL too, with the same words as for every other character.
                field.validators = [
                    v
                    for v in field.validators
                    if not isinstance(v, ProhibitNullCharactersValidator)
                ]
                field.validators.append(
                    ControlCharacterValidator(multiline=_accepts_line_breaks(field.widget))
                )
            css = _css_class_for(field.widget)
            if css:
                existing = field.widget.attrs.get("class", "")
                field.widget.attrs["class"] = f"{existing} {css}".strip()

    def full_clean(self) -> None:
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                widget = self.fields[name].widget
                widget.attrs["class"] = f"{widget.attrs.get('class', '')} is-invalid".strip()


class StyledForm(StyledFormMixin, forms.Form):
    pass


class StyledModelForm(StyledFormMixin, forms.ModelForm):
    pass


class DateInput(forms.DateInput):
    """A date written the house way, ``7 Oct 2026`` (accord.core.dates), with a calendar
    to pick from (flatpickr, wired in accord.js). ISO ``2026-10-07`` is accepted too."""

    input_type = "text"

    def __init__(self, attrs=None) -> None:
        attrs = {
            "placeholder": "e.g. 7 Oct 2026",
            "autocomplete": "off",
            "data-date-input": "",
            **(attrs or {}),
        }
        super().__init__(attrs=attrs)

    def format_value(self, value):
        if isinstance(value, dt.date):
            return format_day(value)
        return value
