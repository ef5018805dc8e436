"""The form renderer writes Django's select.html in Python (accord.core.forms): the same
characters as the template, escaping included, for every shape of select."""

from __future__ import annotations

import pytest
from django import forms
from django.forms.renderers import TemplatesSetting
from django.utils.safestring import mark_safe

from accord.core.forms import AccordFormRenderer

CHOICES = [
    ("", "Choose"),
    (1, 'Fill & finish <"A1">'),
    ("Suite B", [("b1", "B1 'line'"), ("b2", mark_safe("<b>B2</b>"))]),
    ("x&y", "X & Y"),
]


def _both(widget: forms.Widget, name: str, value) -> tuple[str, str]:
    fast = widget.render(name, value, renderer=AccordFormRenderer())
    slow = widget.render(name, value, renderer=TemplatesSetting())
    return fast, slow


@pytest.mark.req("WEB-2")
@pytest.mark.parametrize(
    ("widget", "value"),
    [
        (forms.Select(choices=CHOICES), 1),
        (forms.Select(choices=CHOICES, attrs={"class": "form-select", "disabled": True}), "x&y"),
        (forms.Select(choices=CHOICES, attrs={"required": False, "data-x": '"q"'}), None),
        (forms.SelectMultiple(choices=CHOICES), ["b1", "x&y"]),
        (forms.NullBooleanSelect(), True),
        (forms.Select(choices=[]), None),
    ],
)
def test_it_writes_a_select_as_the_template_does(widget, value):
    fast, slow = _both(widget, 'pick<"me">', value)
    assert fast == slow


@pytest.mark.req("WEB-2")
def test_it_escapes_labels_and_values():
    html = forms.Select(choices=CHOICES).render("p", None, renderer=AccordFormRenderer())
    assert "Fill &amp; finish &lt;&quot;A1&quot;&gt;" in html
    assert 'value="x&amp;y"' in html
    assert '<optgroup label="Suite B">' in html
    assert "<b>B2</b>" in html  # a label already marked safe stays as it is


@pytest.mark.req("WEB-2")
def test_a_select_with_other_option_templates_goes_through_the_templates():
    class Custom(forms.Select):
        option_template_name = "django/forms/widgets/input_option.html"

    fast, slow = _both(Custom(choices=CHOICES), "p", 1)
    assert fast == slow
