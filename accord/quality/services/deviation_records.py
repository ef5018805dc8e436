"""The records a deviation's assessment and investigation add: the recurrence check
(R-DEV-6), the investigation of a major or critical deviation, and the other batches or
products it assessed (R-DEV-3). Each write is one transaction with its audit event."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q, QuerySet

from accord.accounts.models import User
from accord.audit.services import audit_record, created
from accord.core import clock, concurrency
from accord.core.permissions import require
from accord.quality.models import (
    CAUSES,
    Batch,
    Deviation,
    Investigation,
    InvestigationMethod,
    OtherBatchAssessment,
    RecurrenceLink,
    cause_label,
)
from accord.quality.models.deviations import DeviationState
from accord.quality.services.deviations import _lock, _open, _record
from accord.quality.workflows import WORK

S = DeviationState
RECURRENCE_MONTHS = 24


def valid_cause(code: str) -> bool:
    category, _, sub = code.partition(".")
    return category in CAUSES and (not sub or sub in CAUSES[category][1])


# -- Recurrence (R-DEV-6) ---------------------------------------------------------------


def recurrence_candidates(deviation: Deviation, *, months: int = RECURRENCE_MONTHS) -> QuerySet:
    """Earlier deviations discovered within ``months`` before this one, of the same area,
    the same equipment or the same root-cause category, the most recent first; those
    already linked are left out."""
    since = deviation.discovered_at - dt.timedelta(days=round(months * 30.44))
    similar = Q(area__iexact=deviation.area)
    if deviation.equipment.strip():
        similar |= Q(equipment__iexact=deviation.equipment)
    investigation = Investigation.objects.filter(deviation=deviation).first()
    if investigation is not None and investigation.root_cause_category:
        category = investigation.root_cause_category.partition(".")[0]
        similar |= Q(investigation__root_cause_category__startswith=f"{category}.") | Q(
            investigation__root_cause_category=category
        )
    linked = deviation.recurrence_links.values("earlier_id")
    return (
        Deviation.objects.filter(
            similar, discovered_at__gte=since, discovered_at__lt=deviation.discovered_at
        )
        .exclude(pk=deviation.pk)
        .exclude(pk__in=linked)
        .exclude(state=S.CANCELLED)
        .select_related("site", "investigation")
        .order_by("-discovered_at")
    )


def why_similar(deviation: Deviation, earlier: Deviation) -> list[str]:
    """What the two share, in words, for the suggestion list."""
    reasons = []
    if earlier.area.casefold() == deviation.area.casefold():
        reasons.append(f"same area ({earlier.area})")
    if deviation.equipment and earlier.equipment.casefold() == deviation.equipment.casefold():
        reasons.append(f"same equipment ({earlier.equipment})")
    mine = Investigation.objects.filter(deviation=deviation).first()
    theirs = Investigation.objects.filter(deviation=earlier).first()
    mine_cat = mine.root_cause_category.partition(".")[0] if mine else ""
    theirs_cat = theirs.root_cause_category.partition(".")[0] if theirs else ""
    if mine_cat and mine_cat == theirs_cat:
        reasons.append(f"same cause category ({cause_label(theirs.root_cause_category)})")
    return reasons


@transaction.atomic
def recurrence_record(
    *,
    actor: User,
    deviation: Deviation,
    earlier: Deviation | None,
    justification: str,
    version: int | None,
) -> Deviation:
    """Record the recurrence check: a link to an earlier deviation and why it is one,
    or (``earlier=None``) that none of the suggestions is related and why."""
    require(actor, WORK)
    deviation = _lock(deviation, version)
    _open(deviation)
    errors: dict[str, list[str]] = {}
    text = (justification or "").strip()
    if not text:
        errors["justification"] = [
            "Say why they are related." if earlier else "Say why no earlier deviation is related."
        ]
    if earlier is not None:
        if earlier.pk == deviation.pk or earlier.discovered_at >= deviation.discovered_at:
            errors["earlier"] = ["Link a deviation discovered before this one."]
        elif deviation.recurrence_links.filter(earlier=earlier).exists():
            errors["earlier"] = [f"{earlier.number} is linked already."]
    if errors:
        raise ValidationError(errors)
    if earlier is not None:
        RecurrenceLink.objects.create(
            deviation=deviation,
            earlier=earlier,
            justification=text,
            recorded_by=actor,
            recorded_at=clock.now(),
        )
    was = deviation.recurrence_checked
    deviation.recurrence_checked = True
    concurrency.bump(deviation)
    deviation.save(update_fields=["recurrence_checked", "version"])
    _record(
        actor,
        deviation,
        "recurrence_checked",
        {
            "recurrence_checked": [was, True],
            "linked to": [None, earlier.number if earlier else "none related"],
            "justification": [None, text],
        },
    )
    return deviation


# -- Investigation (major and critical) -------------------------------------------------


def _investigation(deviation: Deviation) -> Investigation:
    if deviation.state != S.INVESTIGATION:
        raise ValidationError(
            f"{deviation.number} is not in investigation: the investigation is written "
            "after QA approves the assessment of a major or critical deviation."
        )
    return Investigation.objects.select_for_update().get(deviation=deviation)


@transaction.atomic
def investigation_update(
    *,
    actor: User,
    deviation: Deviation,
    team: Iterable[User],
    method: str,
    analysis: str = "",
    root_cause_category: str = "",
    root_cause: str = "",
    product_impact: str = "",
    conclusion: str = "",
    version: int | None,
) -> Investigation:
    """Write the investigation as it stands: the team, the method, the root cause from
    the taxonomy, the product impact and the conclusion. Partial answers are kept; the
    submission to QA checks that nothing is missing."""
    require(actor, WORK)
    deviation = _lock(deviation, version)
    investigation = _investigation(deviation)
    team = list(team)
    errors: dict[str, list[str]] = {}
    outsiders = [u.printed_name for u in team if not (u.is_active and u.is_cdmo_staff)]
    if outsiders:
        errors["team"] = [f"The team is the CDMO's people: not {', '.join(outsiders)}."]
    if method and method not in InvestigationMethod.values:
        errors["method"] = ["Choose 5 Whys, fishbone, fault tree or other."]
    if root_cause_category and not valid_cause(root_cause_category):
        errors["root_cause_category"] = ["Choose a cause from the taxonomy."]
    if errors:
        raise ValidationError(errors)
    before = _described(investigation)
    investigation.method = method or ""
    investigation.analysis = (analysis or "").strip()
    investigation.root_cause_category = root_cause_category or ""
    investigation.root_cause = (root_cause or "").strip()
    investigation.product_impact = (product_impact or "").strip()
    investigation.conclusion = (conclusion or "").strip()
    investigation.version += 1
    investigation.save()
    investigation.team.set(team)
    after = _described(investigation)
    concurrency.bump(deviation)
    deviation.save(update_fields=["version"])
    _record(
        actor,
        deviation,
        "investigation_updated",
        {k: [before[k], after[k]] for k in after if before[k] != after[k]},
    )
    return investigation


def _described(investigation: Investigation) -> dict[str, object]:
    return {
        "team": ", ".join(sorted(u.printed_name for u in investigation.team.all())) or None,
        "method": investigation.get_method_display() if investigation.method else None,
        "analysis": investigation.analysis or None,
        "root_cause_category": investigation.root_cause_label or None,
        "root_cause": investigation.root_cause or None,
        "product_impact": investigation.product_impact or None,
        "conclusion": investigation.conclusion or None,
    }


@transaction.atomic
def other_batch_assess(
    *,
    actor: User,
    deviation: Deviation,
    item: str,
    affected: bool | None,
    conclusion: str,
    batch: Batch | None = None,
    version: int | None,
) -> OtherBatchAssessment:
    """Another batch or product that could be affected, and the conclusion for it
    (21 CFR 211.192, R-DEV-3). A batch named from the register is one of the
    deviation's sponsor's; other products are named in words."""
    require(actor, WORK)
    deviation = _lock(deviation, version)
    investigation = _investigation(deviation)
    errors: dict[str, list[str]] = {}
    if batch is not None:
        if batch.project.sponsor_id != deviation.sponsor_id:
            errors["batch"] = ["Choose a batch of the deviation's sponsor, or name it in words."]
        item = item.strip() or str(batch)
    if not (item or "").strip():
        errors["item"] = ["Name the batch or product assessed."]
    if affected is None:
        errors["affected"] = ["Say whether it is affected."]
    if not (conclusion or "").strip():
        errors["conclusion"] = ["Give the conclusion for it."]
    if errors:
        raise ValidationError(errors)
    assessment = OtherBatchAssessment.objects.create(
        investigation=investigation,
        batch=batch,
        item=item.strip(),
        affected=affected,
        conclusion=conclusion.strip(),
    )
    concurrency.bump(deviation)
    deviation.save(update_fields=["version"])
    audit_record(
        actor=actor,
        action="quality.deviation.other_batch_assessed",
        target=assessment,
        parent=deviation,
        changes=created(
            {
                "item": assessment.item,
                "affected": "Affected" if affected else "Not affected",
                "conclusion": assessment.conclusion,
            }
        ),
    )
    return assessment
