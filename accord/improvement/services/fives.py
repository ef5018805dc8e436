"""5S areas, their audits (five scores, 0 to 5, with notes) and the actions raised."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from accord.accounts.models import Site, User
from accord.audit.services import audit_record, created, snapshot
from accord.core import clock
from accord.improvement.models import (
    FIVE_S,
    SCORE_MAX,
    FiveSAction,
    FiveSArea,
    FiveSAudit,
    Initiative,
    Method,
)
from accord.improvement.services.shared import AUDIT, CHANGE_AUDIT, check_staff_person, staff

AUDIT_FIELDS = (
    "area",
    "audited_on",
    "auditor",
    "initiative",
    *(name for name, _, _ in FIVE_S),
    *(f"{name}_notes" for name, _, _ in FIVE_S),
)


def five_s_area_create(*, actor: User, site: Site, name: str, description: str = "") -> FiveSArea:
    staff(actor, AUDIT)
    if not name.strip():
        raise ValidationError({"name": ["Name the area."]})
    try:
        with transaction.atomic():
            area = FiveSArea.objects.create(
                site=site, name=name.strip(), description=description.strip()
            )
            audit_record(
                actor=actor,
                action="improvement.fivesarea.created",
                target=area,
                changes=created(snapshot(area, ("site", "name", "description"))),
            )
    except IntegrityError:
        raise ValidationError({"name": ["The site already has an area of that name."]}) from None
    return area


def _scores(scores: dict) -> dict[str, int]:
    errors, clean = {}, {}
    for name, label, _ in FIVE_S:
        value = scores.get(name)
        try:
            number = int(value)
        except (TypeError, ValueError):
            errors[name] = [f"Score {label} from 0 to {SCORE_MAX}."]
            continue
        if number != value and str(number) != str(value).strip():
            errors[name] = [f"Score {label} in whole points, 0 to {SCORE_MAX}."]
        elif not 0 <= number <= SCORE_MAX:
            errors[name] = [f"Score {label} from 0 to {SCORE_MAX}."]
        clean[name] = number
    if errors:
        raise ValidationError(errors)
    return clean


def _check_action(what: str, owner: User | None, due_on: dt.date | None) -> None:
    errors = {}
    if not (what or "").strip():
        errors["what"] = ["Say what is to be done."]
    if due_on is None:
        errors["due_on"] = ["Give the due date."]
    if errors:
        raise ValidationError(errors)
    check_staff_person(owner, "owner")


def five_s_audit_record(
    *,
    actor: User,
    area: FiveSArea,
    auditor: User,
    scores: dict,
    audited_on: dt.date | None = None,
    notes: dict | None = None,
    initiative: Initiative | None = None,
    actions: Iterable[dict] = (),
) -> FiveSAudit:
    """Record an audit of ``area``: a score of 0 to 5 for each S (``scores`` by field name:
    sort, set_in_order, shine, standardize, sustain), notes, and the actions it raised
    (``what``, ``owner``, ``due_on``), all or nothing."""
    staff(actor, AUDIT)
    clean = _scores(scores)
    check_staff_person(auditor, "auditor")
    audited_on = audited_on or clock.today()
    if audited_on > clock.today():
        raise ValidationError({"audited_on": ["An audit is recorded once it was held."]})
    if initiative is not None and (
        initiative.method != Method.FIVE_S or initiative.site_id != area.site_id
    ):
        raise ValidationError({"initiative": ["Choose a 5S initiative of the area's site."]})
    actions = list(actions)
    for action in actions:
        _check_action(action.get("what", ""), action.get("owner"), action.get("due_on"))
    notes = notes or {}
    with transaction.atomic():
        audit = FiveSAudit.objects.create(
            area=area,
            audited_on=audited_on,
            auditor=auditor,
            initiative=initiative,
            **clean,
            **{f"{n}_notes": (notes.get(n) or "").strip() for n, _, _ in FIVE_S},
        )
        audit_record(
            actor=actor,
            action="improvement.fivesaudit.recorded",
            target=audit,
            parent=area,
            changes=created(snapshot(audit, AUDIT_FIELDS)),
        )
        for action in actions:
            _add_action(actor, audit, action["what"], action["owner"], action["due_on"])
    return audit


def _add_action(actor: User, audit: FiveSAudit, what: str, owner: User, due_on) -> FiveSAction:
    action = FiveSAction.objects.create(audit=audit, what=what.strip(), owner=owner, due_on=due_on)
    audit_record(
        actor=actor,
        action="improvement.fivesaction.added",
        target=action,
        parent=audit,
        changes=created(snapshot(action, ("what", "owner", "due_on"))),
    )
    return action


def five_s_action_add(
    *, actor: User, audit: FiveSAudit, what: str, owner: User, due_on: dt.date
) -> FiveSAction:
    staff(actor, CHANGE_AUDIT)
    _check_action(what, owner, due_on)
    with transaction.atomic():
        return _add_action(actor, audit, what, owner, due_on)


def five_s_action_done(
    *, actor: User, action: FiveSAction, done_on: dt.date | None = None
) -> FiveSAction:
    """Mark an action done: its owner, or anyone who may change audits."""
    if actor.pk != action.owner_id:
        staff(actor, CHANGE_AUDIT)
    with transaction.atomic():
        current = FiveSAction.objects.select_for_update().get(pk=action.pk)
        if current.is_done:
            return current
        current.done_on = done_on or clock.today()
        current.save(update_fields=["done_on"])
        audit_record(
            actor=actor,
            action="improvement.fivesaction.done",
            target=current,
            parent=current.audit,
            changes={"done_on": [None, current.done_on.isoformat()]},
        )
    return current
