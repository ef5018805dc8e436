"""Reads of what the CDMO knows about its sponsors. CDMO staff only: sponsor users get
nothing from any selector here, so no page, export or history can leak it to them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.urls import reverse

from accord.accounts.models import Organization
from accord.accounts.selectors import sponsors_visible_to
from accord.clients.health import relationship_health, relationship_health_for
from accord.clients.models import FollowUp, Interaction, KeyContact, SponsorProfile
from accord.projects.models import Project
from accord.projects.selectors import projects_visible_to

UPCOMING_DAYS = 7


def _staff_with(user, permission: str) -> bool:
    return bool(
        user
        and user.is_authenticated
        and user.is_active
        and user.is_cdmo_staff
        and user.has_perm(permission)
    )


def sponsor_profiles_visible_to(user) -> QuerySet[SponsorProfile]:
    profiles = SponsorProfile.objects.select_related("sponsor")
    if not _staff_with(user, "clients.view_sponsorprofile"):
        return profiles.none()
    return profiles.filter(sponsor__in=sponsors_visible_to(user))


def key_contacts_visible_to(user) -> QuerySet[KeyContact]:
    contacts = KeyContact.objects.select_related("sponsor", "user")
    if not _staff_with(user, "clients.view_keycontact"):
        return contacts.none()
    return contacts.filter(sponsor__in=sponsors_visible_to(user))


def interactions_visible_to(user) -> QuerySet[Interaction]:
    interactions = Interaction.objects.select_related("sponsor", "recorded_by")
    if not _staff_with(user, "clients.view_interaction"):
        return interactions.none()
    return interactions.filter(sponsor__in=sponsors_visible_to(user))


def followups_visible_to(user) -> QuerySet[FollowUp]:
    followups = FollowUp.objects.select_related("sponsor", "owner", "interaction", "closed_by")
    if not _staff_with(user, "clients.view_followup"):
        return followups.none()
    return followups.filter(sponsor__in=sponsors_visible_to(user))


def interactions_filter(
    queryset: QuerySet[Interaction],
    *,
    query: str = "",
    kind: str = "",
    start: dt.date | None = None,
    end: dt.date | None = None,
    concern: bool | None = None,
) -> QuerySet[Interaction]:
    """Narrow an already visibility-filtered queryset; never widens it."""
    if query:
        queryset = queryset.filter(
            Q(subject__icontains=query)
            | Q(summary__icontains=query)
            | Q(contacts__name__icontains=query)
        ).distinct()
    if kind:
        queryset = queryset.filter(kind=kind)
    if start:
        queryset = queryset.filter(occurred_on__gte=start)
    if end:
        queryset = queryset.filter(occurred_on__lte=end)
    if concern is not None:
        queryset = queryset.filter(is_concern=concern)
    return queryset


def followups_filter(
    queryset: QuerySet[FollowUp], *, status: str = "", today: dt.date
) -> QuerySet[FollowUp]:
    """``open``, ``overdue`` (open and past due) or ``done``; anything else: all of them."""
    if status == "open":
        return queryset.filter(is_done=False)
    if status == "overdue":
        return queryset.filter(is_done=False, due_on__lt=today)
    if status == "done":
        return queryset.filter(is_done=True).order_by("-done_on", "-pk")
    return queryset


def overdue_followups_widget(user, *, today: dt.date, limit: int = 6) -> dict:
    """What the "My work" card ``clients/_my_followups_card.html`` shows: my open
    follow-ups due today or earlier, then those due in the next week; earliest first."""
    mine = followups_visible_to(user).filter(
        owner=user, is_done=False, due_on__lte=today + dt.timedelta(days=UPCOMING_DAYS)
    )
    followups = list(mine.order_by("due_on", "pk")[:limit])
    count = len(followups) if len(followups) < limit else mine.count()
    return {
        "followups": followups,
        "count": count,
        "overdue": mine.filter(due_on__lt=today).count(),
        "more": count - len(followups),
        "today": today,
    }


# --------------------------------------------------------------------------- timeline


@dataclass(frozen=True)
class TimelineEntry:
    on: dt.date
    kind: str  # interaction, concern, follow_up_due, follow_up_done, project
    icon: str
    title: str
    detail: str
    url: str


_KIND_ICONS = {
    Interaction.Kind.MEETING: "bi-people",
    Interaction.Kind.CALL: "bi-telephone",
    Interaction.Kind.VISIT: "bi-geo-alt",
    Interaction.Kind.EMAIL: "bi-envelope",
}


def sponsor_timeline(user, sponsor: Organization, *, today: dt.date) -> list[TimelineEntry]:
    """The sponsor's story, newest first: interactions, follow-ups (due, or done), and
    the start of each project the user can see. Three queries whatever its length."""
    entries: list[TimelineEntry] = []
    for interaction in interactions_visible_to(user).filter(sponsor=sponsor):
        entries.append(
            TimelineEntry(
                on=interaction.occurred_on,
                kind="concern" if interaction.is_concern else "interaction",
                icon=_KIND_ICONS.get(interaction.kind, "bi-chat"),
                title=f"{interaction.get_kind_display()}: {interaction.subject}",
                detail="Concern raised" if interaction.is_concern else "",
                url=reverse("clients:interaction_detail", args=[interaction.pk]),
            )
        )
    url = reverse("clients:followups", args=[sponsor.pk])
    for followup in followups_visible_to(user).filter(sponsor=sponsor):
        if followup.is_done:
            entries.append(
                TimelineEntry(
                    on=followup.done_on,
                    kind="follow_up_done",
                    icon="bi-check2-circle",
                    title=f"Follow-up done: {followup.description}",
                    detail=f"Closed by {followup.closed_by.printed_name}",
                    url=url,
                )
            )
        else:
            late = followup.due_on < today
            entries.append(
                TimelineEntry(
                    on=followup.due_on,
                    kind="follow_up_due",
                    icon="bi-alarm",
                    title=f"Follow-up {'overdue' if late else 'due'}: {followup.description}",
                    detail=f"Owner {followup.owner.printed_name}",
                    url=url,
                )
            )
    projects = projects_visible_to(user).filter(sponsor=sponsor, start_date__isnull=False)
    for project in projects:
        started = project.start_date <= today and project.status != Project.Status.PLANNED
        entries.append(
            TimelineEntry(
                on=project.start_date,
                kind="project",
                icon="bi-kanban",
                title=f"Project {'started' if started else 'planned to start'}: "
                f"{project.code} {project.title}",
                detail=f"{project.get_modality_display()} · {project.get_phase_display()}",
                url=reverse("projects:detail", args=[project.pk]),
            )
        )
    return sorted(entries, key=lambda entry: entry.on, reverse=True)


# --------------------------------------------------------------------------- sponsor pages


def _sees_relationships(user) -> bool:
    return _staff_with(user, "clients.view_sponsorprofile")


def sponsors_with_health(user, sponsors: list[Organization]) -> list[Organization]:
    """The sponsors, each with ``relationship_health`` for CDMO staff (None for anyone
    else): the list page's badges, in a fixed number of queries."""
    verdicts = relationship_health_for(sponsors) if _sees_relationships(user) else {}
    for sponsor in sponsors:
        sponsor.relationship_health = verdicts.get(sponsor.pk)
    return sponsors


def sponsor_overview(user, sponsor: Organization, *, today: dt.date) -> dict:
    """What the sponsor's overview page adds for CDMO staff; nothing for sponsor users."""
    if not _sees_relationships(user):
        return {}
    return {
        "health": relationship_health(sponsor, today=today),
        "client_profile": sponsor_profiles_visible_to(user).filter(sponsor=sponsor).first(),
        "recent_interactions": interactions_visible_to(user).filter(sponsor=sponsor)[:5],
        "open_followups": followups_visible_to(user).filter(sponsor=sponsor, is_done=False)[:5],
        "today": today,
    }
