"""The demo risk registers: what could still go wrong on the active demo projects.

Categories and scores are spread so that each heat map has a shape, about half of the
risks are shared with the sponsor, and a few are past their review date as of
the reference date, so that "My work" has something to chase. Each risk enters the
register on its day of the story (the project's risk workshop) and moves to mitigation
or closure later.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from accord.accounts.models import User
from accord.demo.data import reference_date
from accord.demo.projects import PROJECTS
from accord.demo.risk_data import RISKS, RiskSpec
from accord.demo.schedules import Tally, created_on
from accord.demo.story import Story, at, day, site_zone, tell, weekday
from accord.planning.models import Task
from accord.projects.models import Project
from accord.risks.models import Risk
from accord.risks.services import risk_close, risk_create, risk_update

PROJECT_SPECS = {spec.code: spec for spec in PROJECTS}


def _project_manager(project: Project, users: dict[str, User]) -> User | None:
    """The first person of the demo team who may keep the register: the project manager."""
    spec = next((p for p in PROJECTS if p.code == project.code), None)
    team = spec.team if spec else ()
    return next(
        (
            users[username]
            for username, _ in team
            if username in users and users[username].has_perm("risks.add_risk")
        ),
        None,
    )


def identified_on(spec: RiskSpec) -> dt.date:
    """The day the risk entered the register: at the risk workshop a few days after the
    project's start, or earlier when its first review falls sooner (a planned project's
    register is drawn up before it starts)."""
    project = PROJECT_SPECS[spec.project]
    workshop = project.start_date + dt.timedelta(days=4)
    first_review = reference_date() + dt.timedelta(days=spec.review)
    earliest = weekday(created_on(project) + dt.timedelta(days=1))
    return max(
        weekday(min(workshop, first_review - dt.timedelta(days=28), day(-3)), back=True),
        earliest,
    )


def risk_story(
    spec: RiskSpec, *, users: dict[str, User], projects: dict[str, Project], log, counts: Tally
) -> Story:
    zone = site_zone(PROJECT_SPECS[spec.project].site)
    identified = identified_on(spec)
    yield at(identified, "11:00", key=spec.title, zone=zone)
    project = projects.get(spec.project)
    if project is None:
        return
    if Risk.objects.filter(project=project, title=spec.title).exists():
        counts.add("risks", False)
        return
    manager = _project_manager(project, users)
    owner = users.get(spec.owner)
    if manager is None or owner is None:
        log(f"  ! no project manager or owner on {project.code}; {spec.title!r} skipped")
        return
    risk = risk_create(
        actor=manager,
        project=project,
        title=spec.title,
        category=spec.category,
        cause=spec.cause,
        effect=spec.effect,
        likelihood=spec.likelihood,
        impact=spec.impact,
        owner=owner,
        next_review_date=reference_date() + dt.timedelta(days=spec.review),
        mitigation_plan=spec.mitigation,
        contingency_plan=spec.contingency,
        contingency_trigger=spec.trigger,
        affected_tasks=Task.objects.filter(project=project, name__in=spec.tasks),
        shared_with_sponsor=spec.shared,
    )
    counts.add("risks", True)
    shared = "shared" if spec.shared else "internal"
    log(f"  + {project.code} risk {risk.number}: {risk.title} ({shared}, {spec.status})")
    if spec.status == Risk.Status.OPEN:
        return
    # Mitigation starts, or the risk is closed, halfway to the reference date.
    halfway = identified + (reference_date() - identified) / 2
    yield at(max(weekday(halfway, back=True), identified), "14:30", key=spec.title, zone=zone)
    if spec.status == Risk.Status.CLOSED:
        risk_close(actor=manager, risk=risk, reason=spec.closed_because)
    else:
        risk_update(actor=manager, risk=risk, status=spec.status)


def risk_stories(
    *, users: dict[str, User], projects: dict[str, Project], log, counts: Tally
) -> list[Story]:
    return [
        risk_story(spec, users=users, projects=projects, log=log, counts=counts) for spec in RISKS
    ]


def demo_risks(
    *, users: dict[str, User], projects: dict[str, Project], log: Callable[[str], None]
) -> tuple[int, int]:
    """Create the demo risks that are missing; returns (created, already present)."""
    counts = Tally()
    tell(risk_stories(users=users, projects=projects, log=log, counts=counts))
    return counts.get("risks", (0, 0))
