"""Deviations: raised with their containment and class, assessed, approved by QA's
signature, investigated when major or critical, and closed only when every required
part is there. Every write is one transaction with its audit event; the due date is set
at creation and moves only through an approved extension request (``deviation_requests``).

The sponsor's clocks (when to tell it, when its preliminary summary is due) come from
the quality agreement in force on the day of discovery and always run from discovery,
even when the class changes later.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from accord.accounts.models import Site, User
from accord.audit.services import audit_record, created
from accord.core import clock, concurrency
from accord.core.permissions import require
from accord.planning.calendars import site_calendar
from accord.projects.models import Project
from accord.quality.models import Batch, Deviation, DeviationClass
from accord.quality.models.deviations import CAUSES, DUE_DAYS, DeviationState
from accord.quality.selectors import notification_due
from accord.quality.services.numbers import DEVIATION, next_number
from accord.quality.workflows import (
    APPROVE,
    DEVIATION_WORKFLOW,
    WORK,
)
from accord.signatures.models import Meaning
from accord.signatures.services import signature_apply, signer_authenticate
from accord.training.gate import GateBlocked, activity_gaps
from accord.training.models import Activity

S = DeviationState
RAISE = "quality.add_deviation"

# Risk score (severity × occurrence × detectability, 1 to 125) -> suggested class. A
# severity of 5 (harm to a patient possible) is critical whatever the other two say.
CRITICAL_SCORE = 60
MAJOR_SCORE = 20


def class_suggested(
    severity: int | None, occurrence: int | None, detectability: int | None
) -> str | None:
    """The class the S×O×D score suggests, or None until all three are rated (1 to 5).
    A help to decide: the person classifying gives the rationale and decides."""
    if None in (severity, occurrence, detectability):
        return None
    if severity >= 5 or severity * occurrence * detectability >= CRITICAL_SCORE:
        return DeviationClass.CRITICAL
    if severity >= 4 or severity * occurrence * detectability >= MAJOR_SCORE:
        return DeviationClass.MAJOR
    return DeviationClass.MINOR


@dataclass(frozen=True)
class Intake:
    """What a deviation says when it is raised."""

    title: str
    description: str
    occurred_at: dt.datetime | None
    discovered_at: dt.datetime | None
    site: Site | None
    area: str
    containment: str
    classification: str
    classification_rationale: str
    equipment: str = ""
    process_step: str = ""
    project: Project | None = None
    batches: Iterable[Batch] = ()
    severity: int | None = None
    occurrence: int | None = None
    detectability: int | None = None
    owner: User | None = None


# Every "<category>.<sub-cause>" code of the taxonomy.
CAUSE_CODES = frozenset(
    f"{category}.{code}" for category, (_, subs) in CAUSES.items() for code in subs
)


def _text(errors: dict, field: str, value: str, message: str) -> str:
    text = (value or "").strip()
    if not text:
        errors[field] = [message]
    return text


def _intake_errors(actor: User, intake: Intake, now: dt.datetime) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    _text(errors, "title", intake.title, "Give the deviation a short title.")
    _text(
        errors,
        "description",
        intake.description,
        "Describe what happened, against which instruction.",
    )
    _text(errors, "area", intake.area, "Say where it happened (building, room or suite).")
    _text(
        errors,
        "containment",
        intake.containment,
        "Record the immediate correction or containment (quarantine, stop, segregate).",
    )
    _text(
        errors,
        "classification_rationale",
        intake.classification_rationale,
        "Say why the deviation is of this class.",
    )
    if intake.classification not in DeviationClass.values:
        errors["classification"] = ["Choose minor, major or critical."]
    if intake.site is None:
        errors["site"] = ["Choose the site where it happened."]
    if intake.discovered_at is None:
        errors["discovered_at"] = ["Say when it was discovered."]
    elif intake.discovered_at > now:
        errors["discovered_at"] = ["A deviation is discovered by now, not in the future."]
    if intake.occurred_at is None:
        errors["occurred_at"] = ["Say when it happened (your best estimate)."]
    elif intake.discovered_at and intake.occurred_at > intake.discovered_at:
        errors["occurred_at"] = ["It cannot have happened after it was discovered."]
    for field in ("severity", "occurrence", "detectability"):
        value = getattr(intake, field)
        if value is not None and not 1 <= value <= 5:
            errors[field] = ["Rate it from 1 to 5."]
    batches = list(intake.batches)
    if batches and intake.project is None:
        errors["batches"] = ["Choose the project the batches were made for."]
    elif intake.project is not None:
        foreign = [b.number for b in batches if b.project_id != intake.project.pk]
        if foreign:
            errors["batches"] = [
                f"Not batches of {intake.project.code}: {', '.join(sorted(foreign))}."
            ]
    if intake.owner is not None and not (
        intake.owner.is_active and intake.owner.is_cdmo_staff and intake.owner.has_perm(WORK)
    ):
        errors["owner"] = ["The owner is a CDMO staff member who works deviations."]
    if intake.owner is None and not actor.has_perm(WORK):
        errors["owner"] = ["Name an owner who works deviations (QA or production)."]
    return errors


def summary_due_for(site: Site, discovered_at: dt.datetime, working_days: int) -> dt.date:
    """``working_days`` working days of the site's calendar after the day of discovery."""
    day = timezone.localtime(discovered_at, ZoneInfo(site.time_zone)).date()
    return site_calendar(site).add_working_days(day, working_days)


def _set_clocks(deviation: Deviation) -> None:
    """The sponsor's clocks under the agreement in force at discovery (none without a
    sponsor, an agreement or a notifiable class)."""
    due = (
        notification_due(deviation.sponsor, deviation.classification, deviation.discovered_at)
        if deviation.sponsor_id
        else None
    )
    if due is None:
        deviation.agreement = None
        deviation.notify_by = None
        deviation.summary_due = None
        return
    deviation.agreement = due.agreement
    deviation.notify_by = due.notify_by
    deviation.summary_due = (
        summary_due_for(deviation.site, deviation.discovered_at, due.summary_days)
        if deviation.needs_investigation
        else None
    )


def _links_errors(project, sponsor_id, from_delay, from_concern, from_risk) -> dict:
    errors: dict[str, list[str]] = {}
    for field, record in (("from_delay", from_delay), ("from_risk", from_risk)):
        if record is not None and (project is None or record.project_id != project.pk):
            errors[field] = ["Raise it on the project of the record it comes from."]
    if from_concern is not None and (
        sponsor_id is None
        or from_concern.sponsor_id != sponsor_id
        or (from_concern.project_id and project and from_concern.project_id != project.pk)
    ):
        errors["from_concern"] = ["Raise it for the sponsor and project of the concern."]
    return errors


@transaction.atomic
def deviation_raise(
    *,
    actor: User,
    intake: Intake,
    from_delay=None,
    from_concern=None,
    from_risk=None,
) -> Deviation:
    """Record a deviation at intake, with its containment and class; it gets the next
    DEV number, its due date (discovery + the class's days) and the sponsor's clocks."""
    require(actor, RAISE)
    if not actor.is_cdmo_staff:
        raise PermissionDenied("The CDMO's people raise deviations.")
    now = clock.now()
    errors = _intake_errors(actor, intake, now)
    sponsor_id = intake.project.sponsor_id if intake.project else None
    errors.update(_links_errors(intake.project, sponsor_id, from_delay, from_concern, from_risk))
    if errors:
        raise ValidationError(errors)
    _owner_qualified(intake.owner or actor)
    discovered_on = timezone.localdate(intake.discovered_at)
    deviation = Deviation(
        number=next_number(DEVIATION, discovered_on.year),
        title=intake.title.strip(),
        description=intake.description.strip(),
        occurred_at=intake.occurred_at,
        discovered_at=intake.discovered_at,
        site=intake.site,
        area=intake.area.strip(),
        equipment=intake.equipment.strip(),
        process_step=intake.process_step.strip(),
        project=intake.project,
        sponsor_id=sponsor_id,
        containment=intake.containment.strip(),
        classification=intake.classification,
        classification_rationale=intake.classification_rationale.strip(),
        severity=intake.severity,
        occurrence=intake.occurrence,
        detectability=intake.detectability,
        reporter=actor,
        owner=intake.owner or actor,
        due_date=discovered_on + dt.timedelta(days=DUE_DAYS[intake.classification]),
        from_delay=from_delay,
        from_concern=from_concern,
        from_risk=from_risk,
        created_at=now,
    )
    _set_clocks(deviation)
    deviation.save()
    deviation.batches.set(list(intake.batches))
    audit_record(
        actor=actor,
        action="quality.deviation.raised",
        target=deviation,
        parent=deviation.project,
        changes=created(
            {
                "title": deviation.title,
                "classification": deviation.get_classification_display(),
                "rationale": deviation.classification_rationale,
                "discovered_at": deviation.discovered_at,
                "area": deviation.area,
                "containment": deviation.containment,
                "batches": ", ".join(sorted(b.number for b in intake.batches)) or None,
                "owner": deviation.owner.printed_name,
                "due_date": deviation.due_date,
                "notify_by": deviation.notify_by,
                "summary_due": deviation.summary_due,
                "from": _origin(deviation),
            }
        ),
    )
    return deviation


def _owner_qualified(owner: User) -> None:
    """Whoever owns a deviation leads its investigation: the qualification gate asks for
    what that activity requires (R-TRN-5), and names what the owner lacks."""
    gaps = activity_gaps(owner, Activity.DEVIATION_INVESTIGATION)
    if gaps:
        raise GateBlocked(owner.printed_name, gaps, field="owner")


def _origin(deviation: Deviation) -> str | None:
    if deviation.from_delay_id:
        return f"Delay {deviation.from_delay}"
    if deviation.from_concern_id:
        return f"Concern {deviation.from_concern.number}"
    if deviation.from_risk_id:
        return f"Risk {deviation.from_risk}"
    return None


def _lock(deviation: Deviation, version: int | None) -> Deviation:
    return concurrency.locked(
        deviation,
        version,
        queryset=Deviation.objects.select_related("site", "sponsor", "project", "owner"),
    )


def _segregated(actor: User, deviation: Deviation, what: str) -> None:
    """QA's approver is never the deviation's owner nor the person who reported it."""
    if actor.pk in (deviation.owner_id, deviation.reporter_id):
        raise PermissionDenied(
            f"The owner or the reporter of {deviation.number} cannot {what}; another QA "
            "approver must."
        )


def _record(actor, deviation: Deviation, verb: str, changes: dict, reason: str = "") -> None:
    audit_record(
        actor=actor,
        action=f"quality.deviation.{verb}",
        target=deviation,
        parent=deviation.project,
        changes=changes,
        reason=reason,
    )


def _open(deviation: Deviation) -> None:
    if not deviation.is_open:
        raise ValidationError(
            f"{deviation.number} is {deviation.get_state_display().lower()}: nothing changes now."
        )


def deviation_reclassify(
    *,
    actor: User,
    deviation: Deviation,
    classification: str,
    reason: str,
    username: str | None,
    password: str,
    version: int | None,
    acknowledge: bool = False,
) -> Deviation:
    """QA changes the class with a reason and a signature. The sponsor's clocks are
    recomputed, still from discovery; the due date stays. A deviation already under
    investigation stays investigated (major or critical)."""
    require(actor, APPROVE)
    _segregated(actor, deviation, "reclassify it")
    errors: dict[str, list[str]] = {}
    if classification not in DeviationClass.values:
        errors["classification"] = ["Choose minor, major or critical."]
    elif classification == deviation.classification:
        errors["classification"] = ["That is its class already."]
    if not (reason or "").strip():
        errors["reason"] = ["Say why the class changes."]
    if errors:
        raise ValidationError(errors)
    full = signer_authenticate(
        actor=actor, username=username, password=password, acknowledge=acknowledge
    )
    return _reclassify(actor, deviation, classification, reason.strip(), version, full)


@transaction.atomic
def _reclassify(actor, deviation, classification, reason, version, full) -> Deviation:
    deviation = _lock(deviation, version)
    _open(deviation)
    if classification == DeviationClass.MINOR and deviation.state in (
        S.INVESTIGATION,
        S.FINAL_REVIEW,
    ):
        raise ValidationError(
            {"classification": ["It is under investigation: it stays major or critical."]}
        )
    before = {
        "classification": deviation.get_classification_display(),
        "notify_by": deviation.notify_by,
        "summary_due": deviation.summary_due,
    }
    deviation.classification = classification
    deviation.classification_rationale = reason
    _set_clocks(deviation)
    concurrency.bump(deviation)
    deviation.save()
    signature_apply(
        actor=actor,
        record=deviation,
        meaning=Meaning.APPROVED,
        full_credentials=full,
        reason=reason,
        transition="reclassify",
    )
    after = {
        "classification": deviation.get_classification_display(),
        "notify_by": deviation.notify_by,
        "summary_due": deviation.summary_due,
    }
    _record(
        actor,
        deviation,
        "reclassified",
        {k: [before[k], after[k]] for k in after if before[k] != after[k]},
        reason=reason,
    )
    return deviation


@transaction.atomic
def deviation_assess(
    *,
    actor: User,
    deviation: Deviation,
    impact_assessment: str,
    capa_required: bool | None,
    capa_rationale: str = "",
    cause_category: str = "",
    version: int | None,
) -> Deviation:
    """The assessment: the impact, the probable cause (from the taxonomy), and whether a
    CAPA is needed (why not, when not)."""
    require(actor, WORK)
    deviation = _lock(deviation, version)
    if deviation.state != S.ASSESSMENT:
        raise ValidationError(f"{deviation.number} is not in assessment.")
    errors: dict[str, list[str]] = {}
    impact = _text(
        errors,
        "impact_assessment",
        impact_assessment,
        "Assess the impact on product quality, patients, data and compliance.",
    )
    if capa_required is None:
        errors["capa_required"] = ["Say whether a CAPA is required."]
    rationale = (capa_rationale or "").strip()
    if capa_required is False and not rationale:
        errors["capa_rationale"] = ["Say why no CAPA is required."]
    cause_category = (cause_category or "").strip()
    if cause_category and cause_category not in CAUSE_CODES:
        errors["cause_category"] = ["Choose a cause from the taxonomy."]
    if errors:
        raise ValidationError(errors)
    before = {
        "impact_assessment": deviation.impact_assessment,
        "capa_required": deviation.capa_required,
        "capa_rationale": deviation.capa_rationale,
        "cause_category": deviation.cause_category,
    }
    deviation.impact_assessment = impact
    deviation.cause_category = cause_category
    deviation.capa_required = capa_required
    deviation.capa_rationale = "" if capa_required else rationale
    after = {
        "impact_assessment": deviation.impact_assessment,
        "capa_required": deviation.capa_required,
        "capa_rationale": deviation.capa_rationale,
        "cause_category": deviation.cause_category,
    }
    concurrency.bump(deviation)
    deviation.save()
    _record(
        actor,
        deviation,
        "assessed",
        {k: [before[k], after[k]] for k in after if before[k] != after[k]},
    )
    return deviation


EDITABLE = (
    "title",
    "description",
    "occurred_at",
    "area",
    "equipment",
    "process_step",
    "containment",
)


@transaction.atomic
def deviation_update(
    *, actor: User, deviation: Deviation, changes: dict[str, object], version: int | None
) -> Deviation:
    """Correct what the intake said while the deviation is in assessment. The due date is
    never edited (R-DEV-4): an extension request that QA approves moves it."""
    require(actor, WORK)
    if "due_date" in changes:
        raise ValidationError(
            {
                "due_date": [
                    "The due date is never edited: ask for an extension, which QA approves "
                    "by signature."
                ]
            }
        )
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise ValidationError({name: ["This is not edited here."] for name in unknown})
    deviation = _lock(deviation, version)
    changed = {k: v for k, v in changes.items() if getattr(deviation, k) != v}
    DEVIATION_WORKFLOW.check_edit(deviation, changed, "")
    errors: dict[str, list[str]] = {}
    for name, value in changed.items():
        if name == "occurred_at":
            if value is None or value > deviation.discovered_at:
                errors[name] = ["It happened before it was discovered."]
        elif name not in ("equipment", "process_step") and not str(value or "").strip():
            errors[name] = ["This cannot be empty."]
    if errors:
        raise ValidationError(errors)
    before = {k: getattr(deviation, k) for k in changed}
    for name, value in changed.items():
        setattr(deviation, name, value.strip() if isinstance(value, str) else value)
    if not changed:
        return deviation
    concurrency.bump(deviation)
    deviation.save(update_fields=[*changed, "version"])
    _record(
        actor,
        deviation,
        "updated",
        {k: [before[k], getattr(deviation, k)] for k in changed},
    )
    return deviation
