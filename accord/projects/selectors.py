"""Reads of project data that depend on who is asking.

These are the only way views and API endpoints load projects and their documents, so
that another sponsor's project is simply not there (404), whichever route asks.
"""

from __future__ import annotations

from django.db.models import OuterRef, Q, QuerySet, Subquery

from accord.accounts.roles import SPONSOR_CONTACT, SPONSOR_MANAGER
from accord.projects.models import (
    Project,
    ProjectDocument,
    ProjectDocumentVersion,
    ProjectMembership,
    ProjectRole,
)


def projects_visible_to(user) -> QuerySet[Project]:
    """Every read of project-bound records derives from this one.

    A request made with an API token limited to some projects carries their ids on the
    user (``api_token_project_ids``, see ``accord.accounts.services.tokens``): the
    user's projects are narrowed to those, whoever the user is."""
    projects = Project.objects.select_related("sponsor", "site")
    limited_to = getattr(user, "api_token_project_ids", None)
    if limited_to is not None:
        projects = projects.filter(pk__in=limited_to)
    if not (user and user.is_authenticated and user.is_active):
        return projects.none()
    if not user.has_perm("projects.view_project"):
        return projects.none()
    if user.is_cdmo_staff:
        return projects
    if user.is_sponsor_user:
        own = projects.filter(sponsor_id=user.organization_id)
        if user.has_role(SPONSOR_MANAGER):
            return own
        if user.has_role(SPONSOR_CONTACT):
            return own.filter(memberships__user=user)
    return projects.none()


def projects_filter(
    queryset: QuerySet[Project],
    *,
    query: str = "",
    status: str = "",
    phase: str = "",
    sponsor_id: int | None = None,
    site_id: int | None = None,
) -> QuerySet[Project]:
    """Narrow an already visibility-filtered queryset; never widens it."""
    if query:
        queryset = queryset.filter(
            Q(code__icontains=query)
            | Q(title__icontains=query)
            | Q(molecule__icontains=query)
            | Q(sponsor__name__icontains=query)
        )
    if status:
        queryset = queryset.filter(status=status)
    if phase:
        queryset = queryset.filter(phase=phase)
    if sponsor_id:
        queryset = queryset.filter(sponsor_id=sponsor_id)
    if site_id:
        queryset = queryset.filter(site_id=site_id)
    return queryset


def documents_visible_to(user) -> QuerySet[ProjectDocument]:
    documents = ProjectDocument.objects.select_related("project", "uploaded_by")
    if not (user and user.is_authenticated and user.is_active):
        return documents.none()
    if not user.has_perm("projects.view_projectdocument"):
        return documents.none()
    documents = documents.filter(project__in=projects_visible_to(user))
    if user.is_sponsor_user:
        documents = documents.filter(visibility=ProjectDocument.Visibility.SHARED)
    return documents


def document_versions_visible_to(user) -> QuerySet[ProjectDocumentVersion]:
    """The files of the documents ``user`` may see: CDMO staff every version, a sponsor's
    people only the current one (the portal offers the document's file, not its history)."""
    versions = ProjectDocumentVersion.objects.select_related(
        "document__project", "uploaded_by"
    ).filter(document__in=documents_visible_to(user))
    if user.is_authenticated and user.is_cdmo_staff:
        return versions
    newest = ProjectDocumentVersion.objects.filter(document=OuterRef("document")).order_by(
        "-number"
    )
    return versions.filter(number=Subquery(newest.values("number")[:1]))


def memberships_visible_to(user) -> QuerySet[ProjectMembership]:
    return ProjectMembership.objects.filter(project__in=projects_visible_to(user))


_ROLE_ORDER = {value: index for index, value in enumerate(ProjectRole.values)}


def project_team(project: Project) -> tuple[list, list]:
    """The CDMO team and the sponsor's mirror team of a project, each in the order of
    the declared project roles (project manager first), then by name."""
    memberships = sorted(
        project.memberships.select_related("user__organization"),
        key=lambda m: (_ROLE_ORDER.get(m.role, len(_ROLE_ORDER)), m.user.last_name, m.user.pk),
    )
    cdmo = [m for m in memberships if m.user.organization.is_cdmo]
    sponsor = [m for m in memberships if m.user.organization.is_sponsor]
    return cdmo, sponsor


def cdmo_contacts_of(user) -> QuerySet:
    """The CDMO people on the projects this user can see: who a sponsor calls."""
    from accord.accounts.models import User

    return (
        User.objects.filter(
            memberships__project__in=projects_visible_to(user),
            organization__kind="cdmo",
            is_active=True,
        )
        .distinct()
        .order_by("last_name", "first_name")
    )


def projects_in_scope(
    *, sponsor_id: int | None = None, project_id: int | None = None, site_id: int | None = None
) -> QuerySet[Project]:
    """Every project of a sponsor, a site, one project, or all of them, whoever asks:
    the CDMO's own figures about itself (scorecards), never a page's list."""
    projects = Project.objects.select_related("sponsor", "site")
    if sponsor_id is not None:
        projects = projects.filter(sponsor_id=sponsor_id)
    if project_id is not None:
        projects = projects.filter(pk=project_id)
    if site_id is not None:
        projects = projects.filter(site_id=site_id)
    return projects


def projects_running(projects: QuerySet[Project], start, end) -> QuerySet[Project]:
    """The projects of ``projects`` that were under way some time from ``start`` to
    ``end``: started by the end, neither planned nor cancelled, and (once completed)
    not finished before the start."""
    return (
        projects.filter(start_date__lte=end)
        .exclude(status__in=(Project.Status.PLANNED, Project.Status.CANCELLED))
        .exclude(status=Project.Status.COMPLETED, target_end_date__lt=start)
    )


def cdmo_members_of(projects: QuerySet[Project]) -> set[int]:
    """The ids of the CDMO staff on the teams of ``projects``."""
    return set(
        ProjectMembership.objects.filter(project__in=projects)
        .exclude(role__startswith="sponsor_")
        .values_list("user_id", flat=True)
    )
