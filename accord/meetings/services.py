"""Every write to meetings, their decisions and action items. Each runs in one transaction
with its audit event, so a change and the record of who made it, and why, cannot part."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from accord.accounts.models import User
from accord.audit.services import audit_record, created, diff, snapshot
from accord.core import concurrency
from accord.core.permissions import require
from accord.meetings.models import ActionItem, Meeting, MeetingDecision
from accord.meetings.selectors import action_item_owner_candidates, action_items_visible_to
from accord.meetings.workflows import ACTION_ITEM_WORKFLOW
from accord.notifications.services import notify
from accord.projects.models import Project

MEETING_CONTENT = (
    "kind",
    "title",
    "held_on",
    "attendees",
    "agenda",
    "minutes",
    "shared_with_sponsor",
    "internal_notes",
)
MEETING_FIELDS = ("project", "number", *MEETING_CONTENT)
MEETING_EDITABLE = frozenset(MEETING_CONTENT)
DECISION_FIELDS = ("meeting", "text", "decided_by")
ACTION_CONTENT = ("description", "owner", "due_on")
ACTION_FIELDS = ("meeting", "project", "number", *ACTION_CONTENT, "status", "done_on", "closed_by")
ACTION_EDITABLE = frozenset(ACTION_CONTENT)


def _authorize(actor: User, permission: str) -> None:
    require(actor, permission)
    if not actor.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff record and change meetings.")


def _clean_text(fields: dict[str, object]) -> dict[str, object]:
    return {k: v.strip() if isinstance(v, str) else v for k, v in fields.items()}


def _next_number(model: type[Meeting] | type[ActionItem], project: Project) -> int:
    # The project row is the counter's lock: two PMs recording at once get M-004 and
    # M-005. Rows are never deleted, so max + 1 is gap-free (DESIGN rule 8).
    Project.objects.select_for_update().filter(pk=project.pk).get()
    highest = model.objects.filter(project=project).aggregate(n=Max("number"))["n"]
    return (highest or 0) + 1


def _locked_meeting(meeting: Meeting, version: int | None = None) -> Meeting:
    return concurrency.locked(meeting, version, queryset=Meeting.objects.select_related("project"))


def _locked_item(item: ActionItem, version: int | None = None) -> ActionItem:
    return concurrency.locked(
        item, version, queryset=ActionItem.objects.select_related("meeting", "project")
    )


def _check_owner(project: Project, owner: User | None) -> None:
    if owner is None or not action_item_owner_candidates(project).filter(pk=owner.pk).exists():
        # Names only this project's sponsor: the refused person may belong to another one.
        raise ValidationError(
            {
                "owner": [
                    "Choose a CDMO colleague or a person of "
                    f"{project.sponsor.name} who is on this project."
                ]
            }
        )


def _check_due(meeting: Meeting, due_on: dt.date | None) -> None:
    if due_on is not None and due_on < meeting.held_on:
        raise ValidationError(
            {"due_on": ["An action cannot be due before the meeting that gives it."]}
        )


@transaction.atomic
def meeting_record(
    *,
    actor: User,
    project: Project,
    kind: str,
    title: str,
    held_on: dt.date,
    attendees: str,
    agenda: str = "",
    minutes: str = "",
    shared_with_sponsor: bool = False,
    internal_notes: str = "",
) -> Meeting:
    """Record a meeting; its number is the next one of the project, without gaps."""
    _authorize(actor, "meetings.add_meeting")
    meeting = Meeting(
        project=project,
        **_clean_text(
            {
                "kind": kind,
                "title": title,
                "held_on": held_on,
                "attendees": attendees,
                "agenda": agenda,
                "minutes": minutes,
                "shared_with_sponsor": shared_with_sponsor,
                "internal_notes": internal_notes,
            }
        ),
    )
    meeting.full_clean(exclude={"number"})
    meeting.number = _next_number(Meeting, project)
    meeting.save()
    audit_record(
        actor=actor,
        action="meetings.meeting.recorded",
        target=meeting,
        parent=project,
        changes=created(snapshot(meeting, MEETING_FIELDS)),
    )
    return meeting


@transaction.atomic
def meeting_update(
    *,
    actor: User,
    meeting: Meeting,
    reason: str = "",
    version: int | None = None,
    **fields,
) -> Meeting:
    """Edit a meeting. Once it is shared with the sponsor, every change needs a reason.

    ``version`` is the version the editor started from; a stale one is refused rather
    than silently overwriting a colleague's change.
    """
    _authorize(actor, "meetings.change_meeting")
    unknown = set(fields) - MEETING_EDITABLE
    if unknown:
        raise ValidationError({"__all__": [f"Unknown fields: {', '.join(sorted(unknown))}"]})
    meeting = _locked_meeting(meeting, version)
    was_shared = meeting.shared_with_sponsor
    before = snapshot(meeting, MEETING_FIELDS)
    for name, value in _clean_text(fields).items():
        setattr(meeting, name, value)
    changes = diff(before, snapshot(meeting, MEETING_FIELDS))
    if not changes:
        return meeting
    if was_shared and not reason.strip():
        raise ValidationError(
            {"reason": ["The sponsor can read this meeting; say why you change it."]}
        )
    meeting.full_clean()
    concurrency.bump(meeting)
    meeting.save()
    audit_record(
        actor=actor,
        action="meetings.meeting.updated",
        target=meeting,
        parent=meeting.project,
        changes=changes,
        reason=reason,
    )
    return meeting


@transaction.atomic
def decision_add(
    *, actor: User, meeting: Meeting, text: str, decided_by: str = ""
) -> MeetingDecision:
    """Add a decision to a meeting's record."""
    _authorize(actor, "meetings.change_meeting")
    decision = MeetingDecision(
        meeting=meeting, **_clean_text({"text": text, "decided_by": decided_by})
    )
    decision.full_clean()
    decision.save()
    audit_record(
        actor=actor,
        action="meetings.decision.added",
        target=decision,
        parent=meeting,
        changes=created(snapshot(decision, DECISION_FIELDS)),
    )
    return decision


@transaction.atomic
def action_item_add(
    *, actor: User, meeting: Meeting, description: str, owner: User | None, due_on: dt.date
) -> ActionItem:
    """Give someone an action from a meeting; numbered per project, without gaps."""
    _authorize(actor, "meetings.add_actionitem")
    project = meeting.project
    _check_owner(project, owner)
    _check_due(meeting, due_on)
    item = ActionItem(
        meeting=meeting,
        project=project,
        owner=owner,
        due_on=due_on,
        description=description.strip(),
    )
    item.full_clean(exclude={"number"})
    item.number = _next_number(ActionItem, project)
    item.save()
    audit_record(
        actor=actor,
        action="meetings.action_item.added",
        target=item,
        parent=meeting,
        changes=created(snapshot(item, ACTION_FIELDS)),
    )
    notify("meetings.action_item.assigned", item, actor=actor)
    return item


@transaction.atomic
def action_item_update(
    *,
    actor: User,
    item: ActionItem,
    reason: str = "",
    version: int | None = None,
    **fields,
) -> ActionItem:
    """Change what an action item asks, of whom, or by when.

    Once its meeting is shared with the sponsor, or once it is done, a change needs a
    reason.
    """
    _authorize(actor, "meetings.change_actionitem")
    unknown = set(fields) - ACTION_EDITABLE
    if unknown:
        raise ValidationError({"__all__": [f"Unknown fields: {', '.join(sorted(unknown))}"]})
    item = _locked_item(item, version)
    if "owner" in fields and getattr(fields["owner"], "pk", None) != item.owner_id:
        _check_owner(item.project, fields["owner"])
    before = snapshot(item, ACTION_FIELDS)
    for name, value in _clean_text(fields).items():
        setattr(item, name, value)
    changes = diff(before, snapshot(item, ACTION_FIELDS))
    if not changes:
        return item
    if "due_on" in changes:
        _check_due(item.meeting, item.due_on)
    if not reason.strip():
        if not item.is_open:
            raise ValidationError({"reason": ["This action item is done; say why you change it."]})
        if item.meeting.shared_with_sponsor:
            raise ValidationError(
                {"reason": ["The sponsor can read this action item; say why you change it."]}
            )
    item.full_clean()
    concurrency.bump(item)
    item.save()
    audit_record(
        actor=actor,
        action="meetings.action_item.updated",
        target=item,
        parent=item.meeting,
        changes=changes,
        reason=reason,
    )
    if "owner" in changes:
        notify("meetings.action_item.assigned", item, actor=actor)
    return item


def _may_close_for_others(actor: User) -> bool:
    return actor.is_cdmo_staff and actor.has_perm("meetings.change_actionitem")


def action_item_can_close(actor: User, item: ActionItem) -> bool:
    """Whether ``actor`` may mark ``item`` done: its owner, or the project manager."""
    return (
        item.is_open
        and actor.has_perm("meetings.close_actionitem")
        and (item.owner_id == actor.pk or _may_close_for_others(actor))
    )


@transaction.atomic
def action_item_close(
    *,
    actor: User,
    item: ActionItem,
    done_on: dt.date | None = None,
    note: str = "",
    version: int | None = None,
) -> ActionItem:
    """Mark an action item done. Its owner may (a sponsor user too, for their own item);
    anyone else needs the right to change action items."""
    require(actor, "meetings.close_actionitem")
    if not actor.is_cdmo_staff and not action_items_visible_to(actor).filter(pk=item.pk).exists():
        raise PermissionDenied("You cannot close this action item.")
    item = _locked_item(item, version)
    transition = ACTION_ITEM_WORKFLOW.check(item, "close", actor)
    if item.owner_id != actor.pk and not _may_close_for_others(actor):
        raise PermissionDenied("Only the owner or the project manager marks this item done.")
    done_on = done_on or timezone.localdate()
    if done_on > timezone.localdate():
        raise ValidationError({"done_on": ["An action cannot be done on a future date."]})
    if done_on < item.meeting.held_on:
        raise ValidationError(
            {"done_on": ["An action cannot be done before the meeting that gave it."]}
        )
    before = snapshot(item, ACTION_FIELDS)
    item.status = transition.target
    item.done_on = done_on
    item.closed_by = actor
    concurrency.bump(item)
    item.save(update_fields=["status", "done_on", "closed_by", "version", "updated_at"])
    audit_record(
        actor=actor,
        action="meetings.action_item.closed",
        target=item,
        parent=item.meeting,
        changes=diff(before, snapshot(item, ACTION_FIELDS)),
        reason=note,
    )
    return item


@transaction.atomic
def action_item_reopen(
    *, actor: User, item: ActionItem, reason: str, version: int | None = None
) -> ActionItem:
    """Reopen an action item that was marked done too early."""
    _authorize(actor, "meetings.change_actionitem")
    item = _locked_item(item, version)
    transition = ACTION_ITEM_WORKFLOW.check(item, "reopen", actor)
    if not reason.strip():
        raise ValidationError({"reason": ["Say why the action item is reopened."]})
    before = snapshot(item, ACTION_FIELDS)
    item.status = transition.target
    item.done_on = None
    item.closed_by = None
    concurrency.bump(item)
    item.save(update_fields=["status", "done_on", "closed_by", "version", "updated_at"])
    audit_record(
        actor=actor,
        action="meetings.action_item.reopened",
        target=item,
        parent=item.meeting,
        changes=diff(before, snapshot(item, ACTION_FIELDS)),
        reason=reason,
    )
    return item
