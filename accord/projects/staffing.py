"""Staffing a project: who is on its team, in which project role, and who may change it.

The CDMO side holds CDMO staff in CDMO roles (project manager, QA lead ...); the
sponsor's mirror team holds people of the project's own sponsor in sponsor roles. A
sponsor contact sees a project exactly while on its team (``projects_visible_to``).

Who staffs: the project's own project managers (``projects.staff_project`` and a
project manager membership) and administrators (``projects.staff_any_project``).

Two roles cannot fall vacant once filled: the last project manager and the last QA lead
are neither removed nor given another role until someone else holds the role.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import QuerySet

from accord.accounts.models import User
from accord.accounts.roles import SPONSOR_CONTACT, SPONSOR_MANAGER
from accord.accounts.selectors import users_search
from accord.audit.services import audit_record, created, type_label
from accord.core import concurrency
from accord.notifications.services import notify
from accord.projects.models import Project, ProjectMembership, ProjectRole

# Roles a project keeps once it has them, and why (said in the refusal).
KEPT_ROLES: dict[str, tuple[str, str]] = {
    ProjectRole.PROJECT_MANAGER: ("project manager", "who runs the plan and the team"),
    ProjectRole.QA_LEAD: ("QA lead", "for independent GMP oversight"),
}

# Words of a free-text responsibility and the role they mean (CDMO side, sponsor side).
_ROLE_WORDS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("project manager", "project lead"), "project_manager", "sponsor_project_lead"),
    (("qa", "quality"), "qa_lead", "sponsor_qa"),
    (("process chemistry",), "process_chemistry_lead", "sponsor_cmc_lead"),
    (("analytical",), "analytical_lead", "sponsor_cmc_lead"),
    (("qc",), "qc_lead", "sponsor_qa"),
    (("upstream",), "upstream_lead", "sponsor_technology_lead"),
    (("downstream",), "downstream_lead", "sponsor_technology_lead"),
    (("conjugation",), "conjugation_lead", "sponsor_technology_lead"),
    (("fill-finish", "fill finish"), "fill_finish_lead", "sponsor_supply_lead"),
    (("manufacturing", "production"), "manufacturing_lead", "sponsor_supply_lead"),
    (("process safety",), "process_safety", "sponsor_cmc_lead"),
    (("regulatory",), "regulatory_cmc", "sponsor_cmc_lead"),
    (("supply",), "supply_chain", "sponsor_supply_lead"),
    (("consultant",), "team_member", "sponsor_cmc_consultant"),
    (("technology",), "team_member", "sponsor_technology_lead"),
    (("cmc",), "regulatory_cmc", "sponsor_cmc_lead"),
)


def role_for_responsibility(responsibility: str, *, sponsor: bool) -> str:
    """The project role a free-text responsibility ("QA lead and QP") describes."""
    text = responsibility.lower()
    for words, cdmo_role, sponsor_role in _ROLE_WORDS:
        if any(word in text for word in words):
            return sponsor_role if sponsor else cdmo_role
    return ProjectRole.SPONSOR_TEAM_MEMBER if sponsor else ProjectRole.TEAM_MEMBER


def staffing_allowed(actor: User | None, project: Project) -> bool:
    """Whether ``actor`` may add, re-role and remove people on ``project``'s team."""
    if not (actor and actor.is_authenticated and actor.is_active and actor.is_cdmo_staff):
        return False
    if actor.has_perm("projects.staff_any_project"):
        return True
    return (
        actor.has_perm("projects.staff_project")
        and project.memberships.filter(user=actor, role=ProjectRole.PROJECT_MANAGER).exists()
    )


def staffing_authorize(*, actor: User, project: Project) -> None:
    if actor is not None and actor.is_authenticated and actor.is_sponsor_user:
        raise PermissionDenied("Only CDMO staff change a project's team.")
    if not staffing_allowed(actor, project):
        raise PermissionDenied(
            f"Only the project managers of {project.code} and administrators change its team."
        )


def staffing_candidates(project: Project, *, sponsor_side: bool, query: str = "") -> QuerySet:
    """People who may join ``project``'s team on one side and are not on it yet."""
    people = User.objects.filter(is_active=True).select_related("organization", "site")
    if sponsor_side:
        people = people.filter(
            organization_id=project.sponsor_id, roles__code__in=(SPONSOR_CONTACT, SPONSOR_MANAGER)
        )
    else:
        people = people.filter(organization__kind="cdmo")
    people = people.exclude(memberships__project=project)
    return users_search(people, query.strip()).distinct().order_by("last_name", "first_name")


def _check_fit(project: Project, user: User, role: str) -> None:
    """The person may sit on this project's team, on the side the role belongs to."""
    if role not in ProjectRole.values:
        raise ValidationError({"role": ["Choose a project role from the list."]})
    sponsor_role = role.startswith("sponsor_")
    if not user.is_active:
        raise ValidationError({"user": [f"{user.printed_name}'s account is deactivated."]})
    if user.is_sponsor_user:
        if user.organization_id != project.sponsor_id:
            raise ValidationError(
                {"user": [f"Only people of {project.sponsor.name} join its mirror team."]}
            )
        if not (user.has_role(SPONSOR_CONTACT) or user.has_role(SPONSOR_MANAGER)):
            raise ValidationError(
                {"user": [f"{user.printed_name} has no sponsor role that can see projects."]}
            )
        if not sponsor_role:
            raise ValidationError({"role": ["Choose a role of the sponsor's mirror team."]})
    elif sponsor_role:
        raise ValidationError({"role": ["Choose a CDMO role for a CDMO colleague."]})


def _check_kept_role(membership: ProjectMembership, *, what: str, field: str) -> None:
    """Refuse to leave a kept role vacant (the last project manager or QA lead)."""
    kept = KEPT_ROLES.get(membership.role)
    if kept is None:
        return
    noun, purpose = kept
    others = (
        ProjectMembership.objects.filter(project_id=membership.project_id, role=membership.role)
        .exclude(pk=membership.pk)
        .exists()
    )
    if not others:
        raise ValidationError(
            {
                field: [
                    f"{membership.project.code} must keep a {noun} ({purpose}): make "
                    f"someone else {noun} before {what} {membership.user.printed_name}."
                ]
            }
        )


def _state(membership: ProjectMembership) -> dict[str, object]:
    return {
        "user": membership.user.printed_name,
        "side": "Sponsor's mirror team" if membership.is_sponsor_side else "CDMO team",
        "role": membership.get_role_display(),
        "responsibility": membership.responsibility,
    }


@transaction.atomic
def member_add(
    *,
    actor: User | None,
    project: Project,
    user: User,
    role: str,
    responsibility: str = "",
    reason: str = "",
) -> ProjectMembership:
    """Put ``user`` on ``project``'s team in ``role``. ``actor=None`` only for the demo."""
    if actor is not None:
        staffing_authorize(actor=actor, project=project)
    project = Project.objects.select_for_update().select_related("sponsor").get(pk=project.pk)
    _check_fit(project, user, role)
    existing = ProjectMembership.objects.filter(project=project, user=user).first()
    if existing is not None:
        raise ValidationError(
            {
                "user": [
                    f"{user.printed_name} is already on the team ({existing.get_role_display()})."
                ]
            }
        )
    membership = ProjectMembership(
        project=project, user=user, role=role, responsibility=responsibility.strip()
    )
    membership.full_clean(exclude=["project", "user"])
    membership.save()
    audit_record(
        actor=actor,
        action="projects.membership.added",
        target=membership,
        parent=project,
        changes=created(_state(membership)),
        reason=reason,
    )
    if actor is not None:  # the demo tells its teams without a message to each member
        notify("projects.membership.added", membership, actor=actor)
    return membership


@transaction.atomic
def member_change_role(
    *,
    actor: User,
    membership: ProjectMembership,
    role: str,
    responsibility: str | None = None,
    reason: str = "",
    version: int | None = None,
) -> ProjectMembership:
    """Give a team member another project role (and, if given, another responsibility).

    ``version`` is the membership's version the editor read: a change saved by someone
    else since is refused (``StaleEdit``), never overwritten."""
    staffing_authorize(actor=actor, project=membership.project)
    # The project row serializes staffing changes: two managers cannot each remove the
    # other "because there is another one".
    Project.objects.select_for_update().filter(pk=membership.project_id).get()
    membership = (
        ProjectMembership.objects.select_for_update(of=("self",))
        .select_related("project__sponsor", "user__organization")
        .get(pk=membership.pk)
    )
    concurrency.check(membership, version, what="team membership")
    _check_fit(membership.project, membership.user, role)
    before = _state(membership)
    if role != membership.role:
        _check_kept_role(membership, what="changing the role of", field="role")
    membership.role = role
    if responsibility is not None:
        membership.responsibility = responsibility.strip()
    membership.full_clean(exclude=["project", "user"])
    after = _state(membership)
    changes = {k: [before[k], after[k]] for k in before if before[k] != after[k]}
    if not changes:
        return membership
    concurrency.bump(membership)
    membership.save(update_fields=["role", "responsibility", "version"])
    audit_record(
        actor=actor,
        action="projects.membership.role_changed",
        target=membership,
        parent=membership.project,
        changes=changes,
        reason=reason,
    )
    return membership


@transaction.atomic
def member_remove(
    *,
    actor: User,
    membership: ProjectMembership,
    reason: str,
    successor: User | None = None,
) -> None:
    """Take a person off the team, handing their RACI letters, steering seat and rungs
    of the communication tree to ``successor`` (see ``accord.teams.services.handover``).

    A sponsor contact stops seeing the project at once.
    """
    from accord.teams.services import duties_hand_over, duties_of

    staffing_authorize(actor=actor, project=membership.project)
    Project.objects.select_for_update().filter(pk=membership.project_id).get()
    membership = (
        ProjectMembership.objects.select_for_update(of=("self",))
        .select_related("project__sponsor", "user__organization")
        .get(pk=membership.pk)
    )
    project, person = membership.project, membership.user
    if not reason.strip():
        raise ValidationError({"reason": [f"Say why {person.printed_name} leaves the team."]})
    _check_kept_role(membership, what="removing", field="__all__")
    if successor is not None:
        theirs = ProjectMembership.objects.filter(project=project, user=successor).first()
        if theirs is None or successor.pk == person.pk:
            raise ValidationError({"successor": ["Choose someone else on the team."]})
        if theirs.is_sponsor_side != membership.is_sponsor_side:
            side = "sponsor's mirror team" if membership.is_sponsor_side else "CDMO team"
            raise ValidationError({"successor": [f"Choose a successor from the {side}."]})
    duties = duties_of(project, person)
    blockers = duties.blockers()
    if blockers:
        raise ValidationError({"__all__": blockers})
    if successor is None and duties.needs_successor():
        raise ValidationError(
            {
                "successor": [
                    "; ".join(duties.needs_successor()) + ": name a successor who takes this over."
                ]
            }
        )
    state = _state(membership)
    moved = duties_hand_over(
        actor=actor,
        duties=duties,
        successor=successor,
        reason=f"{person.printed_name} left the team: {reason.strip()}",
    )
    target_ref = (type_label(membership), str(membership.pk), str(membership)[:300])
    membership.delete()
    changes = {key: [value, None] for key, value in state.items()}
    if moved:
        changes["team_duties"] = [_moved_text(moved), _moved_to(successor)]
    audit_record(
        actor=actor,
        action="projects.membership.removed",
        target=None,
        target_ref=target_ref,
        parent=project,
        changes=changes,
        reason=reason,
    )


def _moved_text(moved: dict[str, list[str]]) -> str:
    parts = []
    if "raci" in moved:
        parts.append("RACI of " + ", ".join(moved["raci"]))
    if "steering" in moved:
        parts.append(f"steering seat ({moved['steering'][0]})")
    if "escalation" in moved:
        parts.append(", ".join(moved["escalation"]).lower() + " escalation")
    return "; ".join(parts)


def _moved_to(successor: User | None) -> str:
    if successor is None:
        return "ended with the membership"
    return f"handed over to {successor.printed_name}"
