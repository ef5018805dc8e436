from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Router, Status

from accord.accounts.models import User
from accord.accounts.selectors import users_visible_to
from accord.core.concurrency import expected_version, set_etag
from accord.core.errors import field_errors
from accord.projects import staffing
from accord.projects.models import ProjectMembership, ProjectRole
from accord.projects.selectors import projects_visible_to
from accord.teams import selectors
from accord.teams.schemas import (
    MemberIn,
    MemberOut,
    MemberRemoveIn,
    MemberRoleIn,
    ProjectRoleOut,
    TeamOut,
)
from accord.teams.services import structure

router = Router(tags=["Teams"])


def _person(user: User) -> dict:
    return {
        "id": user.pk,
        "name": user.printed_name,
        "organization": user.organization.name,
        "side": "cdmo" if user.is_cdmo_staff else "sponsor",
    }


def _member(membership: ProjectMembership) -> dict:
    return {
        **_person(membership.user),
        "role": membership.role,
        "role_label": membership.get_role_display(),
        "responsibility": membership.responsibility,
        "version": membership.version,
    }


@router.get(
    "/projects/{project_id}/team",
    response=TeamOut,
    summary="A project's team, steering committee, SOW deliverables with RACI, and "
    "communication tree",
)
def get_project_team(request: HttpRequest, project_id: int):
    project = get_object_or_404(projects_visible_to(request.user), pk=project_id)
    if not request.user.has_perm("teams.view_deliverable"):
        raise PermissionDenied("Your roles do not allow you to see the project team.")
    team = selectors.team_overview(project)
    return {
        "project_id": project.pk,
        "project_code": project.code,
        "cdmo_team": [_member(m) for m in team.cdmo_team],
        "sponsor_team": [_member(m) for m in team.sponsor_team],
        "steering_committee": [{**_person(s.user), "role": s.role} for s in team.steering],
        "steering_token": structure.steering_token(project),
        "deliverables": [
            {
                "id": row.deliverable.pk,
                "reference": row.deliverable.reference,
                "title": row.deliverable.title,
                "description": row.deliverable.description,
                "department": row.deliverable.department,
                "department_label": row.deliverable.get_department_display(),
                "due_date": row.deliverable.due_date,
                "raci": [
                    {"user_id": a.user_id, "name": a.user.printed_name, "role": a.role}
                    for a in row.deliverable.raci.all()
                ],
                "version": row.deliverable.version,
                "raci_token": structure.raci_token(row.deliverable),
            }
            for row in team.raci_rows
        ],
        "communication_tree": [
            {
                "matter": ladder.matter,
                "label": ladder.label,
                "levels": [
                    {
                        "level": c.level,
                        "cdmo_contact": _person(c.cdmo_contact),
                        "sponsor_contact": _person(c.sponsor_contact)
                        if c.sponsor_contact
                        else None,
                        "response_hours": c.response_hours,
                    }
                    for c in ladder.levels
                ],
                "token": structure.escalation_token(project, ladder.matter),
            }
            for ladder in team.tree
        ],
    }


# --------------------------------------------------------------------------- staffing


@router.get("/project-roles", response=list[ProjectRoleOut], summary="The roles of a project team")
def list_project_roles(request: HttpRequest):
    return [
        {"value": value, "label": label, "side": side}
        for side, sponsor in (("cdmo", False), ("sponsor", True))
        for value, label in ProjectRole.for_side(sponsor=sponsor)
    ]


@router.get(
    "/projects/{project_id}/team/members",
    response=list[MemberOut],
    summary="A project's team members, CDMO side first, with their project roles",
)
def list_team_members(request: HttpRequest, project_id: int):
    project = get_object_or_404(projects_visible_to(request.user), pk=project_id)
    if not request.user.has_perm("teams.view_deliverable"):
        raise PermissionDenied("Your roles do not allow you to see the project team.")
    cdmo, sponsor = selectors.project_team(project)
    return [_member(m) for m in [*cdmo, *sponsor]]


def _staffed_project(request: HttpRequest, project_id: int):
    # Sponsor users are refused before any lookup: the answer says nothing about ids.
    if not request.user.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff change a project's team.")
    project = get_object_or_404(projects_visible_to(request.user), pk=project_id)
    staffing.staffing_authorize(actor=request.user, project=project)
    return project


def _renamed(exc: ValidationError, names: dict[str, str]) -> ValidationError:
    """The service names model fields; the API names its own (``user`` is ``user_id``)."""
    return ValidationError(
        {names.get(field, field): messages for field, messages in field_errors(exc).items()}
    )


def _person_by_id(request: HttpRequest, user_id: int | None, field: str) -> User | None:
    if user_id is None:
        return None
    person = users_visible_to(request.user).filter(pk=user_id).first()
    if person is None:
        raise ValidationError({field: ["No person with this id."]})
    return person


@router.post(
    "/projects/{project_id}/team/members",
    response={201: MemberOut},
    summary="Add a person to the team (the project's managers and administrators)",
)
def add_team_member(request: HttpRequest, project_id: int, payload: MemberIn):
    project = _staffed_project(request, project_id)
    user = _person_by_id(request, payload.user_id, "user_id")
    try:
        membership = staffing.member_add(
            actor=request.user,
            project=project,
            user=user,
            role=payload.role,
            responsibility=payload.responsibility,
            reason=payload.reason,
        )
    except ValidationError as exc:
        raise _renamed(exc, {"user": "user_id"}) from None
    return Status(201, _member(membership))


def _membership(project, user_id: int) -> ProjectMembership:
    return get_object_or_404(
        project.memberships.select_related("user__organization"), user_id=user_id
    )


@router.patch(
    "/projects/{project_id}/team/members/{user_id}",
    response=MemberOut,
    summary="Change a member's project role",
)
def change_team_member(
    request: HttpRequest,
    response: HttpResponse,
    project_id: int,
    user_id: int,
    payload: MemberRoleIn,
):
    project = _staffed_project(request, project_id)
    membership = staffing.member_change_role(
        actor=request.user,
        membership=_membership(project, user_id),
        role=payload.role,
        responsibility=payload.responsibility,
        reason=payload.reason,
        version=expected_version(request, payload.version),
    )
    set_etag(response, membership)
    return _member(membership)


@router.delete(
    "/projects/{project_id}/team/members/{user_id}",
    response={204: None},
    summary="Take a person off the team, handing their team duties to a successor",
)
def remove_team_member(
    request: HttpRequest, project_id: int, user_id: int, payload: MemberRemoveIn
):
    project = _staffed_project(request, project_id)
    membership = _membership(project, user_id)
    successor = _person_by_id(request, payload.successor_id, "successor_id")
    try:
        staffing.member_remove(
            actor=request.user, membership=membership, successor=successor, reason=payload.reason
        )
    except ValidationError as exc:
        raise _renamed(exc, {"successor": "successor_id"}) from None
    return Status(204, None)
