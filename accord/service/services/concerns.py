"""Every write to a sponsor's concern, the R3 way. Each one audits itself in its
transaction; the concern's SLA clocks follow from the moments these services store."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.template.defaultfilters import date as date_format
from django.utils import timezone

from accord.accounts.models import Organization, Site, User
from accord.audit.services import audit_record, created
from accord.changes.models import ChangeOrder
from accord.clients.models import Interaction, SponsorProfile
from accord.clients.services import interaction_record
from accord.core import concurrency
from accord.core.permissions import require
from accord.delays.models import Delay
from accord.notifications.services import notify
from accord.projects.models import Project, ProjectRole
from accord.projects.selectors import projects_visible_to
from accord.risks.models import Risk
from accord.service.clocks import CalendarError, next_working_moment
from accord.service.models import (
    Concern,
    ConcernCategory,
    ConcernChannel,
    ConcernCounter,
    ConcernEntry,
    ConcernPause,
    ConcernState,
    Priority,
    concern_number,
)
from accord.service.services.concern_records import (
    concern_attach,
    links_add,
    upload_checked,
)
from accord.service.workflows import CONCERN_WORKFLOW, SERVE
from accord.teams.models import EscalationContact, Matter

S = ConcernState
E = ConcernEntry.Kind

# A first contact is recorded as a conversation with the sponsor, of this kind.
INTERACTION_KIND = {
    ConcernEntry.How.CALL: Interaction.Kind.CALL,
    ConcernEntry.How.MEETING: Interaction.Kind.MEETING,
    ConcernEntry.How.WRITTEN: Interaction.Kind.EMAIL,
}

# Which rung of a project's communication tree owns a concern of each category.
MATTER_OF = {
    ConcernCategory.QUALITY: Matter.QUALITY_EVENT,
    ConcernCategory.REGULATORY: Matter.QUALITY_EVENT,
    ConcernCategory.SCHEDULE: Matter.SCHEDULE_SLIP,
    ConcernCategory.TECHNICAL: Matter.TECHNICAL_QUESTION,
    ConcernCategory.COMMERCIAL: Matter.COMMERCIAL,
}


def _next_sequence(year: int) -> int:
    """The next concern number of ``year``, gap-free under concurrency: the year's
    counter row is locked until the raising transaction ends."""
    counter = ConcernCounter.objects.select_for_update().filter(year=year).first()
    if counter is None:
        try:
            with transaction.atomic():
                ConcernCounter.objects.create(year=year)
        except IntegrityError:
            pass  # another transaction made it first; its row is locked below
        counter = ConcernCounter.objects.select_for_update().get(year=year)
    counter.last += 1
    counter.save(update_fields=["last"])
    return counter.last


def concern_owner_for(
    sponsor: Organization, project: Project | None, category: str
) -> tuple[User | None, int]:
    """Who owns a new concern, and the rung of the communication tree they stand on: the
    first rung for its matter, else the project's manager, else the sponsor's account
    owner (rung 0: not on the tree)."""
    if project is not None:
        matter = MATTER_OF.get(category)
        if matter is not None:
            rung = (
                EscalationContact.objects.filter(
                    project=project, matter=matter, cdmo_contact__is_active=True
                )
                .select_related("cdmo_contact")
                .order_by("level")
                .first()
            )
            if rung is not None:
                return rung.cdmo_contact, rung.level
        manager = (
            project.memberships.filter(role=ProjectRole.PROJECT_MANAGER, user__is_active=True)
            .select_related("user")
            .order_by("pk")
            .first()
        )
        if manager is not None:
            return manager.user, 0
    profile = SponsorProfile.objects.filter(sponsor=sponsor).select_related("account_owner").first()
    if profile is not None and profile.account_owner and profile.account_owner.is_active:
        return profile.account_owner, 0
    return None, 0


def _site_for(project: Project | None, owner: User | None) -> Site:
    if project is not None:
        return project.site
    if owner is not None and owner.site_id:
        return owner.site
    return Site.objects.order_by("pk").first()


def _text(value: str, field: str, what: str) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError({field: [f"Say {what}."]})
    return text


@transaction.atomic
def concern_raise(
    *,
    actor: User,
    sponsor: Organization,
    title: str,
    description: str,
    category: str,
    urgency: str,
    project: Project | None = None,
    interaction: Interaction | None = None,
    files: list[UploadedFile] = (),
) -> Concern:
    """A sponsor user raises a concern in the portal, or staff record one for the sponsor
    (from a call or meeting, or from an interaction flagged as a concern), with any files
    that show it. An owner is named at once and the acknowledgement clock starts."""
    require(actor, "service.add_concern")
    if actor.is_sponsor_user:
        if actor.organization_id != sponsor.pk:
            raise PermissionDenied("A sponsor user raises concerns for its own company only.")
        channel = ConcernChannel.PORTAL
    else:
        channel = ConcernChannel.INTERACTION if interaction else ConcernChannel.STAFF
    errors: dict[str, list[str]] = {}
    if sponsor.kind != Organization.Kind.SPONSOR:
        errors["sponsor"] = ["A concern is a sponsor's."]
    if project is not None and (
        project.sponsor_id != sponsor.pk
        or not projects_visible_to(actor).filter(pk=project.pk).exists()
    ):
        errors["project"] = ["Choose one of the sponsor's projects, or none for the relationship."]
    if interaction is not None and interaction.sponsor_id != sponsor.pk:
        errors["interaction"] = ["The conversation was with another sponsor."]
    if category not in ConcernCategory.values:
        errors["category"] = ["Choose what the concern is about."]
    if urgency not in Priority.values:
        errors["urgency"] = ["Choose how urgent it is for you."]
    if not (title or "").strip():
        errors["title"] = ["Give the concern a short title."]
    if not (description or "").strip():
        errors["description"] = ["Describe what happened and what it means for you."]
    for upload in files:
        try:
            upload_checked(upload, "files")
        except ValidationError as exc:
            errors.setdefault("files", []).extend(exc.message_dict["files"])
    if interaction is not None and interaction.concerns.exists():
        errors["interaction"] = [
            f"That conversation is already concern {interaction.concerns.first().number}."
        ]
    if errors:
        raise ValidationError(errors)
    now = timezone.now()
    owner, rung = concern_owner_for(sponsor, project, category)
    year = timezone.localdate(now).year
    sequence = _next_sequence(year)
    concern = Concern(
        year=year,
        sequence=sequence,
        number=concern_number(year, sequence),
        sponsor=sponsor,
        project=project,
        site=_site_for(project, owner),
        title=title.strip(),
        description=description.strip(),
        category=category,
        urgency=urgency,
        priority=urgency,
        channel=channel,
        interaction=interaction,
        raised_by=actor,
        raised_at=now,
        owner=owner,
        escalation_level=rung,
    )
    concern.full_clean()
    concern.save()
    ConcernEntry.objects.create(
        concern=concern, kind=E.RAISED, author=actor, at=now, text=concern.description
    )
    audit_record(
        actor=actor,
        action="service.concern.raised",
        target=concern,
        parent=project or sponsor,
        changes=created(
            {
                "title": concern.title,
                "category": concern.get_category_display(),
                "urgency": concern.get_urgency_display(),
                "owner": owner.printed_name if owner else None,
                "channel": concern.get_channel_display(),
            }
        ),
    )
    notify("service.concern.raised", concern, actor=actor)
    for upload in files:
        concern_attach(actor=actor, concern=concern, upload=upload)
    if channel == ConcernChannel.PORTAL:
        _after_hours_notice(concern, now)
    return concern


def _after_hours_notice(concern: Concern, now) -> None:
    """Raised while the site is closed: the sponsor is told at once when the working day
    starts and who will answer, in an entry of Accord's own and a message."""
    from accord.service.selectors import working_time_for

    working = working_time_for(concern.site)
    try:
        starts = next_working_moment(working, now)
    except CalendarError:
        return
    if starts <= now:
        return
    local = timezone.localtime(starts, working.zone)
    when = f"{date_format(local, 'l j F, H:i')} ({concern.site.name} time, {working.zone.key})"
    owner = concern.owner.printed_name if concern.owner else "our account team"
    ConcernEntry.objects.create(
        concern=concern,
        kind=E.AFTER_HOURS,
        at=now,
        text=(
            f"Your concern reached us outside our service hours. Our working day starts "
            f"{when}; {owner} will acknowledge it then, and its service clocks start counting "
            "from that moment."
        ),
    )
    notify("service.concern.received_after_hours", concern, actor=None, starts=when)


def _locked(concern: Concern, version: int | None) -> Concern:
    return concurrency.locked(
        concern, version, queryset=Concern.objects.select_related("sponsor", "project", "owner")
    )


def _serve(actor: User, concern: Concern, name: str):
    """The transition ``name`` if CDMO staff ``actor`` may take it now."""
    if not actor.is_cdmo_staff:
        raise PermissionDenied("CDMO staff serve a concern; the sponsor answers in the portal.")
    return CONCERN_WORKFLOW.check(concern, name, actor)


def _record(
    actor: User | None, concern: Concern, action: str, changes: dict, reason: str = "", **context
) -> None:
    """The step's audit event, then the people it concerns are told (after its rows)."""
    audit_record(
        actor=actor,
        action=f"service.concern.{action}",
        target=concern,
        parent=concern.project or concern.sponsor,
        changes=changes,
        reason=reason,
    )
    notify(f"service.concern.{action}", concern, actor=actor, **context)


def _save(concern: Concern, fields: list[str]) -> None:
    concurrency.bump(concern)
    concern.save(update_fields=[*fields, "version"])


def _state_change(before: str, after: str) -> dict[str, list]:
    return {"state": [S(before).label, S(after).label]}


@transaction.atomic
def concern_acknowledge(
    *, actor: User, concern: Concern, message: str, version: int | None = None
) -> Concern:
    """Recognize: the owner's personal message to the sponsor, which stops the
    acknowledgement clock. Nobody owns it yet: whoever acknowledges it takes it."""
    concern = _locked(concern, version)
    _serve(actor, concern, "acknowledge")
    message = _text(message, "message", "what you tell the sponsor, in your own words")
    if concern.owner_id is not None and concern.owner_id != actor.pk:
        raise PermissionDenied(
            f"{concern.owner.printed_name} owns this concern: the acknowledgement is their "
            "personal message. Take the concern over first."
        )
    now = timezone.now()
    before = concern.state
    concern.owner = actor
    concern.acknowledged_at = now
    concern.state = S.ACKNOWLEDGED
    _save(concern, ["owner", "acknowledged_at", "state"])
    ConcernEntry.objects.create(
        concern=concern, kind=E.ACKNOWLEDGEMENT, author=actor, at=now, text=message
    )
    _record(actor, concern, "acknowledged", _state_change(before, concern.state))
    return concern


@transaction.atomic
def concern_contact(
    *,
    actor: User,
    concern: Concern,
    how: str,
    summary: str,
    containment: str,
    version: int | None = None,
) -> Concern:
    """Relate: the first substantive contact (a call, a meeting or a written reply) with
    what was done at once to contain the harm. It stops the first-contact clock (and the
    acknowledgement clock, if the call came first) and starts the update clock."""
    concern = _locked(concern, version)
    _serve(actor, concern, "contact")
    errors: dict[str, list[str]] = {}
    if how not in ConcernEntry.How.values:
        errors["how"] = ["Say how you reached the sponsor: a call, a meeting or in writing."]
    if not (summary or "").strip():
        errors["summary"] = ["Say what was discussed and agreed."]
    if not (containment or "").strip():
        errors["containment"] = ["Say what was done at once to stop the harm (containment)."]
    if errors:
        raise ValidationError(errors)
    if concern.owner_id is None:
        concern.owner = actor
    now = timezone.now()
    before = concern.state
    concern.acknowledged_at = concern.acknowledged_at or now
    concern.first_contact_at = now
    concern.last_update_at = now
    concern.containment = containment.strip()
    concern.state = S.IN_PROGRESS
    _save(
        concern,
        ["owner", "acknowledged_at", "first_contact_at", "last_update_at", "containment", "state"],
    )
    interaction = interaction_record(
        actor=actor,
        sponsor=concern.sponsor,
        kind=INTERACTION_KIND[how],
        occurred_on=timezone.localdate(now),
        subject=f"{concern.number}: {concern.title}"[:200],
        summary=f"{summary.strip()}\n\nContainment: {concern.containment}",
        attendees=[actor],
        is_concern=True,
    )
    ConcernEntry.objects.create(
        concern=concern,
        kind=E.CONTACT,
        how=how,
        author=actor,
        at=now,
        text=summary.strip(),
        interaction=interaction,
    )
    _record(
        actor,
        concern,
        "contacted",
        {**_state_change(before, concern.state), "containment": [None, concern.containment]},
    )
    return concern


@transaction.atomic
def concern_update(*, actor: User, concern: Concern, text: str) -> Concern:
    """Keep the sponsor informed while the concern is open: restarts the update clock."""
    concern = _locked(concern, None)
    if not actor.is_cdmo_staff or not actor.has_perm(SERVE):
        raise PermissionDenied("CDMO staff serving the concern update the sponsor.")
    if concern.state not in (S.ACKNOWLEDGED, S.IN_PROGRESS, S.WAITING):
        raise ValidationError(
            f"{concern.number} is {concern.get_state_display().lower()}: there is nothing to "
            "update the sponsor on."
        )
    text = _text(text, "text", "what the sponsor should know now")
    now = timezone.now()
    concern.last_update_at = now
    _save(concern, ["last_update_at"])
    ConcernEntry.objects.create(concern=concern, kind=E.UPDATE, author=actor, at=now, text=text)
    _record(actor, concern, "updated", {"update": [None, text]})
    return concern


@transaction.atomic
def concern_note(*, actor: User, concern: Concern, text: str) -> ConcernEntry:
    """An internal note: staff read it, the sponsor never does. It stops no clock."""
    if not actor.is_cdmo_staff or not actor.has_perm(SERVE):
        raise PermissionDenied("Internal notes are for CDMO staff.")
    text = _text(text, "text", "what your colleagues should know")
    entry = ConcernEntry.objects.create(
        concern=concern, kind=E.NOTE, author=actor, at=timezone.now(), text=text, internal=True
    )
    _record(actor, concern, "noted", {"internal note": [None, text]})
    return entry


@transaction.atomic
def concern_wait(*, actor: User, concern: Concern, reason: str) -> Concern:
    """Wait on the sponsor (an answer, a sample, a decision): the clocks pause."""
    concern = _locked(concern, None)
    _serve(actor, concern, "wait")
    reason = _text(reason, "reason", "what you are waiting for from the sponsor")
    now = timezone.now()
    before = concern.state
    concern.state_before_wait = concern.state
    concern.state = S.WAITING
    _save(concern, ["state", "state_before_wait"])
    ConcernPause.objects.create(concern=concern, started_at=now, reason=reason)
    ConcernEntry.objects.create(concern=concern, kind=E.WAITING, author=actor, at=now, text=reason)
    _record(actor, concern, "waiting", _state_change(before, concern.state), reason=reason)
    return concern


@transaction.atomic
def concern_resume(*, actor: User, concern: Concern, text: str = "") -> Concern:
    """The wait is over (the sponsor answered, by whatever way): the clocks run again.
    A sponsor user resumes it by answering in the portal; staff record an answer that
    came another way."""
    concern = _locked(concern, None)
    if actor.is_sponsor_user:
        _sponsor_check(actor, concern)
        if concern.state != S.WAITING:
            raise ValidationError(f"{concern.number} is not waiting on your answer.")
        text = _text(text, "text", "your answer")
    else:
        _serve(actor, concern, "resume")
    now = timezone.now()
    pause = concern.pauses.filter(ended_at__isnull=True).order_by("-started_at").first()
    if pause is not None:
        pause.ended_at = now
        pause.save(update_fields=["ended_at"])
    before = concern.state
    concern.state = concern.state_before_wait or S.IN_PROGRESS
    concern.state_before_wait = ""
    _save(concern, ["state", "state_before_wait"])
    ConcernEntry.objects.create(
        concern=concern,
        kind=E.RESUMED,
        author=actor,
        at=now,
        text=text.strip() or "Work on the concern resumed.",
    )
    _record(actor, concern, "resumed", _state_change(before, concern.state))
    return concern


@transaction.atomic
def concern_resolve(
    *,
    actor: User,
    concern: Concern,
    resolution: str,
    root_cause: str = "",
    version: int | None = None,
    risks: list[Risk] | None = None,
    delays: list[Delay] | None = None,
    change_orders: list[ChangeOrder] | None = None,
) -> Concern:
    """Resolve: what was done, why it happened where known, and the records it produced
    or touched (added to its links). The sponsor confirms it, or reopens it with a reason."""
    concern = _locked(concern, version)
    _serve(actor, concern, "resolve")
    resolution = _text(resolution, "resolution", "what was done to resolve it")
    if risks or delays or change_orders:
        links_add(actor, concern, risks or [], delays or [], change_orders or [])
    now = timezone.now()
    before = concern.state
    concern.resolution = resolution
    concern.root_cause = (root_cause or "").strip()
    concern.resolved_at = now
    concern.state = S.RESOLVED
    _save(concern, ["resolution", "root_cause", "resolved_at", "state"])
    ConcernEntry.objects.create(
        concern=concern, kind=E.RESOLUTION, author=actor, at=now, text=resolution
    )
    _record(
        actor,
        concern,
        "resolved",
        {
            **_state_change(before, concern.state),
            "resolution": [None, resolution],
            "root_cause": [None, concern.root_cause or None],
        },
    )
    return concern


def _sponsor_check(actor: User, concern: Concern) -> None:
    from accord.service.selectors import concerns_visible_to

    if not actor.is_sponsor_user or not concerns_visible_to(actor).filter(pk=concern.pk).exists():
        raise PermissionDenied("Only the sponsor's people answer for the sponsor.")


@transaction.atomic
def concern_confirm(*, actor: User, concern: Concern, text: str = "") -> Concern:
    """The sponsor confirms the resolution: the concern closes."""
    concern = _locked(concern, None)
    _sponsor_check(actor, concern)
    CONCERN_WORKFLOW.check(concern, "confirm", actor)
    now = timezone.now()
    before = concern.state
    concern.closed_at = now
    concern.state = S.CLOSED
    _save(concern, ["closed_at", "state"])
    ConcernEntry.objects.create(
        concern=concern,
        kind=E.CONFIRMED,
        author=actor,
        at=now,
        text=text.strip() or "The resolution is confirmed.",
    )
    _record(actor, concern, "confirmed", _state_change(before, concern.state))
    from accord.surveys.services import csat_send_for_concern  # the sponsor's satisfaction

    csat_send_for_concern(concern=concern, actor=actor, at=now)
    return concern


@transaction.atomic
def concern_reopen(*, actor: User, concern: Concern, reason: str) -> Concern:
    """The sponsor is not satisfied: the concern is open again and its update clock
    restarts (the resolution clock keeps counting from when it was raised)."""
    concern = _locked(concern, None)
    _sponsor_check(actor, concern)
    CONCERN_WORKFLOW.check(concern, "reopen", actor)
    reason = _text(reason, "reason", "why the resolution does not settle it")
    now = timezone.now()
    before = concern.state
    concern.state = S.IN_PROGRESS
    concern.resolved_at = None
    concern.last_update_at = now
    concern.reopened += 1
    _save(concern, ["state", "resolved_at", "last_update_at", "reopened"])
    ConcernEntry.objects.create(concern=concern, kind=E.REOPENED, author=actor, at=now, text=reason)
    _record(actor, concern, "reopened", _state_change(before, concern.state), reason=reason)
    return concern


# --------------------------------------------------------------------------- owner and priority


@transaction.atomic
def concern_assign(
    *,
    actor: User,
    concern: Concern,
    owner: User | None = None,
    priority: str = "",
    reason: str,
    version: int | None = None,
) -> Concern:
    """Hand the concern to another owner, or set its priority (the sponsor's urgency is
    kept as they said it). The owner may hand over their own concern; giving someone
    else's concern a new owner, or changing a priority, needs the assign permission.
    A new priority recomputes every clock from the moment it was raised."""
    concern = _locked(concern, version)
    if not actor.is_cdmo_staff or not actor.has_perm(SERVE):
        raise PermissionDenied("CDMO staff serving concerns hand them over.")
    may_assign = actor.has_perm("service.assign_concern")
    errors: dict[str, list[str]] = {}
    changes: dict[str, list] = {}
    before_owner = concern.owner
    if concern.state == S.CLOSED:
        raise ValidationError(f"{concern.number} is closed: it has no owner to change.")
    if owner is not None and owner.pk != concern.owner_id:
        if not may_assign and concern.owner_id not in (None, actor.pk):
            raise PermissionDenied(
                f"{concern.owner.printed_name} owns this concern: only they, or someone who "
                "assigns concerns, hand it over."
            )
        if not (owner.is_active and owner.is_cdmo_staff and owner.has_perm(SERVE)):
            errors["owner"] = ["Choose an active member of staff who serves concerns."]
        else:
            changes["owner"] = [
                before_owner.printed_name if before_owner else None,
                owner.printed_name,
            ]
            concern.owner = owner
    if priority and priority != concern.priority:
        if priority not in Priority.values:
            errors["priority"] = ["Choose a priority: critical, high, medium or low."]
        elif not may_assign:
            raise PermissionDenied("Changing a concern's priority needs the assign permission.")
        else:
            changes["priority"] = [
                Priority(concern.priority).label,
                Priority(priority).label,
            ]
            concern.priority = priority
    reason = (reason or "").strip()
    if not reason:
        errors["reason"] = ["Say why (the new owner and the audit trail read it)."]
    if errors:
        raise ValidationError(errors)
    if not changes:
        raise ValidationError("Nothing changes: choose another owner or another priority.")
    _save(concern, ["owner", "priority"])
    ConcernEntry.objects.create(
        concern=concern,
        kind=E.NOTE,
        author=actor,
        internal=True,
        text="; ".join(
            f"{'Owner' if name == 'owner' else 'Priority'}: {old or 'nobody'} → {new}"
            for name, (old, new) in changes.items()
        )
        + f". {reason}",
    )
    _record(actor, concern, "assigned", changes, reason=reason, before=before_owner)
    return concern
