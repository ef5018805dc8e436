"""What a scope means for figures read per project (a sponsor's projects, a site's, one
project, all of them) and per person (the people at a site, in a department, one
person; for a sponsor or a project, the CDMO people on its project teams)."""

from __future__ import annotations

from django.db.models import QuerySet
from django.urls import reverse

from accord.scorecards.variables import (
    COMPANY,
    DEPARTMENT,
    PERSON,
    PROJECT,
    SITE,
    SPONSOR,
    Scope,
)

PROJECT_SCOPES = frozenset({COMPANY, SPONSOR, PROJECT, SITE})
PEOPLE_SCOPES = frozenset({COMPANY, SPONSOR, PROJECT, SITE, DEPARTMENT, PERSON})


def projects_of(scope: Scope) -> QuerySet:
    from accord.projects.selectors import projects_in_scope

    if scope.kind == SPONSOR:
        return projects_in_scope(sponsor_id=int(scope.key))
    if scope.kind == PROJECT:
        return projects_in_scope(project_id=int(scope.key))
    if scope.kind == SITE:
        return projects_in_scope(site_id=int(scope.key))
    return projects_in_scope()


def people_of(scope: Scope, on) -> set[int] | None:
    """The ids of the people a scope's training figures count; None for everyone."""
    from accord.accounts.selectors import staff_in_scope
    from accord.projects.selectors import cdmo_members_of
    from accord.training.kpis import departments_of

    if scope.kind == COMPANY:
        return None
    if scope.kind in (SPONSOR, PROJECT):
        return cdmo_members_of(projects_of(scope))
    if scope.kind == SITE:
        return staff_in_scope(site_id=int(scope.key))
    if scope.kind == PERSON:
        return {int(scope.key)}
    from accord.teams.models import Department

    wanted = Department(scope.key).label
    return {person for person, label in departments_of(on).items() if label == wanted}


def url(name: str, *args) -> str:
    return reverse(name, args=args)


def percent(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None
