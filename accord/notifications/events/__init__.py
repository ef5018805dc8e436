"""Who an event waits for, and what they are told.

Each builder takes the changed record (and the acting user) and returns the messages of
the event: candidates and text. ``services.deliver`` then keeps only the recipients whose
selector shows them the record, so a builder may cast its net wide. Texts use only what
the recipient's pages show: a sponsor's message names the project, the reference and the
title, never a price, an internal note or an internal risk.

Event names are the audit actions of the changes they follow. The builders live in this
package, a module per domain; each registers itself with ``@event`` when the package is
imported.
"""

from __future__ import annotations

import pkgutil
from collections.abc import Callable, Iterable
from importlib import import_module

from django.db.models import F, QuerySet
from django.template.defaultfilters import date as date_format
from django.template.defaultfilters import truncatechars

from accord.accounts.models import Organization, User
from accord.notifications.services import Message

Builder = Callable[..., list[Message]]
EVENTS: dict[str, Builder] = {}


def event(*names: str) -> Callable[[Builder], Builder]:
    def register(builder: Builder) -> Builder:
        for name in names:
            EVENTS[name] = builder
        return builder

    return register


def day(value) -> str:
    return date_format(value, "j M Y") if value else ""


def sentence(text: str, limit: int = 400) -> str:
    """``text`` shortened to ``limit`` characters and ending like a sentence."""
    text = truncatechars(text.strip(), limit)
    return text if text.endswith((".", "!", "?", "…")) else f"{text}."


def users_with_permission(permission: str) -> QuerySet[User]:
    """Active users holding ``permission`` through a role of their own audience."""
    app_label, codename = permission.split(".", 1)
    return (
        User.objects.filter(
            is_active=True,
            roles__permissions__content_type__app_label=app_label,
            roles__permissions__codename=codename,
            roles__audience=F("organization__kind"),
        )
        .select_related("organization")
        .distinct()
    )


def project_staff(project, permission: str = "") -> QuerySet[User]:
    """The project's CDMO team members (holding ``permission``, if given)."""
    members = (
        users_with_permission(permission) if permission else User.objects.filter(is_active=True)
    )
    return members.filter(
        memberships__project=project, organization__kind=Organization.Kind.CDMO
    ).select_related("organization")


def sponsor_users(sponsor_id: int, permission: str = "") -> QuerySet[User]:
    users = users_with_permission(permission) if permission else User.objects.filter(is_active=True)
    return users.filter(organization_id=sponsor_id).select_related("organization")


def people(*groups: Iterable[User | None]) -> list[User]:
    seen: dict[int, User] = {}
    for group in groups:
        for user in group:
            if user is not None and user.pk not in seen:
                seen[user.pk] = user
    return list(seen.values())


for _module in pkgutil.iter_modules(__path__):
    import_module(f"{__name__}.{_module.name}")
