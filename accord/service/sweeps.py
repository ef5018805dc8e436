"""The concern clocks' sweep (every five minutes, ``accord.core.periodic``).

It warns an owner once per clock before it breaks, escalates a concern one rung up the
project's communication tree once per broken clock (or to the sponsor's account owner
when the tree has no rung above), and closes a resolution the sponsor left unanswered
past its confirmation window. Running it twice, or on two workers at once, adds nothing:
warnings carry a key, escalations are unique per clock and start, and each concern is
handled under its row lock.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from accord.clients.models import SponsorProfile
from accord.core.dates import format_moment
from accord.notifications.services import Message, deliver
from accord.service import selectors
from accord.service.clocks import Clock, ClockState, WorkingTime, describe
from accord.service.models import (
    ClockKind,
    Concern,
    ConcernEntry,
    ConcernEscalation,
    ConcernState,
)
from accord.service.services.concerns import MATTER_OF, _record
from accord.teams.models import EscalationContact


def concern_clock_sweep(
    now: dt.datetime | None = None, *, concerns: QuerySet[Concern] | None = None
) -> int:
    """Warn, escalate and close what is due; returns how many steps it took. ``concerns``
    narrows the sweep (the demo sweeps its own concerns as its story goes on)."""
    now = now or timezone.now()
    steps = 0
    context = selectors.ClockContext()
    open_ones = (Concern.objects if concerns is None else concerns).exclude(
        state=ConcernState.CLOSED
    )
    for pk in open_ones.values_list("pk", flat=True):
        steps += _sweep_one(pk, now, context)
    return steps


@transaction.atomic
def _sweep_one(pk: int, now: dt.datetime, context: selectors.ClockContext) -> int:
    concern = (
        Concern.objects.select_for_update(of=("self",))
        .select_related("sponsor", "project", "owner", "site")
        .get(pk=pk)
    )
    if concern.state == ConcernState.CLOSED:
        return 0
    if concern.state == ConcernState.RESOLVED:
        return _close_if_unanswered(concern, now, context)
    steps = 0
    for kind, state in selectors.concern_clocks(concern, now=now, context=context).items():
        if state is None or state.stopped_at is not None:
            continue
        if state.state is ClockState.AT_RISK:
            steps += _warn(concern, kind, state)
        elif state.state is ClockState.BREACHED:
            steps += _escalate(concern, kind, state, now)
    return steps


def _url(concern: Concern) -> str:
    from django.urls import reverse

    return reverse("service:concern", args=[concern.pk])


def _warn(concern: Concern, kind: str, state: Clock) -> int:
    if concern.owner is None:
        return 0
    label = ClockKind(kind).label.lower()
    due = format_moment(state.due_at, concern.site.time_zone)
    return len(
        deliver(
            [
                Message(
                    "concern_clock",
                    concern.owner,
                    concern,
                    f"Concern {concern.number}: the {label} is due {due}",
                    f"{concern.title}. {describe(state.remaining, hours_per_day=8)} of working "
                    "time left.",
                    _url(concern),
                    dedupe_key=f"concern_clock:{concern.pk}:{kind}:{state.started_at.isoformat()}",
                )
            ]
        )
    )


def _next_contact(concern: Concern):
    """(level, person) one rung above where the concern is, else the account owner."""
    matter = MATTER_OF.get(concern.category)
    if concern.project_id and matter:
        rung = (
            EscalationContact.objects.filter(
                project=concern.project,
                matter=matter,
                level__gt=concern.escalation_level,
                cdmo_contact__is_active=True,
            )
            .select_related("cdmo_contact")
            .order_by("level")
            .first()
        )
        if rung is not None:
            return rung.level, rung.cdmo_contact
    profile = SponsorProfile.objects.filter(sponsor=concern.sponsor).first()
    owner = profile.account_owner if profile else None
    if owner is not None and owner.is_active and owner.pk != concern.owner_id:
        return concern.escalation_level, owner
    return concern.escalation_level, concern.owner


def _escalate(concern: Concern, kind: str, state: Clock, now: dt.datetime) -> int:
    if ConcernEscalation.objects.filter(
        concern=concern, clock=kind, clock_started_at=state.started_at
    ).exists():
        return 0
    level, person = _next_contact(concern)
    if person is None:
        return 0
    ConcernEscalation.objects.create(
        concern=concern,
        clock=kind,
        clock_started_at=state.started_at,
        level=level,
        to=person,
        at=now,
    )
    label = ClockKind(kind).label.lower()
    late = describe(state.late_by, hours_per_day=8)
    concern.escalation_level = max(concern.escalation_level, level)
    concern.save(update_fields=["escalation_level"])
    ConcernEntry.objects.create(
        concern=concern,
        kind=ConcernEntry.Kind.ESCALATED,
        at=now,
        text=f"The {label} is late by {late}: {person.printed_name} now follows this concern.",
    )
    _record(
        None,
        concern,
        "escalated",
        {"escalated to": [None, person.printed_name], "clock": [None, ClockKind(kind).label]},
        to=person,
    )
    people = {person, *([concern.owner] if concern.owner else [])}
    deliver(
        [
            Message(
                "concern_clock",
                someone,
                concern,
                f"Concern {concern.number}: the {label} broke its promise",
                f"{concern.title}. Late by {late} of working time; "
                f"{person.printed_name} now follows it.",
                _url(concern),
                dedupe_key=f"concern_broken:{concern.pk}:{kind}:{state.started_at.isoformat()}",
            )
            for someone in people
        ]
    )
    return 1


def confirmation_deadline(working: WorkingTime, resolved_at: dt.datetime, days: int) -> dt.datetime:
    """The end of the ``days``-th working day after the day of the resolution."""
    day = resolved_at.astimezone(working.zone).date()
    counted = 0
    while counted < days:
        day += dt.timedelta(days=1)
        if working.hours_on(day):
            counted += 1
    return working.spans_on(day)[-1][1]


def _close_if_unanswered(
    concern: Concern, now: dt.datetime, context: selectors.ClockContext
) -> int:
    policy = context.policy(concern)
    working = context.working(concern)
    if now < confirmation_deadline(working, concern.resolved_at, policy.confirm_days):
        return 0
    concern.state = ConcernState.CLOSED
    concern.closed_at = now
    concern.version += 1
    concern.save(update_fields=["state", "closed_at", "version"])
    days = policy.confirm_days
    ConcernEntry.objects.create(
        concern=concern,
        kind=ConcernEntry.Kind.CLOSED,
        at=now,
        text=f"No answer within {days} working day{'s' if days != 1 else ''} of the "
        "resolution: the concern is closed. Raise a new one if anything remains.",
    )
    _record(
        None,
        concern,
        "closed",
        {"state": [ConcernState.RESOLVED.label, ConcernState.CLOSED.label]},
    )
    return 1
