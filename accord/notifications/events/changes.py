"""Change orders sent to a sponsor and decided."""

from __future__ import annotations

from django.urls import reverse

from accord.notifications.events import event, people, project_staff, sponsor_users
from accord.notifications.services import Message


def _change_order_name(change_order) -> str:
    return f"{change_order.project.code} {change_order.reference} {change_order.title}"


@event("changes.changeorder.send")
def change_order_sent(change_order, *, actor=None, **context) -> list[Message]:
    project = change_order.project
    return [
        Message(
            "change_order_decision",
            user,
            change_order,
            f"Change order {_change_order_name(change_order)} waits for your decision",
            f"{project.title}: the CDMO asks your company to accept or reject this change "
            "with your signature.",
            reverse("changes:detail", args=[change_order.pk]),
        )
        for user in sponsor_users(project.sponsor_id, "changes.accept_changeorder")
    ]


@event("changes.changeorder.accept", "changes.changeorder.reject")
def change_order_decided(change_order, *, actor=None, **context) -> list[Message]:
    """On acceptance the project's staff who incorporate change orders are asked to; the
    author and the rest of the CDMO team hear the decision."""
    project = change_order.project
    url = reverse("changes:detail", args=[change_order.pk])
    name = _change_order_name(change_order)
    who = actor.printed_name if actor else project.sponsor.name
    incorporators = (
        list(project_staff(project, "changes.change_changeorder"))
        if change_order.status == change_order.Status.APPROVED
        else []
    )
    messages = [
        Message(
            "change_order_incorporate",
            user,
            change_order,
            f"Incorporate change order {name}",
            f"{who} ({project.sponsor.name}) accepted it. Incorporate it into the plan of "
            f"{project.code} and sign the new baseline.",
            url,
        )
        for user in incorporators
    ]
    if change_order.status == change_order.Status.APPROVED:
        title, body = f"{project.sponsor.name} accepted {name}", f"Accepted by {who}."
    else:
        title = f"{project.sponsor.name} rejected {name}"
        body = f"Rejected by {who}. Reason: {change_order.rejection_reason or '—'}"
    informed = people([change_order.created_by], project_staff(project, "changes.view_changeorder"))
    skip = {user.pk for user in incorporators}
    messages += [
        Message("change_order_decided", user, change_order, title, body, url)
        for user in informed
        if user.pk not in skip
    ]
    return messages


# --------------------------------------------------------------------------- documents
