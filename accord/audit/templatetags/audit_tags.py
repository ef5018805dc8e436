from __future__ import annotations

from django import template

register = template.Library()


@register.filter
def action_words(action: str) -> str:
    """``projects.document.uploaded`` -> ``Document uploaded``."""
    parts = action.split(".")
    words = " ".join(parts[1:] if len(parts) > 1 else parts).replace("_", " ")
    return words[:1].upper() + words[1:]


@register.filter
def audit_value(value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "—"
    return str(value)


@register.filter
def field_words(name: str) -> str:
    words = name.replace("_", " ")
    return words[:1].upper() + words[1:]
