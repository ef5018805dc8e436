"""Accord's one way of writing dates and times (see docs/dates.md).

- A date reads ``7 Oct 2026`` everywhere: pages, PDFs, chart axes and the date inputs
  (which still send ISO ``2026-10-07``, as the API does).
- A moment reads ``7 Oct 2026, 14:05 CEST (UTC+02:00)``: in the site's time zone, with
  the zone's abbreviation and its offset, so that two people (or a page and a PDF) never
  show the same event at two different-looking times. The signature manifest adds the
  same moment in UTC.
- Data for machines (the API, JSON exports, chart data) stays ISO 8601.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import zoneinfo

from django.utils import dateformat, timezone, translation

DAY_FORMAT = "j M Y"  # Django's date format: 7 Oct 2026
TIME_FORMAT = "H:i"
# The same, for JavaScript (accord.js) and the date picker (flatpickr's tokens).
DAY_FORMAT_PICKER = "j M Y"


def format_day(day: dt.date | dt.datetime | None) -> str:
    if day is None:
        return ""
    if isinstance(day, dt.datetime):
        day = timezone.localtime(day).date() if timezone.is_aware(day) else day.date()
    return _day_text(day, translation.get_language())


@functools.lru_cache(maxsize=8192)
def _day_text(day: dt.date, language: str | None) -> str:
    """A plan page writes thousands of dates, mostly the same few hundred: each is
    formatted once per process (a date and a language always read the same)."""
    return dateformat.format(day, DAY_FORMAT)


def _offset(moment: dt.datetime) -> str:
    minutes = int(moment.utcoffset().total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def local_moment(moment: dt.datetime, zone: str | None = None) -> dt.datetime:
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment, dt.UTC)
    return timezone.localtime(moment, zoneinfo.ZoneInfo(zone) if zone else None)


def format_moment(moment: dt.datetime | None, zone: str | None = None, *, seconds=False) -> str:
    """The moment in the site's time zone (``zone``, else the installation's) with the
    zone's abbreviation and offset."""
    if moment is None:
        return ""
    local = local_moment(moment, zone)
    clock = "H:i:s" if seconds else TIME_FORMAT
    return f"{dateformat.format(local, f'{DAY_FORMAT}, {clock} T')} ({_offset(local)})"


def format_utc(moment: dt.datetime | None, *, seconds=True) -> str:
    if moment is None:
        return ""
    utc = local_moment(moment, "UTC")
    return dateformat.format(utc, f"{DAY_FORMAT}, {'H:i:s' if seconds else 'H:i'}") + " UTC"


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, or the month's last day when it is shorter
    (31 January + 1 month = 28 or 29 February)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return day.replace(year=year, month=month, day=min(day.day, last))
