"""Relationship health: how a sponsor relationship is doing, derived, never typed in.

The level is the worst of what the rules below say; the reasons are what each rule that
is not green says, worst first. Every rule reads plain facts (:class:`SponsorFacts`),
so each is tested without a database.

The rules:

1. **Contact** (days since the last interaction): none logged yet is amber; 45 days
   or more is amber; 90 days or more is red.
2. **Follow-ups overdue** (open follow-ups past their due date): one or more is amber;
   three or more, or one overdue by 14 days or more, is red.
3. **Open concerns** (the sponsor's concerns not yet resolved, and interactions flagged
   as a concern in the last 90 days that no concern record carries and that still have
   an open follow-up, or no follow-up at all): one is amber; two or more is red.
4. **Project outcomes** (health of the sponsor's active projects): an active project
   at risk is amber; one off track is red.

Other apps feed in more signals (proposal outcomes, for instance) by registering a
:data:`SignalSource` with :func:`register_signal_source` in their ``ready()``: it gets
the sponsor ids and today's date and answers, per sponsor id, a list of signals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from django.db.models import Exists, Max, OuterRef, Q
from django.utils import timezone

from accord.accounts.models import Organization
from accord.clients.models import FollowUp, Interaction
from accord.projects.models import Project

GREEN, AMBER, RED = "green", "amber", "red"
LABELS = {GREEN: "Healthy", AMBER: "Needs attention", RED: "At risk"}
_RANK = {GREEN: 0, AMBER: 1, RED: 2}

SILENCE_AMBER_DAYS = 45
SILENCE_RED_DAYS = 90
OVERDUE_RED_COUNT = 3
OVERDUE_RED_DAYS = 14
CONCERN_WINDOW_DAYS = 90
CONCERNS_RED_COUNT = 2


@dataclass(frozen=True)
class Signal:
    level: str
    reason: str


@dataclass(frozen=True)
class Health:
    level: str
    reasons: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return LABELS[self.level]


@dataclass(frozen=True)
class OffTrackProject:
    code: str
    health: str
    reason: str


@dataclass(frozen=True)
class SponsorFacts:
    today: dt.date
    last_interaction_on: dt.date | None = None
    overdue_due_dates: tuple[dt.date, ...] = ()
    open_concerns: tuple[str, ...] = ()  # subjects, most recent first
    projects_not_green: tuple[OffTrackProject, ...] = ()


Rule = Callable[[SponsorFacts], Signal | None]
SignalSource = Callable[[Sequence[int], dt.date], Mapping[int, Sequence[Signal]]]


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def contact_rule(facts: SponsorFacts) -> Signal | None:
    if facts.last_interaction_on is None:
        return Signal(AMBER, "No interaction logged yet")
    days = (facts.today - facts.last_interaction_on).days
    if days >= SILENCE_RED_DAYS:
        return Signal(RED, f"No interaction for {days} days")
    if days >= SILENCE_AMBER_DAYS:
        return Signal(AMBER, f"No interaction for {days} days")
    return None


def overdue_followups_rule(facts: SponsorFacts) -> Signal | None:
    if not facts.overdue_due_dates:
        return None
    count = len(facts.overdue_due_dates)
    oldest = (facts.today - min(facts.overdue_due_dates)).days
    reason = f"{_plural(count, 'follow-up')} overdue (oldest by {_plural(oldest, 'day')})"
    if count >= OVERDUE_RED_COUNT or oldest >= OVERDUE_RED_DAYS:
        return Signal(RED, reason)
    return Signal(AMBER, reason)


def open_concerns_rule(facts: SponsorFacts) -> Signal | None:
    count = len(facts.open_concerns)
    if count == 0:
        return None
    if count >= CONCERNS_RED_COUNT:
        return Signal(RED, f"{count} open concerns, latest: {facts.open_concerns[0]}")
    return Signal(AMBER, f"Open concern: {facts.open_concerns[0]}")


def project_outcomes_rule(facts: SponsorFacts) -> Signal | None:
    if not facts.projects_not_green:
        return None
    red = [p for p in facts.projects_not_green if p.health == RED]
    worst = red or list(facts.projects_not_green)
    first = worst[0]
    state = "off track" if red else "at risk"
    reason = f"{first.code} {state}" + (f": {first.reason}" if first.reason else "")
    if len(worst) > 1:
        reason += f" (and {_plural(len(worst) - 1, 'other project')})"
    return Signal(RED if red else AMBER, reason)


RULES: tuple[Rule, ...] = (
    contact_rule,
    overdue_followups_rule,
    open_concerns_rule,
    project_outcomes_rule,
)

_SOURCES: list[SignalSource] = []


def register_signal_source(source: SignalSource) -> None:
    """Add signals from elsewhere (e.g. proposal outcomes) to every health verdict."""
    if source not in _SOURCES:
        _SOURCES.append(source)


def health_from(signals: Iterable[Signal]) -> Health:
    ordered = sorted(signals, key=lambda s: _RANK[s.level], reverse=True)
    ordered = [s for s in ordered if s.level != GREEN]
    level = ordered[0].level if ordered else GREEN
    return Health(level, [s.reason for s in ordered])


def sponsor_facts(sponsor_ids: Sequence[int], today: dt.date) -> dict[int, SponsorFacts]:
    """The facts the rules read, for many sponsors in five queries."""
    ids = list(sponsor_ids)
    last = dict(
        Interaction.objects.filter(sponsor_id__in=ids, occurred_on__lte=today)
        .values("sponsor_id")
        .annotate(last=Max("occurred_on"))
        .values_list("sponsor_id", "last")
    )
    overdue: dict[int, list[dt.date]] = {}
    for sponsor_id, due_on in FollowUp.objects.filter(
        sponsor_id__in=ids, is_done=False, due_on__lt=today
    ).values_list("sponsor_id", "due_on"):
        overdue.setdefault(sponsor_id, []).append(due_on)
    has_followup = FollowUp.objects.filter(interaction=OuterRef("pk"))
    has_open_followup = has_followup.filter(is_done=False)
    from accord.service.models import Concern, ConcernEntry, ConcernState

    concerns: dict[int, list[str]] = {}
    open_states = (
        ConcernState.RAISED,
        ConcernState.ACKNOWLEDGED,
        ConcernState.IN_PROGRESS,
        ConcernState.WAITING,
    )
    for sponsor_id, number, title in (
        Concern.objects.filter(sponsor_id__in=ids, state__in=open_states)
        .order_by("-raised_at", "-pk")
        .values_list("sponsor_id", "number", "title")
    ):
        concerns.setdefault(sponsor_id, []).append(f"{number} {title}")
    # A conversation a concern record carries is counted there, not twice.
    carried = Q(Exists(Concern.objects.filter(interaction=OuterRef("pk")))) | Q(
        Exists(ConcernEntry.objects.filter(interaction=OuterRef("pk")))
    )
    for sponsor_id, subject in (
        Interaction.objects.filter(
            sponsor_id__in=ids,
            is_concern=True,
            occurred_on__lte=today,
            occurred_on__gt=today - dt.timedelta(days=CONCERN_WINDOW_DAYS),
        )
        .exclude(carried)
        .filter(Q(Exists(has_open_followup)) | ~Q(Exists(has_followup)))
        .order_by("-occurred_on", "-pk")
        .values_list("sponsor_id", "subject")
    ):
        concerns.setdefault(sponsor_id, []).append(subject)
    projects: dict[int, list[OffTrackProject]] = {}
    for sponsor_id, code, health, reason in (
        Project.objects.filter(sponsor_id__in=ids, status=Project.Status.ACTIVE)
        .exclude(health=Project.Health.GREEN)
        .order_by("code")
        .values_list("sponsor_id", "code", "health", "health_reason")
    ):
        projects.setdefault(sponsor_id, []).append(OffTrackProject(code, health, reason))
    return {
        sponsor_id: SponsorFacts(
            today=today,
            last_interaction_on=last.get(sponsor_id),
            overdue_due_dates=tuple(sorted(overdue.get(sponsor_id, ()))),
            open_concerns=tuple(concerns.get(sponsor_id, ())),
            projects_not_green=tuple(projects.get(sponsor_id, ())),
        )
        for sponsor_id in ids
    }


def relationship_health_for(
    sponsors: Iterable[Organization], *, today: dt.date | None = None
) -> dict[int, Health]:
    """Health of many sponsors at once (a list page): a fixed number of queries."""
    today = today or timezone.localdate()
    ids = [sponsor.pk for sponsor in sponsors]
    facts = sponsor_facts(ids, today)
    extra: dict[int, list[Signal]] = {}
    for source in _SOURCES:
        for sponsor_id, signals in source(ids, today).items():
            extra.setdefault(sponsor_id, []).extend(signals)
    return {
        sponsor_id: health_from(
            [
                *(signal for rule in RULES if (signal := rule(facts[sponsor_id]))),
                *extra.get(sponsor_id, ()),
            ]
        )
        for sponsor_id in ids
    }


def relationship_health(sponsor: Organization, *, today: dt.date | None = None) -> Health:
    """How the relationship with ``sponsor`` is doing, and why. CDMO staff only."""
    return relationship_health_for([sponsor], today=today)[sponsor.pk]
