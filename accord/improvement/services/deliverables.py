"""The deliverables an initiative's owner or champion adds to a DMAIC checklist beyond
the standard ones, and taking one of them off again while it is not done."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max

from accord.accounts.models import User
from accord.audit.services import audit_record
from accord.improvement.models import STAGE_ORDER, Deliverable, Initiative, Stage
from accord.improvement.services.shared import CHANGE, locked, staff

NAME_MAX = Deliverable._meta.get_field("name").max_length


def _check_lead(actor: User, initiative: Initiative) -> None:
    if actor.pk not in (initiative.owner_id, initiative.champion_id):
        raise PermissionDenied(
            f"Only the initiative's owner, {initiative.owner.printed_name}, or its champion, "
            f"{initiative.champion.printed_name}, change its checklist."
        )


def _check_open_dmaic(initiative: Initiative) -> None:
    if not initiative.is_dmaic:
        raise ValidationError("Only a DMAIC initiative has stage deliverables.")
    if not initiative.is_open:
        raise ValidationError(f"{initiative.code} is {initiative.get_status_display().lower()}.")


def deliverable_add(*, actor: User, initiative: Initiative, stage: str, name: str) -> Deliverable:
    """Add a deliverable of this initiative's own to the current or a later DMAIC stage;
    that stage's gate then waits for it too."""
    staff(actor, CHANGE)
    _check_lead(actor, initiative)
    name = (name or "").strip()
    errors: dict[str, list[str]] = {}
    if not name:
        errors["name"] = ["Name the deliverable."]
    elif len(name) > NAME_MAX:
        errors["name"] = [f"Keep the name to {NAME_MAX} characters."]
    if stage not in STAGE_ORDER:
        errors["stage"] = ["Choose a DMAIC stage: Define, Measure, Analyse, Improve or Control."]
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        current = locked(initiative, None)
        _check_open_dmaic(current)
        if STAGE_ORDER.index(stage) < STAGE_ORDER.index(current.stage):
            raise ValidationError(
                {
                    "stage": [
                        f"The {Stage(stage).label} stage is past: add to the current stage "
                        f"({current.get_stage_display()}) or a later one."
                    ]
                }
            )
        if current.deliverables.filter(stage=stage, name__iexact=name).exists():
            raise ValidationError(
                {"name": [f"{name} is already on the {Stage(stage).label} checklist."]}
            )
        last = current.deliverables.aggregate(last=Max("position"))["last"]
        deliverable = Deliverable.objects.create(
            initiative=current,
            stage=stage,
            name=name,
            position=(last or 0) + 1,
            is_standard=False,
            added_by=actor,
        )
        audit_record(
            actor=actor,
            action="improvement.deliverable.added",
            target=deliverable,
            parent=current,
            changes={"stage": [None, Stage(stage).label], "name": [None, name]},
        )
    return deliverable


def deliverable_remove(*, actor: User, deliverable: Deliverable, reason: str = "") -> None:
    """Take an added deliverable off the checklist while it is not done; the standard
    ones stay."""
    staff(actor, CHANGE)
    _check_lead(actor, deliverable.initiative)
    if deliverable.is_standard:
        raise ValidationError(
            f"{deliverable.name} is a standard DMAIC deliverable: it cannot be removed."
        )
    with transaction.atomic():
        initiative = locked(deliverable.initiative, None)
        _check_open_dmaic(initiative)
        current = Deliverable.objects.select_for_update().get(pk=deliverable.pk)
        if current.is_done:
            raise ValidationError(f"{current.name} is done: mark it not done before removing it.")
        if initiative.gates.filter(stage=current.stage).exists():
            raise ValidationError(
                f"The {current.get_stage_display()} gate is passed; its checklist is frozen."
            )
        audit_record(
            actor=actor,
            action="improvement.deliverable.removed",
            target=current,
            parent=initiative,
            changes={"stage": [current.get_stage_display(), None], "name": [current.name, None]},
            reason=reason,
        )
        current.delete()
