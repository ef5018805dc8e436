"""Reads of kudos, as the person asking may see them, and the counts the scorecards use.

CDMO staff see every kudos; a sponsor manager those its company's people gave; a sponsor
contact those it gave and those on the projects it is on. Kudos between colleagues are
the CDMO's own, and withdrawn kudos are no one's any more.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Literal

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from accord.accounts.models import Organization, User
from accord.accounts.roles import SPONSOR_CONTACT, SPONSOR_MANAGER
from accord.projects.models import ProjectMembership
from accord.projects.selectors import projects_visible_to
from accord.recognition.models import Kudos, KudosCategory


def _active(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


def kudos_visible_to(user) -> QuerySet[Kudos]:
    kudos = Kudos.objects.filter(withdrawn_at__isnull=True).select_related(
        "giver__organization",
        "recipient__organization",
        "recipient__site",
        "sponsor",
        "project",
        "concern",
        "milestone__project",
        "meeting",
    )
    if not _active(user) or not user.has_perm("recognition.view_kudos"):
        return kudos.none()
    if user.is_cdmo_staff:
        return kudos
    own = kudos.filter(sponsor_id=user.organization_id)
    if user.has_role(SPONSOR_MANAGER):
        return own
    if user.has_role(SPONSOR_CONTACT):
        return own.filter(Q(giver=user) | Q(project__in=projects_visible_to(user)))
    return kudos.none()


def people_thankable_by(user) -> QuerySet[User]:
    """Whom ``user`` may give kudos to. Staff: any active colleague. A sponsor user: the
    CDMO people on the projects it sees, its company's account owner, and the owners of
    the concerns it sees (someone it knows and who served it)."""
    from accord.clients.models import SponsorProfile
    from accord.service.selectors import concerns_visible_to

    staff = User.objects.filter(organization__kind=Organization.Kind.CDMO, is_active=True)
    staff = staff.select_related("organization", "site").order_by("last_name", "first_name")
    if not _active(user) or not user.has_perm("recognition.add_kudos"):
        return staff.none()
    if user.is_cdmo_staff:
        return staff.exclude(pk=user.pk)
    if not user.is_sponsor_user:
        return staff.none()
    on_projects = ProjectMembership.objects.filter(project__in=projects_visible_to(user)).values(
        "user_id"
    )
    account_owner = SponsorProfile.objects.filter(sponsor_id=user.organization_id).values(
        "account_owner_id"
    )
    concern_owners = concerns_visible_to(user).filter(owner__isnull=False).values("owner_id")
    return staff.filter(Q(pk__in=on_projects) | Q(pk__in=account_owner) | Q(pk__in=concern_owners))


def kudos_filter(
    kudos: QuerySet[Kudos],
    *,
    recipient_id: int | None = None,
    site_id: int | None = None,
    manager_id: int | None = None,
    sponsor_id: int | None = None,
    colleagues: bool = False,
    category: str = "",
    since: dt.date | None = None,
    until: dt.date | None = None,
    query: str = "",
) -> QuerySet[Kudos]:
    """Narrow an already visibility-filtered queryset; never widens it. ``manager_id`` is
    a team: the people who report to that manager; ``colleagues`` keeps the kudos staff
    gave each other; ``since`` and ``until`` are days, both included."""
    if recipient_id:
        kudos = kudos.filter(recipient_id=recipient_id)
    if site_id:
        kudos = kudos.filter(recipient__site_id=site_id)
    if manager_id:
        kudos = kudos.filter(recipient__manager_id=manager_id)
    if sponsor_id:
        kudos = kudos.filter(sponsor_id=sponsor_id)
    if colleagues:
        kudos = kudos.filter(sponsor__isnull=True)
    if category:
        kudos = kudos.filter(category=category)
    if since:
        kudos = kudos.filter(given_at__gte=_start_of(since))
    if until:
        kudos = kudos.filter(given_at__lt=_start_of(until + dt.timedelta(days=1)))
    if query:
        kudos = kudos.filter(
            Q(message__icontains=query)
            | Q(recipient__first_name__icontains=query)
            | Q(recipient__last_name__icontains=query)
            | Q(giver__first_name__icontains=query)
            | Q(giver__last_name__icontains=query)
            | Q(sponsor__name__icontains=query)
            | Q(project__code__icontains=query)
        )
    return kudos


def _start_of(day: dt.date | dt.datetime) -> dt.datetime:
    """The first moment of ``day`` in the site's time zone (a moment stays as it is)."""
    if isinstance(day, dt.datetime):
        return day
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


def kudos_per_month(kudos: QuerySet[Kudos], *, months: int = 12) -> list[tuple[dt.date, int]]:
    """Kudos given in each of the last ``months`` months, this one included, oldest first
    (a month without any counts 0); months are local calendar months."""
    today = timezone.localdate()
    firsts = []
    year, month = today.year, today.month
    for _ in range(months):
        firsts.append(dt.date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    firsts.reverse()
    counts = Counter(
        timezone.localtime(moment).date().replace(day=1)
        for moment in kudos.filter(given_at__gte=_start_of(firsts[0]))
        .order_by()
        .values_list("given_at", flat=True)
    )
    return [(first, counts.get(first, 0)) for first in firsts]


def kudos_by_category(kudos: QuerySet[Kudos]) -> list[tuple[str, int]]:
    """(label, count) of each category given, most first; kudos of no category last."""
    counts = dict(kudos.order_by().values_list("category").annotate(n=Count("pk")))
    rows = [(label, counts[value]) for value, label in KudosCategory.choices if counts.get(value)]
    rows.sort(key=lambda row: -row[1])
    if counts.get(""):
        rows.append(("No category", counts[""]))
    return rows


CountBy = Literal["recipient", "sponsor", "site"]
_COUNT_KEYS = {"recipient": "recipient_id", "sponsor": "sponsor_id", "site": "recipient__site_id"}


def kudos_counts(
    *,
    since: dt.date | dt.datetime,
    until: dt.date | dt.datetime,
    by: CountBy = "recipient",
) -> dict[int | None, int]:
    """How many kudos were given from ``since`` to ``until`` (days both included; moments:
    ``until`` excluded), per recipient (user id), per sponsor that gave them (organization
    id; ``None`` for kudos between colleagues) or per site of the recipient (site id;
    ``None`` for people of no site). Withdrawn kudos do not count. For the scorecards:
    every kudos counts whoever asks, so only CDMO-internal pages may show these figures."""
    if by not in _COUNT_KEYS:
        raise ValueError(f"Count kudos by recipient, sponsor or site, not {by!r}.")
    end = until if isinstance(until, dt.datetime) else _start_of(until + dt.timedelta(days=1))
    rows = (
        Kudos.objects.filter(
            withdrawn_at__isnull=True, given_at__gte=_start_of(since), given_at__lt=end
        )
        .order_by()
        .values_list(_COUNT_KEYS[by])
        .annotate(n=Count("pk"))
    )
    return dict(rows)
