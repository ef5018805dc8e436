"""Extension and cancellation requests (R-DEV-4): the due date of a deviation moves, and
a deviation ends early, only when QA approves a justified request by signature; whoever
asked never decides. A cancelled deviation is kept."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from accord.accounts.models import User
from accord.audit.services import audit_record, created
from accord.core import clock, concurrency
from accord.core.permissions import require
from accord.notifications.services import notify
from accord.quality.models import Deviation, DeviationRequest
from accord.quality.models.deviations import DeviationState
from accord.quality.services.deviations import _lock, _open, _record, _segregated
from accord.quality.workflows import APPROVE, WORK
from accord.signatures.models import Meaning
from accord.signatures.services import signature_apply, signer_authenticate

S = DeviationState


@transaction.atomic
def deviation_request(
    *,
    actor: User,
    deviation: Deviation,
    kind: str,
    justification: str,
    new_due_date: dt.date | None = None,
) -> DeviationRequest:
    """Ask QA to move the due date, or to cancel the deviation, with a justification.
    One request of each kind waits at a time."""
    require(actor, WORK)
    deviation = _lock(deviation, None)
    _open(deviation)
    errors: dict[str, list[str]] = {}
    if kind not in DeviationRequest.Kind.values:
        errors["kind"] = ["Ask for an extension or a cancellation."]
    if not (justification or "").strip():
        errors["justification"] = ["Justify the request."]
    if kind == DeviationRequest.Kind.EXTENSION:
        if new_due_date is None:
            errors["new_due_date"] = ["Give the new due date."]
        elif new_due_date <= deviation.due_date:
            errors["new_due_date"] = [
                f"An extension moves the due date later than {deviation.due_date:%d %b %Y}."
            ]
    else:
        new_due_date = None
    if deviation.requests.filter(kind=kind, status=DeviationRequest.Status.PENDING).exists():
        errors["kind"] = ["A request of this kind already waits for QA."]
    if errors:
        raise ValidationError(errors)
    request = DeviationRequest.objects.create(
        deviation=deviation,
        kind=kind,
        new_due_date=new_due_date,
        previous_due_date=deviation.due_date,
        justification=justification.strip(),
        requested_by=actor,
        requested_at=clock.now(),
    )
    audit_record(
        actor=actor,
        action="quality.deviation.requested",
        target=request,
        parent=deviation,
        changes=created(
            {
                "kind": request.get_kind_display(),
                "new_due_date": new_due_date,
                "justification": request.justification,
            }
        ),
    )
    notify("quality.deviation.requested", request, actor=actor)
    return request


def deviation_request_decide(
    *,
    actor: User,
    request: DeviationRequest,
    approve: bool,
    note: str,
    username: str | None,
    password: str,
    version: int | None,
    acknowledge: bool = False,
) -> DeviationRequest:
    """QA approves or rejects a request with a signature (never the requester's, nor
    the deviation's owner's or reporter's). An approved extension moves the due date; an
    approved cancellation ends the deviation, which is kept."""
    require(actor, APPROVE)
    if request.requested_by_id == actor.pk:
        raise PermissionDenied("Whoever asked does not decide: another QA approver must.")
    _segregated(actor, request.deviation, "decide its requests")
    if not approve and not (note or "").strip():
        raise ValidationError({"note": ["Say why the request is rejected."]})
    full = signer_authenticate(
        actor=actor, username=username, password=password, acknowledge=acknowledge
    )
    return _decide(actor, request, approve, (note or "").strip(), version, full)


@transaction.atomic
def _decide(actor, request, approve, note, version, full) -> DeviationRequest:
    request = concurrency.locked(request, version)
    deviation = _lock(request.deviation, None)
    if request.status != DeviationRequest.Status.PENDING:
        raise ValidationError("This request is decided already.")
    _open(deviation)
    now = clock.now()
    request.status = (
        DeviationRequest.Status.APPROVED if approve else DeviationRequest.Status.REJECTED
    )
    request.decided_by = actor
    request.decided_at = now
    request.decision_note = note
    concurrency.bump(request)
    request.save()
    signature_apply(
        actor=actor,
        record=request,
        meaning=Meaning.APPROVED if approve else Meaning.REJECTED,
        full_credentials=full,
        reason=note,
        transition="decide",
    )
    audit_record(
        actor=actor,
        action="quality.deviation.request_decided",
        target=request,
        parent=deviation,
        changes={"status": [DeviationRequest.Status.PENDING.label, request.get_status_display()]},
        reason=note,
    )
    if approve and request.kind == DeviationRequest.Kind.EXTENSION:
        before = deviation.due_date
        deviation.due_date = request.new_due_date
        concurrency.bump(deviation)
        deviation.save(update_fields=["due_date", "version"])
        _record(actor, deviation, "extended", {"due_date": [before, deviation.due_date]}, note)
    elif approve:
        before = deviation.get_state_display()
        deviation.state = S.CANCELLED
        deviation.closed_at = now
        concurrency.bump(deviation)
        deviation.save(update_fields=["state", "closed_at", "version"])
        _record(
            actor,
            deviation,
            "cancelled",
            {"state": [before, deviation.get_state_display()]},
            request.justification,
        )
    notify("quality.deviation.request_decided", request, actor=actor)
    return request
