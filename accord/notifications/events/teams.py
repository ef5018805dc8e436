"""People added to a project team."""

from __future__ import annotations

from django.urls import reverse

from accord.notifications.events import event
from accord.notifications.services import Message


@event("projects.membership.added")
def team_member_added(membership, *, actor=None, **context) -> list[Message]:
    project = membership.project
    by = f" {actor.printed_name} added you." if actor else ""
    detail = f" ({membership.detail})" if membership.detail else ""
    return [
        Message(
            "team_added",
            membership.user,
            project,
            f"You are on the {project.code} team as {membership.get_role_display()}",
            f"{project.title}{detail}.{by} The team page shows who does what and whom to "
            "call about what.",
            reverse("teams:project_team", args=[project.pk]),
        )
    ]


# --------------------------------------------------------------------------- concerns
