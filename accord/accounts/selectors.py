"""Reads of organizations and people that depend on who is asking.

Fail closed: any user who is not an active, authenticated CDMO staff member or sponsor
user with a known role sees nothing.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from accord.accounts.models import ApiToken, Organization, Role, Site, User


def _is_active(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


def sponsors_visible_to(user) -> QuerySet[Organization]:
    sponsors = Organization.objects.filter(kind=Organization.Kind.SPONSOR)
    if not _is_active(user):
        return sponsors.none()
    if user.is_cdmo_staff:
        if user.has_perm("accounts.view_organization"):
            return sponsors
        return sponsors.none()
    if user.is_sponsor_user:
        return sponsors.filter(pk=user.organization_id)
    return sponsors.none()


def organizations_visible_to(user) -> QuerySet[Organization]:
    """The CDMO and every sponsor for staff; a sponsor user's own company only."""
    if not _is_active(user):
        return Organization.objects.none()
    if user.is_cdmo_staff and user.has_perm("accounts.view_organization"):
        return Organization.objects.all()
    if user.is_sponsor_user:
        return Organization.objects.filter(pk=user.organization_id)
    return Organization.objects.none()


def sites_visible_to(user) -> QuerySet[Site]:
    if not _is_active(user):
        return Site.objects.none()
    return Site.objects.select_related("organization")


def users_visible_to(user) -> QuerySet[User]:
    """Staff with ``view_user`` see everyone; a sponsor manager sees their own colleagues."""
    users = User.objects.select_related("organization")
    if not _is_active(user):
        return users.none()
    if user.is_cdmo_staff and user.has_perm("accounts.view_user"):
        return users
    if user.is_sponsor_user and user.has_perm("accounts.view_user"):
        return users.filter(organization_id=user.organization_id)
    return users.filter(pk=user.pk)


def users_search(queryset: QuerySet[User], query: str) -> QuerySet[User]:
    if not query:
        return queryset
    return queryset.filter(
        Q(username__icontains=query)
        | Q(first_name__icontains=query)
        | Q(last_name__icontains=query)
        | Q(email__icontains=query)
        | Q(job_title__icontains=query)
    )


def roles_visible_to(user) -> QuerySet[Role]:
    if _is_active(user) and user.is_cdmo_staff and user.has_perm("accounts.view_role"):
        return Role.objects.prefetch_related("permissions__content_type")
    return Role.objects.none()


def api_tokens_of(user) -> QuerySet[ApiToken]:
    if not _is_active(user):
        return ApiToken.objects.none()
    return ApiToken.objects.filter(user=user).prefetch_related("projects")


def staff_in_scope(*, site_id: int | None = None) -> set[int]:
    """The ids of the active CDMO staff (of a site): whom the CDMO's own figures count."""
    staff = User.objects.filter(is_active=True, organization__kind=Organization.Kind.CDMO)
    if site_id is not None:
        staff = staff.filter(site_id=site_id)
    return set(staff.values_list("pk", flat=True))


def sponsors_active() -> QuerySet[Organization]:
    """Every active sponsor, whoever asks: the CDMO's own figures (scorecards)."""
    return Organization.objects.filter(kind=Organization.Kind.SPONSOR, is_active=True).order_by(
        "name"
    )


def cdmo_sites() -> QuerySet[Site]:
    """The CDMO's sites, whoever asks: the CDMO's own figures (scorecards)."""
    return Site.objects.filter(organization__kind=Organization.Kind.CDMO).order_by("name")
