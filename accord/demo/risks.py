"""The demo risk registers: what could still go wrong on the active demo projects.

Categories and scores are spread so that each heat map has a shape, about half of the
risks are shared with the sponsor, and a few are past their review date as of
the reference date, so that "My work" has something to chase.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from accord.accounts.models import User
from accord.demo.data import reference_date
from accord.demo.projects import PROJECTS
from accord.demo.risk_data import RISKS
from accord.planning.models import Task
from accord.projects.models import Project
from accord.risks.models import Risk
from accord.risks.services import risk_close, risk_create, risk_update


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


def demo_risks(
    *, users: dict[str, User], projects: dict[str, Project], log: Callable[[str], None]
) -> tuple[int, int]:
    """Create the demo risks that are missing; returns (created, already present)."""
    created = existing = 0
    for spec in RISKS:
        project = projects.get(spec.project)
        if project is None:
            continue
        if Risk.objects.filter(project=project, title=spec.title).exists():
            existing += 1
            continue
        manager = _project_manager(project, users)
        owner = users.get(spec.owner)
        if manager is None or owner is None:
            log(f"  ! no project manager or owner on {project.code}; {spec.title!r} skipped")
            continue
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
        if spec.status == Risk.Status.CLOSED:
            risk_close(actor=manager, risk=risk, reason=spec.closed_because)
        elif spec.status != Risk.Status.OPEN:
            risk_update(actor=manager, risk=risk, status=spec.status)
        created += 1
        shared = "shared" if spec.shared else "internal"
        log(f"  + {project.code} risk {risk.number}: {risk.title} ({shared}, {spec.status})")
    return created, existing
