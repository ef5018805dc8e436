"""Writes of proposals and revisions: starting and editing a proposal, a revision's
summary and notes, new revisions (copies carrying the sponsor's feedback) and the
sponsor's comments.

A revision's content changes only while it is open (draft, in review, approved). Any
change to it sends a revision that was in review or approved back to draft and
invalidates the reviews signed so far: they were given on other content.
"""

from __future__ import annotations

import copy

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from accord.accounts.models import User
from accord.audit.services import audit_record, created, diff, snapshot
from accord.core import clock, concurrency
from accord.core.dates import format_day
from accord.core.permissions import require
from accord.notifications.services import notify
from accord.proposals.models import (
    ComplexityAssessment,
    Currency,
    Proposal,
    ProposalRevision,
    RevisionComment,
    Rfp,
)
from accord.proposals.selectors import revisions_visible_to
from accord.proposals.services._common import (
    authorize_staff,
    content_changed,
    lock_proposal,
    lock_revision,
    next_sequence,
    open_for_edit,
    stripped,
)
from accord.proposals.services.content import TIMELINE_FIELDS
from accord.proposals.services.rfps import rfp_status_set
from accord.proposals.workflows import REVISION_CONTENT

S = ProposalRevision.Status
EDIT_PERMISSION = "proposals.change_proposal"
PROPOSAL_FIELDS = ("rfp", "sponsor", "number", "title", "owner", "currency")
PROPOSAL_EDITABLE = frozenset({"title", "owner", "currency"})


# --------------------------------------------------------------------------- proposals


def _check_owner(owner: User | None) -> None:
    if owner is None or not (
        owner.is_active
        and owner.is_cdmo_staff
        and owner.has_perm("proposals.send_proposalrevision")
    ):
        raise ValidationError(
            {"owner": ["Choose an active CDMO colleague who may send proposals."]}
        )


@transaction.atomic
def proposal_create(
    *, actor: User, rfp: Rfp, title: str, owner: User, currency: str = Currency.CHF
) -> Proposal:
    """Start a proposal for an RFP, with an empty draft R1; the RFP is then "proposal in
    preparation". Numbered per sponsor and year: PRP-AUR-2026-001."""
    authorize_staff(actor, "proposals.add_proposal")
    rfp = Rfp.objects.select_for_update(of=("self",)).select_related("sponsor").get(pk=rfp.pk)
    if rfp.is_closed:
        raise ValidationError(
            {"__all__": [f"{rfp.number} is {rfp.get_status_display().lower()}: no new proposal."]}
        )
    _check_owner(owner)
    year = clock.today().year
    proposal = Proposal(
        rfp=rfp,
        sponsor=rfp.sponsor,
        title=title.strip(),
        owner=owner,
        currency=currency,
        created_by=actor,
        year=year,
    )
    proposal.full_clean(exclude=["sequence", "number"])
    proposal.sequence = next_sequence(Proposal, rfp.sponsor, year)
    proposal.number = f"PRP-{rfp.sponsor.short_name}-{year}-{proposal.sequence:03d}"
    proposal.save()
    audit_record(
        actor=actor,
        action="proposals.proposal.created",
        target=proposal,
        parent=rfp,
        changes=created(snapshot(proposal, PROPOSAL_FIELDS)),
    )
    revision = ProposalRevision.objects.create(proposal=proposal, number=1, created_by=actor)
    audit_record(
        actor=actor,
        action="proposals.proposalrevision.created",
        target=revision,
        parent=proposal,
        changes=created({"number": revision.reference, "status": revision.status}),
    )
    if rfp.status in (Rfp.Status.NEW, Rfp.Status.QUALIFYING):
        rfp_status_set(actor=actor, rfp=rfp, status=Rfp.Status.IN_PREPARATION)
    return proposal


@transaction.atomic
def proposal_update(
    *, actor: User, proposal: Proposal, version: int | None = None, **fields: object
) -> Proposal:
    """Rename, hand over to another owner, or change the currency (only before any
    revision was sent; it changes what the open revision offers)."""
    authorize_staff(actor, EDIT_PERMISSION)
    unknown = set(fields) - PROPOSAL_EDITABLE
    if unknown:
        raise ValidationError({"__all__": [f"Unknown fields: {', '.join(sorted(unknown))}"]})
    locked = lock_proposal(proposal, version)
    editable = sorted(PROPOSAL_EDITABLE)
    before = snapshot(locked, editable)
    proposed = copy.copy(locked)
    for name, value in stripped(fields, frozenset({"title"})).items():
        setattr(proposed, name, value)
    changes = diff(before, snapshot(proposed, editable))
    if not changes:
        return locked
    if "owner" in changes:
        _check_owner(proposed.owner)
    extra: dict[str, list] = {}
    sent = locked.revisions.exclude(status__in=ProposalRevision.OPEN_STATES)
    if "currency" in changes and sent.exists():
        raise ValidationError(
            {"currency": ["The currency cannot change once a revision has been sent."]}
        )
    proposed.full_clean()
    concurrency.bump(proposed)
    proposed.save()
    if "currency" in changes:
        open_revision = locked.revisions.filter(status__in=ProposalRevision.OPEN_STATES).first()
        if open_revision is not None:
            extra = content_changed(lock_revision(open_revision))
    audit_record(
        actor=actor,
        action="proposals.proposal.updated",
        target=proposed,
        parent=proposed.rfp,
        changes={**changes, **extra},
    )
    return proposed


@transaction.atomic
def revision_update(
    *, actor: User, revision: ProposalRevision, version: int | None = None, **fields: object
) -> ProposalRevision:
    """The cover summary, validity and internal pricing notes of an open revision."""
    authorize_staff(actor, EDIT_PERMISSION)
    unknown = set(fields) - REVISION_CONTENT
    if unknown:
        raise ValidationError({"__all__": [f"Unknown fields: {', '.join(sorted(unknown))}"]})
    locked = open_for_edit(revision, version)
    editable = sorted(REVISION_CONTENT)
    before = snapshot(locked, editable)
    for name, value in stripped(fields, frozenset(editable) - {"valid_until"}).items():
        setattr(locked, name, value)
    changes = diff(before, snapshot(locked, editable))
    if not changes:
        return locked
    locked.full_clean()
    extra = content_changed(locked)
    audit_record(
        actor=actor,
        action="proposals.proposalrevision.updated",
        target=locked,
        parent=locked.proposal,
        changes={**changes, **extra},
    )
    return locked


def _feedback_of(revision: ProposalRevision) -> str:
    comments = revision.comments.select_related("author").order_by("created_at", "pk")
    return "\n\n".join(
        f"{comment.author.printed_name}, {format_day(timezone.localtime(comment.created_at))}: "
        f"{comment.text}"
        for comment in comments
    )


@transaction.atomic
def revision_create(*, actor: User, proposal: Proposal) -> ProposalRevision:
    """The next revision, a copy of the latest one's content (scope items, milestones,
    timeline, assessment, notes), carrying the sponsor's comments on it as feedback."""
    authorize_staff(actor, EDIT_PERMISSION)
    proposal = lock_proposal(proposal)
    revisions = proposal.revisions.order_by("-number")
    open_revision = revisions.filter(status__in=ProposalRevision.OPEN_STATES).first()
    if open_revision is not None:
        raise ValidationError(
            {
                "__all__": [
                    f"{open_revision.reference} is still open "
                    f"({open_revision.get_status_display().lower()}): send it before "
                    "starting another revision."
                ]
            }
        )
    if revisions.filter(status=S.ACCEPTED).exists():
        raise ValidationError({"__all__": ["The sponsor accepted this proposal: it is final."]})
    previous = revisions.first()
    number = (proposal.revisions.aggregate(m=Max("number"))["m"] or 0) + 1
    revision = ProposalRevision(proposal=proposal, number=number, created_by=actor)
    if previous is not None:
        for name in (*REVISION_CONTENT, *TIMELINE_FIELDS, "timeline", "total"):
            setattr(revision, name, copy.deepcopy(getattr(previous, name)))
        revision.sponsor_feedback = _feedback_of(previous)
    revision.save()
    if previous is not None:
        for item in previous.scope_items.all():
            item.pk = None
            item.revision = revision
            item.save()
        for milestone in previous.milestones.all():
            milestone.pk = None
            milestone.revision = revision
            milestone.save()
        assessment = ComplexityAssessment.objects.filter(revision=previous).first()
        if assessment is not None:
            assessment.pk = None
            assessment.revision = revision
            assessment.save()
    audit_record(
        actor=actor,
        action="proposals.proposalrevision.created",
        target=revision,
        parent=proposal,
        changes=created(
            {
                "number": revision.reference,
                "status": revision.status,
                "copied_from": previous.reference if previous else None,
                "sponsor_feedback": revision.sponsor_feedback,
            }
        ),
    )
    return revision


# --------------------------------------------------------------------------- comments


@transaction.atomic
def revision_comment_add(*, actor: User, revision: ProposalRevision, text: str) -> RevisionComment:
    """A sponsor user's comment on the revision they were sent (the current offer only);
    the next revision carries it as sponsor feedback."""
    require(actor, "proposals.add_revisioncomment")
    if not actor.is_sponsor_user:
        raise PermissionDenied("Only the sponsor comments on a proposal it was sent.")
    if not revisions_visible_to(actor).filter(pk=revision.pk).exists():
        raise PermissionDenied("You cannot comment on this revision.")
    revision = lock_revision(revision)
    if revision.status != S.SENT:
        raise ValidationError(
            {
                "text": [
                    f"{revision.reference} is {revision.get_status_display().lower()}: comment "
                    "on the current offer."
                ]
            }
        )
    text = text.strip()
    if not text:
        raise ValidationError({"text": ["Write your comment."]})
    if len(text) > 5000:
        raise ValidationError({"text": ["Keep a comment under 5,000 characters."]})
    comment = RevisionComment.objects.create(revision=revision, author=actor, text=text)
    audit_record(
        actor=actor,
        action="proposals.revisioncomment.created",
        target=comment,
        parent=revision,
        changes=created({"text": text}),
    )
    notify("proposals.revisioncomment.created", comment, actor=actor)
    return comment
