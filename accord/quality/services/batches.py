"""Batches: registered by the people who make them, for one sponsor's project, and moved
between in process, quarantine, released and rejected. Each write is one transaction
with its audit event (``quality.batch.<verb>``). A batch is never deleted: deviations
and right-first-time count on it."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction

from accord.accounts.models import User
from accord.audit.services import audit_record, created
from accord.core import clock, concurrency
from accord.core.permissions import require
from accord.projects.models import Project
from accord.quality.models import Batch

ADD = "quality.add_batch"
CHANGE = "quality.change_batch"


def _describe(batch: Batch) -> dict[str, object]:
    return {
        "number": batch.number,
        "project": str(batch.project),
        "product": batch.product,
        "manufactured_on": batch.manufactured_on.isoformat(),
        "status": batch.get_status_display(),
    }


def batch_register(
    *,
    actor: User,
    project: Project,
    number: str,
    manufactured_on: dt.date | None,
    product: str = "",
    status: str = Batch.Status.IN_PROCESS,
) -> Batch:
    """A new batch of ``project``; its product defaults to the project's molecule. The
    number is unique across every sponsor (a clear error if it is taken)."""
    require(actor, ADD)
    if not actor.is_cdmo_staff:
        raise PermissionDenied("The CDMO's people register batches.")
    number = (number or "").strip()
    product = (product or "").strip() or (project.molecule or "").strip()
    errors: dict[str, list[str]] = {}
    if not number:
        errors["number"] = ["Give the batch number."]
    elif len(number) > 40:
        errors["number"] = ["A batch number has at most 40 characters."]
    if not product:
        errors["product"] = ["Name the product: the project names no molecule."]
    elif len(product) > 120:
        errors["product"] = ["A product name has at most 120 characters."]
    if manufactured_on is None:
        errors["manufactured_on"] = ["Say on which day the batch was made."]
    elif manufactured_on > clock.now().date() + dt.timedelta(days=366):
        errors["manufactured_on"] = ["That day is more than a year ahead."]
    if status not in Batch.Status.values:
        errors["status"] = [f"{status!r} is not a batch status."]
    if number and "number" not in errors and Batch.objects.filter(number__iexact=number).exists():
        errors["number"] = [f"Batch {number} is registered already: batch numbers are unique."]
    if errors:
        raise ValidationError(errors)
    try:
        with transaction.atomic():
            batch = Batch.objects.create(
                project=project,
                number=number,
                product=product,
                manufactured_on=manufactured_on,
                status=status,
                registered_by=actor,
                registered_at=clock.now(),
            )
            audit_record(
                actor=actor,
                action="quality.batch.registered",
                target=batch,
                parent=project,
                changes=created(_describe(batch)),
            )
    except IntegrityError as exc:
        # Two people registering the same number at once: the unique index decides.
        raise ValidationError(
            {"number": [f"Batch {number} is registered already: batch numbers are unique."]}
        ) from exc
    return batch


@transaction.atomic
def batch_set_status(
    *, actor: User, batch: Batch, status: str, version: int | None, reason: str = ""
) -> Batch:
    """Move a batch to in process, quarantine, released or rejected."""
    require(actor, CHANGE)
    if not actor.is_cdmo_staff:
        raise PermissionDenied("The CDMO's people set a batch's status.")
    if status not in Batch.Status.values:
        raise ValidationError({"status": [f"{status!r} is not a batch status."]})
    batch = concurrency.locked(
        batch, version, queryset=Batch.objects.select_related("project", "project__sponsor")
    )
    if batch.status == status:
        raise ValidationError({"status": [f"{batch.number} is {batch.get_status_display()}."]})
    before = batch.get_status_display()
    batch.status = status
    concurrency.bump(batch)
    batch.save(update_fields=["status", "version"])
    audit_record(
        actor=actor,
        action="quality.batch.status_set",
        target=batch,
        parent=batch.project,
        changes={"status": [before, batch.get_status_display()]},
        reason=reason,
    )
    return batch
