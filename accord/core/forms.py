"""Form rendering shared by every page: Bootstrap classes and errors next to their field."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.core.validators import ProhibitNullCharactersValidator
from django.forms.renderers import TemplatesSetting
from django.utils.html import conditional_escape
from django.utils.safestring import SafeData

from accord.core.dates import format_day
from accord.core.input import ControlCharacterValidator


class AccordFormRenderer(TemplatesSetting):
    form_template_name = "core/forms/form.html"
    field_template_name = "core/forms/field.html"

    def render(self, template_name, context, request=None):
        # A select of a plan's tasks has hundreds of options, each an included template:
        # Django's select.html is written here instead, to the same characters.
        if template_name == SELECT_TEMPLATE:
            html = _select_html(context["widget"])
            if html is not None:
                return html
        return super().render(template_name, context, request)


SELECT_TEMPLATE = "django/forms/widgets/select.html"
OPTION_TEMPLATE = "django/forms/widgets/select_option.html"


def _text(value) -> str:
    """``{{ value|stringformat:'s' }}`` in a template that escapes."""
    return conditional_escape(value if isinstance(value, SafeData) else f"{value}")


def _attrs_html(attrs: dict) -> str:
    """Django's ``django/forms/widgets/attrs.html``."""
    return "".join(
        f" {conditional_escape(name)}" + ("" if value is True else f'="{_text(value)}"')
        for name, value in attrs.items()
        if value is not False
    )


def _select_html(widget: dict) -> str | None:
    """Django's select.html with its select_option.html includes, stripped as the renderer
    strips it; None for a select whose options use another template."""
    parts = [f'<select name="{conditional_escape(widget["name"])}"{_attrs_html(widget["attrs"])}>']
    for group_name, group_choices, _index in widget["optgroups"]:
        if group_name:
            parts.append(f'\n  <optgroup label="{conditional_escape(group_name)}">')
        for option in group_choices:
            if option.get("template_name") != OPTION_TEMPLATE:
                return None
            parts.append(
                f'\n  <option value="{_text(option["value"])}"{_attrs_html(option["attrs"])}>'
                f"{conditional_escape(option['label'])}</option>\n"
            )
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>")
    return "".join(parts)


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
