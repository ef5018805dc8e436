"""The demo team structure: SOW deliverables with their RACI, a steering committee and a
full communication tree for each active demo project.

People are drawn from each project's own team by what they do there (QA lead,
manufacturing lead ...), falling back to the project manager, so every RACI row has one
Accountable and a Responsible, and every ladder answers faster as it climbs. Everything
goes through the team services with the project manager as the actor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from accord.accounts.models import User
from accord.demo.data import ProjectSpec, reference_date
from accord.demo.projects import PROJECTS
from accord.demo.schedules import created_on
from accord.demo.story import Story, Tally, at, site_zone, tell, weekday
from accord.projects.models import Project, ProjectMembership
from accord.teams.models import Deliverable, Department, EscalationContact, Matter, SteeringMember
from accord.teams.services import (
    EscalationLevel,
    deliverable_create,
    escalation_set,
    raci_set,
    steering_set,
)

_D = Department

# (title, department, description, due in days from the reference date, lead keywords)
DELIVERABLES: tuple[tuple[str, str, str, int, tuple[str, ...]], ...] = (
    (
        "Technology transfer report",
        _D.PROCESS_DEVELOPMENT,
        "Process description, criticality assessment and gap list closed with the sponsor.",
        30,
        ("process", "upstream", "downstream", "conjugation", "formulation"),
    ),
    (
        "Analytical method transfer and qualification report",
        _D.ANALYTICAL_DEVELOPMENT,
        "Release and in-process methods transferred, with comparative results.",
        60,
        ("analytical", "qc"),
    ),
    (
        "Engineering batch and batch record",
        _D.MANUFACTURING,
        "One engineering run at scale; the master batch record approved for GMP.",
        100,
        ("manufacturing", "production", "fill-finish", "upstream"),
    ),
    (
        "GMP batch with certificate of analysis and QP certification",
        _D.QUALITY_ASSURANCE,
        "Executed batch record reviewed, deviations closed, batch certified.",
        160,
        ("qa",),
    ),
    (
        "Stability protocol and three-month data",
        _D.QUALITY_CONTROL,
        "ICH stability of the GMP batch: protocol, pull schedule and first results.",
        250,
        ("qc", "analytical"),
    ),
)

# Hours per level, level 1 first; never slower as the matter climbs.
LADDERS: dict[str, tuple[tuple[tuple[str, ...], int], ...]] = {
    Matter.TECHNICAL_QUESTION: ((("process", "analytical"), 48), (("project manager",), 24)),
    Matter.BATCH_FAILURE: (
        (("manufacturing", "production", "fill-finish"), 4),
        (("project manager",), 2),
        (("qa",), 2),
    ),
    Matter.SCHEDULE_SLIP: ((("project manager",), 24), (("manufacturing", "qa"), 8)),
    # 24 h is the notification time of the quality agreements.
    Matter.QUALITY_EVENT: (
        (("qa",), 24),
        (("project manager",), 8),
        (("qa lead and qp", "regulatory"), 4),
    ),
    Matter.COMMERCIAL: ((("project manager",), 72), (("supply", "regulatory", "qa"), 48)),
}


def _pick(members: list[ProjectMembership], keywords: tuple[str, ...]) -> User | None:
    for keyword in keywords:
        for membership in members:
            if keyword in membership.responsibility.lower():
                return membership.user
    return None


def _manager(cdmo: list[ProjectMembership]) -> User | None:
    return next(
        (m.user for m in cdmo if m.user.has_perm("projects.change_project")),
        None,
    )


def _raci(
    cdmo: list[ProjectMembership], sponsor: list[ProjectMembership], pm: User, leads: tuple
) -> dict[int, str]:
    lead = _pick(cdmo, leads) or pm
    letters = {lead.pk: "A"}
    responsible = pm if lead != pm else next((m.user for m in cdmo if m.user != pm), None)
    if responsible is None:
        # A one-person CDMO team: the sponsor's lead does the sponsor's part of the work.
        return letters | {m.user.pk: "R" for m in sponsor[:1]}
    letters[responsible.pk] = "R"
    qa = _pick(cdmo, ("qa",))
    if qa is not None and qa.pk not in letters:
        letters[qa.pk] = "C"
    for index, membership in enumerate(sponsor):
        letters.setdefault(membership.user.pk, "C" if index == 0 else "I")
    return letters


def _sponsor_lead_first(sponsor: list[ProjectMembership]) -> list[ProjectMembership]:
    """The sponsor's project lead, then the others: who chairs and who takes escalations."""
    return sorted(sponsor, key=lambda m: "project lead" not in m.responsibility.lower())


def _steering(
    cdmo: list[ProjectMembership], sponsor: list[ProjectMembership], pm: User
) -> list[tuple[User, str]]:
    sponsor = _sponsor_lead_first(sponsor)
    seats: list[tuple[User, str]] = []
    if sponsor:
        seats.append((sponsor[0].user, "Chair (sponsor executive)"))
    seats.append((pm, "CDMO project lead" if sponsor else "Chair (CDMO project lead)"))
    qa = _pick(cdmo, ("qa",))
    if qa is not None and qa != pm:
        seats.append((qa, "Quality"))
    for membership in [*sponsor[1:2], *cdmo]:
        if len(seats) >= 4:
            break
        if membership.user not in {user for user, _ in seats}:
            seats.append((membership.user, membership.responsibility or "Member"))
    return seats


def _ladder(
    cdmo: list[ProjectMembership], sponsor: list[ProjectMembership], pm: User, matter: str
) -> list[EscalationLevel]:
    sponsor = _sponsor_lead_first(sponsor)
    levels: list[EscalationLevel] = []
    for number, (keywords, hours) in enumerate(LADDERS[matter], start=1):
        contact = _pick(cdmo, keywords) or pm
        if levels and contact == levels[-1].cdmo_contact:
            break  # nobody above on this team: the ladder ends here
        # The sponsor's working-level contact first, its project lead above.
        counterpart = (sponsor[-1] if number == 1 else sponsor[0]) if sponsor else None
        levels.append(
            EscalationLevel(
                cdmo_contact=contact,
                sponsor_contact=counterpart.user if counterpart else None,
                response_hours=hours,
            )
        )
    return levels


def team_story(
    spec: ProjectSpec, *, users: dict[str, User], projects: dict[str, Project], log, counts: Tally
) -> Story:
    """The statement of work's deliverables, the steering committee and the communication
    tree, set up by the project manager two working days after the project."""
    yield at(
        weekday(created_on(spec) + dt.timedelta(days=2)),
        "14:00",
        key=spec.code,
        zone=site_zone(spec.site),
    )
    project = projects.get(spec.code)
    if project is None or project.status != Project.Status.ACTIVE:
        return
    created, existing = _team(project, log)
    for _ in range(created):
        counts.add("team parts", True)
    for _ in range(existing):
        counts.add("team parts", False)


def team_stories(
    *, users: dict[str, User], projects: dict[str, Project], log, counts: Tally
) -> list[Story]:
    return [
        team_story(spec, users=users, projects=projects, log=log, counts=counts)
        for spec in PROJECTS
    ]


def demo_teams(
    *, users: dict[str, User], projects: dict[str, Project], log: Callable[[str], None]
) -> tuple[int, int]:
    """Give each active demo project what it lacks; returns (parts created, parts present).

    A part is a deliverable with its RACI, a steering committee, or one matter's ladder.
    """
    counts = Tally()
    tell(team_stories(users=users, projects=projects, log=log, counts=counts))
    return counts.get("team parts", (0, 0))


def _team(project: Project, log: Callable[[str], None]) -> tuple[int, int]:
    created = existing = 0
    memberships = list(project.memberships.select_related("user__organization"))
    cdmo = [m for m in memberships if m.user.is_cdmo_staff]
    sponsor = [m for m in memberships if m.user.is_sponsor_user]
    pm = _manager(cdmo)
    if pm is None:
        log(f"  ! no one on {project.code} may change the project; team skipped")
        return created, existing
    count = 3 + sum(map(ord, project.code)) % 3  # 3 to 5, stable for a project
    for title, department, description, due, leads in DELIVERABLES[:count]:
        if Deliverable.objects.filter(project=project, title=title).exists():
            existing += 1
            continue
        deliverable = deliverable_create(
            actor=pm,
            project=project,
            title=title,
            department=department,
            description=description,
            due_date=reference_date() + dt.timedelta(days=due),
        )
        raci_set(actor=pm, deliverable=deliverable, assignments=_raci(cdmo, sponsor, pm, leads))
        created += 1
        log(f"  + {project.code} deliverable {deliverable.reference}: {title}")
    if SteeringMember.objects.filter(project=project).exists():
        existing += 1
    else:
        steering_set(actor=pm, project=project, members=_steering(cdmo, sponsor, pm))
        created += 1
        log(f"  + {project.code} steering committee")
    for matter in LADDERS:
        if EscalationContact.objects.filter(project=project, matter=matter).exists():
            existing += 1
            continue
        escalation_set(
            actor=pm, project=project, matter=matter, levels=_ladder(cdmo, sponsor, pm, matter)
        )
        created += 1
        log(f"  + {project.code} communication tree: {Matter(matter).label.lower()}")
    return created, existing
