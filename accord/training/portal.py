"""What a sponsor's people see of training: where their quality agreement in force says
so, whether each member of the CDMO team on their project is qualified — every training
requirement of the job roles the member holds is current today — and nothing else: no
requirement, no date, no record.

The status is judged on the members' job roles' curricula, not on the tasks they are
assigned (those are checked by the qualification gate when they are assigned)."""

from __future__ import annotations

from dataclasses import dataclass

from accord.core import clock
from accord.projects.models import Project
from accord.projects.selectors import project_team
from accord.quality.selectors import agreement_in_force
from accord.training.models import Requirement
from accord.training.status import cells, required_pairs

QUALIFIED, NOT_QUALIFIED, NO_ROLE = "Qualified", "Not qualified", "No job role on record"


@dataclass(frozen=True)
class TeamMember:
    name: str
    role: str
    status: str

    @property
    def tone(self) -> str:
        return {QUALIFIED: "success", NOT_QUALIFIED: "danger"}.get(self.status, "secondary")


def team_qualification(user, project: Project) -> list[TeamMember] | None:
    """The CDMO team's status for ``user``, a sponsor's person who may see ``project``;
    None when the quality agreement in force does not share it (or for anyone else)."""
    if not (user.is_authenticated and user.is_sponsor_user):
        return None
    if project.sponsor_id != user.organization_id:
        return None
    today = clock.today()
    agreement = agreement_in_force(user.organization, today)
    if agreement is None or not agreement.share_team_qualification:
        return None
    cdmo_team, _ = project_team(project)
    people = [m.user for m in cdmo_team if m.user.is_active]
    pairs = required_pairs([p.pk for p in people], today)
    requirements = list(Requirement.objects.filter(pk__in={r for _, r in pairs}))
    found = cells(people, requirements, today)
    members = []
    for membership in cdmo_team:
        person = membership.user
        if not person.is_active:
            continue
        mine = [r for p, r in pairs if p == person.pk]
        if not mine:
            status = NO_ROLE
        elif all(found[(person.pk, r)].is_qualified for r in mine):
            status = QUALIFIED
        else:
            status = NOT_QUALIFIED
        members.append(TeamMember(person.printed_name, membership.get_role_display(), status))
    return members
