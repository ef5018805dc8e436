from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router

from accord.accounts.models import User
from accord.projects.selectors import projects_visible_to
from accord.teams import selectors
from accord.teams.schemas import TeamOut

router = Router(tags=["Teams"])


def _person(user: User) -> dict:
    return {
        "id": user.pk,
        "name": user.printed_name,
        "organization": user.organization.name,
        "side": "cdmo" if user.is_cdmo_staff else "sponsor",
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
        "cdmo_team": [
            {**_person(m.user), "responsibility": m.responsibility} for m in team.cdmo_team
        ],
        "sponsor_team": [
            {**_person(m.user), "responsibility": m.responsibility} for m in team.sponsor_team
        ],
        "steering_committee": [{**_person(s.user), "role": s.role} for s in team.steering],
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
            }
            for ladder in team.tree
        ],
    }
