"""The qualification gate: nobody unqualified and no equipment out of calibration on
GMP work without a signed, audited override (R-TRN-5).

Callers (plan task assignments, investigations, impact assessments) ask for the gaps of
a person or of equipment; when there are gaps they either refuse with
:class:`GateBlocked`, which names every missing or expired item, or, when an authorized
person gave a reason and signed, record a :class:`QualificationOverride` in their own
transaction and go on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.core.exceptions import PermissionDenied, ValidationError

from accord.accounts.models import User
from accord.audit.services import audit_record, created
from accord.core import clock
from accord.signatures.models import Meaning
from accord.signatures.services import signature_apply
from accord.training.models import Activity, ActivityRequirement, Competency, QualificationOverride
from accord.training.status import competency_gaps, signing_gaps

OVERRIDE = "training.override_gate"


class GateBlocked(ValidationError):
    """The gate refused: ``gaps`` names each missing, expired or out-of-calibration item."""

    def __init__(self, subject: str, gaps: list[str], field: str | None = None, lead: str = ""):
        self.subject = subject
        self.gaps = list(gaps)
        lead = lead or f"{subject} is not qualified for this GMP work"
        message = f"{lead}: " + "; ".join(gaps) + "."
        super().__init__({field: [message]} if field else message)


def person_gaps(person: User, needs: Iterable[tuple[Competency, int]], on: dt.date) -> list[str]:
    """What ``person`` lacks for work needing these competencies (and levels) on ``on``."""
    if not person.is_active:
        return [f"{person.printed_name}'s account is inactive"]
    if not person.is_cdmo_staff:
        return [f"{person.printed_name} is not a member of the CDMO's staff"]
    return competency_gaps(person, needs, on)


def activity_needs(activity: str) -> list[tuple[Competency, int]]:
    if activity not in Activity.values:
        raise ValueError(f"{activity!r} is not a gated activity")
    return [
        (row.competency, row.min_level)
        for row in ActivityRequirement.objects.filter(activity=activity).select_related(
            "competency"
        )
    ]


def activity_gaps(person: User, activity: str, on: dt.date | None = None) -> list[str]:
    return person_gaps(person, activity_needs(activity), on or clock.today())


def override_record(
    *,
    actor: User,
    record,
    subject: str,
    gaps: list[str],
    reason: str,
    full_credentials: bool,
    person: User | None = None,
) -> QualificationOverride:
    """Record a signed override of ``gaps`` for ``record``. Call inside the caller's
    transaction, after ``signer_authenticate``; the caller writes its own change next."""
    if not actor.has_perm(OVERRIDE):
        raise PermissionDenied("Only a supervisor or QA may override the qualification gate.")
    if person is not None and person.pk == actor.pk:
        raise PermissionDenied("Nobody overrides the qualification gate for themselves.")
    if not (reason or "").strip():
        raise ValidationError(
            {"override_reason": ["Say why the work may go ahead (e.g. qualified by supervision)."]}
        )
    override = QualificationOverride.objects.create(
        record_type=f"{record._meta.app_label}.{record._meta.model_name}",
        record_id=record.pk,
        subject=subject,
        gaps=list(gaps),
        reason=reason.strip(),
        overridden_by=actor,
        overridden_at=clock.now(),
        sponsor_id=getattr(record, "audit_sponsor_id", None),
    )
    signature_apply(
        actor=actor,
        record=override,
        meaning=Meaning.OVERRIDE,
        full_credentials=full_credentials,
        reason=override.reason,
        transition="override",
    )
    audit_record(
        actor=actor,
        action="training.gate.overridden",
        target=override,
        parent=record,
        changes=created({"subject": subject, "gaps": "; ".join(gaps), "reason": override.reason}),
        reason=override.reason,
    )
    return override


def overrides_for(record) -> list[QualificationOverride]:
    return list(
        QualificationOverride.objects.filter(
            record_type=f"{record._meta.app_label}.{record._meta.model_name}",
            record_id=record.pk,
        ).select_related("overridden_by")
    )


def signing_refusals(user: User) -> list[str]:
    """The signing check (R-TRN-7): the training the user's roles require to sign."""
    return signing_gaps(user, clock.today())
