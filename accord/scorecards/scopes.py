"""The scopes a template scores: naming one from its kind and key, and listing every
one of a kind that a period's freeze covers."""

from __future__ import annotations

from accord.core.input import query_pk
from accord.scorecards.variables import (
    COMPANY,
    DEPARTMENT,
    PERSON,
    PROJECT,
    SITE,
    SPONSOR,
    Period,
    Scope,
)


def scope_of(kind: str, key: str | int | None) -> Scope | None:
    """The scope of ``kind`` with ``key`` and its human label; None if there is none."""
    from accord.accounts.models import User
    from accord.accounts.selectors import cdmo_sites, sponsors_active, staff_in_scope
    from accord.projects.selectors import projects_in_scope
    from accord.teams.models import Department

    if kind == COMPANY:
        return Scope(COMPANY)
    if key in (None, ""):
        return None
    text = str(key)
    if kind == DEPARTMENT:
        return (
            Scope(DEPARTMENT, text, Department(text).label) if text in Department.values else None
        )
    pk = query_pk(text)
    if pk is None:
        return None
    if kind == SPONSOR:
        found = sponsors_active().filter(pk=pk).first()
        return Scope(SPONSOR, pk, found.name) if found else None
    if kind == SITE:
        found = cdmo_sites().filter(pk=pk).first()
        return Scope(SITE, pk, found.name) if found else None
    if kind == PROJECT:
        found = projects_in_scope(project_id=pk).first()
        return Scope(PROJECT, pk, f"{found.code} {found.title}") if found else None
    if kind == PERSON and pk in staff_in_scope():
        person = User.objects.get(pk=pk)
        return Scope(PERSON, pk, person.get_full_name() or person.username)
    return None


def scopes_for(kind: str, period: Period) -> list[Scope]:
    """Every scope of ``kind`` that a period's scorecards cover."""
    from accord.accounts.selectors import cdmo_sites, sponsors_active
    from accord.projects.selectors import projects_in_scope, projects_running
    from accord.teams.models import Department

    if kind == COMPANY:
        return [Scope(COMPANY)]
    running = projects_running(projects_in_scope(), period.start, period.end)
    if kind == SPONSOR:
        # Like a project, a sponsor is scored for a period in which work of ours for it
        # ran (the relationship survey asks the same sponsors): a quarter without any has
        # nothing of ours to score, and its card could never have a total.
        served = set(running.values_list("sponsor_id", flat=True))
        return [Scope(SPONSOR, s.pk, s.name) for s in sponsors_active() if s.pk in served]
    if kind == SITE:
        return [Scope(SITE, s.pk, s.name) for s in cdmo_sites()]
    if kind == PROJECT:
        return [Scope(PROJECT, p.pk, f"{p.code} {p.title}") for p in running.order_by("code")]
    if kind == DEPARTMENT:
        return [Scope(DEPARTMENT, value, label) for value, label in Department.choices]
    return [s for s in (scope_of(PERSON, pk) for pk in sorted(_staff())) if s is not None]


def _staff() -> set[int]:
    from accord.accounts.selectors import staff_in_scope

    return staff_in_scope()


def sponsor_id_of(scope: Scope) -> int | None:
    """The sponsor a scorecard of ``scope`` belongs to (sponsor and project scopes)."""
    from accord.projects.selectors import projects_in_scope

    if scope.kind == SPONSOR:
        return int(scope.key)
    if scope.kind == PROJECT:
        project = projects_in_scope(project_id=int(scope.key)).first()
        return project.sponsor_id if project else None
    return None
