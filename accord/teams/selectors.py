"""Reads of team data that depend on who is asking.

Everything hangs off a project: a user sees a project's deliverables, RACI, steering
committee and communication tree exactly when they see the project (and hold the view
permission); another sponsor's rows are simply not there.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from accord.projects.models import Project, ProjectMembership
from accord.projects.selectors import project_team, projects_visible_to
from accord.teams.models import (
    Deliverable,
    EscalationContact,
    Matter,
    RaciAssignment,
    SteeringMember,
)


def _allowed(user, permission: str) -> bool:
    return bool(user and user.is_authenticated and user.is_active and user.has_perm(permission))


def deliverables_visible_to(user) -> QuerySet[Deliverable]:
    deliverables = Deliverable.objects.select_related("project__sponsor")
    if not _allowed(user, "teams.view_deliverable"):
        return deliverables.none()
    return deliverables.filter(project__in=projects_visible_to(user))


def raci_visible_to(user) -> QuerySet[RaciAssignment]:
    assignments = RaciAssignment.objects.select_related("deliverable__project", "user")
    if not _allowed(user, "teams.view_raciassignment"):
        return assignments.none()
    return assignments.filter(deliverable__project__in=projects_visible_to(user))


def steering_visible_to(user) -> QuerySet[SteeringMember]:
    members = SteeringMember.objects.select_related("project", "user__organization")
    if not _allowed(user, "teams.view_steeringmember"):
        return members.none()
    return members.filter(project__in=projects_visible_to(user))


def escalation_visible_to(user) -> QuerySet[EscalationContact]:
    contacts = EscalationContact.objects.select_related(
        "project", "cdmo_contact", "sponsor_contact"
    )
    if not _allowed(user, "teams.view_escalationcontact"):
        return contacts.none()
    return contacts.filter(project__in=projects_visible_to(user))


@dataclass(frozen=True)
class RaciRow:
    deliverable: Deliverable
    cells: list[str]  # one letter (or "") per person of ``TeamOverview.people``


@dataclass(frozen=True)
class MatterLadder:
    matter: str
    label: str
    levels: list[EscalationContact]


@dataclass(frozen=True)
class TeamOverview:
    project: Project
    cdmo_team: list[ProjectMembership]
    sponsor_team: list[ProjectMembership]
    steering: list[SteeringMember]
    people: list[ProjectMembership]  # the RACI columns: CDMO first, then the sponsor
    raci_rows: list[RaciRow]
    tree: list[MatterLadder]


def team_overview(project: Project) -> TeamOverview:
    """Everything the Team page and the API show, in a handful of queries.

    The caller has already loaded ``project`` through ``projects_visible_to``.
    """
    cdmo_team, sponsor_team = project_team(project)
    people = [*cdmo_team, *sponsor_team]
    deliverables = list(Deliverable.objects.filter(project=project).prefetch_related("raci__user"))
    rows = []
    for deliverable in deliverables:
        letters = {a.user_id: a.role for a in deliverable.raci.all()}
        rows.append(RaciRow(deliverable, [letters.get(m.user_id, "") for m in people]))
    contacts = list(
        EscalationContact.objects.filter(project=project).select_related(
            "cdmo_contact__organization", "sponsor_contact__organization"
        )
    )
    tree = [
        MatterLadder(value, label, [c for c in contacts if c.matter == value])
        for value, label in Matter.choices
    ]
    steering = list(
        SteeringMember.objects.filter(project=project).select_related("user__organization")
    )
    return TeamOverview(project, cdmo_team, sponsor_team, steering, people, rows, tree)
