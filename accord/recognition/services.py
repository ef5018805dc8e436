"""Every write of recognition: kudos given, and withdrawn by their giver in the first
hour. Each one is one transaction with its audit event; the person thanked and their
manager are told in the same transaction (a refused kudos tells no one)."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from accord.accounts.models import User
from accord.audit.services import audit_record, created, snapshot
from accord.core.permissions import require
from accord.meetings.models import Meeting
from accord.meetings.selectors import meetings_visible_to
from accord.notifications.services import notify
from accord.planning.models import Task
from accord.planning.selectors import tasks_visible_to
from accord.recognition.models import MESSAGE_MAX, Kudos, KudosCategory
from accord.recognition.selectors import people_thankable_by
from accord.service.models import Concern
from accord.service.selectors import concerns_visible_to

MILESTONE_KINDS = (Task.Kind.MILESTONE, Task.Kind.DECISION)


def _recipient_errors(actor: User, recipient: User | None) -> list[str]:
    # Never the name of someone the giver may not see: an id can point anywhere.
    if recipient is None:
        return ["Choose the person you thank."]
    if recipient.pk == actor.pk:
        return ["You cannot give kudos to yourself: thank a colleague."]
    if people_thankable_by(actor).filter(pk=recipient.pk).exists():
        return []
    if actor.is_sponsor_user:
        return [
            "You can thank the CDMO people who work on your projects, your account owner "
            "and the owners of your concerns: choose one of them."
        ]
    return ["Kudos go to an active member of the CDMO staff: choose a colleague."]


def _context_errors(
    actor: User, concern: Concern | None, milestone: Task | None, meeting: Meeting | None
) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    if sum(record is not None for record in (concern, milestone, meeting)) > 1:
        errors["__all__"] = [
            "Give kudos on one record at most: a concern, a milestone or a meeting."
        ]
    if concern is not None and not concerns_visible_to(actor).filter(pk=concern.pk).exists():
        errors["concern"] = ["You can only give kudos on a concern you can see."]
    if milestone is not None:
        if milestone.kind not in MILESTONE_KINDS:
            errors["milestone"] = [
                f"“{milestone.name}” is a task, not a milestone: choose a milestone or a "
                "decision point."
            ]
        elif not tasks_visible_to(actor).filter(pk=milestone.pk).exists():
            errors["milestone"] = ["You can only give kudos on a milestone you can see."]
    if meeting is not None and not meetings_visible_to(actor).filter(pk=meeting.pk).exists():
        errors["meeting"] = ["You can only give kudos on a meeting you can see."]
    return errors


@transaction.atomic
def kudos_give(
    *,
    actor: User,
    recipient: User | None,
    message: str,
    category: str = "",
    concern: Concern | None = None,
    milestone: Task | None = None,
    meeting: Meeting | None = None,
) -> Kudos:
    """``actor`` thanks ``recipient``, a CDMO person: a sponsor user someone who serves its
    company, staff a colleague; on a concern, a milestone or a meeting the giver sees, if
    any. The sponsor is the giver's company (none between colleagues) and the project
    the record's. The recipient and their manager are told."""
    require(actor, "recognition.add_kudos")
    if not (actor.is_cdmo_staff or actor.is_sponsor_user):
        raise PermissionDenied("Only CDMO staff and sponsor users give kudos.")
    errors: dict[str, list[str]] = {}
    message = (message or "").strip()
    if not message:
        errors["message"] = ["Say what they did and what it meant to you."]
    elif len(message) > MESSAGE_MAX:
        errors["message"] = [
            f"Keep the message to {MESSAGE_MAX} characters (it has {len(message)})."
        ]
    category = category or ""
    if category and category not in KudosCategory.values:
        errors["category"] = ["Choose one of the categories, or none."]
    recipient_errors = _recipient_errors(actor, recipient)
    if recipient_errors:
        errors["recipient"] = recipient_errors
    errors.update(_context_errors(actor, concern, milestone, meeting))
    if errors:
        raise ValidationError(errors)
    context = concern or milestone or meeting
    # As stored now: whom they report to is told.
    recipient = User.objects.select_related("manager", "organization").get(pk=recipient.pk)
    kudos = Kudos(
        giver=actor,
        recipient=recipient,
        message=message,
        category=category,
        sponsor=actor.organization if actor.is_sponsor_user else None,
        project=getattr(context, "project", None),
        concern=concern,
        milestone=milestone,
        meeting=meeting,
        given_at=timezone.now(),
    )
    kudos.full_clean()
    kudos.save()
    audit_record(
        actor=actor,
        action="recognition.kudos.given",
        target=kudos,
        parent=recipient,
        changes=created(
            {
                "recipient": recipient.printed_name,
                "message": message,
                "category": kudos.get_category_display() or None,
                "sponsor": kudos.sponsor.name if kudos.sponsor else None,
                "project": kudos.project.code if kudos.project else None,
                "given_on": str(context) if context is not None else None,
            }
        ),
    )
    notify("recognition.kudos.given", kudos, actor=actor)
    return kudos


@transaction.atomic
def kudos_withdraw(*, actor: User, kudos: Kudos) -> Kudos:
    """The giver takes their kudos back within the hour (the wrong person, a slip of the
    hand); after that kudos stand. Withdrawn kudos leave every page and count; the trail
    keeps both events."""
    kudos = Kudos.objects.select_for_update().select_related("recipient").get(pk=kudos.pk)
    if kudos.giver_id != actor.pk:
        raise PermissionDenied("Only the person who gave kudos may withdraw them.")
    if kudos.is_withdrawn:
        raise ValidationError("These kudos were withdrawn already.")
    now = timezone.now()
    if not kudos.may_withdraw(actor, now):
        raise ValidationError(
            "Kudos can be withdrawn within an hour of giving them; these stand as given."
        )
    kudos.withdrawn_at = now
    kudos.save(update_fields=["withdrawn_at"])
    audit_record(
        actor=actor,
        action="recognition.kudos.withdrawn",
        target=kudos,
        parent=kudos.recipient,
        changes={"withdrawn_at": [None, snapshot(kudos, ["withdrawn_at"])["withdrawn_at"]]},
    )
    return kudos
