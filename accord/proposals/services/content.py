"""Writes of what a revision offers: scope items, payment milestones, the timeline from a
plan template and the complexity assessment. Each change runs ``content_changed``: the
total again, back to draft and the reviews invalidated."""

from __future__ import annotations

import copy
import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max, Sum
from django.utils import timezone

from accord.accounts.models import User
from accord.audit.services import audit_record, created, diff, snapshot
from accord.planning.plan_templates import TEMPLATES
from accord.proposals.complexity import complexity_level, required_reviews
from accord.proposals.models import (
    COMPLEXITY_FACTORS,
    ComplexityAssessment,
    PaymentMilestone,
    ProposalRevision,
    ScopeItem,
)
from accord.proposals.services._common import (
    authorize_staff,
    content_changed,
    open_for_edit,
    stripped,
)
from accord.proposals.timeline import MAX_BATCHES, timeline_compute

CENT = Decimal("0.01")
EDIT_PERMISSION = "proposals.change_proposal"
ITEM_FIELDS = (
    "service",
    "description",
    "deliverables",
    "assumptions",
    "exclusions",
    "unit",
    "quantity",
    "unit_price",
    "total",
)
ITEM_EDITABLE = frozenset(ITEM_FIELDS) - {"total"}
ITEM_TEXT = frozenset({"description", "deliverables", "assumptions", "exclusions", "unit"})
MILESTONE_FIELDS = ("name", "percent", "amount", "trigger")
MILESTONE_TEXT = frozenset({"name", "trigger"})
FACTOR_NAMES = tuple(name for name, _ in COMPLEXITY_FACTORS)
TIMELINE_FIELDS = ("timeline_template", "timeline_start", "timeline_scale", "timeline_batches")
SCALE_RANGE = (Decimal("0.25"), Decimal("4.00"))


def money(value: Decimal) -> str:
    return f"{value:,.2f}"


# --------------------------------------------------------------------------- scope items


def _item_total(item: ScopeItem) -> None:
    if item.quantity is not None and item.unit_price is not None:
        item.total = (Decimal(item.quantity) * Decimal(item.unit_price)).quantize(
            CENT, rounding=ROUND_HALF_UP
        )


def _item_clean(item: ScopeItem) -> None:
    if item.quantity is None:
        raise ValidationError({"quantity": ["Give the quantity."]})
    if item.unit_price is None:
        raise ValidationError({"unit_price": ["Give the unit price."]})
    _item_total(item)
    item.full_clean(exclude=["revision"])


@transaction.atomic
def scope_item_add(
    *,
    actor: User,
    revision: ProposalRevision,
    service: str,
    description: str,
    unit: str,
    quantity: Decimal,
    unit_price: Decimal,
    deliverables: str = "",
    assumptions: str = "",
    exclusions: str = "",
) -> ScopeItem:
    """Price one piece of work: its total is quantity x unit price."""
    authorize_staff(actor, EDIT_PERMISSION)
    revision = open_for_edit(revision)
    item = ScopeItem(
        revision=revision,
        **stripped(
            {
                "service": service,
                "description": description,
                "deliverables": deliverables,
                "assumptions": assumptions,
                "exclusions": exclusions,
                "unit": unit,
                "quantity": quantity,
                "unit_price": unit_price,
            },
            ITEM_TEXT,
        ),
    )
    _item_clean(item)
    item.position = (revision.scope_items.aggregate(m=Max("position"))["m"] or 0) + 1
    item.save()
    extra = content_changed(revision)
    audit_record(
        actor=actor,
        action="proposals.scopeitem.created",
        target=item,
        parent=revision,
        changes={**created(snapshot(item, ITEM_FIELDS)), **extra},
    )
    return item


@transaction.atomic
def scope_item_update(
    *, actor: User, item: ScopeItem, version: int | None = None, **fields: object
) -> ScopeItem:
    """Change a scope item; ``version`` is its revision's (its rows are its content)."""
    authorize_staff(actor, EDIT_PERMISSION)
    unknown = set(fields) - ITEM_EDITABLE
    if unknown:
        raise ValidationError({"__all__": [f"Unknown fields: {', '.join(sorted(unknown))}"]})
    revision = open_for_edit(item.revision, version)
    item = ScopeItem.objects.get(pk=item.pk, revision=revision)
    before = snapshot(item, ITEM_FIELDS)
    for name, value in stripped(fields, ITEM_TEXT).items():
        setattr(item, name, value)
    _item_clean(item)
    changes = diff(before, snapshot(item, ITEM_FIELDS))
    if not changes:
        return item
    item.save()
    extra = content_changed(revision)
    audit_record(
        actor=actor,
        action="proposals.scopeitem.updated",
        target=item,
        parent=revision,
        changes={**changes, **extra},
    )
    return item


@transaction.atomic
def scope_item_remove(*, actor: User, item: ScopeItem, version: int | None = None) -> None:
    """Remove a scope item; ``version`` is its revision's."""
    authorize_staff(actor, EDIT_PERMISSION)
    revision = open_for_edit(item.revision, version)
    item = ScopeItem.objects.get(pk=item.pk, revision=revision)
    before = snapshot(item, ITEM_FIELDS)
    audit_target = copy.copy(item)
    item.delete()
    extra = content_changed(revision)
    audit_record(
        actor=actor,
        action="proposals.scopeitem.removed",
        target=audit_target,
        parent=revision,
        changes={**diff(before, {}), **extra},
    )


# --------------------------------------------------------------------------- milestones


def milestone_problems(revision: ProposalRevision) -> list[str]:
    """Why the payment milestones cannot go to a sponsor yet (none: they can)."""
    milestones = list(revision.milestones.all())
    currency = revision.proposal.currency
    if not milestones:
        return ["Add at least one payment milestone."]
    if milestones[0].uses_percent:
        percent = sum((m.percent for m in milestones), Decimal("0"))
        if percent != 100:
            return [
                f"The payment milestones add up to {percent:.2f} % of the total; "
                "they must add up to 100 %."
            ]
        return []
    amount = sum((m.amount for m in milestones), Decimal("0"))
    if amount != revision.total:
        return [
            f"The payment milestones add up to {money(amount)} {currency}; they must add up "
            f"to the total, {money(revision.total)} {currency}."
        ]
    return []


def _milestone_clean(revision: ProposalRevision, milestone: PaymentMilestone) -> None:
    if (milestone.percent is None) == (milestone.amount is None):
        raise ValidationError(
            {"percent": ["Give either a percent of the total or a fixed amount, not both."]}
        )
    others = revision.milestones.exclude(pk=milestone.pk)
    first = others.first()
    if first is not None and first.uses_percent != milestone.uses_percent:
        if first.uses_percent:
            raise ValidationError(
                {"percent": ["This revision's milestones are percents of the total; give one."]}
            )
        raise ValidationError(
            {"amount": ["This revision's milestones are fixed amounts; give an amount."]}
        )
    if milestone.uses_percent:
        percent = (others.aggregate(s=Sum("percent"))["s"] or Decimal("0")) + milestone.percent
        if percent > 100:
            raise ValidationError(
                {"percent": [f"The milestones would add up to {percent:.2f} %; at most 100 %."]}
            )
    milestone.full_clean(exclude=["revision"])


@transaction.atomic
def milestone_add(
    *,
    actor: User,
    revision: ProposalRevision,
    name: str,
    trigger: str,
    percent: Decimal | None = None,
    amount: Decimal | None = None,
) -> PaymentMilestone:
    authorize_staff(actor, EDIT_PERMISSION)
    revision = open_for_edit(revision)
    milestone = PaymentMilestone(
        revision=revision,
        percent=percent,
        amount=amount,
        **stripped({"name": name, "trigger": trigger}, MILESTONE_TEXT),
    )
    _milestone_clean(revision, milestone)
    milestone.position = (revision.milestones.aggregate(m=Max("position"))["m"] or 0) + 1
    milestone.save()
    extra = content_changed(revision)
    audit_record(
        actor=actor,
        action="proposals.paymentmilestone.created",
        target=milestone,
        parent=revision,
        changes={**created(snapshot(milestone, MILESTONE_FIELDS)), **extra},
    )
    return milestone


@transaction.atomic
def milestone_update(
    *, actor: User, milestone: PaymentMilestone, version: int | None = None, **fields: object
) -> PaymentMilestone:
    """Change a payment milestone; ``version`` is its revision's."""
    authorize_staff(actor, EDIT_PERMISSION)
    unknown = set(fields) - set(MILESTONE_FIELDS)
    if unknown:
        raise ValidationError({"__all__": [f"Unknown fields: {', '.join(sorted(unknown))}"]})
    revision = open_for_edit(milestone.revision, version)
    milestone = PaymentMilestone.objects.get(pk=milestone.pk, revision=revision)
    before = snapshot(milestone, MILESTONE_FIELDS)
    for name, value in stripped(fields, MILESTONE_TEXT).items():
        setattr(milestone, name, value)
    changes = diff(before, snapshot(milestone, MILESTONE_FIELDS))
    if not changes:
        return milestone
    _milestone_clean(revision, milestone)
    milestone.save()
    extra = content_changed(revision)
    audit_record(
        actor=actor,
        action="proposals.paymentmilestone.updated",
        target=milestone,
        parent=revision,
        changes={**changes, **extra},
    )
    return milestone


@transaction.atomic
def milestone_remove(
    *, actor: User, milestone: PaymentMilestone, version: int | None = None
) -> None:
    """Remove a payment milestone; ``version`` is its revision's."""
    authorize_staff(actor, EDIT_PERMISSION)
    revision = open_for_edit(milestone.revision, version)
    milestone = PaymentMilestone.objects.get(pk=milestone.pk, revision=revision)
    before = snapshot(milestone, MILESTONE_FIELDS)
    audit_target = copy.copy(milestone)
    milestone.delete()
    extra = content_changed(revision)
    audit_record(
        actor=actor,
        action="proposals.paymentmilestone.removed",
        target=audit_target,
        parent=revision,
        changes={**diff(before, {}), **extra},
    )


# --------------------------------------------------------------------------- timeline


@transaction.atomic
def revision_timeline_build(
    *,
    actor: User,
    revision: ProposalRevision,
    template_code: str,
    start: dt.date | None,
    scale: Decimal = Decimal("1"),
    batches: int = 1,
    version: int | None = None,
) -> ProposalRevision:
    """Schedule a plan template from the proposed start with the engine (CPM dates,
    critical path, P50/P80 by Monte Carlo with a fixed seed) and freeze the result on
    the revision."""
    authorize_staff(actor, EDIT_PERMISSION)
    if template_code not in TEMPLATES:
        raise ValidationError({"template_code": ["Choose a plan template."]})
    if start is None:
        raise ValidationError({"start": ["Give the proposed start date."]})
    scale = Decimal(scale).quantize(CENT)
    if not SCALE_RANGE[0] <= scale <= SCALE_RANGE[1]:
        raise ValidationError(
            {"scale": [f"Scale durations by {SCALE_RANGE[0]} to {SCALE_RANGE[1]}."]}
        )
    if not 1 <= batches <= MAX_BATCHES:
        raise ValidationError({"batches": [f"Plan 1 to {MAX_BATCHES} GMP batches."]})
    revision = open_for_edit(revision, version)
    timeline = timeline_compute(template_code, start, scale=scale, batches=batches)
    watched = (*TIMELINE_FIELDS,)
    before = {
        **snapshot(revision, watched),
        "finish": revision.timeline.get("finish"),
        "p50": revision.timeline.get("p50"),
        "p80": revision.timeline.get("p80"),
    }
    revision.timeline_template = template_code
    revision.timeline_start = start
    revision.timeline_scale = scale
    revision.timeline_batches = batches
    revision.timeline = timeline
    after = {
        **snapshot(revision, watched),
        "finish": timeline["finish"],
        "p50": timeline["p50"],
        "p80": timeline["p80"],
    }
    changes = diff(before, after)
    if not changes:
        return revision
    extra = content_changed(revision)
    audit_record(
        actor=actor,
        action="proposals.proposalrevision.timeline_built",
        target=revision,
        parent=revision.proposal,
        changes={**changes, **extra},
    )
    return revision


# --------------------------------------------------------------------------- complexity


@transaction.atomic
def assessment_record(
    *,
    actor: User,
    revision: ProposalRevision,
    rationale: str = "",
    version: int | None = None,
    **factors: int,
) -> ComplexityAssessment:
    """Score the eight complexity factors (0-3 each); the score and level follow, and
    with them the reviews the revision needs."""
    authorize_staff(actor, EDIT_PERMISSION)
    unknown = set(factors) - set(FACTOR_NAMES)
    if unknown:
        raise ValidationError({"__all__": [f"Unknown factors: {', '.join(sorted(unknown))}"]})
    errors = {
        name: ["Score it from 0 (none) to 3 (severe)."]
        for name in FACTOR_NAMES
        if not isinstance(factors.get(name), int) or not 0 <= factors[name] <= 3
    }
    if errors:
        raise ValidationError(errors)
    revision = open_for_edit(revision, version)
    assessment = ComplexityAssessment.objects.filter(revision=revision).first()
    watched = (*FACTOR_NAMES, "score", "level", "rationale")
    if assessment is None:
        assessment = ComplexityAssessment(revision=revision)
        before: dict[str, object] = {}
        old_reviews = None
    else:
        before = snapshot(assessment, watched)
        old_reviews = required_reviews(assessment.factors())
    for name in FACTOR_NAMES:
        setattr(assessment, name, factors[name])
    assessment.score, assessment.level = complexity_level(assessment.factors())
    assessment.rationale = rationale.strip()
    changes = diff(before, snapshot(assessment, watched))
    if not changes:
        return assessment
    assessment.assessed_by = actor
    assessment.assessed_at = timezone.now()
    assessment.full_clean(exclude=["revision"])
    assessment.save()
    new_reviews = required_reviews(assessment.factors())
    if new_reviews != old_reviews:
        changes["required_reviews"] = [old_reviews, new_reviews]
    extra = content_changed(revision)
    audit_record(
        actor=actor,
        action="proposals.complexityassessment.recorded",
        target=assessment,
        parent=revision,
        changes={**changes, **extra},
    )
    return assessment
