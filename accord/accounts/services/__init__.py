"""Every write to organizations, people, roles and API tokens.

Each function takes the acting user as a required keyword, checks the actor's
permission, validates, and writes in one transaction. API tokens live in
``services/tokens.py``; they stay importable from here.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable

from django.contrib.auth.models import Permission
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from accord.accounts.models import Organization, Role, Site, User
from accord.accounts.selectors import users_visible_to
from accord.accounts.services.tokens import TOKEN_PREFIX as TOKEN_PREFIX
from accord.accounts.services.tokens import api_token_authenticate as api_token_authenticate
from accord.accounts.services.tokens import api_token_create as api_token_create
from accord.accounts.services.tokens import api_token_revoke as api_token_revoke
from accord.audit.services import audit_record, created, diff, snapshot
from accord.core import concurrency
from accord.core.permissions import require

ORGANIZATION_FIELDS = ("kind", "name", "short_name", "sponsor_type", "country", "website")
SITE_FIELDS = (
    "organization",
    "code",
    "name",
    "city",
    "country",
    "capabilities",
    "time_zone",
    "country_code",
    "subdivision",
)
USER_FIELDS = (
    "username",
    "organization",
    "first_name",
    "last_name",
    "email",
    "job_title",
    "site",
    "manager",
    "is_active",
    "is_staff",
)

# ``user_update`` leaves the manager as it is unless one (or None) is given.
KEEP = object()


def _user_state(user: User) -> dict[str, object]:
    state = snapshot(user, USER_FIELDS)
    state["roles"] = sorted(user.roles.values_list("code", flat=True))
    return state


def user_token(user: User) -> str:
    """What the account editor carries to detect that someone saved the account meanwhile."""
    return concurrency.state_token(_user_state(user))


@transaction.atomic
def organization_create(
    *,
    actor: User | None,
    kind: str,
    name: str,
    short_name: str,
    sponsor_type: str = "",
    country: str = "",
    website: str = "",
) -> Organization:
    """Create the CDMO or a sponsor. ``actor=None`` only for bootstrap and demo loading."""
    if actor is not None:
        require(actor, "accounts.add_organization")
    organization = Organization(
        kind=kind,
        name=name.strip(),
        short_name=short_name.strip(),
        sponsor_type=sponsor_type if kind == Organization.Kind.SPONSOR else "",
        country=country,
        website=website,
    )
    if kind == Organization.Kind.SPONSOR and not sponsor_type:
        raise ValidationError({"sponsor_type": ["Choose the sponsor type."]})
    organization.full_clean()
    organization.save()
    audit_record(
        actor=actor,
        action="accounts.organization.created",
        target=organization,
        changes=created(snapshot(organization, ORGANIZATION_FIELDS)),
    )
    return organization


ORGANIZATION_EDITABLE = frozenset({"name", "short_name", "sponsor_type", "country", "website"})


@transaction.atomic
def organization_update(
    *, actor: User, organization: Organization, reason: str = "", **fields
) -> Organization:
    """Change an organization's details (its kind never changes); audited field by field."""
    require(actor, "accounts.change_organization")
    unknown = set(fields) - ORGANIZATION_EDITABLE
    if unknown:
        raise ValidationError({"__all__": [f"Unknown fields: {', '.join(sorted(unknown))}"]})
    organization = Organization.objects.select_for_update().get(pk=organization.pk)
    before = snapshot(organization, ORGANIZATION_FIELDS)
    for name, value in fields.items():
        setattr(organization, name, value.strip() if isinstance(value, str) else value)
    if organization.is_sponsor and not organization.sponsor_type:
        raise ValidationError({"sponsor_type": ["Choose the sponsor type."]})
    if not organization.is_sponsor and organization.sponsor_type:
        raise ValidationError({"sponsor_type": ["Only sponsors have a sponsor type."]})
    changes = diff(before, snapshot(organization, ORGANIZATION_FIELDS))
    if not changes:
        return organization
    organization.full_clean()
    organization.save()
    audit_record(
        actor=actor,
        action="accounts.organization.updated",
        target=organization,
        changes=changes,
        reason=reason,
    )
    return organization


@transaction.atomic
def site_create(
    *,
    actor: User | None,
    organization: Organization,
    code: str,
    name: str,
    city: str,
    country: str,
    capabilities: str = "",
    time_zone: str = "Europe/Zurich",
    country_code: str = "",
    subdivision: str = "",
) -> Site:
    """Create a site; ``country_code`` and ``subdivision`` say whose public holidays it
    keeps (see ``accord.planning.calendars``)."""
    if actor is not None:
        require(actor, "accounts.add_site")
    if not organization.is_cdmo:
        raise ValidationError({"organization": ["Sites belong to the CDMO, not to a sponsor."]})
    site = Site(
        organization=organization,
        code=code,
        name=name,
        city=city,
        country=country,
        capabilities=capabilities,
        time_zone=time_zone,
        country_code=country_code.strip().upper(),
        subdivision=subdivision.strip().upper(),
    )
    site.full_clean()
    site.save()
    audit_record(
        actor=actor,
        action="accounts.site.created",
        target=site,
        parent=organization,
        changes=created(snapshot(site, SITE_FIELDS)),
    )
    return site


def _check_manager(organization: Organization, manager: User | None, user: User | None) -> None:
    """A manager is an active CDMO staff member, never the person themselves, and never
    someone who (through their own managers) reports to that person."""
    if manager is None:
        return
    if not organization.is_cdmo:
        raise ValidationError({"manager": ["Only CDMO staff have a manager in Accord."]})
    if not manager.organization.is_cdmo:
        raise ValidationError(
            {"manager": [f"{manager.printed_name} is not CDMO staff: choose a staff member."]}
        )
    if not manager.is_active:
        raise ValidationError({"manager": [f"{manager.printed_name} is no longer active."]})
    if user is None:
        return
    if manager.pk == user.pk:
        raise ValidationError({"manager": ["A person cannot be their own manager."]})
    # Up the chain as stored, one manager at a time: reaching ``user`` is a cycle.
    seen = {user.pk}
    above = manager.pk
    while above is not None:
        if above in seen:
            raise ValidationError(
                {
                    "manager": [
                        f"{manager.printed_name} reports to {user.printed_name} already: "
                        "a manager cannot report to their own report."
                    ]
                }
            )
        seen.add(above)
        above = User.objects.filter(pk=above).values_list("manager_id", flat=True).first()


def _check_roles_fit(organization: Organization, roles: Iterable[Role]) -> list[Role]:
    roles = list(roles)
    wrong = [r.name for r in roles if r.audience != organization.kind]
    if wrong:
        audience = "sponsor" if organization.is_sponsor else "CDMO staff"
        raise ValidationError({"roles": [f"Not a {audience} role: {', '.join(sorted(wrong))}."]})
    if not roles:
        raise ValidationError({"roles": ["Give the user at least one role."]})
    return roles


@transaction.atomic
def user_create(
    *,
    actor: User | None,
    organization: Organization,
    username: str,
    first_name: str,
    last_name: str,
    email: str,
    password: str,
    roles: Iterable[Role],
    job_title: str = "",
    site: Site | None = None,
    manager: User | None = None,
) -> User:
    """Create a named individual in one organization with roles of that organization's kind
    (CDMO staff with the manager they report to, if given)."""
    if actor is not None:
        require(actor, "accounts.add_user")
    roles = _check_roles_fit(organization, roles)
    username = username.strip()
    if User.objects.filter(username__iexact=username).exists():
        raise ValidationError(
            {"username": ["This username is taken (usernames are never reused)."]}
        )
    if site is not None and not organization.is_cdmo:
        raise ValidationError({"site": ["Only CDMO staff work at a site."]})
    _check_manager(organization, manager, None)
    user = User(
        organization=organization,
        username=username,
        first_name=first_name.strip(),
        last_name=last_name.strip(),
        email=email.strip(),
        job_title=job_title,
        site=site,
        manager=manager,
        is_staff=any(r.grants_admin_site for r in roles) and organization.is_cdmo,
    )
    try:
        validate_password(password, user)
    except ValidationError as exc:
        raise ValidationError({"password": exc.messages}) from None
    user.set_password(password)
    # A password someone else chose is known to them: it must be replaced before use.
    user.must_change_password = actor is not None
    user.full_clean(exclude=["password"])
    user.save()
    user.roles.set(roles)
    audit_record(
        actor=actor,
        action="accounts.user.created",
        target=user,
        parent=organization,
        changes=created(_user_state(user)),
    )
    return user


@transaction.atomic
def user_update(
    *,
    actor: User,
    user: User,
    first_name: str,
    last_name: str,
    email: str,
    job_title: str,
    roles: Iterable[Role],
    is_active: bool,
    site: Site | None = None,
    manager: User | None | object = KEEP,
    token: str | None = None,
) -> User:
    """Change an account's details, roles, site and manager (left as it is unless given);
    ``token`` is the ``user_token`` the editor read (an account someone else saved since is
    refused)."""
    require(actor, "accounts.change_user")
    roles = _check_roles_fit(user.organization, roles)
    if user.pk == actor.pk and not is_active:
        raise ValidationError({"is_active": ["You cannot deactivate your own account."]})
    if site is not None and not user.organization.is_cdmo:
        raise ValidationError({"site": ["Only CDMO staff work at a site."]})
    user = User.objects.select_for_update().get(pk=user.pk)
    before = _user_state(user)
    concurrency.check_token(user_token(user), token, what="account")
    if manager is not KEEP:
        _check_manager(user.organization, manager, user)
        user.manager = manager
    user.site = site
    user.first_name = first_name.strip()
    user.last_name = last_name.strip()
    user.email = email.strip()
    user.job_title = job_title
    user.is_active = is_active
    user.is_staff = any(r.grants_admin_site for r in roles) and user.organization.is_cdmo
    user.full_clean(exclude=["password"])
    user.save()
    user.roles.set(roles)
    changes = diff(before, _user_state(user))
    if changes:
        if before["is_active"] and not is_active:
            action = "accounts.user.deactivated"
        elif is_active and not before["is_active"]:
            action = "accounts.user.reactivated"
        else:
            action = "accounts.user.updated"
        audit_record(
            actor=actor, action=action, target=user, parent=user.organization, changes=changes
        )
    return user


@transaction.atomic
def user_password_reset(*, actor: User, user: User) -> str:
    """Give ``user`` a one-time temporary password, shown once to the administrator.

    The user must replace it at the next sign-in and cannot sign anything before that, so
    a password an administrator knew never becomes a signing credential (ES-5). Their
    open sessions end (the password hash changed) and the trail records the reset, never
    the secret.
    """
    require(actor, "accounts.change_user")
    if actor.pk == user.pk:
        raise ValidationError("Change your own password on your account page instead.")
    if not users_visible_to(actor).filter(pk=user.pk).exists():
        raise PermissionDenied("You cannot manage this user.")
    temporary = secrets.token_urlsafe(15)
    user.set_password(temporary)
    user.must_change_password = True
    user.save(update_fields=["password", "must_change_password"])
    audit_record(
        actor=actor,
        action="accounts.user.password_reset",
        target=user,
        parent=user.organization,
        changes={"password": [None, None], "must_change_password": [False, True]},
    )
    return temporary


@transaction.atomic
def user_mfa_reset(*, actor: User, user: User) -> int:
    """Remove a user's authenticator app (a lost phone); they enrol again at next sign-in."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    require(actor, "accounts.change_user")
    if actor.pk == user.pk:
        raise ValidationError("Another administrator removes your own authenticator.")
    if not users_visible_to(actor).filter(pk=user.pk).exists():
        raise PermissionDenied("You cannot manage this user.")
    removed, _ = TOTPDevice.objects.filter(user=user).delete()
    audit_record(
        actor=actor,
        action="accounts.user.mfa_reset",
        target=user,
        parent=user.organization,
        changes={"mfa": ["authenticator app" if removed else None, None]},
    )
    return removed


def role_token(role: Role) -> str:
    return concurrency.state_token(_role_permissions(role))


@transaction.atomic
def role_set_permissions(
    *, actor: User, role: Role, permissions: Iterable[Permission], token: str | None = None
) -> Role:
    """Replace a role's permissions; ``token`` is the ``role_token`` the editor read."""
    require(actor, "accounts.change_role")
    role = concurrency.locked(role, None)
    concurrency.check_token(role_token(role), token, what="role")
    permissions = list(permissions)
    if role.audience == Role.Audience.SPONSOR:
        allowed_apps = {"projects"}
        staff_only = [
            p
            for p in permissions
            if p.content_type.app_label not in allowed_apps and p.codename != "view_user"
        ]
        if staff_only:
            raise ValidationError(
                {"permissions": ["Sponsor roles cannot hold CDMO administration permissions."]}
            )
    before = _role_permissions(role)
    role.permissions.set(permissions)
    changes = diff({"permissions": before}, {"permissions": _role_permissions(role)})
    if changes:
        audit_record(
            actor=actor, action="accounts.role.permissions_changed", target=role, changes=changes
        )
    return role


def _role_permissions(role: Role) -> list[str]:
    return sorted(
        f"{app}.{codename}"
        for app, codename in role.permissions.values_list("content_type__app_label", "codename")
    )
