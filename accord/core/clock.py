"""The business date: the calendar day a service records ("sent on", "received on", the
year in a number), as opposed to the moment an audit event or a signature happens.

Services ask :func:`today` instead of the wall clock. Normally the two agree; a data load
such as the demo may set an earlier business date for a block of work with
:func:`business_date`, so that past events are recorded on their own day. Audit events
and signatures always take the real time, so the trail still says when the record was
really written. A business date after the real one is refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.utils import timezone

_business_date: ContextVar[dt.date | None] = ContextVar("accord_business_date", default=None)


def today() -> dt.date:
    """The business date: the one set by :func:`business_date`, else the local date."""
    return _business_date.get() or timezone.localdate()


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
