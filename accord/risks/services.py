"""Every write to a project's risk register. Each one audits itself in its transaction."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterable

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from accord.accounts.models import User
from accord.audit.services import audit_record, created, diff, snapshot
from accord.core import concurrency
from accord.core.permissions import require
from accord.planning.models import Task
from accord.projects.models import Project
from accord.risks.models import Risk, RiskReview
from accord.risks.workflows import RISK_WORKFLOW

# What a risk says; every change to these is in the audit trail, old and new value.
CONTENT_FIELDS = (
    "title",
    "category",
    "cause",
    "effect",
    "likelihood",
    "impact",
    "owner",
    "mitigation_plan",
    "contingency_plan",
    "contingency_trigger",
    "status",
    "next_review_date",
    "shared_with_sponsor",
)
RISK_FIELDS = ("project", "sequence", *CONTENT_FIELDS)
EDITABLE = frozenset({*CONTENT_FIELDS, "affected_tasks"})
REVIEW_FIELDS = ("likelihood", "impact", "next_review_date")
TEXT_FIELDS = frozenset(
    {
        "title",
        "cause",
        "effect",
        "mitigation_plan",
        "contingency_plan",
        "contingency_trigger",
    }
)


def _authorize(actor: User, permission: str) -> None:
    require(actor, permission)
    if not actor.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff manage a project's risks.")


def _check_owner(owner: User) -> None:
    if not (owner.is_active and owner.is_cdmo_staff):
        raise ValidationError({"owner": ["The owner must be an active member of CDMO staff."]})


def _state(risk: Risk, fields: Iterable[str], task_ids: Iterable[int]) -> dict[str, object]:
    return {**snapshot(risk, fields), "affected_tasks": sorted(task_ids)}


def _checked_tasks(project: Project, tasks: Iterable[Task]) -> list[Task]:
    tasks = list(tasks)
    if any(task.project_id != project.pk for task in tasks):
        # Named generically: the other project may belong to another sponsor.
        raise ValidationError({"affected_tasks": ["Choose tasks and milestones of this project."]})
    return tasks


def _locked(risk: Risk, version: int | None) -> Risk:
    """The risk's row, locked; refuse if someone changed it since ``version`` was read."""
    return concurrency.locked(risk, version, queryset=Risk.objects.select_related("project"))


def _next_sequence(project: Project) -> int:
    # The project row lock serializes creators on this project; risks are never deleted,
    # so max + 1 is gap-free (DESIGN rule 8). The unique constraint is the backstop.
    Project.objects.select_for_update().filter(pk=project.pk).get()
    highest = Risk.objects.filter(project=project).aggregate(n=Max("sequence"))["n"]
    return (highest or 0) + 1


@transaction.atomic
def risk_create(
    *,
    actor: User,
    project: Project,
    title: str,
    category: str,
    cause: str,
    effect: str,
    likelihood: int,
    impact: int,
    owner: User,
    next_review_date: dt.date,
    mitigation_plan: str = "",
    contingency_plan: str = "",
    contingency_trigger: str = "",
    affected_tasks: Iterable[Task] = (),
    shared_with_sponsor: bool = False,
) -> Risk:
    """Add a risk to a project's register with the next free number (R-001, R-002 ...)."""
    _authorize(actor, "risks.add_risk")
    _check_owner(owner)
    tasks = _checked_tasks(project, affected_tasks)
    risk = Risk(
        project=project,
        title=title.strip(),
        category=category,
        cause=cause.strip(),
        effect=effect.strip(),
        likelihood=likelihood,
        impact=impact,
        owner=owner,
        next_review_date=next_review_date,
        mitigation_plan=mitigation_plan.strip(),
        contingency_plan=contingency_plan.strip(),
        contingency_trigger=contingency_trigger.strip(),
        shared_with_sponsor=shared_with_sponsor,
    )
    risk.full_clean(exclude=["sequence"])
    risk.sequence = _next_sequence(project)
    risk.save()
    risk.affected_tasks.set(tasks)
    audit_record(
        actor=actor,
        action="risks.risk.created",
        target=risk,
        parent=project,
        changes=created(_state(risk, RISK_FIELDS, (task.pk for task in tasks))),
    )
    return risk


@transaction.atomic
def risk_update(
    *, actor: User, risk: Risk, reason: str = "", version: int | None = None, **values: object
) -> Risk:
    """Change what a risk says. Closing has its own action (``risk_close``); a closed risk
    changes, or reopens, only with a reason."""
    _authorize(actor, "risks.change_risk")
    unknown = set(values) - EDITABLE
    if unknown:
        raise TypeError(f"risk_update() cannot change {sorted(unknown)}")
    risk = _locked(risk, version)
    current_tasks = list(risk.affected_tasks.values_list("pk", flat=True))
    before = _state(risk, CONTENT_FIELDS, current_tasks)
    tasks = None
    if "affected_tasks" in values:
        tasks = _checked_tasks(risk.project, values.pop("affected_tasks"))
    proposed = copy.copy(risk)
    for name, value in values.items():
        setattr(proposed, name, value.strip() if name in TEXT_FIELDS else value)
    after = _state(
        proposed, CONTENT_FIELDS, current_tasks if tasks is None else (t.pk for t in tasks)
    )
    changes = diff(before, after)
    if not changes:
        return risk
    RISK_WORKFLOW.check_edit(risk, changes, reason)
    if "status" in changes and proposed.status == Risk.Status.CLOSED:
        raise ValidationError({"status": ["Use “Close risk” to close a risk, with a reason."]})
    if "owner" in changes:
        _check_owner(proposed.owner)
    proposed.full_clean()
    concurrency.bump(proposed)
    proposed.save()
    if tasks is not None:
        proposed.affected_tasks.set(tasks)
    risk = proposed
    audit_record(
        actor=actor,
        action="risks.risk.updated",
        target=risk,
        parent=risk.project,
        changes=changes,
        reason=reason,
    )
    return risk


@transaction.atomic
def risk_review(
    *,
    actor: User,
    risk: Risk,
    comment: str,
    next_review_date: dt.date,
    likelihood: int | None = None,
    impact: int | None = None,
    version: int | None = None,
) -> RiskReview:
    """Record that someone looked at a live risk: rescore it if needed, set the next review.

    The comment is the review's conclusion; it is also the reason on the audit event.
    """
    _authorize(actor, "risks.change_risk")
    risk = _locked(risk, version)
    errors: dict[str, list[str]] = {}
    if not risk.is_live:
        raise ValidationError("A closed risk is not reviewed; reopen it first if it is back.")
    if not comment.strip():
        errors["comment"] = ["Say what the review found, even if nothing changed."]
    if next_review_date <= timezone.localdate():
        errors["next_review_date"] = ["The next review must be after today."]
    if errors:
        raise ValidationError(errors)
    before = snapshot(risk, REVIEW_FIELDS)
    review = RiskReview(
        risk=risk,
        reviewed_by=actor,
        comment=comment.strip(),
        likelihood_before=risk.likelihood,
        impact_before=risk.impact,
        likelihood=risk.likelihood if likelihood is None else likelihood,
        impact=risk.impact if impact is None else impact,
        next_review_date=next_review_date,
    )
    review.full_clean()
    risk.likelihood, risk.impact = review.likelihood, review.impact
    risk.next_review_date = next_review_date
    concurrency.bump(risk)
    risk.save()
    review.save()
    audit_record(
        actor=actor,
        action="risks.risk.reviewed",
        target=risk,
        parent=risk.project,
        changes=diff(before, snapshot(risk, REVIEW_FIELDS)),
        reason=review.comment,
    )
    return review


@transaction.atomic
def risk_close(*, actor: User, risk: Risk, reason: str, version: int | None = None) -> Risk:
    """Close a risk that can no longer happen, or whose consequences are dealt with."""
    _authorize(actor, "risks.change_risk")
    risk = _locked(risk, version)
    transition = RISK_WORKFLOW.check(risk, "close", actor)
    if not reason.strip():
        raise ValidationError({"reason": ["Say why the risk is closed."]})
    before = risk.status
    risk.status = transition.target
    concurrency.bump(risk)
    risk.save(update_fields=["status", "version", "updated_at"])
    audit_record(
        actor=actor,
        action="risks.risk.closed",
        target=risk,
        parent=risk.project,
        changes={"status": [before, risk.status]},
        reason=reason,
    )
    return risk
