"""Reads of change orders that depend on who is asking.

Sponsor users see a change order once it has been sent to them, never a draft or one
still under internal review; another sponsor's change orders are simply not there.
"""

from __future__ import annotations

from django.db.models import QuerySet

from accord.changes.models import ChangeOrder, ChangeOrderPlanEdit
from accord.projects.selectors import projects_visible_to


def change_orders_visible_to(user) -> QuerySet[ChangeOrder]:
    orders = ChangeOrder.objects.select_related("project__sponsor", "project__site", "decided_by")
    if not (user and user.is_authenticated and user.is_active):
        return orders.none()
    if not user.has_perm("changes.view_changeorder"):
        return orders.none()
    orders = orders.filter(project__in=projects_visible_to(user))
    if user.is_cdmo_staff:
        return orders
    if user.is_sponsor_user:
        return orders.filter(status__in=ChangeOrder.SPONSOR_STATES)
    return orders.none()


def plan_edits_visible_to(user) -> QuerySet[ChangeOrderPlanEdit]:
    return ChangeOrderPlanEdit.objects.filter(change_order__in=change_orders_visible_to(user))


def change_orders_approved(projects, start, end) -> QuerySet[ChangeOrder]:
    """The change orders of ``projects`` the sponsor approved from ``start`` to ``end``
    (incorporated since or not), whoever asks: the CDMO's own figures (scorecards)."""
    return (
        ChangeOrder.objects.filter(
            project__in=projects,
            status__in=(ChangeOrder.Status.APPROVED, ChangeOrder.Status.INCORPORATED),
            decided_on__gte=start,
            decided_on__lte=end,
        )
        .select_related("project")
        .order_by("decided_on", "pk")
    )
