from __future__ import annotations

from django import template

from accord.audit.display import action_sentence, channel_words, words

register = template.Library()


@register.filter
def action_words(action: str) -> str:
    """``proposals.rfp.created`` -> ``RFP created`` (accord.audit.display)."""
    return action_sentence(action)


@register.filter
def audit_value(value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "—"
    return str(value)


@register.filter
def field_words(name: str) -> str:
    return words(name)


@register.filter
def channel(value: str) -> str:
    """``api`` -> ``the API``."""
    return channel_words(value)
