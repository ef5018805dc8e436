"""The one permission check every service makes before it writes."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied


def require(actor, permission: str) -> None:
    """Raise ``PermissionDenied`` unless ``actor`` is active and holds ``permission``."""
    if not (actor and actor.is_active and actor.has_perm(permission)):
        raise PermissionDenied(f"You do not have permission to do this ({permission}).")
