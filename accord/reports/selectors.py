"""Reads of status reports that depend on who is asking.

CDMO staff see every report of the projects they can see, drafts included; sponsor users
see only published reports of their own projects. Anyone else sees nothing.
"""

from __future__ import annotations

from django.db.models import QuerySet

from accord.projects.models import Project
from accord.projects.selectors import projects_visible_to
from accord.reports.models import StatusReport

PUBLISHED = StatusReport.Status.PUBLISHED


def status_reports_visible_to(user) -> QuerySet[StatusReport]:
    reports = StatusReport.objects.select_related(
        "project__sponsor", "project__site__organization", "published_by", "corrects"
    )
    if not (user and user.is_authenticated and user.is_active):
        return reports.none()
    if not user.has_perm("reports.view_statusreport"):
        return reports.none()
    reports = reports.filter(project__in=projects_visible_to(user))
    if user.is_cdmo_staff:
        return reports
    if user.is_sponsor_user:
        return reports.filter(status=PUBLISHED)
    return reports.none()


def latest_published(project: Project, *, exclude: StatusReport | None = None):
    """The project's most recent published report: what a new report is compared with."""
    reports = StatusReport.objects.filter(project=project, status=PUBLISHED)
    if exclude is not None:
        reports = reports.exclude(pk=exclude.pk)
    return reports.order_by("-published_at", "-number").first()


def recent_published_reports(user, *, limit: int = 5) -> list[StatusReport]:
    """The newest published reports the user may read, for the sponsor portal."""
    return list(
        status_reports_visible_to(user)
        .filter(status=PUBLISHED)
        .order_by("-published_at", "-pk")[:limit]
    )
