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

# Readers of meetings may also mark done the action items they own.
_MEETINGS_VIEW = ("meetings.view_meeting", "meetings.close_actionitem")
_MEETINGS_EDIT = (
    "meetings.add_meeting",
    "meetings.change_meeting",
    "meetings.add_actionitem",
    "meetings.change_actionitem",
)

# Sponsor relationship records (profiles, contacts, interactions, follow-ups): every staff
# member reads them; those who own relationships write them.
_CLIENTS_MODELS = ("sponsorprofile", "keycontact", "interaction", "followup")
_CLIENTS_VIEW = tuple(f"clients.view_{model}" for model in _CLIENTS_MODELS)
_CLIENTS_EDIT = tuple(
    f"clients.{action}_{model}" for model in _CLIENTS_MODELS for action in ("add", "change")
)

# RFPs and proposals: business development owns them, reviewers sign their reviews, other
# staff read them; sponsor users submit RFPs, read their own and comment on what was sent.
_PROPOSALS_VIEW = (
    "proposals.view_rfp",
    "proposals.view_proposal",
    "proposals.view_revisioncomment",
)
_PROPOSALS_REVIEW = (*_PROPOSALS_VIEW, "proposals.review_proposalrevision")
_PROPOSALS_OWN = (
    *_PROPOSALS_VIEW,
    "proposals.add_rfp",
    "proposals.change_rfp",
    "proposals.add_proposal",
    "proposals.change_proposal",
    "proposals.send_proposalrevision",
)
_PROPOSALS_SPONSOR = (*_PROPOSALS_VIEW, "proposals.add_rfp", "proposals.add_revisioncomment")
# RFP outcomes and postmortems: never a sponsor's; business development and executives
# record them, other proposal readers on the staff read them.
_OUTCOMES_VIEW = ("proposals.view_rfpoutcome", "proposals.view_postmortem")
_OUTCOMES_RECORD = (*_OUTCOMES_VIEW, "proposals.record_rfp_outcome")

# Kudos: staff read them all and thank colleagues; a sponsor's people thank those who
# serve them and read the thanks their company gave.
_KUDOS = ("recognition.view_kudos", "recognition.add_kudos")

# Quarterly business reviews: the account team (business development, project managers,
# executives) prepares and writes them and answers the sponsor's comments; business
# development and executives publish them; a sponsor's people read and comment.
_QBR_WRITE = (
    "qbr.add_businessreview",
    "qbr.change_businessreview",
    "qbr.comment_businessreview",
)
_QBR_PUBLISH = (*_QBR_WRITE, "qbr.publish_businessreview")
_QBR_SPONSOR = ("qbr.view_businessreview", "qbr.comment_businessreview")

# GMP quality records. A sponsor's people read their own (deviations once told of them).
_QUALITY_RECORDS_VIEW = (
    "quality.view_batch",
    "quality.view_deviation",
    "quality.view_capa",
    "quality.view_changecontrol",
)
# Who works deviations and CAPA they own, and registers batches.
_QUALITY_RECORDS_WORK = (
    "quality.add_batch",
    "quality.change_batch",
    "quality.change_deviation",
    "quality.add_capa",
    "quality.change_capa",
    "quality.add_changecontrol",
    "quality.change_changecontrol",
)
# QA decides: approves assessments, investigations, extensions, CAPA and their checks.
_QUALITY_RECORDS_APPROVE = (
    "quality.approve_deviation",
    "quality.approve_capa",
    "quality.approve_changecontrol",
)

# Continuous improvement: every staff member reads the initiatives, the 5S audits and the
# technology register; those who run processes lead initiatives and audit areas; their
# champions (QA, operations, executives) sign the stage gates.
_IMPROVEMENT_VIEW = (
    "improvement.view_initiative",
    "improvement.view_fivesaudit",
    "improvement.view_capability",
)
_IMPROVEMENT_WORK = (
    "improvement.add_initiative",
    "improvement.change_initiative",
    "improvement.add_fivesaudit",
    "improvement.change_fivesaudit",
)
_IMPROVEMENT_REGISTER = ("improvement.add_capability", "improvement.change_capability")
# Scorecard templates: leadership and administrators write them; executives sign.
_SCORECARDS_KEEP = ("scorecards.add_scorecardtemplate", "scorecards.change_scorecardtemplate")

_VIEW_ALL = [
    "accounts.view_organization",
    "accounts.view_site",
    "accounts.view_user",
    "projects.view_project",
    "projects.view_projectdocument",
    "risks.view_risk",
    "reports.view_statusreport",
    # Quarterly business reviews: every staff member reads them.
    "qbr.view_businessreview",
    *_TEAMS_VIEW,
    *_CLIENTS_VIEW,
    # Any staff member may run a schedule risk simulation; it changes no plan.
    "planning.view_simulation",
    "planning.add_simulation",
    # Site calendars (holidays, extra working days) are read by every staff member.
    "planning.view_holiday",
    # Training records: every staff member reads their own and the skill matrix.
    "training.view_assignment",
    # Scorecards: how the CDMO performs and transforms, per sponsor, site and company.
    "scorecards.view_scorecard",
    "scorecards.view_scorecardtemplate",
    # The service levels promised to sponsors, and the hours that keep them.
    "service.view_slapolicy",
    "service.view_servicehours",
    # Every staff member serves sponsors: raises a concern heard from one, and works on
    # the concerns they own.
    "service.view_concern",
    "service.add_concern",
    "service.change_concern",
    # Every staff member reads the recognition wall and thanks colleagues.
    *_KUDOS,
    # What sponsors say of the service: every staff member reads the surveys and answers.
    "surveys.view_survey",
    "surveys.view_surveyresponse",
    "surveys.view_surveysettings",
    # The quality agreements that bind the CDMO to each sponsor.
    "quality.view_qualityagreement",
    # Deviations, CAPA and batches: every staff member reads them and reports a deviation.
    *_QUALITY_RECORDS_VIEW,
    "quality.add_deviation",
    # The CDMO's equipment and rooms, their qualification, calibration and maintenance.
    "equipment.view_equipment",
    *_IMPROVEMENT_VIEW,
    # Lessons learned: every staff member reads the library, records a lesson and says
    # where one was applied.
    "lessons.view_lesson",
    "lessons.add_lesson",
    # Capacity: every staff member reads the resources, the load and the leveling runs.
    "capacity.view_resource",
    "capacity.view_levelingrun",
]
# Who curates the lessons library: edits and publishes lessons, makes them training.
_LESSONS_KEEP = ("lessons.change_lesson", "lessons.publish_lesson")
# A sponsor's people raise concerns, read them, and confirm or reopen a resolution.
_CONCERNS_SPONSOR = ("service.view_concern", "service.add_concern", "service.confirm_concern")

# A sponsor's people answer the surveys sent to them and read their company's.
_SURVEYS_SPONSOR = ("surveys.view_survey", "surveys.view_surveyresponse", "surveys.answer_survey")
# Who decides when surveys are sent, and closes one early.
_SURVEYS_RUN = ("surveys.change_surveysettings", "surveys.close_survey")

# Who sets the service levels promised to sponsors.
# Training coordinators (QA, and operations' supervisors at the site) set up curricula,
# assign training, assess competencies and may override the qualification gate.
_TRAINING_KEEP = (
    "training.manage_training",
    "training.assess_competency",
    "training.override_gate",
)

# Who keeps the quality agreements (QA approves them, by signature).
_QUALITY_KEEP = ("quality.add_qualityagreement", "quality.change_qualityagreement")

# Operations keeps the resource register and decides on leveling runs (docs/capacity.md).
_CAPACITY_KEEP = ("capacity.manage_resource", "capacity.run_leveling", "capacity.apply_leveling")

_SLA_SET = (
    "service.add_slapolicy",
    "service.change_slapolicy",
    "service.delete_slapolicy",
)


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
            *_PROPOSALS_OWN,
            *_OUTCOMES_RECORD,
            "changes.view_changeorder",
            *_VIEW_ALL,
            "accounts.add_organization",
            "accounts.change_organization",
            *_CLIENTS_EDIT,
            "delays.view_delay",
            *_MEETINGS_VIEW,
            *_QBR_PUBLISH,
        ),
    ),
    RoleDefinition(
        PROJECT_MANAGER,
        "Project manager",
        "cdmo",
        "Runs sponsor projects: plan, team, risks, communication.",
        (
            "capacity.run_leveling",
            *_PROPOSALS_VIEW,
            *_OUTCOMES_VIEW,
            "changes.view_changeorder",
            "changes.add_changeorder",
            "changes.change_changeorder",
            "changes.send_changeorder",
            *_VIEW_ALL,
            *_LESSONS_KEEP,
            "projects.add_project",
            "projects.change_project",
            "projects.add_projectdocument",
            "projects.change_projectdocument",
            "risks.add_risk",
            "risks.change_risk",
            "delays.add_delay",
            "delays.change_delay",
            *_CLIENTS_EDIT,
            "reports.add_statusreport",
            "reports.change_statusreport",
            "reports.publish_statusreport",
            *_QBR_WRITE,
            *_MEETINGS_EDIT,
            "delays.view_delay",
            *_MEETINGS_VIEW,
            *_TEAMS_EDIT,
            "projects.staff_project",
            "planning.manage_calendar",
            "service.assign_concern",
            *_QUALITY_RECORDS_WORK,
            *_IMPROVEMENT_WORK,
        ),
    ),
    RoleDefinition(
        SUBJECT_MATTER_EXPERT,
        "Subject-matter expert",
        "cdmo",
        "Process, analytical, formulation or validation expert contributing to projects.",
        (
            *_PROPOSALS_REVIEW,
            *_OUTCOMES_VIEW,
            "changes.view_changeorder",
            *_VIEW_ALL,
            "projects.add_projectdocument",
            "delays.view_delay",
            *_MEETINGS_VIEW,
            *_QUALITY_RECORDS_WORK,
            # Experts assess their colleagues' competencies in their own field.
            "training.assess_competency",
            "equipment.manage_equipment",
            *_IMPROVEMENT_WORK,
        ),
    ),
    RoleDefinition(
        QUALITY_ASSURANCE,
        "Quality assurance",
        "cdmo",
        "Independent GMP oversight: reviews and approves quality records.",
        (
            *_PROPOSALS_REVIEW,
            *_OUTCOMES_VIEW,
            "changes.view_changeorder",
            "changes.send_changeorder",
            *_VIEW_ALL,
            *_LESSONS_KEEP,
            "audit.view_auditevent",
            "projects.approve_project",
            "projects.add_projectdocument",
            "projects.change_projectdocument",
            "projects.approve_projectdocument",
            "delays.view_delay",
            *_MEETINGS_VIEW,
            *_QUALITY_KEEP,
            "quality.approve_qualityagreement",
            *_QUALITY_RECORDS_WORK,
            *_QUALITY_RECORDS_APPROVE,
            *_TRAINING_KEEP,
            "equipment.manage_equipment",
            "equipment.approve_qualification",
            *_IMPROVEMENT_WORK,
            "improvement.approve_initiative",
            *_IMPROVEMENT_REGISTER,
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
            "planning.manage_calendar",
            "service.change_servicehours",
            "projects.add_projectdocument",
            "delays.view_delay",
            *_MEETINGS_VIEW,
            *_QUALITY_RECORDS_WORK,
            *_TRAINING_KEEP,
            "equipment.manage_equipment",
            *_IMPROVEMENT_WORK,
            "improvement.approve_initiative",
            *_CAPACITY_KEEP,
        ),
    ),
    RoleDefinition(
        EXECUTIVE,
        "Executive",
        "cdmo",
        "Site heads and leadership: sees the whole portfolio.",
        (
            "capacity.run_leveling",
            "capacity.apply_leveling",
            *_PROPOSALS_REVIEW,
            *_OUTCOMES_RECORD,
            "changes.view_changeorder",
            *_VIEW_ALL,
            *_LESSONS_KEEP,
            "audit.view_auditevent",
            "projects.approve_project",
            *_CLIENTS_EDIT,
            "delays.view_delay",
            *_MEETINGS_VIEW,
            *_SLA_SET,
            "service.assign_concern",
            *_SURVEYS_RUN,
            *_IMPROVEMENT_WORK,
            "improvement.approve_initiative",
            *_IMPROVEMENT_REGISTER,
            *_SCORECARDS_KEEP,
            "scorecards.sign_scorecard",
            *_QBR_PUBLISH,
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
            "core.view_job",
            "core.retry_job",
            "projects.staff_any_project",
            *_SLA_SET,
            "service.change_servicehours",
            "service.assign_concern",
            *_SURVEYS_RUN,
            *_QUALITY_KEEP,
            *_IMPROVEMENT_REGISTER,
            *_SCORECARDS_KEEP,
            # The CDMO's webhook subscriptions (docs/webhooks.md).
            "webhooks.manage_webhooks",
            *_CAPACITY_KEEP,
        ),
        grants_admin_site=True,
    ),
    RoleDefinition(
        SPONSOR_CONTACT,
        "Sponsor contact",
        "sponsor",
        "A sponsor's team member: sees the projects they are a member of.",
        (
            *_PROPOSALS_SPONSOR,
            "changes.view_changeorder",
            "projects.view_project",
            "projects.view_projectdocument",
            "risks.view_risk",
            "delays.view_delay",
            "reports.view_statusreport",
            *_MEETINGS_VIEW,
            "planning.view_simulation",
            *_TEAMS_VIEW,
            "service.view_slapolicy",
            *_CONCERNS_SPONSOR,
            "quality.view_qualityagreement",
            *_KUDOS,
            *_SURVEYS_SPONSOR,
            *_QUALITY_RECORDS_VIEW,
            "improvement.view_initiative",
            *_QBR_SPONSOR,
        ),
    ),
    RoleDefinition(
        SPONSOR_MANAGER,
        "Sponsor manager",
        "sponsor",
        "Sees everything of their own company that is shared with the sponsor.",
        (
            *_PROPOSALS_SPONSOR,
            "proposals.accept_proposalrevision",
            "changes.view_changeorder",
            "changes.accept_changeorder",
            # Approves or rejects, by signature, the changes its quality agreement names.
            "quality.decide_changecontrol",
            "projects.view_project",
            "projects.view_projectdocument",
            "risks.view_risk",
            "delays.view_delay",
            "reports.view_statusreport",
            *_MEETINGS_VIEW,
            "planning.view_simulation",
            "accounts.view_user",
            *_TEAMS_VIEW,
            # Its own company's signed scorecards, never the CDMO's internal ones.
            "scorecards.view_scorecard",
            "service.view_slapolicy",
            *_CONCERNS_SPONSOR,
            "quality.view_qualityagreement",
            *_KUDOS,
            *_SURVEYS_SPONSOR,
            *_QUALITY_RECORDS_VIEW,
            "improvement.view_initiative",
            *_QBR_SPONSOR,
            # Its own company's webhook subscriptions (docs/webhooks.md).
            "webhooks.manage_webhooks",
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
