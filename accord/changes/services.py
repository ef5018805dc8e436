"""Every write to change orders. Each runs in one transaction with its audit event.

The schedule impact is computed on an in-memory copy of the plan: nothing of the real
plan (or its baseline) changes until an accepted change order is incorporated.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from accord.accounts.models import User
from accord.audit.services import audit_record, created, diff, snapshot
from accord.changes.models import ChangeOrder, ChangeOrderPlanEdit
from accord.changes.selectors import change_orders_visible_to
from accord.changes.workflows import CHANGE_ORDER_WORKFLOW, CONTENT, SPONSOR_TRANSITIONS
from accord.core import concurrency
from accord.core.permissions import require
from accord.core.workflow import TransitionNotAllowed
from accord.notifications.services import notify
from accord.planning import services as planning
from accord.planning.models import Baseline, Dependency, Task
from accord.planning.scheduling import network_of, plan_schedule
from accord.projects.models import Project
from accord.signatures.services import signature_apply, signer_authenticate

CONTENT_FIELDS = (
    "title",
    "sow_reference",
    "scope_change",
    "justification",
    "price_change",
    "currency",
)
ORDER_FIELDS = ("project", "number", *CONTENT_FIELDS, "status")
TEXT_FIELDS = frozenset({"title", "sow_reference", "scope_change", "justification"})
EDITABLE = CONTENT


def _authorize(actor: User, permission: str) -> None:
    require(actor, permission)
    if not actor.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff prepare change orders.")


def _locked(change_order: ChangeOrder, version: int | None = None) -> ChangeOrder:
    return concurrency.locked(
        change_order, version, queryset=ChangeOrder.objects.select_related("project__site")
    )


def _edits_state(change_order: ChangeOrder) -> list[list[object]]:
    return [edit.describe() for edit in change_order.edits.select_related("task", "after")]


@dataclass(frozen=True)
class Impact:
    finish_before: object
    finish_after: object
    delta_days: int


def change_order_impact(change_order: ChangeOrder) -> Impact | None:
    """The project finish before and after the change order's plan edits, and the shift in
    working days, from a copy of the plan in memory. ``None`` while there is no plan."""
    project = change_order.project
    tasks = list(Task.objects.filter(project=project).order_by("sort_order", "uid"))
    if not tasks or project.start_date is None:
        return None
    links = list(Dependency.objects.filter(project=project))
    before = plan_schedule(project, tasks, links).project_finish
    copies = {task.pk: copy.copy(task) for task in tasks}
    proposed_links = list(links)
    next_uid = max(task.uid for task in tasks) + 1
    next_sort = max(task.sort_order for task in tasks) + 10
    for index, edit in enumerate(change_order.edits.all(), start=1):
        if edit.kind == ChangeOrderPlanEdit.Kind.ADD_DAYS:
            task = copies[edit.task_id]
            task.duration_days = max(task.duration_days + edit.days, 0)
            continue
        # Never saved: a negative id only keys the new task within this copy.
        new = Task(
            pk=-index,
            project=project,
            uid=next_uid,
            name=edit.name,
            kind=Task.Kind.TASK,
            sort_order=next_sort,
            duration_days=edit.duration_days,
        )
        copies[new.pk] = new
        proposed_links.append(
            Dependency(project=project, predecessor_id=edit.after_id, successor_id=new.pk)
        )
        next_uid += 1
        next_sort += 10
    proposed = list(copies.values())
    after = plan_schedule(project, proposed, proposed_links).project_finish
    calendar = network_of(project, tasks, links).calendar
    return Impact(before, after, calendar.working_days_between(before, after))


def _refresh_impact(change_order: ChangeOrder) -> None:
    impact = change_order_impact(change_order)
    change_order.finish_before = impact.finish_before if impact else None
    change_order.finish_after = impact.finish_after if impact else None
    change_order.finish_delta_days = impact.delta_days if impact else None


def _clean(fields: dict[str, object]) -> dict[str, object]:
    return {
        k: v.strip() if k in TEXT_FIELDS and isinstance(v, str) else v for k, v in fields.items()
    }


@transaction.atomic
def change_order_create(
    *,
    actor: User,
    project: Project,
    title: str,
    sow_reference: str,
    scope_change: str,
    justification: str,
    price_change: Decimal,
    currency: str = ChangeOrder.Currency.CHF,
) -> ChangeOrder:
    """Draft a change order with the next number of the project (CO-001, CO-002 ...)."""
    _authorize(actor, "changes.add_changeorder")
    change_order = ChangeOrder(
        project=project,
        created_by=actor,
        **_clean(
            {
                "title": title,
                "sow_reference": sow_reference,
                "scope_change": scope_change,
                "justification": justification,
                "price_change": price_change,
                "currency": currency,
            }
        ),
    )
    change_order.full_clean(exclude=["number"])
    # The project row is the counter's lock; change orders are never deleted, so
    # max + 1 is gap-free (DESIGN rule 8) and the unique constraint is the backstop.
    project = Project.objects.select_for_update().get(pk=project.pk)
    highest = ChangeOrder.objects.filter(project=project).aggregate(m=Max("number"))["m"]
    change_order.number = (highest or 0) + 1
    change_order.save()
    # The impact of no edits yet: today's finish, for the page to show from the start.
    _refresh_impact(change_order)
    change_order.save(update_fields=["finish_before", "finish_after", "finish_delta_days"])
    audit_record(
        actor=actor,
        action="changes.changeorder.created",
        target=change_order,
        parent=project,
        changes=created(snapshot(change_order, ORDER_FIELDS)),
    )
    return change_order


@transaction.atomic
def change_order_update(
    *,
    actor: User,
    change_order: ChangeOrder,
    reason: str = "",
    version: int | None = None,
    **fields: object,
) -> ChangeOrder:
    """Edit what a change order says; frozen once it is sent, with a reason in review."""
    _authorize(actor, "changes.change_changeorder")
    unknown = set(fields) - EDITABLE
    if unknown:
        raise ValidationError({"__all__": [f"Unknown fields: {', '.join(sorted(unknown))}"]})
    change_order = _locked(change_order, version)
    before = snapshot(change_order, CONTENT_FIELDS)
    proposed = copy.copy(change_order)
    for name, value in _clean(fields).items():
        setattr(proposed, name, value)
    changes = diff(before, snapshot(proposed, CONTENT_FIELDS))
    if not changes:
        return change_order
    CHANGE_ORDER_WORKFLOW.check_edit(change_order, changes, reason)
    proposed.full_clean()
    concurrency.bump(proposed)
    proposed.save()
    audit_record(
        actor=actor,
        action="changes.changeorder.updated",
        target=proposed,
        parent=proposed.project,
        changes=changes,
        reason=reason,
    )
    return proposed


def _check_draft(change_order: ChangeOrder) -> None:
    if not change_order.is_draft:
        raise ValidationError(
            {"__all__": ["The plan edits of a change order change only while it is a draft."]}
        )


def _task_of(project: Project, task: Task | None, field: str) -> Task:
    if task is None or task.project_id != project.pk:
        # Named generically: the other project may belong to another sponsor.
        raise ValidationError({field: ["Choose a task of this project."]})
    return task


@transaction.atomic
def plan_edit_add(
    *,
    actor: User,
    change_order: ChangeOrder,
    kind: str,
    task: Task | None = None,
    days: int | None = None,
    name: str = "",
    duration_days: int | None = None,
    after: Task | None = None,
    version: int | None = None,
) -> ChangeOrderPlanEdit:
    """Add one plan edit to a draft change order and recompute its schedule impact."""
    _authorize(actor, "changes.change_changeorder")
    change_order = _locked(change_order, version)
    _check_draft(change_order)
    project = change_order.project
    if kind == ChangeOrderPlanEdit.Kind.ADD_DAYS:
        task = _task_of(project, task, "task")
        if task.kind != Task.Kind.TASK:
            raise ValidationError({"task": ["Only a task has a duration to change."]})
        if task.actual_finish:
            raise ValidationError({"task": ["This task is finished; its duration is history."]})
        if not days:
            raise ValidationError({"days": ["Give the working days to add (negative to remove)."]})
        if task.duration_days + days < 1:
            raise ValidationError(
                {"days": [f"The task lasts {task.duration_days} days; it must keep at least one."]}
            )
        edit = ChangeOrderPlanEdit(kind=kind, task=task, days=days)
    elif kind == ChangeOrderPlanEdit.Kind.NEW_TASK:
        after = _task_of(project, after, "after")
        if not name.strip():
            raise ValidationError({"name": ["Name the new task."]})
        if not duration_days or duration_days < 1:
            raise ValidationError(
                {"duration_days": ["Give the new task's duration in working days."]}
            )
        edit = ChangeOrderPlanEdit(
            kind=kind, name=name.strip(), duration_days=duration_days, after=after
        )
    else:
        raise ValidationError({"kind": ["Choose the kind of plan edit."]})
    before = _edits_state(change_order)
    highest = change_order.edits.aggregate(m=Max("position"))["m"] or 0
    edit.change_order = change_order
    edit.position = highest + 1
    edit.full_clean()
    edit.save()
    _changed_plan_edits(actor, change_order, before)
    return edit


@transaction.atomic
def plan_edit_remove(*, actor: User, edit: ChangeOrderPlanEdit) -> None:
    _authorize(actor, "changes.change_changeorder")
    change_order = _locked(edit.change_order)
    _check_draft(change_order)
    before = _edits_state(change_order)
    change_order.edits.filter(pk=edit.pk).delete()
    _changed_plan_edits(actor, change_order, before)


def _changed_plan_edits(actor: User, change_order: ChangeOrder, before: list) -> None:
    impact_fields = ("finish_before", "finish_after", "finish_delta_days")
    old_impact = snapshot(change_order, impact_fields)
    _refresh_impact(change_order)
    concurrency.bump(change_order)
    change_order.save()
    audit_record(
        actor=actor,
        action="changes.changeorder.plan_edited",
        target=change_order,
        parent=change_order.project,
        changes={
            "edits": [before, _edits_state(change_order)],
            **diff(old_impact, snapshot(change_order, impact_fields)),
        },
    )


def _incorporate(actor: User, change_order: ChangeOrder, full_credentials: bool) -> dict[str, list]:
    """Apply the plan edits to the real plan, through the planning services (each audited,
    each naming the change order), and save the new baseline the PM signs. Returns what
    the plan and its baseline looked like before and after."""
    reason = f"Change order {change_order.reference} incorporated: {change_order.title}"
    project = change_order.project
    finish_before = _plan_finish(project)
    created_uids = []
    for edit in change_order.edits.select_related("task", "after"):
        if edit.kind == ChangeOrderPlanEdit.Kind.ADD_DAYS:
            task = Task.objects.get(pk=edit.task_id)
            planning.task_update(
                actor=actor,
                task=task,
                reason=reason,
                duration_days=max(task.duration_days + edit.days, 1),
            )
            continue
        task = planning.task_create(
            actor=actor,
            project=project,
            name=edit.name,
            kind=Task.Kind.TASK,
            duration_days=edit.duration_days,
            department="",
        )
        planning.dependency_add(actor=actor, predecessor=edit.after, successor=task)
        edit.created_task = task
        edit.save(update_fields=["created_task"])
        created_uids.append(task.uid)
    previous = Baseline.objects.filter(project=project).order_by("-number").first()
    baseline = planning.baseline_freeze(
        actor=actor,
        project=project,
        name=f"Re-baseline after {change_order.reference}",
        full_credentials=full_credentials,
        reason=reason,
    )
    change_order.baseline = baseline
    return {
        "plan_finish": [_iso(finish_before), _iso(_plan_finish(project))],
        "tasks_created": [None, created_uids],
        "baseline": [previous.number if previous else None, baseline.number],
    }


def _plan_finish(project: Project):
    return Task.objects.filter(project=project).aggregate(m=Max("early_finish"))["m"]


def _iso(day) -> str | None:
    return day.isoformat() if day else None


def change_order_transition(
    *,
    actor: User,
    change_order: ChangeOrder,
    name: str,
    meaning: str = "",
    username: str | None = None,
    password: str = "",
    reason: str = "",
    acknowledge: bool = False,
    version: int | None = None,
) -> ChangeOrder:
    """Move a change order through its workflow, signing where the workflow says so.

    Accepting and rejecting are the sponsor manager's, on change orders they can see;
    every other action is the CDMO's. ``version`` is the one the actor saw: a signature
    never covers content that changed since.
    """
    concurrency.check(change_order, version)
    transition = CHANGE_ORDER_WORKFLOW.check(change_order, name, actor)
    sponsor_action = transition.name in SPONSOR_TRANSITIONS
    if sponsor_action and not actor.is_sponsor_user:
        raise PermissionDenied("Only the sponsor accepts or rejects a change order.")
    if not sponsor_action and not actor.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff take this action.")
    if not change_orders_visible_to(actor).filter(pk=change_order.pk).exists():
        raise PermissionDenied("You cannot act on this change order.")
    if transition.reason_required and not reason.strip():
        raise ValidationError({"reason": [f"Give a reason to {transition.label.lower()}."]})
    full_credentials = False
    if transition.signature:
        if meaning != transition.signature:
            raise ValidationError(
                {"meaning": [f"Choose the meaning of this signature: {transition.signature}."]}
            )
        # Outside the transaction: a failed attempt stays recorded (and counts to lockout).
        full_credentials = signer_authenticate(
            actor=actor, username=username, password=password, acknowledge=acknowledge
        )
    with transaction.atomic():
        locked = _locked(change_order, version)
        if locked.status != change_order.status:
            raise TransitionNotAllowed(
                "Someone else changed this change order just now; reload it."
            )
        CHANGE_ORDER_WORKFLOW.check(locked, name, actor)
        before = snapshot(locked, ("status", "finish_before", "finish_after", "finish_delta_days"))
        extra: dict[str, list] = {}
        if name in ("submit", "send"):
            # What is reviewed, and what the sponsor signs, is the impact on today's plan.
            _refresh_impact(locked)
        elif name in SPONSOR_TRANSITIONS:
            locked.decided_by = actor
            locked.decided_on = timezone.localdate()
            if name == "reject":
                locked.rejection_reason = reason.strip()
        elif name == "incorporate":
            extra = _incorporate(actor, locked, full_credentials)
            locked.incorporated_at = timezone.now()
        locked.status = transition.target
        concurrency.bump(locked)
        locked.save()
        changes = diff(
            before,
            snapshot(locked, ("status", "finish_before", "finish_after", "finish_delta_days")),
        )
        audit_record(
            actor=actor,
            action=f"changes.changeorder.{transition.name}",
            target=locked,
            parent=locked.project,
            changes={**changes, **extra},
            reason=reason,
        )
        if transition.signature:
            signature_apply(
                actor=actor,
                record=locked,
                meaning=transition.signature,
                full_credentials=full_credentials,
                reason=reason,
                transition=transition.name,
            )
        notify(f"changes.changeorder.{transition.name}", locked, actor=actor)
    return locked
