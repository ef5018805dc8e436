"""Sending surveys: after a concern the sponsor confirmed resolved, a milestone reached, a
project completed, and once a quarter. Each sender decides who is asked and whose
service the survey measures, and sends at most one survey for what happened (the
database refuses a second one too). A survey nobody at the sponsor can answer is not
sent.

Accord sends them, not the person whose action led to them: the audit event is
Accord's, and says what it followed and who was asked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone

from accord.accounts.models import Organization, User
from accord.accounts.roles import SPONSOR_MANAGER
from accord.audit.services import audit_record, created
from accord.clients.models import KeyContact, SponsorProfile
from accord.notifications.services import notify
from accord.projects.models import Project, ProjectRole
from accord.surveys import links
from accord.surveys.models import (
    Survey,
    SurveyInvitation,
    SurveyKind,
    SurveyState,
    Trigger,
    quarter_label,
    quarter_of,
)
from accord.surveys.selectors import survey_settings

ANSWER = "answer_survey"


def answerers(sponsor: Organization) -> QuerySet[User]:
    """The sponsor's active people who may answer a survey."""
    return (
        User.objects.filter(
            is_active=True,
            organization=sponsor,
            roles__audience=Organization.Kind.SPONSOR,
            roles__permissions__content_type__app_label="surveys",
            roles__permissions__codename=ANSWER,
        )
        .select_related("organization")
        .distinct()
        .order_by("last_name", "first_name", "pk")
    )


def _managers(sponsor: Organization) -> list[User]:
    return list(answerers(sponsor).filter(roles__code=SPONSOR_MANAGER))


def _on_project(project: Project) -> list[User]:
    return list(answerers(project.sponsor).filter(memberships__project=project))


def _project_manager(project: Project) -> User | None:
    membership = (
        project.memberships.filter(role=ProjectRole.PROJECT_MANAGER, user__is_active=True)
        .select_related("user")
        .order_by("pk")
        .first()
    )
    return membership.user if membership else None


def account_owner(sponsor: Organization) -> User | None:
    profile = SponsorProfile.objects.filter(sponsor=sponsor).select_related("account_owner").first()
    owner = profile.account_owner if profile else None
    return owner if owner is not None and owner.is_active else None


def _unique(people: Iterable[User | None]) -> list[User]:
    seen: dict[int, User] = {}
    for person in people:
        if person is not None and person.pk not in seen:
            seen[person.pk] = person
    return list(seen.values())


def _send(
    *,
    kind: str,
    trigger: str,
    sponsor: Organization,
    title: str,
    recipients: list[User],
    owner: User | None,
    actor: User | None,
    at: dt.datetime | None,
    because: str,
    project: Project | None = None,
    concern=None,
    milestone=None,
    quarter: str = "",
) -> Survey | None:
    """Make the survey and its invitations, audit it, and invite its people (or nothing,
    when there is nobody to ask or it was sent already)."""
    eligible = set(answerers(sponsor).values_list("pk", flat=True))
    recipients = [person for person in _unique(recipients) if person.pk in eligible]
    if not recipients:
        return None
    now = at or timezone.now()
    settings = survey_settings()
    survey = Survey(
        kind=kind,
        trigger=trigger,
        sponsor=sponsor,
        project=project,
        concern=concern,
        milestone=milestone,
        owner=owner,
        title=title[:200],
        quarter=quarter or quarter_of(timezone.localdate(now)),
        state=SurveyState.OPEN,
        sent_at=now,
        closes_at=now + dt.timedelta(days=settings.answer_days),
    )
    try:
        with transaction.atomic():
            survey.save()
    except IntegrityError:
        return None  # sent already, by another worker a moment ago
    SurveyInvitation.objects.bulk_create(
        SurveyInvitation(survey=survey, recipient=person, sent_at=now, link_key=links.new_key())
        for person in recipients
    )
    audit_record(
        actor=None,
        action="surveys.survey.sent",
        target=survey,
        parent=project or sponsor,
        changes=created(
            {
                "kind": survey.get_kind_display(),
                "trigger": because,
                "asked": ", ".join(person.printed_name for person in recipients),
                "owner": owner.printed_name if owner else None,
                "closes_at": survey.closes_at.isoformat(timespec="seconds"),
            }
        ),
        reason=f"Followed an action of {actor.printed_name}." if actor else "",
    )
    notify("surveys.survey.sent", survey)
    return survey


def _sponsor_person(user: User | None, sponsor: Organization) -> User | None:
    if user is not None and user.is_sponsor_user and user.organization_id == sponsor.pk:
        return user
    return None


@transaction.atomic
def csat_send_for_concern(*, concern, actor: User | None = None, at=None) -> Survey | None:
    """Ask how satisfied the sponsor is with how its concern was handled, once it
    confirmed the resolution: the person who raised it and the one who confirmed it (the
    sponsor's managers when staff recorded it for the sponsor). The concern's owner is
    whose service it measures."""
    from accord.service.models import ConcernState

    if concern.state != ConcernState.CLOSED:
        raise ValidationError(
            f"A concern's survey follows its confirmed resolution; {concern.number} is "
            f"{concern.get_state_display().lower()}."
        )
    if not survey_settings().concern_csat or Survey.objects.filter(concern=concern).exists():
        return None
    sponsor = concern.sponsor
    people = _unique(
        [_sponsor_person(concern.raised_by, sponsor), _sponsor_person(actor, sponsor)]
    ) or _managers(sponsor)
    return _send(
        kind=SurveyKind.CSAT,
        trigger=Trigger.CONCERN,
        sponsor=sponsor,
        project=concern.project,
        concern=concern,
        title=f"{concern.number} {concern.title}",
        recipients=people,
        owner=concern.owner,
        actor=actor,
        at=at,
        because=f"{concern.number} confirmed resolved",
    )


@transaction.atomic
def csat_send_for_milestone(*, task, actor: User | None = None, at=None) -> Survey | None:
    """Ask the sponsor's people on the project (its managers if none is on the team) how
    satisfied they are, when a milestone the settings name is reached. One milestone
    survey of a project is open at a time: a milestone reached while the last one is
    still being answered is not asked about, so a sponsor is not asked twice in a week."""
    if task.actual_finish is None or not survey_settings().milestone_triggers(task):
        return None
    project = task.project
    exists = (
        Survey.objects.filter(milestone=task).exists()
        or Survey.objects.filter(
            project=project, trigger=Trigger.MILESTONE, state=SurveyState.OPEN
        ).exists()
    )
    if exists:
        return None
    return _send(
        kind=SurveyKind.CSAT,
        trigger=Trigger.MILESTONE,
        sponsor=project.sponsor,
        project=project,
        milestone=task,
        title=f"{project.code}: {task.name}",
        recipients=_on_project(project) or _managers(project.sponsor),
        owner=_project_manager(project),
        actor=actor,
        at=at,
        because=f"{task.name} reached on {project.code}",
    )


@transaction.atomic
def nps_send_for_project(*, project: Project, actor: User | None = None, at=None) -> Survey | None:
    """The relationship survey at a project's end: the sponsor's people on it and its
    managers. The project manager is whose service it measures."""
    if project.status != Project.Status.COMPLETED:
        raise ValidationError(
            f"The survey at a project's end follows its completion; {project.code} is "
            f"{project.get_status_display().lower()}."
        )
    if not survey_settings().project_close_nps:
        return None
    if Survey.objects.filter(project=project, trigger=Trigger.PROJECT_CLOSED).exists():
        return None
    sponsor = project.sponsor
    return _send(
        kind=SurveyKind.NPS,
        trigger=Trigger.PROJECT_CLOSED,
        sponsor=sponsor,
        project=project,
        title=f"{project.code} {project.title}: project completed",
        recipients=_on_project(project) + _managers(sponsor),
        owner=_project_manager(project) or account_owner(sponsor),
        actor=actor,
        at=at,
        because=f"{project.code} completed",
    )


@transaction.atomic
def nps_send_quarterly(
    *, sponsor: Organization, actor: User | None = None, at=None
) -> Survey | None:
    """The quarter's relationship survey of a sponsor: its managers and the people named
    as its key contacts. The account owner is whose service it measures. Once a quarter."""
    if not survey_settings().quarterly_nps:
        return None
    now = at or timezone.now()
    quarter = quarter_of(timezone.localdate(now))
    if Survey.objects.filter(sponsor=sponsor, trigger=Trigger.QUARTERLY, quarter=quarter).exists():
        return None
    contacts = User.objects.filter(
        pk__in=KeyContact.objects.filter(
            sponsor=sponsor, is_active=True, user__isnull=False
        ).values("user")
    )
    return _send(
        kind=SurveyKind.NPS,
        trigger=Trigger.QUARTERLY,
        sponsor=sponsor,
        title=f"{sponsor.name}, {quarter_label(quarter)}",
        recipients=_managers(sponsor) + list(contacts),
        owner=account_owner(sponsor),
        actor=actor,
        at=now,
        because=f"The relationship survey of {quarter_label(quarter)}",
        quarter=quarter,
    )


def sponsors_to_ask_quarterly() -> QuerySet[Organization]:
    """Sponsors with a running project (active or on hold)."""
    running = (Project.Status.ACTIVE, Project.Status.ON_HOLD)
    return (
        Organization.objects.filter(
            kind=Organization.Kind.SPONSOR, is_active=True, projects__status__in=running
        )
        .distinct()
        .order_by("name")
    )
