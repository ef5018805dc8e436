"""Reads of SLA policies and service hours, as the person asking may see them."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from django.db.models import F, Q, QuerySet
from django.utils import timezone

from accord.accounts.models import Organization, Site
from accord.accounts.roles import SPONSOR_CONTACT, SPONSOR_MANAGER
from accord.service.clocks import Clock, WorkingTime, clock, parse_hours
from accord.service.models import (
    DEFAULT_HOURS,
    WEEKDAYS,
    Concern,
    ConcernAttachment,
    ConcernEntry,
    ConcernEscalation,
    ConcernPause,
    ConcernState,
    ServiceHours,
    SlaPolicy,
    SlaTarget,
)

_DONE = (ConcernState.RESOLVED, ConcernState.CLOSED)


def _active(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


def sla_policies_visible_to(user) -> QuerySet[SlaPolicy]:
    """Staff see every policy; a sponsor user sees the one that applies to its company:
    its own, or the CDMO-wide one while it has none (the promise it was made)."""
    policies = SlaPolicy.objects.select_related("sponsor")
    if not _active(user) or not user.has_perm("service.view_slapolicy"):
        return policies.none()
    if user.is_cdmo_staff:
        return policies
    if SlaPolicy.objects.filter(sponsor_id=user.organization_id).exists():
        return policies.filter(sponsor_id=user.organization_id)
    return policies.filter(sponsor__isnull=True)


def sla_targets_visible_to(user) -> QuerySet[SlaTarget]:
    return SlaTarget.objects.filter(policy__in=sla_policies_visible_to(user))


def service_hours_visible_to(user) -> QuerySet[ServiceHours]:
    if not _active(user) or not user.is_cdmo_staff:
        return ServiceHours.objects.none()
    return ServiceHours.objects.select_related("site")


def sla_policy_for(sponsor: Organization) -> SlaPolicy:
    """The policy that applies to ``sponsor``: its own, else the CDMO-wide one."""
    policy = (
        SlaPolicy.objects.filter(Q(sponsor=sponsor) | Q(sponsor__isnull=True))
        .prefetch_related("targets")
        .order_by(F("sponsor_id").asc(nulls_last=True))  # the sponsor's own first
        .first()
    )
    if policy is None:
        raise SlaPolicy.DoesNotExist("There is no CDMO-wide SLA policy: run the migrations.")
    return policy


def sla_policy_for_default() -> SlaPolicy:
    """The CDMO-wide policy (every sponsor without one of its own gets it)."""
    return SlaPolicy.objects.prefetch_related("targets").get(sponsor__isnull=True)


def service_hours_of(site: Site) -> ServiceHours | None:
    return ServiceHours.objects.filter(site=site).first()


def service_week(site: Site) -> tuple[str, ...]:
    """The site's service hours, Monday first (office hours on weekdays if never set)."""
    hours = ServiceHours.objects.filter(site=site).first()
    if hours is None:
        return tuple(DEFAULT_HOURS if day < 5 else "" for day in range(len(WEEKDAYS)))
    return hours.week()


def working_time_for(site: Site) -> WorkingTime:
    """When the SLA clocks of ``site`` run: its service hours in its time zone, less the
    holidays of its calendar, plus the weekend days it works."""
    from accord.planning.calendars import site_days

    days = site_days(site)
    return WorkingTime(
        zone=ZoneInfo(site.time_zone),
        week=tuple(parse_hours(text) for text in service_week(site)),
        holidays=frozenset(day.date for day in days if day.is_holiday),
        extra_days=frozenset(day.date for day in days if not day.is_holiday),
    )


# --------------------------------------------------------------------------- concerns


def concerns_visible_to(user) -> QuerySet[Concern]:
    """Staff see every concern; a sponsor manager its company's; a sponsor contact those
    it raised and those of the projects it is on."""
    concerns = Concern.objects.select_related("sponsor", "project", "owner", "site")
    if not _active(user) or not user.has_perm("service.view_concern"):
        return concerns.none()
    if user.is_cdmo_staff:
        return concerns
    own = concerns.filter(sponsor_id=user.organization_id)
    if user.has_role(SPONSOR_MANAGER):
        return own
    if user.has_role(SPONSOR_CONTACT):
        return own.filter(Q(raised_by=user) | Q(project__memberships__user=user)).distinct()
    return concerns.none()


def concerns_waiting_on(user) -> QuerySet[Concern]:
    """The open concerns waiting on a staff member: those they own, and those escalated
    to them (a broken clock brought them one rung up to this person)."""
    if not (_active(user) and user.is_cdmo_staff):
        return Concern.objects.none()
    return (
        concerns_visible_to(user)
        .exclude(state__in=_DONE)
        .filter(
            Q(owner=user) | Q(pk__in=ConcernEscalation.objects.filter(to=user).values("concern"))
        )
        .prefetch_related("pauses")
    )


def concern_entries_visible_to(user) -> QuerySet[ConcernEntry]:
    """The steps of the concerns the user sees; internal notes for staff only."""
    entries = ConcernEntry.objects.filter(concern__in=concerns_visible_to(user)).select_related(
        "author"
    )
    if not (_active(user) and user.is_cdmo_staff):
        entries = entries.filter(internal=False)
    return entries


def concern_escalations_visible_to(user) -> QuerySet[ConcernEscalation]:
    return ConcernEscalation.objects.filter(concern__in=concerns_visible_to(user))


def concern_pauses_visible_to(user) -> QuerySet[ConcernPause]:
    return ConcernPause.objects.filter(concern__in=concerns_visible_to(user))


def concerns_of_interaction(user, interaction) -> QuerySet[Concern]:
    """The concerns a conversation opened, or whose first contact it was."""
    return (
        concerns_visible_to(user)
        .filter(Q(interaction=interaction) | Q(entries__interaction=interaction))
        .distinct()
        .order_by("raised_at")
    )


def concern_attachments_visible_to(user) -> QuerySet[ConcernAttachment]:
    return ConcernAttachment.objects.select_related("concern", "uploaded_by").filter(
        concern__in=concerns_visible_to(user)
    )


def concern_links_visible_to(user, concern: Concern) -> dict[str, list]:
    """The records the concern is linked to that ``user``'s own pages show: a risk not
    shared with the sponsor, a delay not yet told or a draft change order stays off the
    sponsor's page."""
    from accord.changes.selectors import change_orders_visible_to
    from accord.delays.selectors import delays_visible_to
    from accord.risks.selectors import risks_visible_to

    return {
        "risks": list(risks_visible_to(user).filter(concerns=concern).order_by("pk")),
        "delays": list(delays_visible_to(user).filter(concerns=concern).order_by("pk")),
        "change_orders": list(
            change_orders_visible_to(user).filter(concerns=concern).order_by("pk")
        ),
    }


CLOCK_KINDS = ("acknowledge", "first_contact", "update", "resolve")


class ClockContext:
    """The policies and working times of many concerns, each read once: a queue or a
    sweep asks for the same sponsors' policies and sites' calendars again and again."""

    def __init__(self) -> None:
        self._policies: dict[int, SlaPolicy] = {}
        self._working: dict[int, WorkingTime] = {}

    def policy(self, concern: Concern) -> SlaPolicy:
        if concern.sponsor_id not in self._policies:
            self._policies[concern.sponsor_id] = sla_policy_for(concern.sponsor)
        return self._policies[concern.sponsor_id]

    def working(self, concern: Concern) -> WorkingTime:
        if concern.site_id not in self._working:
            self._working[concern.site_id] = working_time_for(concern.site)
        return self._working[concern.site_id]


def _clock_frame(concern: Concern, context: ClockContext):
    """What every clock of a concern is counted in: the site's working time, the
    targets of its priority, its pauses and the policy's warning share."""
    policy = context.policy(concern)
    target = next(t for t in policy.targets.all() if t.priority == concern.priority)
    pauses = [(p.started_at, p.ended_at) for p in concern.pauses.all()]
    return context.working(concern), target, pauses, policy.warn_at_percent / 100


def concern_clocks(
    concern: Concern,
    *,
    now: dt.datetime | None = None,
    context: ClockContext | None = None,
) -> dict[str, Clock | None]:
    """The concern's four clocks as of ``now``, from its stored moments and pauses, under
    the policy and the working time that apply today (a change of either recomputes them
    all). The update clock runs from the first contact, restarted by each update; it has
    not started before the first contact (``None``)."""
    now = now or timezone.now()
    working, target, pauses, share = _clock_frame(concern, context or ClockContext())
    finished = concern.resolved_at if concern.state in _DONE else None

    def run(kind: str, start: dt.datetime, stopped: dt.datetime | None) -> Clock:
        return clock(
            working,
            started_at=start,
            target=target.target(kind),
            now=now,
            stopped_at=stopped,
            pauses=pauses,
            warn_at_share=share,
        )

    update_start = concern.last_update_at or concern.first_contact_at
    return {
        "acknowledge": run("acknowledge", concern.raised_at, concern.acknowledged_at),
        "first_contact": run("first_contact", concern.raised_at, concern.first_contact_at),
        "update": run("update", update_start, finished) if update_start else None,
        "resolve": run("resolve", concern.raised_at, finished),
    }


# What restarts the update clock (the first contact, each update, a reopening), and what
# stops it (a resolution).
UPDATE_MOMENTS = (
    ConcernEntry.Kind.CONTACT,
    ConcernEntry.Kind.UPDATE,
    ConcernEntry.Kind.REOPENED,
    ConcernEntry.Kind.RESOLUTION,
)


def concern_past_update_clocks(
    concern: Concern,
    moments: list[tuple[str, dt.datetime]],
    *,
    context: ClockContext | None = None,
) -> list[Clock]:
    """The update clocks the concern already finished, from its ``moments`` (entry kind
    and time of its first contact, updates, reopenings and resolutions): each ran from a
    restart to the next restart or resolution, under today's policy and working time.
    The running (or last) one is ``concern_clocks``'s and is left out."""
    working, target, pauses, share = _clock_frame(concern, context or ClockContext())
    spans: list[tuple[dt.datetime, dt.datetime]] = []
    start = None
    for kind, at in sorted(moments, key=lambda moment: moment[1]):
        if start is not None:
            spans.append((start, at))
        start = None if kind == ConcernEntry.Kind.RESOLUTION else at
    current = concern.last_update_at or concern.first_contact_at
    return [
        clock(
            working,
            started_at=a,
            target=target.target("update"),
            now=b,
            stopped_at=b,
            pauses=pauses,
            warn_at_share=share,
        )
        for a, b in spans
        if a != current
    ]


def concerns_raised(
    start: dt.date,
    end: dt.date,
    *,
    sponsor_id: int | None = None,
    project_id: int | None = None,
    site_id: int | None = None,
) -> QuerySet[Concern]:
    """The concerns raised from ``start`` to ``end`` (local days) of a sponsor, a project,
    a site or all, whoever asks: the CDMO's own figures (scorecards)."""
    concerns = Concern.objects.filter(
        raised_at__date__gte=start, raised_at__date__lte=end
    ).order_by("raised_at", "pk")
    if sponsor_id is not None:
        concerns = concerns.filter(sponsor_id=sponsor_id)
    if project_id is not None:
        concerns = concerns.filter(project_id=project_id)
    if site_id is not None:
        concerns = concerns.filter(site_id=site_id)
    return concerns
