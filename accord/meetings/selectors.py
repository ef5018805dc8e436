"""Reads of meetings and action items that depend on who is asking.

Sponsor users see a meeting only once it is shared with them, and its decisions and
action items with it; everything else (and every meeting of another sponsor) is simply
not there. Every read here builds on ``projects_visible_to``, so it fails closed.
"""

from __future__ import annotations

import datetime as dt

from django.db.models import Q, QuerySet
from django.utils import timezone

from accord.accounts.models import Organization, User
from accord.accounts.roles import SPONSOR_MANAGER
from accord.meetings.models import ActionItem, Meeting, MeetingDecision
from accord.projects.models import Project
from accord.projects.selectors import projects_visible_to


def meetings_visible_to(user) -> QuerySet[Meeting]:
    meetings = Meeting.objects.select_related("project__sponsor", "project__site")
    if not (user and user.is_authenticated and user.is_active):
        return meetings.none()
    if not user.has_perm("meetings.view_meeting"):
        return meetings.none()
    meetings = meetings.filter(project__in=projects_visible_to(user))
    if user.is_cdmo_staff:
        return meetings
    if user.is_sponsor_user:
        return meetings.filter(shared_with_sponsor=True)
    return meetings.none()


def decisions_visible_to(user) -> QuerySet[MeetingDecision]:
    return MeetingDecision.objects.select_related("meeting__project").filter(
        meeting__in=meetings_visible_to(user)
    )


def action_items_visible_to(user) -> QuerySet[ActionItem]:
    return ActionItem.objects.select_related(
        "meeting", "project__sponsor", "owner__organization", "closed_by"
    ).filter(meeting__in=meetings_visible_to(user))


def meetings_filter(
    meetings: QuerySet[Meeting],
    *,
    kind: str = "",
    shared: bool | None = None,
    query: str = "",
    project_id: int | None = None,
) -> QuerySet[Meeting]:
    """Narrow an already visibility-filtered queryset; never widens it."""
    if kind:
        meetings = meetings.filter(kind=kind)
    if shared is not None:
        meetings = meetings.filter(shared_with_sponsor=shared)
    if query:
        meetings = meetings.filter(
            Q(title__icontains=query) | Q(minutes__icontains=query) | Q(agenda__icontains=query)
        )
    if project_id:
        meetings = meetings.filter(project_id=project_id)
    return meetings


def action_items_filter(
    items: QuerySet[ActionItem],
    *,
    status: str = "open",
    owner: User | None = None,
    query: str = "",
    project_id: int | None = None,
    today: dt.date | None = None,
) -> QuerySet[ActionItem]:
    """Narrow an already visibility-filtered queryset; never widens it.

    ``status`` is "open", "overdue" (open and past due), "done" or "any".
    """
    today = today or timezone.localdate()
    if status == "open":
        items = items.filter(status=ActionItem.Status.OPEN)
    elif status == "overdue":
        items = items.filter(status=ActionItem.Status.OPEN, due_on__lt=today)
    elif status == "done":
        items = items.filter(status=ActionItem.Status.DONE)
    if owner is not None:
        items = items.filter(owner=owner)
    if query:
        items = items.filter(
            Q(description__icontains=query)
            | Q(meeting__title__icontains=query)
            | Q(project__code__icontains=query)
        )
    if project_id:
        items = items.filter(project_id=project_id)
    return items


def action_items_of_user(user, *, status: str = "open") -> QuerySet[ActionItem]:
    """The user's own action items they may see, the most urgent first."""
    return action_items_filter(action_items_visible_to(user), status=status, owner=user).order_by(
        "due_on", "project__code", "number"
    )


def overdue_action_items_widget(user, *, limit: int = 5) -> dict:
    """What the "My work" card ``meetings/_overdue_actions_card.html`` shows: open action
    items the user owns that are past their due date."""
    overdue = action_items_of_user(user, status="overdue")
    items = list(overdue[:limit])
    count = len(items) if len(items) < limit else overdue.count()
    return {"items": items, "count": count, "more": count - len(items)}


def action_item_owner_candidates(project: Project) -> QuerySet[User]:
    """Who may own an action item of ``project``: active people who can read meetings and
    are CDMO staff, or of the project's sponsor and able to see the project (its sponsor
    managers and the sponsor people on the project team)."""
    reads_meetings = Q(
        roles__permissions__content_type__app_label="meetings",
        roles__permissions__codename="view_meeting",
    )
    sees_project = Q(roles__code=SPONSOR_MANAGER) | Q(memberships__project=project)
    candidates = (
        User.objects.filter(is_active=True)
        .filter(reads_meetings)
        .filter(
            Q(organization__kind=Organization.Kind.CDMO)
            | (Q(organization_id=project.sponsor_id) & sees_project)
        )
    )
    # A subquery of ids, so the joins above cannot repeat a person in the choices.
    return (
        User.objects.select_related("organization")
        .filter(pk__in=candidates.values("pk"))
        .order_by("organization__kind", "last_name", "first_name")
    )
