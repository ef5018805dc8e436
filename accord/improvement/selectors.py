"""Reads of continuous improvement that depend on who is asking.

Sponsor users see only the sponsor-facing initiatives of their own company (a contact,
those of the projects they are a member of, or of none); 5S audits and the technology
register are the CDMO's own and reach CDMO staff only.
"""

from __future__ import annotations

import datetime as dt

from django.db.models import Q, QuerySet

from accord.accounts.roles import SPONSOR_MANAGER
from accord.improvement.models import (
    Capability,
    CapabilitySite,
    Deliverable,
    FiveSAction,
    FiveSArea,
    FiveSAudit,
    Initiative,
    StageGate,
    Status,
)
from accord.projects.selectors import projects_visible_to


def _active(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


def initiatives_visible_to(user) -> QuerySet[Initiative]:
    initiatives = Initiative.objects.select_related(
        "owner", "champion", "site", "sponsor", "project"
    )
    if not _active(user) or not user.has_perm("improvement.view_initiative"):
        return initiatives.none()
    if user.is_cdmo_staff:
        return initiatives
    if user.is_sponsor_user:
        own = initiatives.filter(sponsor_id=user.organization_id)
        if user.has_role(SPONSOR_MANAGER):
            return own
        return own.filter(Q(project__isnull=True) | Q(project__in=projects_visible_to(user)))
    return initiatives.none()


def initiatives_filter(
    queryset: QuerySet[Initiative],
    *,
    query: str = "",
    method: str = "",
    status: str = "",
    stage: str = "",
    site_id: int | None = None,
    sponsor_id: int | None = None,
    facing: str = "",
    owner_id: int | None = None,
) -> QuerySet[Initiative]:
    """Narrow an already visibility-filtered queryset; never widens it."""
    if query:
        queryset = queryset.filter(
            Q(code__icontains=query)
            | Q(title__icontains=query)
            | Q(problem_statement__icontains=query)
        )
    if method:
        queryset = queryset.filter(method=method)
    if status:
        queryset = queryset.filter(status=status)
    if stage:
        queryset = queryset.filter(stage=stage, status=Status.OPEN)
    if site_id:
        queryset = queryset.filter(site_id=site_id)
    if sponsor_id:
        queryset = queryset.filter(sponsor_id=sponsor_id)
    if facing == "sponsor":
        queryset = queryset.filter(sponsor__isnull=False)
    elif facing == "internal":
        queryset = queryset.filter(sponsor__isnull=True)
    if owner_id:
        queryset = queryset.filter(owner_id=owner_id)
    return queryset


def open_between(queryset: QuerySet[Initiative], start: dt.date, end: dt.date):
    """Initiatives open at any time from ``start`` to ``end``: started by the end, and
    not closed (or cancelled) before the start."""
    return queryset.filter(started_on__lte=end).filter(
        Q(closed_on__isnull=True) | Q(closed_on__gte=start)
    )


def initiatives_for_sponsor(sponsor, start: dt.date, end: dt.date) -> list[Initiative]:
    """The sponsor-facing initiatives of ``sponsor`` open at any time in the period, for
    its business review: each carries its ``stage_label``, ``status`` and measured result
    (``result_value``, ``days_saved``, ``cost_saved``, ``rft_points``). CDMO-side read:
    the caller decides who sees the review."""
    initiatives = Initiative.objects.filter(sponsor=sponsor).select_related(
        "owner", "site", "project"
    )
    return list(open_between(initiatives, start, end).order_by("started_on", "code"))


def five_s_areas_visible_to(user) -> QuerySet[FiveSArea]:
    if _active(user) and user.is_cdmo_staff and user.has_perm("improvement.view_fivesaudit"):
        return FiveSArea.objects.select_related("site")
    return FiveSArea.objects.none()


def five_s_audits_visible_to(user) -> QuerySet[FiveSAudit]:
    return FiveSAudit.objects.select_related("area__site", "auditor", "initiative").filter(
        area__in=five_s_areas_visible_to(user)
    )


def five_s_actions_visible_to(user) -> QuerySet[FiveSAction]:
    return FiveSAction.objects.select_related("audit__area__site", "owner").filter(
        audit__in=five_s_audits_visible_to(user)
    )


def capabilities_visible_to(user) -> QuerySet[Capability]:
    if _active(user) and user.is_cdmo_staff and user.has_perm("improvement.view_capability"):
        return Capability.objects.all()
    return Capability.objects.none()


def capability_sites_visible_to(user) -> QuerySet[CapabilitySite]:
    return CapabilitySite.objects.select_related("capability", "site").filter(
        capability__in=capabilities_visible_to(user)
    )


def deliverables_visible_to(user) -> QuerySet[Deliverable]:
    return Deliverable.objects.filter(initiative__in=initiatives_visible_to(user))


def gates_visible_to(user) -> QuerySet[StageGate]:
    return StageGate.objects.filter(initiative__in=initiatives_visible_to(user))
