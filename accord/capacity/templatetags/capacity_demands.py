"""The “Resources needed” card a plan task's page shows (CDMO staff who read the resource
register; nothing for anyone else), so the planning templates only include it."""

from __future__ import annotations

from django import template

from accord.capacity import selectors

register = template.Library()


@register.inclusion_tag("capacity/demands/_card.html", takes_context=True)
def task_demands_card(context, task) -> dict:
    from accord.capacity.demand_views import card_context

    user = context.get("user") or getattr(context.get("request"), "user", None)
    if user is None or not user.is_authenticated or not user.is_cdmo_staff:
        return {"show": False}
    if not user.has_perm(selectors.VIEW):
        return {"show": False}
    return {**card_context(user, task), "csrf_token": context.get("csrf_token")}
