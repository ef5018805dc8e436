"""Public holidays from the ``holidays`` package: countries, regions, an import preview."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError

from accord.accounts.models import Site
from accord.planning.calendars.days import FIRST_YEAR, LAST_YEAR, site_days

# --------------------------------------------------------------------------- public holidays


def _words(class_name: str) -> str:
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", class_name)


@functools.cache
def country_choices() -> list[tuple[str, str]]:
    """``(ISO code, name)`` of every country the ``holidays`` package knows."""
    import holidays
    from holidays.registry import COUNTRIES

    supported = holidays.list_supported_countries()
    names = {entry[1]: _words(entry[0]) for entry in COUNTRIES.values()}
    return sorted(((code, names.get(code, code)) for code in supported), key=lambda c: c[1])


@functools.cache
def subdivision_choices(country_code: str) -> list[tuple[str, str]]:
    """``(code, "code · name")`` of the regions of a country (empty if it has none)."""
    import holidays

    codes = holidays.list_supported_countries().get(country_code, [])
    if not codes:
        return []
    aliases = getattr(holidays.country_holidays(country_code), "subdivisions_aliases", {})
    names: dict[str, str] = {}
    for name, code in aliases.items():
        names.setdefault(code, name)
    return [(code, f"{code} · {names[code]}" if code in names else code) for code in codes]


def region_text(country_code: str, subdivision: str = "") -> str:
    """ "Switzerland, Valais (VS)": a region as a person reads it ("" when unset)."""
    if not country_code:
        return ""
    country = dict(country_choices()).get(country_code, country_code)
    if not subdivision:
        return country
    label = dict(subdivision_choices(country_code)).get(subdivision, subdivision)
    name = label.split(" · ", 1)[-1]
    return f"{country}, {name} ({subdivision})" if name != subdivision else f"{country}, {name}"


def check_region(country_code: str, subdivision: str) -> None:
    countries = dict(country_choices())
    if country_code not in countries:
        raise ValidationError(
            {"country_code": ["Choose a country whose public holidays Accord knows."]}
        )
    regions = [code for code, _ in subdivision_choices(country_code)]
    if subdivision and subdivision not in regions:
        raise ValidationError(
            {
                "subdivision": [
                    f"{countries[country_code]} has no region {subdivision!r}; use one of "
                    + ", ".join(regions)
                    + "."
                ]
            }
        )


def public_holidays(site: Site, year: int) -> list[tuple[dt.date, str]]:
    """The public holidays of the site's country and region in ``year``, by date."""
    import holidays

    if not site.country_code:
        raise ValidationError(
            {"country_code": [f"Give {site.name} its country first, to know its holidays."]}
        )
    _check_year(year)
    cls = holidays.country_holidays(site.country_code)
    language = "en_US" if "en_US" in getattr(cls, "supported_languages", ()) else None
    found = holidays.country_holidays(
        site.country_code,
        subdiv=site.subdivision or None,
        years=year,
        language=language,
        categories=("public",),
    )
    return sorted((day, str(name)) for day, name in found.items())


def _check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError({"year": [f"Choose a year from {FIRST_YEAR} to {LAST_YEAR}."]})


@dataclass(frozen=True)
class ImportRow:
    date: dt.date
    name: str
    status: str  # "new", "present" or "conflict"
    note: str = ""

    @property
    def is_new(self) -> bool:
        return self.status == "new"


def holiday_import_preview(site: Site, year: int) -> list[ImportRow]:
    """What importing ``year``'s public holidays would add to the site, and what not."""
    existing = {d.date: d for d in site_days(site, year)}
    rows = []
    for day, name in public_holidays(site, year):
        there = existing.get(day)
        if there is None:
            rows.append(ImportRow(day, name, "new"))
        elif there.is_holiday:
            note = f"In the calendar as “{there.name}”." if there.name != name else ""
            rows.append(ImportRow(day, name, "present", note))
        else:
            rows.append(
                ImportRow(
                    day,
                    name,
                    "conflict",
                    f"The site works that day (extra working day “{there.name}”); remove it "
                    "first to keep the holiday.",
                )
            )
    return rows
