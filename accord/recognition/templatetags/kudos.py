"""Kudos on pages of other apps: the "Kudos received" card of a person's own account."""

from __future__ import annotations

from django import template

from accord.recognition.selectors import kudos_visible_to

register = template.Library()


@register.inclusion_tag("recognition/_received_card.html")
def kudos_received_card(user) -> dict:
    """The kudos ``user`` received, for their own account page (CDMO staff only)."""
    staff = user.is_authenticated and user.is_cdmo_staff
    if not (staff and user.has_perm("recognition.view_kudos")):
        return {"shown": False}
    received = kudos_visible_to(user).filter(recipient=user)
    return {
        "shown": True,
        "person": user,
        "count": received.count(),
        "latest": list(received[:3]),
    }
