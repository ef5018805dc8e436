"""``{% load dates %}``: ``{{ value|day }}`` and ``{{ value|moment }}`` (accord.core.dates)."""

from __future__ import annotations

import datetime as dt

from django import template

from accord.core import dates

register = template.Library()


@register.filter
def day(value: dt.date | dt.datetime | None) -> str:
    """``7 Oct 2026``."""
    return dates.format_day(value) if value else ""


@register.filter
def moment(value: dt.datetime | None, zone: str = "") -> str:
    """``7 Oct 2026, 14:05 CEST (UTC+02:00)``; ``{{ t|moment:site.time_zone }}``."""
    return dates.format_moment(value, zone or None) if value else ""


@register.filter
def moment_seconds(value: dt.datetime | None, zone: str = "") -> str:
    return dates.format_moment(value, zone or None, seconds=True) if value else ""


@register.filter
def utc_moment(value: dt.datetime | None) -> str:
    """``7 Oct 2026, 12:05:09 UTC``."""
    return dates.format_utc(value) if value else ""


@register.filter
def isoday(value: str | dt.date | None) -> str:
    """An ISO date kept in a JSON summary (``2027-02-01``), written ``1 Feb 2027``."""
    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            return value
    return dates.format_day(value)
