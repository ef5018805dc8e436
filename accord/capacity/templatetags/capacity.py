"""``{% load capacity %}{% capacity_card revision %}``: a proposal revision against capacity.

CDMO staff see the latest check (finish with and without the committed work, the waits,
P50/P80 with capacity) and a form to check again. A sponsor's people see the sentence the
latest check made before the revision was sent wrote for them, naming no other client.
"""

from __future__ import annotations

from django import template

from accord.accounts.models import Site
from accord.capacity.models import CapacityCheck

register = template.Library()


@register.inclusion_tag("capacity/proposals/_card.html", takes_context=True)
def capacity_card(context, revision) -> dict:
    user = context["request"].user
    checks = CapacityCheck.objects.filter(revision=revision).select_related("site")
    staff = bool(user.is_authenticated and user.is_cdmo_staff)
    if staff:
        check = checks.first() if user.has_perm("capacity.view_resource") else None
        return {
            "staff": True,
            "check": check,
            "revision": revision,
            "sites": Site.objects.order_by("name"),
            "can_check": user.has_perm("capacity.view_resource")
            and bool(revision.timeline_template),
            "csrf_token": context.get("csrf_token"),
        }
    sent = revision.sent_on
    check = None
    if sent is not None:
        check = checks.filter(requested_at__date__lte=sent).first()
    return {"staff": False, "check": check, "revision": revision}
