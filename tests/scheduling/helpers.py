"""Small builders shared by the scheduling tests (no database, no Django models)."""

from __future__ import annotations

from datetime import date

from accord.scheduling import Activity, Calendar, Link, LinkType, Network

MONDAY = date(2026, 1, 5)  # a Monday; January 2026 has no holiday in these tests


def net(activities, links=(), **kwargs) -> Network:
    """A network from ``(id, duration)`` pairs or activities, starting on MONDAY."""
    acts = [a if isinstance(a, Activity) else Activity(a[0], a[0], a[1]) for a in activities]
    kwargs.setdefault("project_start", MONDAY)
    kwargs.setdefault("calendar", Calendar())
    return Network(acts, list(links), **kwargs)


def fs(pred: str, succ: str, lag: int = 0) -> Link:
    return Link(pred, succ, LinkType.FS, lag)


def d(text: str) -> date:
    return date.fromisoformat(text)
