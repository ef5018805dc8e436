"""The deviations raised from a delay, a concern or a risk, on that record's page, and
the button that raises one from it."""

from __future__ import annotations

from django import template

from accord.quality.selectors import deviations_visible_to

register = template.Library()

ORIGINS = {"delay": "from_delay", "concern": "from_concern", "risk": "from_risk"}


@register.inclusion_tag("quality/_raised_from.html", takes_context=True)
def deviations_raised_from(context, record, kind: str) -> dict:
    """``{% deviations_raised_from delay "delay" %}``: the deviations the reader may see
    that were raised from ``record``, and (for staff who raise deviations) the button."""
    user = context["user"]
    linked = deviations_visible_to(user).filter(**{ORIGINS[kind]: record}).order_by("number")
    return {
        "linked": list(linked),
        "kind": kind,
        "record": record,
        "can_raise": user.is_cdmo_staff and user.has_perm("quality.add_deviation"),
    }
