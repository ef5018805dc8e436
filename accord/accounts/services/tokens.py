"""API tokens: made on the account page, shown once, stored only as a SHA-256, scoped.

A token's scope narrows what its user may do through it, never widens it:

- a read-only token is refused every unsafe method (POST, PUT, PATCH, DELETE);
- a token limited to projects sees only those projects and what hangs off them
  (``projects_visible_to`` narrows to ``user.api_token_project_ids``, and every
  project-bound selector derives from it); every API resource that is not part of a
  project is refused to it.

``api_token_authenticate`` attaches the token to the user it returns, and
``api_token_check`` (called by the API's token authentication, for every request)
applies both rules in one place, so no endpoint can forget them.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from accord.accounts.models import ApiToken, User
from accord.audit.services import audit_record, created, snapshot

TOKEN_PREFIX = "acc_"  # noqa: S105 - a public marker, not a secret

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
READ_ONLY_REFUSAL = "This token is read-only."

# The API resources (first segment after /api/v1/) a project-limited token reaches: its
# user and its user's tokens, the projects, and records that hang off a project and are read through
# ``projects_visible_to``. Anything else (sponsors, people, concerns, quality records,
# search, ...) is not part of one project and is refused: a new kind of record stays
# refused to such tokens until it is added here.
PROJECT_BOUND_RESOURCES = frozenset(
    {
        "me",
        "tokens",
        "project-roles",
        "projects",
        "documents",
        "tasks",
        "change-orders",
        "delays",
        "risks",
        "meetings",
        "status-reports",
        "schedule-risk-runs",
        "action-items",
        "team-deliverables",
    }
)
API_ROOT = "/api/v1/"


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _project_ids(items: Iterable) -> set[int]:
    return {item.pk if hasattr(item, "pk") else int(item) for item in items}


def _chosen_projects(actor: User, projects: Iterable) -> list:
    from accord.projects.selectors import projects_visible_to

    wanted = _project_ids(projects)
    chosen = list(projects_visible_to(actor).filter(pk__in=wanted).order_by("code"))
    if len(chosen) != len(wanted):
        raise ValidationError({"projects": ["Choose only among the projects you can see."]})
    limited_to = getattr(actor, "api_token_project_ids", None)
    if limited_to is not None and not chosen:
        raise ValidationError(
            {
                "projects": [
                    "The token you are using is limited to some projects: limit the new "
                    "token to some of them too."
                ]
            }
        )
    return chosen


@transaction.atomic
def api_token_create(
    *,
    actor: User,
    name: str,
    scope: str = ApiToken.Scope.READ_WRITE,
    projects: Iterable = (),
) -> tuple[ApiToken, str]:
    """Create a token for the actor. The secret is returned once and never stored.

    ``projects`` (Projects or ids, among those the actor sees) limits the token to them.
    ``scope`` defaults to read-write for callers in code (scripts, tests); the account
    page and the API default to read-only, so a person chooses to write.
    """
    current = getattr(actor, "api_token", None)
    if current is not None and current.is_read_only:
        raise PermissionDenied(READ_ONLY_REFUSAL)
    name = name.strip()
    if not name:
        raise ValidationError({"name": ["Name the token, for example after the script using it."]})
    if len(name) > 80:
        raise ValidationError({"name": ["Use at most 80 characters."]})
    if scope not in ApiToken.Scope.values:
        labels = " or ".join(f"“{label}”" for label in ApiToken.Scope.labels)
        raise ValidationError({"scope": [f"Choose {labels}."]})
    chosen = _chosen_projects(actor, projects)
    body = secrets.token_urlsafe(32)
    prefix = body[:8]
    secret = f"{TOKEN_PREFIX}{body}"
    token = ApiToken.objects.create(
        user=actor, name=name, scope=scope, prefix=prefix, digest=_digest(secret)
    )
    token.projects.set(chosen)
    audit_record(
        actor=actor,
        action="accounts.api_token.created",
        target=token,
        parent=actor,
        changes=created(
            {
                "name": name,
                "prefix": prefix,
                "scope": scope,
                "projects": [project.pk for project in chosen],
            }
        ),
    )
    return token, secret


@transaction.atomic
def api_token_revoke(*, actor: User, token: ApiToken) -> ApiToken:
    if token.user_id != actor.pk:
        raise PermissionDenied("You can only revoke your own tokens.")
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        audit_record(
            actor=actor,
            action="accounts.api_token.revoked",
            target=token,
            parent=actor,
            changes={"revoked_at": [None, snapshot(token, ["revoked_at"])["revoked_at"]]},
        )
    return token


def api_token_authenticate(secret: str) -> User | None:
    """The active user owning an unrevoked token with this secret, or None.

    The user carries the token (``user.api_token``) and, for a project-limited token,
    the ids of its projects (``user.api_token_project_ids``, else None), which
    ``projects_visible_to`` narrows to.
    """
    if not secret.startswith(TOKEN_PREFIX):
        return None
    token = (
        ApiToken.objects.select_related("user__organization")
        .filter(digest=_digest(secret), revoked_at__isnull=True, user__is_active=True)
        .first()
    )
    if token is None:
        return None
    now = timezone.now()
    # Coarse last-use tracking: one write a minute at most per token.
    if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 60:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    user = token.user
    user.api_token = token
    user.api_token_project_ids = frozenset(token.projects.values_list("pk", flat=True)) or None
    return user


def _resource(path: str) -> str | None:
    """``/api/v1/projects/3/risks`` -> ``projects``; None outside the versioned API."""
    _, found, rest = path.partition(API_ROOT)
    return rest.split("/", 1)[0] if found else None


def _limited_to(project_ids: frozenset[int]) -> str:
    from accord.projects.models import Project

    codes = Project.objects.filter(pk__in=project_ids).order_by("code")
    return ", ".join(codes.values_list("code", flat=True))


def api_token_check(user: User, *, method: str, path: str) -> None:
    """Refuse (PermissionDenied) a request its token's scope does not allow."""
    token = getattr(user, "api_token", None)
    if token is None:
        return
    unsafe = method.upper() not in SAFE_METHODS
    if token.is_read_only and unsafe:
        raise PermissionDenied(READ_ONLY_REFUSAL)
    project_ids = getattr(user, "api_token_project_ids", None)
    resource = _resource(path)
    if project_ids is None or resource is None:
        return
    if resource not in PROJECT_BOUND_RESOURCES:
        raise PermissionDenied(
            f"This token is limited to projects {_limited_to(project_ids)}; "
            "this record is not part of a project."
        )
    if resource == "projects" and unsafe and path.rstrip("/").endswith(API_ROOT + "projects"):
        raise PermissionDenied(
            f"This token is limited to projects {_limited_to(project_ids)}; "
            "it cannot create projects."
        )
