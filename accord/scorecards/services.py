"""Every write to scorecards, each in one transaction with its audit event.

Templates are written whole (their fields, criteria and standings at once) so that a
template is never stored with weights that do not sum to 100, a formula naming an
unknown variable, or standings that leave part of 0 to 100 without a name. A period's
scorecard is frozen once (computed and stored with every input) after the period ends,
signed by an executive, and never recomputed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from accord.accounts.models import User
from accord.audit.services import audit_record, created, diff, snapshot
from accord.core import concurrency
from accord.core.permissions import require
from accord.notifications.services import notify
from accord.scorecards.compute import compute
from accord.scorecards.formulas import FormulaError, formula_check
from accord.scorecards.models import Criterion, Scorecard, ScorecardTemplate, StandingBand
from accord.scorecards.scopes import scopes_for, sponsor_id_of
from accord.scorecards.variables import HALVES, PERIOD_KINDS, SCOPE_KINDS, Period, Scope
from accord.signatures.models import Meaning
from accord.signatures.services import signature_apply, signer_authenticate

TEMPLATE_FIELDS = ("name", "description", "scope_kind", "period_kind", "is_active")
CRITERION_FIELDS = ("name", "half", "formula", "weight", "target", "unit")
BAND_FIELDS = ("name", "lower", "upper", "colour")
SIGN_MEANING = Meaning.REVIEWED


def _staff(actor: User, permission: str) -> None:
    require(actor, permission)
    if not actor.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff keep scorecards.")


def _number(value, field: str, *, whole: bool = False) -> float | int | None:
    if value in (None, ""):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValidationError({field: [f"{value!r} is not a number."]}) from None
    if whole:
        if number != int(number):
            raise ValidationError({field: ["Give a whole number."]})
        return int(number)
    return number


def clean_criteria(rows: Iterable[dict]) -> list[dict]:
    """Check criteria as a whole: names, halves, formulas, and weights summing to 100."""
    cleaned = []
    names: set[str] = set()
    for index, row in enumerate(rows, start=1):
        name = str(row.get("name", "")).strip()
        label = name or f"criterion {index}"
        if not name:
            raise ValidationError({"criteria": [f"Name criterion {index}."]})
        if name.lower() in names:
            raise ValidationError({"criteria": [f"Two criteria are named {name!r}."]})
        names.add(name.lower())
        half = row.get("half", "")
        if half not in HALVES:
            raise ValidationError({"criteria": [f"{label}: choose perform or transform."]})
        formula = str(row.get("formula", "")).strip()
        try:
            formula_check(formula)
        except FormulaError as error:
            raise ValidationError({"criteria": [f"{label}: {error}"]}) from None
        weight = _number(row.get("weight"), "criteria", whole=True)
        if weight is None or not 0 < weight <= 100:
            raise ValidationError({"criteria": [f"{label}: the weight is from 1 to 100."]})
        target = _number(row.get("target"), "criteria")
        if target is not None and not 0 <= target <= 100:
            raise ValidationError({"criteria": [f"{label}: the target is a score from 0 to 100."]})
        unit = str(row.get("unit") or "points").strip()[:16]
        cleaned.append(
            {
                "name": name,
                "half": half,
                "formula": formula,
                "weight": weight,
                "target": target,
                "unit": unit,
            }
        )
    if not cleaned:
        raise ValidationError({"criteria": ["A template has at least one criterion."]})
    total = sum(row["weight"] for row in cleaned)
    if total != 100:
        raise ValidationError({"criteria": [f"The weights sum to {total}; they must sum to 100."]})
    return cleaned


def clean_bands(rows: Iterable[dict]) -> list[dict]:
    """Check standings: each named, coloured #rrggbb, together covering 0 to 100 with no
    gap and no overlap."""
    cleaned = []
    for index, row in enumerate(rows, start=1):
        name = str(row.get("name", "")).strip()
        if not name:
            raise ValidationError({"bands": [f"Name standing {index}."]})
        lower = _number(row.get("lower"), "bands", whole=True)
        upper = _number(row.get("upper"), "bands", whole=True)
        if lower is None or upper is None or not 0 <= lower < upper <= 100:
            raise ValidationError(
                {"bands": [f"{name}: from a lower to a higher score, within 0 to 100."]}
            )
        colour = str(row.get("colour", "")).strip().lower()
        if (
            len(colour) != 7
            or colour[0] != "#"
            or any(c not in "0123456789abcdef" for c in colour[1:])
        ):
            raise ValidationError({"bands": [f"{name}: give the colour as #rrggbb."]})
        cleaned.append({"name": name, "lower": lower, "upper": upper, "colour": colour})
    if not cleaned:
        raise ValidationError({"bands": ["Name at least one standing."]})
    cleaned.sort(key=lambda b: b["lower"])
    edge = 0
    for band in cleaned:
        if band["lower"] > edge:
            raise ValidationError(
                {"bands": [f"No standing covers scores from {edge} to {band['lower']}."]}
            )
        if band["lower"] < edge:
            raise ValidationError({"bands": [f"{band['name']} overlaps the standing below it."]})
        edge = band["upper"]
    if edge != 100:
        raise ValidationError({"bands": [f"No standing covers scores from {edge} to 100."]})
    return cleaned


def _clean_fields(fields: dict) -> dict:
    name = str(fields.get("name", "")).strip()
    if not name:
        raise ValidationError({"name": ["Name the template."]})
    if fields.get("scope_kind") not in SCOPE_KINDS:
        raise ValidationError({"scope_kind": ["Choose what the template scores."]})
    if fields.get("period_kind") not in PERIOD_KINDS:
        raise ValidationError({"period_kind": ["Choose the period."]})
    return {
        "name": name[:120],
        "description": str(fields.get("description", "")).strip(),
        "scope_kind": fields["scope_kind"],
        "period_kind": fields["period_kind"],
        "is_active": bool(fields.get("is_active", True)),
    }


def _write_parts(template: ScorecardTemplate, criteria: list[dict], bands: list[dict]) -> None:
    template.criteria.all().delete()
    template.bands.all().delete()
    Criterion.objects.bulk_create(
        Criterion(template=template, position=i, **row) for i, row in enumerate(criteria)
    )
    StandingBand.objects.bulk_create(StandingBand(template=template, **row) for row in bands)


def _parts(template: ScorecardTemplate) -> dict:
    return {
        "criteria": [
            {f: getattr(c, f) for f in CRITERION_FIELDS}
            for c in template.criteria.order_by("position", "pk")
        ],
        "bands": [
            {f: getattr(b, f) for f in BAND_FIELDS} for b in template.bands.order_by("lower")
        ],
    }


def template_create(
    *, actor: User | None, criteria: Iterable[dict], bands: Iterable[dict], **fields
) -> ScorecardTemplate:
    """Create a template with its criteria and standings. ``actor=None`` only for the demo."""
    if actor is not None:
        _staff(actor, "scorecards.add_scorecardtemplate")
    values = _clean_fields(fields)
    criteria, bands = clean_criteria(criteria), clean_bands(bands)
    if ScorecardTemplate.objects.filter(name__iexact=values["name"]).exists():
        raise ValidationError({"name": ["Another template has this name."]})
    with transaction.atomic():
        template = ScorecardTemplate.objects.create(created_by=actor, **values)
        _write_parts(template, criteria, bands)
        audit_record(
            actor=actor,
            action="scorecards.scorecardtemplate.created",
            target=template,
            changes={**created(snapshot(template, TEMPLATE_FIELDS)), **created(_parts(template))},
        )
    return template


def template_update(
    *,
    actor: User,
    template: ScorecardTemplate,
    criteria: Iterable[dict],
    bands: Iterable[dict],
    version: int | None = None,
    **fields,
) -> ScorecardTemplate:
    """Rewrite a template. Scorecards frozen under it keep what they were frozen with."""
    _staff(actor, "scorecards.change_scorecardtemplate")
    concurrency.check(template, version)
    values = _clean_fields(fields)
    criteria, bands = clean_criteria(criteria), clean_bands(bands)
    if (
        ScorecardTemplate.objects.filter(name__iexact=values["name"])
        .exclude(pk=template.pk)
        .exists()
    ):
        raise ValidationError({"name": ["Another template has this name."]})
    with transaction.atomic():
        locked = concurrency.locked(template, version)
        before = {**snapshot(locked, TEMPLATE_FIELDS), **_parts(locked)}
        for name, value in values.items():
            setattr(locked, name, value)
        concurrency.bump(locked)
        locked.save()
        _write_parts(locked, criteria, bands)
        audit_record(
            actor=actor,
            action="scorecards.scorecardtemplate.changed",
            target=locked,
            changes=diff(before, {**snapshot(locked, TEMPLATE_FIELDS), **_parts(locked)}),
        )
    return locked


def scorecard_freeze(
    *,
    actor: User | None,
    template: ScorecardTemplate,
    scope: Scope,
    period: Period,
    today: dt.date | None = None,
) -> Scorecard:
    """Compute and store the scorecard of a period that has ended, with every input and
    piece of evidence. Freezing again answers the scorecard already frozen, unchanged.
    ``actor=None`` is the daily sweep (and the demo)."""
    if actor is not None:
        _staff(actor, "scorecards.change_scorecardtemplate")
    today = today or timezone.localdate()
    if scope.kind != template.scope_kind or period.kind != template.period_kind:
        raise ValidationError({"period": ["This template scores another scope or period."]})
    if period.end >= today:
        raise ValidationError({"period": [f"{period.label} has not ended yet."]})
    existing = _frozen(template, scope, period)
    if existing is not None:
        return existing
    result = compute(template, scope, period)
    from accord.scorecards.compute import bands_of

    try:
        with transaction.atomic():
            scorecard = Scorecard.objects.create(
                template=template,
                template_name=template.name,
                scope_kind=scope.kind,
                scope_key="" if scope.key is None else str(scope.key),
                scope_label=scope.label,
                sponsor_id=sponsor_id_of(scope),
                period_kind=period.kind,
                period_start=period.start,
                period_end=period.end,
                score=result.score,
                perform=result.perform,
                transform=result.transform,
                standing=result.standing,
                standing_colour=result.standing_colour,
                criteria=result.criteria,
                bands=bands_of(template),
                frozen_at=timezone.now(),
                frozen_by=actor,
            )
            audit_record(
                actor=actor,
                action="scorecards.scorecard.frozen",
                target=scorecard,
                changes=created(
                    snapshot(scorecard, ("score", "perform", "transform", "standing", "state"))
                ),
            )
            notify("scorecards.scorecard.frozen", scorecard, actor=actor)
    except IntegrityError:
        # Another worker froze it first: its figures are the ones that stand.
        existing = _frozen(template, scope, period)
        if existing is None:
            raise
        return existing
    return scorecard


def _frozen(template, scope: Scope, period: Period) -> Scorecard | None:
    return Scorecard.objects.filter(
        template=template,
        scope_kind=scope.kind,
        scope_key="" if scope.key is None else str(scope.key),
        period_start=period.start,
    ).first()


def scorecards_freeze_due(today: dt.date | None = None) -> int:
    """The daily sweep: freeze the last closed period of every template in use, for every
    scope it covers, unless already frozen. Answers how many it froze."""
    today = today or timezone.localdate()
    frozen = 0
    for template in ScorecardTemplate.objects.filter(is_active=True):
        period = Period.containing(template.period_kind, today).previous()
        for scope in scopes_for(template.scope_kind, period):
            if _frozen(template, scope, period) is None:
                scorecard_freeze(
                    actor=None, template=template, scope=scope, period=period, today=today
                )
                frozen += 1
    return frozen


def scorecard_sign(
    *,
    actor: User,
    scorecard: Scorecard,
    meaning: str,
    username: str | None,
    password: str,
    acknowledge: bool = False,
    reason: str = "",
    version: int | None = None,
) -> Scorecard:
    """The reviewing executive signs a frozen scorecard ("reviewed"); once signed, a
    sponsor's own scorecard shows in its portal."""
    require(actor, "scorecards.sign_scorecard")
    if not actor.is_cdmo_staff:
        raise PermissionDenied("Only the CDMO's executives sign scorecards.")
    concurrency.check(scorecard, version)
    if scorecard.is_signed:
        raise ValidationError({"__all__": ["This scorecard is already signed."]})
    if meaning != SIGN_MEANING:
        raise ValidationError(
            {"meaning": [f"Choose the meaning of this signature: {SIGN_MEANING}."]}
        )
    # Outside the transaction: a failed attempt stays recorded (and counts to lockout).
    full_credentials = signer_authenticate(
        actor=actor, username=username, password=password, acknowledge=acknowledge
    )
    with transaction.atomic():
        locked = concurrency.locked(scorecard, version)
        if locked.is_signed:
            raise ValidationError({"__all__": ["Someone signed this scorecard just now."]})
        before = snapshot(locked, ("state", "signed_at", "signed_by"))
        locked.state = Scorecard.State.SIGNED
        locked.signed_at = timezone.now()
        locked.signed_by = actor
        concurrency.bump(locked)
        locked.save()
        audit_record(
            actor=actor,
            action="scorecards.scorecard.signed",
            target=locked,
            changes=diff(before, snapshot(locked, ("state", "signed_at", "signed_by"))),
            reason=reason,
        )
        signature_apply(
            actor=actor,
            record=locked,
            meaning=SIGN_MEANING,
            full_credentials=full_credentials,
            reason=reason,
            transition="sign",
        )
        notify("scorecards.scorecard.signed", locked, actor=actor)
    return locked
