"""The demo's service levels: the Singen site answers sponsors over two shifts, and
Kerrowan, the big pharma sponsor, has the stricter service levels of its quality
agreement; every other sponsor gets the CDMO-wide policy Accord ships with. Then the
sponsors' concerns, handled under those levels (:mod:`accord.demo.concerns`)."""

from __future__ import annotations

from collections.abc import Callable

from accord.accounts.models import Organization, Site, User
from accord.demo.concerns import concern_stories
from accord.demo.story import SETUP_ON, Story, Tally, at, day, site_zone, weekday
from accord.projects.models import Project
from accord.service import selectors, services
from accord.service.models import ServiceHours, SlaPolicy

# Singen runs two shifts on weekdays and a Saturday morning for its biologics suites.
SINGEN_HOURS = {
    "monday": "06:00-14:00, 14:00-22:00",
    "tuesday": "06:00-14:00, 14:00-22:00",
    "wednesday": "06:00-14:00, 14:00-22:00",
    "thursday": "06:00-14:00, 14:00-22:00",
    "friday": "06:00-14:00, 14:00-22:00",
    "saturday": "08:00-12:00",
}
# Kerrowan's quality agreement (schedule 4, service levels), in working hours:
# acknowledge, first substantive contact, update every, resolve.
KERROWAN_HOURS = {
    "critical": (1, 2, 4, 24),
    "high": (2, 4, 8, 40),
    "medium": (4, 8, 16, 80),
    "low": (8, 16, 40, 160),
}


def service_stories(
    *,
    users: dict[str, User],
    sponsors: dict[str, Organization],
    sites: dict[str, Site],
    projects: dict[str, Project],
    counts: Tally,
    log: Callable[[str], None],
) -> list[Story]:
    # People, sponsors, sites and projects exist once their stories ran: looked up then.
    return [
        _singen_hours(users, sites, counts),
        _kerrowan_policy(users, sponsors, counts),
        *concern_stories(users=users, sponsors=sponsors, projects=projects, counts=counts, log=log),
    ]


def _singen_hours(users: dict[str, User], sites: dict[str, Site], counts: Tally) -> Story:
    yield at(weekday(day(SETUP_ON + 14)), "10:30", zone=site_zone("SGN"))
    admin, site = users["admin"], sites["SGN"]
    if ServiceHours.objects.filter(site=site).exists():
        counts.add("service levels", False)
        return
    services.service_hours_set(
        actor=admin,
        site=site,
        week=SINGEN_HOURS,
        reason="Two shifts answer sponsors at Singen; Saturday mornings for the biologics suites",
    )
    counts.add("service levels", True)


def _kerrowan_policy(
    users: dict[str, User], sponsors: dict[str, Organization], counts: Tally
) -> Story:
    yield at(weekday(day(SETUP_ON + 40)), "15:00", key="kerrowan-sla")
    executive, sponsor = users["exec.erin"], sponsors["Kerrowan"]
    if SlaPolicy.objects.filter(sponsor=sponsor).exists():
        counts.add("service levels", False)
        return
    default = selectors.sla_policy_for(sponsor)
    services.sla_policy_save(
        actor=executive,
        sponsor=sponsor,
        name="Kerrowan quality agreement, schedule 4",
        targets={
            priority: {kind: hours * 60 for kind, hours in zip(services.KINDS, row, strict=True)}
            for priority, row in KERROWAN_HOURS.items()
        },
        warn_at_percent=default.warn_at_percent,
        confirm_days=3,
        reason="Service levels of the quality agreement signed with Kerrowan",
    )
    counts.add("service levels", True)
