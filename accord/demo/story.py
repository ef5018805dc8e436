"""The demo as one story told in time order.

Each part of the demo (a project's life, a risk, a delay, a change order, an RFP ...) is
a *story*: a generator that yields the moment of its next step and then, when resumed,
does that step through the services. :func:`tell` runs every story's steps in the order
of their moments, each inside :func:`accord.core.clock.story_moment`, so that the audit
events, signatures, uploads and the created/updated times of the records fall on the day
(and at a plausible time of day, in the site's working hours) of the step that makes
them, and every step sees the data as it stood at that moment: a status report written
on 2 November lists only the delays reported by then.

In production (``accord demo --force-production``) the story clock is refused; the
steps still run in story order on their business dates (:func:`accord.core.clock.
business_date`), stamped with the real time.
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
import zlib
from collections.abc import Generator, Iterable
from contextlib import AbstractContextManager
from zoneinfo import ZoneInfo

from django.conf import settings

from accord.core import clock
from accord.demo.data import DemoConflict, reference_date

Story = Generator[dt.datetime, None, None]

# The day the CDMO set Accord up, in days from the reference date: before any project.
SETUP_ON = -600

# The sites' working day, local time: steps happen between these hours.
WORKDAY_START = dt.time(7, 30)
WORKDAY_END = dt.time(18, 30)
SITE_ZONES = {"VSP": "Europe/Zurich", "SGN": "Europe/Berlin"}


class Tally(dict):
    """(created, already present) per kind of record."""

    def add(self, label: str, created: bool) -> None:
        done, present = self.get(label, (0, 0))
        self[label] = (done + 1, present) if created else (done, present + 1)


def day(offset: int) -> dt.date:
    """The date ``offset`` days from the demo's reference date."""
    return reference_date() + dt.timedelta(days=offset)


def weekday(date: dt.date, *, back: bool = False) -> dt.date:
    """``date``, or the nearest working day after it (before it with ``back``)."""
    while date.weekday() >= 5:
        date += dt.timedelta(days=-1 if back else 1)
    return date


def at(date: dt.date, time: str = "09:00", *, key: str = "", zone: str = "") -> dt.datetime:
    """The moment ``time`` (HH:MM, local) on ``date``; ``key`` spreads steps that share a
    time over the next quarter of an hour, the same way on every load."""
    hour, minute = (int(part) for part in time.split(":"))
    moment = dt.datetime.combine(date, dt.time(hour, minute), tzinfo=ZoneInfo(zone or _zone()))
    if key:
        moment += dt.timedelta(minutes=zlib.crc32(key.encode()) % 15)
    local = moment.timetz()
    if not WORKDAY_START <= local.replace(tzinfo=None) <= WORKDAY_END:
        raise DemoConflict(f"A demo step at {time} lies outside the working day.")
    return moment


def _zone() -> str:
    return settings.TIME_ZONE


def site_zone(site_code: str) -> str:
    return SITE_ZONES.get(site_code, _zone())


def _scope(moment: dt.datetime) -> AbstractContextManager:
    if clock.story_active():
        return clock.story_moment(moment)
    return clock.business_date(min(moment.date(), clock.today()))


def tell(stories: Iterable[Story]) -> None:
    """Run the steps of every story in the order of their moments (ties: in the order
    the stories were given). A story may not go back in time."""
    queue: list[tuple[dt.datetime, int, Story]] = []
    order = itertools.count()

    def advance(story: Story, moment: dt.datetime | None) -> None:
        try:
            if moment is None:
                following = next(story)
            else:
                with _scope(moment):
                    following = next(story)
        except StopIteration:
            return
        if moment is not None and following < moment:
            raise DemoConflict(f"A demo story goes back from {moment} to {following}.")
        heapq.heappush(queue, (following, next(order), story))

    for story in stories:
        advance(story, None)
    while queue:
        moment, _, story = heapq.heappop(queue)
        advance(story, moment)
