"""Writes of RFPs: intake by staff or by a sponsor user in the portal, edits, qualifying."""

from __future__ import annotations

import copy
import datetime as dt
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from accord.accounts.models import Organization, User
from accord.audit.services import audit_record, created, diff, snapshot
from accord.core import clock, concurrency
from accord.core.permissions import require
from accord.core.workflow import TransitionNotAllowed
from accord.notifications.services import notify
from accord.proposals.models import Rfp
from accord.proposals.services._common import authorize_staff, next_sequence, stripped
from accord.proposals.workflows import RFP_CONTENT, RFP_WORKFLOW

RFP_FIELDS = ("sponsor", "number", *sorted(RFP_CONTENT), "submitted_by", "status")
TEXT_FIELDS = frozenset({"title", "molecule", "quantity_text", "description"})


@transaction.atomic
def rfp_create(
    *,
    actor: User,
    title: str,
    services: list[str],
    modality: str,
    phase: str,
    sponsor: Organization | None = None,
    molecule: str = "",
    quantity_text: str = "",
    quantity_amount: Decimal | None = None,
    quantity_unit: str = "",
    desired_start: dt.date | None = None,
    desired_delivery: dt.date | None = None,
    high_potency: bool = False,
    controlled_substance: bool = False,
    cold_chain: bool = False,
    proposal_due: dt.date | None = None,
    description: str = "",
    received_on: dt.date | None = None,
) -> Rfp:
    """Log an RFP (staff, for any sponsor) or submit one (a sponsor user, for their own
    organization: ``sponsor`` and ``received_on`` are then the user's and today, whatever
    was passed). It gets the sponsor's next number of the year: RFP-AUR-2026-001."""
    require(actor, "proposals.add_rfp")
    today = clock.today()
    if actor.is_sponsor_user:
        sponsor = actor.organization
        received_on = today
    elif actor.is_cdmo_staff:
        if sponsor is None or not sponsor.is_sponsor:
            raise ValidationError({"sponsor": ["Choose the sponsor who sent the RFP."]})
        received_on = received_on or today
        if received_on > today:
            raise ValidationError({"received_on": ["An RFP cannot be received in the future."]})
    else:
        raise PermissionDenied("Only CDMO staff and sponsor users submit RFPs.")
    if not sponsor.is_active:
        raise ValidationError({"sponsor": ["This sponsor is inactive."]})
    rfp = Rfp(
        sponsor=sponsor,
        submitted_by=actor,
        received_on=received_on,
        **stripped(
            {
                "title": title,
                "services": list(services),
                "molecule": molecule,
                "modality": modality,
                "phase": phase,
                "quantity_text": quantity_text,
                "quantity_amount": quantity_amount,
                "quantity_unit": quantity_unit,
                "desired_start": desired_start,
                "desired_delivery": desired_delivery,
                "high_potency": high_potency,
                "controlled_substance": controlled_substance,
                "cold_chain": cold_chain,
                "proposal_due": proposal_due,
                "description": description,
            },
            TEXT_FIELDS,
        ),
    )
    rfp.year = received_on.year
    rfp.full_clean(exclude=["sequence", "number"])
    rfp.sequence = next_sequence(Rfp, sponsor, rfp.year)
    rfp.number = f"RFP-{sponsor.short_name}-{rfp.year}-{rfp.sequence:03d}"
    rfp.save()
    audit_record(
        actor=actor,
        action="proposals.rfp.created",
        target=rfp,
        parent=sponsor,
        changes=created(snapshot(rfp, RFP_FIELDS)),
    )
    notify("proposals.rfp.created", rfp, actor=actor)
    return rfp


@transaction.atomic
def rfp_update(
    *, actor: User, rfp: Rfp, reason: str = "", version: int | None = None, **fields: object
) -> Rfp:
    """Correct what an RFP asks for (staff); frozen once it is won, lost, declined or
    withdrawn. The sponsor never changes: the number belongs to it."""
    authorize_staff(actor, "proposals.change_rfp")
    unknown = set(fields) - RFP_CONTENT
    if unknown:
        raise ValidationError({"__all__": [f"Unknown fields: {', '.join(sorted(unknown))}"]})
    locked = concurrency.locked(
        rfp, version, queryset=Rfp.objects.select_related("sponsor"), what="RFP"
    )
    before = snapshot(locked, sorted(RFP_CONTENT))
    proposed = copy.copy(locked)
    for name, value in stripped(fields, TEXT_FIELDS).items():
        setattr(proposed, name, list(value) if name == "services" else value)
    changes = diff(before, snapshot(proposed, sorted(RFP_CONTENT)))
    if not changes:
        return locked
    RFP_WORKFLOW.check_edit(locked, changes, reason)
    if proposed.received_on > clock.today():
        raise ValidationError({"received_on": ["An RFP cannot be received in the future."]})
    proposed.full_clean()
    concurrency.bump(proposed)
    proposed.save()
    audit_record(
        actor=actor,
        action="proposals.rfp.updated",
        target=proposed,
        parent=proposed.sponsor,
        changes=changes,
        reason=reason,
    )
    return proposed


@transaction.atomic
def rfp_transition(*, actor: User, rfp: Rfp, name: str, reason: str = "") -> Rfp:
    """A staff action of the RFP's workflow (start qualifying). Outcomes have their own
    services (``services/outcomes.py``): each writes more than the state."""
    if name != "qualify":
        raise TransitionNotAllowed(f"There is no action called {name!r} here.")
    authorize_staff(actor, "proposals.view_rfp")
    locked = Rfp.objects.select_for_update(of=("self",)).select_related("sponsor").get(pk=rfp.pk)
    if locked.status != rfp.status:
        raise TransitionNotAllowed("Someone else changed this RFP just now; reload it.")
    transition = RFP_WORKFLOW.check(locked, name, actor)
    if transition.reason_required and not reason.strip():
        raise ValidationError({"reason": [f"Give a reason to {transition.label.lower()}."]})
    rfp_status_set(actor=actor, rfp=locked, status=transition.target, reason=reason)
    return locked


def rfp_status_set(*, actor: User, rfp: Rfp, status: str, reason: str = "") -> None:
    """Move a locked RFP to ``status`` with its audit event (inside the caller's
    transaction); proposal services use it when a proposal is started or sent."""
    if rfp.status == status:
        return
    before = rfp.status
    rfp.status = status
    concurrency.bump(rfp)
    rfp.save(update_fields=["status", "version", "updated_at"])
    audit_record(
        actor=actor,
        action=f"proposals.rfp.{status}",
        target=rfp,
        parent=rfp.sponsor,
        changes={"status": [before, status]},
        reason=reason,
    )
