"""The demo sites' calendars: the real public holidays of Visp (Switzerland, canton of
Valais) and Singen (Germany, Baden-Württemberg) for every year the demo plans touch,
imported through the same service planners use."""

from __future__ import annotations

from collections.abc import Callable

from accord.accounts.models import Site
from accord.demo.data import SITES, reference_date
from accord.planning.calendars import holiday_import, site_region_set


def demo_years() -> range:
    """From the year before the demo's today to two years after: every demo plan's span."""
    year = reference_date().year
    return range(year - 1, year + 3)


def demo_calendars(
    *, sites: dict[str, Site], log: Callable[[str], None]
) -> dict[str, tuple[int, int]]:
    """Import the missing public holidays; returns {"site holidays": (created, present)}."""
    created = existing = 0
    for spec in SITES:
        site = sites.get(spec.code)
        if site is None or not spec.country_code:
            continue
        if not site.country_code:  # a site made before sites had a holiday region
            site = site_region_set(
                actor=None, site=site, country_code=spec.country_code, subdivision=spec.subdivision
            )
        for year in demo_years():
            result = holiday_import(actor=None, site=site, year=year)
            created += len(result.added)
            existing += len(result.skipped)
            if result.added:
                log(f"  + {site.code} public holidays {year}: {len(result.added)}")
    return {"site holidays": (created, existing)}
