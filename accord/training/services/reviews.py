"""Periodic assessment of training effectiveness, per curriculum, signed (R-TRN-6)."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction

from accord.accounts.models import User
from accord.audit.services import audit_record, created
from accord.core import clock
from accord.core.permissions import require
from accord.signatures.models import Meaning
from accord.signatures.services import signature_apply, signer_authenticate
from accord.training.models import Curriculum, EffectivenessReview
from accord.training.services.assignments import MANAGE


def effectiveness_review_record(
    *,
    actor: User,
    curriculum: Curriculum,
    period_start: dt.date | None,
    period_end: dt.date | None,
    method: str,
    findings: str,
    conclusion: str,
    actions: str,
    username: str | None,
    password: str,
    acknowledge: bool = False,
) -> EffectivenessReview:
    require(actor, MANAGE)
    errors: dict[str, list[str]] = {}
    if period_start is None:
        errors["period_start"] = ["Give the first day of the period reviewed."]
    if period_end is None or period_end > clock.today():
        errors["period_end"] = ["Give the last day of the period (not in the future)."]
    elif period_start is not None and period_start > period_end:
        errors["period_end"] = ["The period ends after it starts."]
    if not (method or "").strip():
        errors["method"] = ["Say how effectiveness was judged (quiz results, deviations ...)."]
    if not (findings or "").strip():
        errors["findings"] = ["Write the findings."]
    if conclusion not in EffectivenessReview.Conclusion.values:
        errors["conclusion"] = ["Choose the conclusion."]
    elif conclusion != EffectivenessReview.Conclusion.EFFECTIVE and not (actions or "").strip():
        errors["actions"] = ["Training that is not fully effective needs actions."]
    if errors:
        raise ValidationError(errors)
    full = signer_authenticate(
        actor=actor, username=username, password=password, acknowledge=acknowledge
    )
    with transaction.atomic():
        review = EffectivenessReview.objects.create(
            curriculum=curriculum,
            period_start=period_start,
            period_end=period_end,
            method=method.strip(),
            findings=findings.strip(),
            conclusion=conclusion,
            actions=(actions or "").strip(),
            reviewed_by=actor,
            reviewed_at=clock.now(),
        )
        signature_apply(
            actor=actor,
            record=review,
            meaning=Meaning.REVIEWED,
            full_credentials=full,
            transition="review",
        )
        audit_record(
            actor=actor,
            action="training.effectiveness.reviewed",
            target=review,
            parent=curriculum,
            changes=created(
                {
                    "period": f"{period_start.isoformat()} – {period_end.isoformat()}",
                    "conclusion": review.get_conclusion_display(),
                    "findings": review.findings,
                    "actions": review.actions,
                }
            ),
        )
    return review
