"""The business date, the time of day, and the demo's story clock.

Services ask :func:`today` for the calendar day they record ("sent on", "received on",
the year in a number) and :func:`now` for the moment they stamp (an audit event, a
signature, an upload). Outside the demo both are the real date and time, always.

Two scopes change that, for a block of work:

- :func:`business_date` sets an earlier business date only; every timestamp stays real.
  A data load may use it anywhere, production included.
- :func:`story_clock` is for the demo loader alone (``accord demo``): inside it,
  :func:`story_moment` sets the moment a step of the demo's story happens, and "now"
  (:func:`now`, and Django's ``timezone.now`` that ``auto_now`` fields, ``localdate``
  and every service read) is that moment, so a proposal issued on 6 October is signed
  on 6 October and a document is approved days after it was authored. Each reading
  moves the clock on by a millisecond, so events keep their order, and never past the
  real time. The story clock is refused in production: there the audit trail and the
  signatures say when a record was really written, whatever the data says.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone

_business_date: ContextVar[dt.date | None] = ContextVar("accord_business_date", default=None)

# How far the story clock moves at each reading, so that two events never share a time.
TICK = dt.timedelta(milliseconds=1)


class StoryClockRefused(RuntimeError):
    """The demo's story clock was asked for where the real time must be kept."""


@dataclass
class _StoryClock:
    wall: Callable[[], dt.datetime]
    moment: dt.datetime | None = None
    last: dt.datetime | None = field(default=None)

    def now(self) -> dt.datetime:
        real = self.wall()
        if self.moment is None:
            return real
        moment = self.moment
        if self.last is not None and moment <= self.last:
            moment = self.last + TICK
        moment = min(moment, real)  # the story never runs ahead of the real time
        if self.last is not None:
            moment = max(moment, self.last)
        self.last = moment
        return moment


_story: ContextVar[_StoryClock | None] = ContextVar("accord_story_clock", default=None)


def today() -> dt.date:
    """The business date: set by :func:`business_date`, else the story's day, else today."""
    return _business_date.get() or timezone.localdate(now())


def now() -> dt.datetime:
    """The moment to stamp: the story's moment while the demo loads, else the real time."""
    story = _story.get()
    return story.now() if story is not None else timezone.now()


@contextmanager
def business_date(day: dt.date) -> Iterator[None]:
    """Record the work done inside the block as done on ``day`` (today or earlier)."""
    if day > timezone.localdate():
        raise ValueError(f"The business date {day} is in the future.")
    token = _business_date.set(day)
    try:
        yield
    finally:
        _business_date.reset(token)


def story_active() -> bool:
    """Whether the demo's story clock runs in this context."""
    return _story.get() is not None


def story_clock_allowed() -> bool:
    return settings.ACCORD_ENV != "production"


@contextmanager
def story_clock() -> Iterator[None]:
    """Let :func:`story_moment` set "now" inside the block (the demo loader only).

    Django's ``timezone.now`` is replaced for the block by a function that answers the
    story's moment in this context (thread or task) and the real time anywhere else.
    """
    if not story_clock_allowed():
        raise StoryClockRefused(
            "The demo's story clock is refused in production: audit events and signatures "
            "keep the real time there."
        )
    wall = timezone.now
    story = _StoryClock(wall=wall)

    def story_now() -> dt.datetime:
        current = _story.get()
        return current.now() if current is not None else wall()

    token = _story.set(story)
    timezone.now = story_now
    try:
        yield
    finally:
        timezone.now = wall
        _story.reset(token)


@contextmanager
def story_moment(moment: dt.datetime) -> Iterator[None]:
    """Run the block at ``moment`` of the demo's story (inside :func:`story_clock`)."""
    story = _story.get()
    if story is None:
        raise StoryClockRefused("A story moment is set only inside the demo's story clock.")
    if timezone.is_naive(moment):
        raise ValueError("A story moment needs its time zone.")
    before = story.moment
    # In UTC, as Django's own now(); a step of this very day may lie ahead: not past now.
    story.moment = min(moment.astimezone(dt.UTC), story.wall())
    try:
        yield
    finally:
        story.moment = before
