"""What the CAPA services share (``capa`` and ``capa_decisions``): the limits on dates,
the effort a CAPA must show in proportion to the risk it answers (what stops it from
closing), the helpers that check, lock, save and audit a CAPA or its actions, and
``_open``, the write that opens a CAPA, whether asked for (``capa.capa_open``) or as the
follow-up of one found not effective (``capa_decisions``). Private to those modules:
other code imports from ``accord.quality.services.capa``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from accord.accounts.models import User
from accord.audit.services import audit_record, created
from accord.core import clock, concurrency
from accord.notifications.services import notify
from accord.quality.capa_workflows import APPROVE, WORK
from accord.quality.models import (
    CAUSES,
    Capa,
    CapaAction,
    CapaActionType,
    Deviation,
    DeviationClass,
    cause_label,
)
from accord.quality.services.numbers import CAPA, next_number

S = Capa.State
A = CapaAction.State

MAX_CHECK_DELAY_DAYS = 730
# The monitoring window of a check, when QA names no due date of its own.
CHECK_WINDOW_DAYS = 30
# A follow-up CAPA gets as long as the one it follows had, and never less than this.
FOLLOW_UP_MIN_DAYS = 30


# ----------------------------------------------------------------- proportional effort


@dataclass(frozen=True)
class Effort:
    """What a CAPA must contain, in proportion to the risk of what it answers
    (ICH Q9/Q10, R-CAPA-2)."""

    corrective_action: bool  # at least one corrective action, verified, before implementation
    effectiveness_check: bool  # it cannot close without a signed check of effectiveness


def proportional_effort(deviation: Deviation | None) -> Effort:
    """A CAPA answering a major or critical deviation removes a cause (a correction alone
    does not) and proves it worked: corrective action and a check of effectiveness are
    both required. Minor deviations and standalone CAPA are left to judgement."""
    serious = deviation is not None and deviation.classification in (
        DeviationClass.MAJOR,
        DeviationClass.CRITICAL,
    )
    return Effort(corrective_action=serious, effectiveness_check=serious)


def missing_for_closure(capa: Capa) -> list[str]:
    """What stops the CAPA from being implemented or closed, in words (empty: nothing).
    A parent never closes while a child action is open (R-CAPA-4)."""
    missing = []
    actions = list(capa.actions.all())
    if not any(a.state == A.VERIFIED for a in actions):
        # Every action cancelled means nothing was done: cancel the CAPA instead.
        missing.append("at least one verified action")
    unfinished = [a for a in actions if a.state in (A.OPEN, A.DONE)]
    if unfinished:
        named = "; ".join(
            f"{a.get_action_type_display()} “{a.description[:60]}” "
            f"({a.get_state_display().lower()}, {a.owner.printed_name})"
            for a in unfinished
        )
        missing.append(f"every action verified or cancelled; still open: {named}")
    effort = proportional_effort(capa.deviation)
    if effort.corrective_action and not any(
        a.action_type == CapaActionType.CORRECTIVE and a.state == A.VERIFIED for a in actions
    ):
        missing.append(
            "a verified corrective action (required for a CAPA of a "
            f"{capa.deviation.get_classification_display().lower()} deviation)"
        )
    return missing


def _closable(capa: Capa) -> None:
    missing = missing_for_closure(capa)
    if missing:
        raise ValidationError(f"{capa.number} cannot close yet. It needs {'; '.join(missing)}.")


# ----------------------------------------------------------------- helpers


def _staff(actor: User, what: str) -> None:
    if not actor.is_cdmo_staff:
        raise PermissionDenied(f"The CDMO's staff {what}.")


def _person_errors(owner: User | None, approver: User | None, errors: dict[str, list[str]]) -> None:
    if owner is None or not (owner.is_active and owner.is_cdmo_staff):
        errors["owner"] = ["Choose an active member of the CDMO's staff as owner."]
    elif not owner.has_perm(WORK):
        errors["owner"] = [f"{owner.printed_name}'s roles do not allow working on CAPA."]
    if approver is None or not (approver.is_active and approver.is_cdmo_staff):
        errors["qa_approver"] = ["Choose an active member of QA as approver."]
    elif not approver.has_perm(APPROVE):
        errors["qa_approver"] = [f"{approver.printed_name} does not approve CAPA (a QA role)."]
    elif owner is not None and approver.pk == owner.pk:
        # R-CAPA-1: whoever does the work never approves it.
        errors["qa_approver"] = [
            "The QA approver is never the owner: choose someone else to approve."
        ]


def _due_errors(due_date: dt.date | None, errors: dict[str, list[str]], field="due_date") -> None:
    if due_date is None:
        errors[field] = ["Give a due date."]
    elif due_date < clock.today():
        errors[field] = ["The due date cannot be in the past."]


def _cause_valid(code: str) -> bool:
    category, _, sub = code.partition(".")
    return category in CAUSES and (not sub or sub in CAUSES[category][1])


# The checks made before signing read the record as stored now, not the caller's copy;
# the write itself locks the row and compares the version the caller read.
def _current(capa: Capa) -> Capa:
    return Capa.objects.select_related("deviation", "owner", "qa_approver").get(pk=capa.pk)


def _current_action(action: CapaAction) -> CapaAction:
    return CapaAction.objects.select_related("capa", "owner", "qa_approver").get(pk=action.pk)


def _locked(capa: Capa, version: int | None) -> Capa:
    return concurrency.locked(
        capa,
        version,
        queryset=Capa.objects.select_related("deviation", "owner", "qa_approver", "follows"),
    )


def _locked_action(action: CapaAction, version: int | None) -> CapaAction:
    return concurrency.locked(
        action,
        version,
        queryset=CapaAction.objects.select_related("capa", "capa__deviation", "owner"),
    )


def _save(record, fields: list[str]) -> None:
    concurrency.bump(record)
    record.save(update_fields=[*fields, "version"])


def _record(actor: User | None, capa: Capa, verb: str, changes: dict, *, target=None, reason=""):
    audit_record(
        actor=actor,
        action=f"quality.capa.{verb}",
        target=target or capa,
        parent=capa if target is not None else capa.deviation,
        changes=changes,
        reason=reason,
    )


def _state_change(before: str, after: str) -> dict[str, list]:
    return {"state": [S(before).label, S(after).label]}


def _text(value: str, field: str, message: str) -> str:
    value = (value or "").strip()
    if not value:
        raise ValidationError({field: [message]})
    return value


# ----------------------------------------------------------------- opening


@transaction.atomic
def _open(
    *,
    actor: User,
    title: str,
    problem: str,
    owner: User | None,
    qa_approver: User | None,
    due_date: dt.date | None,
    success_criteria: str,
    deviation: Deviation | None,
    root_cause_category: str | None,
    effectiveness_required: bool,
    effectiveness_after_days: int | None,
    effectiveness_rationale: str,
    requires_retraining: bool | None,
    follows: Capa | None = None,
) -> Capa:
    errors: dict[str, list[str]] = {}
    if not (title or "").strip():
        errors["title"] = ["Give the CAPA a short title."]
    if not (problem or "").strip():
        errors["problem"] = ["State the problem the CAPA addresses."]
    _person_errors(owner, qa_approver, errors)
    _due_errors(due_date, errors)
    if deviation is not None and deviation.state == Deviation.State.CANCELLED:
        errors["deviation"] = [f"{deviation.number} is cancelled: it takes no CAPA."]
    if root_cause_category is None:
        investigation = getattr(deviation, "investigation", None) if deviation else None
        root_cause_category = (
            deviation.cause_code(investigation.root_cause_category if investigation else "")
            if deviation
            else ""
        )
    root_cause_category = root_cause_category.strip()
    if root_cause_category and not _cause_valid(root_cause_category):
        errors["root_cause_category"] = ["Choose a cause from the taxonomy."]
    effort = proportional_effort(deviation)
    if effectiveness_required:
        if not (success_criteria or "").strip():
            errors["success_criteria"] = [
                "State up front what will show that the actions worked (the check's criteria)."
            ]
        if effectiveness_after_days is None or not (
            0 <= effectiveness_after_days <= MAX_CHECK_DELAY_DAYS
        ):
            errors["effectiveness_after_days"] = [
                f"The check starts 0 to {MAX_CHECK_DELAY_DAYS} days after implementation."
            ]
    elif effort.effectiveness_check:
        errors["effectiveness_required"] = [
            f"A CAPA of a {deviation.get_classification_display().lower()} deviation "
            "requires a check of effectiveness."
        ]
    elif not (effectiveness_rationale or "").strip():
        errors["effectiveness_rationale"] = ["Say why no check of effectiveness is needed."]
    if errors:
        raise ValidationError(errors)
    if requires_retraining is None:
        # A training root cause calls for retraining unless someone decides otherwise.
        requires_retraining = root_cause_category == "people.training"
    capa = Capa(
        number=next_number(CAPA, clock.today().year),
        title=title.strip(),
        problem=problem.strip(),
        deviation=deviation,
        follows=follows,
        sponsor=deviation.sponsor if deviation else (follows.sponsor if follows else None),
        root_cause_category=root_cause_category,
        owner=owner,
        qa_approver=qa_approver,
        due_date=due_date,
        effectiveness_required=effectiveness_required,
        effectiveness_after_days=effectiveness_after_days if effectiveness_required else 0,
        effectiveness_rationale="" if effectiveness_required else effectiveness_rationale.strip(),
        success_criteria=(success_criteria or "").strip(),
        requires_retraining=requires_retraining,
        created_by=actor,
        created_at=clock.now(),
    )
    capa.full_clean()
    capa.save()
    _record(
        actor,
        capa,
        "opened",
        created(
            {
                "title": capa.title,
                "deviation": deviation.number if deviation else None,
                "follows": follows.number if follows else None,
                "owner": owner.printed_name,
                "qa_approver": qa_approver.printed_name,
                "due_date": due_date.isoformat(),
                "root_cause": cause_label(root_cause_category) if root_cause_category else None,
                "effectiveness_required": effectiveness_required,
                "success_criteria": capa.success_criteria or None,
                "requires_retraining": requires_retraining,
            }
        ),
    )
    notify("quality.capa.opened", capa, actor=actor)
    return capa
