"""Filters for reading a report's snapshot, which keeps dates as ISO strings."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from django import template
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def isodate(value: str | None) -> dt.date | None:
    """``"2026-11-25"`` as a date, for the ``date`` filter; empty stays empty."""
    try:
        return dt.date.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


@register.filter
def days(value: int | None) -> str:
    """A movement in calendar days: "+5 d", "−3 d", "±0 d"; "—" when there is nothing to
    compare with."""
    if value is None or value == "":
        return "—"
    if value == 0:
        return "±0 d"
    return f"+{value} d" if value > 0 else f"−{abs(value)} d"


@register.filter
def movement(value: int | None) -> str:
    """The CSS class of a movement: later is bad news, earlier good news."""
    if not value:
        return ""
    return "later" if value > 0 else "earlier"


@register.filter
def amount(value: str | None) -> str:
    """A price as the snapshot keeps it ("48500.00") for reading: "48,500.00", "−1,200.00"."""
    try:
        number = Decimal(value)
    except (TypeError, ValueError, InvalidOperation):
        return "—"
    text = f"{abs(number):,.2f}"
    return f"−{text}" if number < 0 else text


@register.filter
def css_string(value: object) -> str:
    """Text for a CSS ``content: "..."`` string in a ``<style>`` block (page headers and
    footers): quotes and backslashes escaped, nothing that could end the block."""
    text = str(value or "").replace("\\", "\\\\").replace('"', '\\"')
    text = " ".join(text.split()).replace("<", "\\3c ").replace(">", "\\3e ")
    return mark_safe(text)  # noqa: S308 - escaped for a CSS string above
