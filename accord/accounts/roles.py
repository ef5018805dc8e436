"""The roles Accord ships with and their default per-action permissions.

Permissions are Django permissions: ``view``, ``add`` (create), ``change`` (edit) and the
custom ``approve_*`` ones. Administrators may change a role's permissions afterwards in
the Accord admin page; defaults are applied only when a role is first created.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.contrib.contenttypes.management import create_contenttypes
from django.db import DEFAULT_DB_ALIAS

BUSINESS_DEVELOPMENT = "business_development"
PROJECT_MANAGER = "project_manager"
SUBJECT_MATTER_EXPERT = "subject_matter_expert"
QUALITY_ASSURANCE = "quality_assurance"
OPERATIONS = "operations"
EXECUTIVE = "executive"
ADMINISTRATOR = "administrator"
SPONSOR_CONTACT = "sponsor_contact"
SPONSOR_MANAGER = "sponsor_manager"

_TEAMS_VIEW = (
    "teams.view_deliverable",
    "teams.view_raciassignment",
    "teams.view_steeringmember",
    "teams.view_escalationcontact",
)
_TEAMS_EDIT = tuple(
    f"teams.{action}_{model}"
    for model in ("deliverable", "raciassignment", "steeringmember", "escalationcontact")
    for action in ("add", "change")
)

_VIEW_ALL = [
    "accounts.view_organization",
    "accounts.view_site",
    "accounts.view_user",
    "projects.view_project",
    "projects.view_projectdocument",
    "risks.view_risk",
    *_TEAMS_VIEW,
]


@dataclass(frozen=True)
class RoleDefinition:
    code: str
    name: str
    audience: str
    description: str
    permissions: tuple[str, ...]
    grants_admin_site: bool = False


ROLE_DEFINITIONS: tuple[RoleDefinition, ...] = (
    RoleDefinition(
        BUSINESS_DEVELOPMENT,
        "Business development",
        "cdmo",
        "Owns sponsor relationships, RFPs and proposals.",
        (
            "changes.view_changeorder",
            *_VIEW_ALL,
            "accounts.add_organization",
            "accounts.change_organization",
            "delays.view_delay",
        ),
    ),
    RoleDefinition(
        PROJECT_MANAGER,
        "Project manager",
        "cdmo",
        "Runs sponsor projects: plan, team, risks, communication.",
        (
            "changes.view_changeorder",
            "changes.add_changeorder",
            "changes.change_changeorder",
            "changes.send_changeorder",
            *_VIEW_ALL,
            "projects.add_project",
            "projects.change_project",
            "projects.add_projectdocument",
            "projects.change_projectdocument",
            "risks.add_risk",
            "risks.change_risk",
            "delays.add_delay",
            "delays.change_delay",
            "delays.view_delay",
            *_TEAMS_EDIT,
        ),
    ),
    RoleDefinition(
        SUBJECT_MATTER_EXPERT,
        "Subject-matter expert",
        "cdmo",
        "Process, analytical, formulation or validation expert contributing to projects.",
        (
            "changes.view_changeorder",
            *_VIEW_ALL,
            "projects.add_projectdocument",
            "delays.view_delay",
        ),
    ),
    RoleDefinition(
        QUALITY_ASSURANCE,
        "Quality assurance",
        "cdmo",
        "Independent GMP oversight: reviews and approves quality records.",
        (
            "changes.view_changeorder",
            "changes.send_changeorder",
            *_VIEW_ALL,
            "audit.view_auditevent",
            "projects.approve_project",
            "projects.add_projectdocument",
            "projects.change_projectdocument",
            "projects.approve_projectdocument",
            "delays.view_delay",
        ),
    ),
    RoleDefinition(
        OPERATIONS,
        "Operations",
        "cdmo",
        "Manufacturing and QC operations at a site.",
        (
            "changes.view_changeorder",
            *_VIEW_ALL,
            "projects.add_projectdocument",
            "delays.view_delay",
        ),
    ),
    RoleDefinition(
        EXECUTIVE,
        "Executive",
        "cdmo",
        "Site heads and leadership: sees the whole portfolio.",
        (
            "changes.view_changeorder",
            *_VIEW_ALL,
            "audit.view_auditevent",
            "projects.approve_project",
            "delays.view_delay",
        ),
    ),
    RoleDefinition(
        ADMINISTRATOR,
        "Administrator",
        "cdmo",
        "Manages users, roles and organizations.",
        (
            *_VIEW_ALL,
            "audit.view_auditevent",
            "accounts.add_organization",
            "accounts.change_organization",
            "accounts.add_site",
            "accounts.change_site",
            "accounts.add_user",
            "accounts.change_user",
            "accounts.view_role",
            "accounts.change_role",
        ),
        grants_admin_site=True,
    ),
    RoleDefinition(
        SPONSOR_CONTACT,
        "Sponsor contact",
        "sponsor",
        "A sponsor's team member: sees the projects they are a member of.",
        (
            "changes.view_changeorder",
            "projects.view_project",
            "projects.view_projectdocument",
            "risks.view_risk",
            "delays.view_delay",
            *_TEAMS_VIEW,
        ),
    ),
    RoleDefinition(
        SPONSOR_MANAGER,
        "Sponsor manager",
        "sponsor",
        "Sees everything of their own company that is shared with the sponsor.",
        (
            "changes.view_changeorder",
            "changes.accept_changeorder",
            "projects.view_project",
            "projects.view_projectdocument",
            "risks.view_risk",
            "delays.view_delay",
            "accounts.view_user",
            *_TEAMS_VIEW,
        ),
    ),
)

STAFF_ROLE_CODES = frozenset(r.code for r in ROLE_DEFINITIONS if r.audience == "cdmo")
SPONSOR_ROLE_CODES = frozenset(r.code for r in ROLE_DEFINITIONS if r.audience == "sponsor")


def roles_ensure_defaults(
    *args: object, using: str = DEFAULT_DB_ALIAS, apps=global_apps, **kwargs: object
) -> None:
    """Create the shipped roles that are missing, with their default permissions."""
    from django.contrib.auth.models import Permission

    from accord.accounts.models import Role

    for app_config in global_apps.get_app_configs():
        create_contenttypes(app_config, verbosity=0, using=using)
        create_permissions(app_config, verbosity=0, using=using)

    for definition in ROLE_DEFINITIONS:
        if Role.objects.using(using).filter(code=definition.code).exists():
            continue
        role = Role.objects.using(using).create(
            code=definition.code,
            name=definition.name,
            audience=definition.audience,
            description=definition.description,
            grants_admin_site=definition.grants_admin_site,
        )
        role.permissions.set(permissions_by_label(definition.permissions, Permission, using))


def permissions_by_label(labels, permission_model, using: str = DEFAULT_DB_ALIAS) -> list:
    wanted = {tuple(label.split(".", 1)) for label in labels}
    found = [
        perm
        for perm in permission_model.objects.using(using).select_related("content_type")
        if (perm.content_type.app_label, perm.codename) in wanted
    ]
    missing = wanted - {(p.content_type.app_label, p.codename) for p in found}
    if missing:
        raise LookupError(f"Unknown permissions in role definitions: {sorted(missing)}")
    return found
