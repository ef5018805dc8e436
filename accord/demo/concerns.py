"""The demo's sponsor concerns, told in time through the concern services.

Each concern (:mod:`accord.demo.concern_data`) is a story: raised on its day, then
acknowledged, contacted, updated, paused, resolved, confirmed or reopened at its moments,
each step by the person who takes it, so that its entries, audit events and
notifications fall on the story's days and its SLA clocks show what really happened.

The clock sweep of production runs every five minutes; here it runs at the first
five-minute tick after one of the demo concerns' clocks reaches its warning point or its
due time, or a resolution its confirmation deadline (the other ticks would find nothing
to do). So the warnings, the escalations one rung up the communication tree and the
closing of unanswered resolutions are made by :func:`concern_clock_sweep` itself, at the
moment production would make them. It sweeps only the concerns this load raised: a
concern already in the database has its own history.

The story ends at 17:00 on the reference day, the demo's "now" (or at the real time, if
the demo is loaded earlier that Monday): a step that would come later (a week with
holidays moves the steps counted in working time) has not happened yet, and the concerns
of that day stay open, their clocks running into the week.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from django.core.exceptions import PermissionDenied, ValidationError

from accord.accounts.models import Organization, User
from accord.clients.models import Interaction
from accord.core import clock
from accord.demo import concern_data as D
from accord.demo.concern_data import CONCERNS, ConcernSpec, Step
from accord.demo.story import Story, Tally, at, day
from accord.projects.models import Project
from accord.service import selectors, services
from accord.service.clocks import add_working_time
from accord.service.models import Concern, ConcernState
from accord.service.sweeps import concern_clock_sweep, confirmation_deadline

TICK = dt.timedelta(minutes=5)  # how often production sweeps the clocks


def story_end() -> dt.datetime:
    """The demo's "now" for its concerns: 17:00 on the reference day, or the real time if
    that is earlier (asked before the story is told, while "now" is still the real time).
    Nothing of the concerns' story happens after it: a concern's clocks are live, so a
    step never waits in the future to be squeezed into the present."""
    return min(at(day(0), "17:00"), clock.now())


def raised_moment(spec: ConcernSpec) -> dt.datetime:
    return at(day(spec.raised_on), spec.raised_at, zone=spec.zone)


def _tick_after(moment: dt.datetime) -> dt.datetime:
    """The first five-minute tick of the sweep strictly after ``moment``."""
    seconds = int(TICK.total_seconds())
    start = (int(moment.timestamp()) // seconds + 1) * seconds
    return dt.datetime.fromtimestamp(start, tz=dt.UTC)


class _Sweeps:
    """The demo concerns raised by this load, and the moments their stories will take a
    step at, to find the next moment the sweep has something to do."""

    def __init__(self, moments: list[dt.datetime]) -> None:
        self.pks: list[int] = []
        self.moments = list(moments)  # every step to come, raisings included
        # The moments the sweep acts on (a warning point, a due time, a confirmation
        # deadline) as last looked at, and those a sweep has passed.
        self.events: dict[tuple, dt.datetime] = {}
        self.swept: set[tuple] = set()

    def follow(self, concern: Concern, moments: list[dt.datetime]) -> None:
        self.pks.append(concern.pk)
        self.moments.extend(moments)

    def sweep(self, now: dt.datetime) -> None:
        concern_clock_sweep(concerns=Concern.objects.filter(pk__in=self.pks))
        self.swept |= {key for key, moment in self.events.items() if moment < now}

    def next_after(self, moment: dt.datetime) -> tuple[dt.datetime | None, bool]:
        """The next moment to look again, and whether the sweep has work then (else a
        step of a concern comes first, after which its clocks are looked at again)."""
        step = min((m for m in self.moments if m > moment), default=None)
        # The story's "now": the step just taken may be stamped a few ticks past its moment.
        now = max(moment, clock.now())
        self.events = self._events(now)
        waiting = [m for key, m in self.events.items() if key not in self.swept]
        if waiting:
            tick = _tick_after(max(min(waiting), now))
            if step is None or tick <= step:
                return tick, True
        return step, False

    def _events(self, now: dt.datetime) -> dict[tuple, dt.datetime]:
        """The warning points and due times of the demo concerns' running clocks, and the
        confirmation deadlines of their resolutions."""
        context = selectors.ClockContext()
        events: dict[tuple, dt.datetime] = {}
        followed = Concern.objects.filter(pk__in=self.pks).exclude(state=ConcernState.CLOSED)
        for concern in followed.select_related("sponsor", "site"):
            if concern.state == ConcernState.RESOLVED:
                policy, working = context.policy(concern), context.working(concern)
                deadline = confirmation_deadline(working, concern.resolved_at, policy.confirm_days)
                events[("close", concern.pk, concern.resolved_at)] = deadline
                continue
            clocks = selectors.concern_clocks(concern, now=now, context=context)
            for kind, kept in clocks.items():
                if kept is None or kept.stopped_at is not None or kept.due_at is None:
                    continue  # not started, stopped, or paused while we wait on the sponsor
                events[("warn", concern.pk, kind, kept.started_at)] = kept.warn_at
                events[("due", concern.pk, kind, kept.started_at)] = kept.due_at
        return events


def concern_stories(
    *,
    users: dict[str, User],
    sponsors: dict[str, Organization],
    projects: dict[str, Project],
    counts: Tally,
    log: Callable[[str], None],
) -> list[Story]:
    """A story per demo concern, then the clock sweep that follows them all (last, so that
    at a shared moment it sees the step already taken)."""
    end = story_end()
    raisings = [raised_moment(spec) for spec in CONCERNS]
    sweeps = _Sweeps(raisings)
    stories = [
        _concern_story(
            spec,
            users=users,
            sponsors=sponsors,
            projects=projects,
            counts=counts,
            log=log,
            sweeps=sweeps,
            end=end,
        )
        for spec in CONCERNS
    ]
    return [*stories, _sweep_story(sweeps, start=min(raisings), end=end)]


def _sweep_story(sweeps: _Sweeps, *, start: dt.datetime, end: dt.datetime) -> Story:
    moment: dt.datetime | None = start
    due = False
    while moment is not None and moment <= end:
        yield moment
        if due:
            sweeps.sweep(moment)
        moment, due = sweeps.next_after(moment)


def _concern_story(
    spec: ConcernSpec,
    *,
    users: dict[str, User],
    sponsors: dict[str, Organization],
    projects: dict[str, Project],
    counts: Tally,
    log: Callable[[str], None],
    sweeps: _Sweeps,
    end: dt.datetime,
) -> Story:
    raised = raised_moment(spec)
    if raised > end:
        return  # not raised yet
    yield raised
    sponsor, project, raiser = (
        sponsors.get(spec.sponsor),
        projects.get(spec.project),
        users.get(spec.raised_by),
    )
    if sponsor is None or project is None or raiser is None:
        return  # left out of the demo by a conflict already reported
    if Concern.objects.filter(sponsor=sponsor, title=spec.title).exists():
        counts.add("concerns", False)
        return
    interaction = (
        Interaction.objects.filter(sponsor=sponsor, subject=spec.interaction).first()
        if spec.interaction
        else None
    )
    concern = services.concern_raise(
        actor=raiser,
        sponsor=sponsor,
        project=project,
        title=spec.title,
        description=spec.description,
        category=spec.category,
        urgency=spec.urgency,
        interaction=interaction,
    )
    counts.add("concerns", True)
    log(f"  + concern {concern.number} of {sponsor.short_name}: {concern.title}")
    # Counted in the site's working time from the story's moment of raising, as its clocks.
    working = selectors.working_time_for(concern.site)
    moments = [add_working_time(working, raised, dt.timedelta(hours=s.hours)) for s in spec.steps]
    sweeps.follow(concern, moments)
    for step, moment in zip(spec.steps, moments, strict=True):
        if moment > end:
            return  # it has not happened yet
        yield moment
        actor = users.get(step.actor)
        if actor is None:
            log(f"  ! {concern.number}: {step.actor} is not in the demo; its story stops here")
            return
        try:
            concern = _take(step, concern, actor)
        except (PermissionDenied, ValidationError) as error:
            log(f"  ! {concern.number} stays as it is: {error}")
            return


def _take(step: Step, concern: Concern, actor: User) -> Concern:
    """One step of a concern's story, through its service."""
    text = step.text
    match step.action:
        case D.ACKNOWLEDGE:
            return services.concern_acknowledge(actor=actor, concern=concern, message=text)
        case D.NOTE:
            services.concern_note(actor=actor, concern=concern, text=text)
            return concern
        case D.CONTACT:
            return services.concern_contact(
                actor=actor, concern=concern, how=step.how, summary=text, containment=step.more
            )
        case D.UPDATE:
            return services.concern_update(actor=actor, concern=concern, text=text)
        case D.WAIT:
            return services.concern_wait(actor=actor, concern=concern, reason=text)
        case D.RESUME:
            return services.concern_resume(actor=actor, concern=concern, text=text)
        case D.RESOLVE:
            return services.concern_resolve(
                actor=actor, concern=concern, resolution=text, root_cause=step.more
            )
        case D.CONFIRM:
            return services.concern_confirm(actor=actor, concern=concern, text=text)
        case D.REOPEN:
            return services.concern_reopen(actor=actor, concern=concern, reason=text)
    raise ValueError(f"No concern service for the demo step {step.action!r}.")
