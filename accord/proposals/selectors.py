"""Reads of RFPs and proposals that depend on who is asking. Fail closed.

CDMO staff with the view permission see everything. A sponsor user sees their own
organization's RFPs, and of its proposals only the revisions that were sent (and what
became of them); a proposal without a sent revision does not exist for them. Internal
pricing notes are a field the sponsor pages and API never render; the complexity
assessment and the reviews are rows a sponsor user cannot read at all.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from accord.proposals.models import (
    ComplexityAssessment,
    PaymentMilestone,
    Proposal,
    ProposalReview,
    ProposalRevision,
    RevisionComment,
    Rfp,
    ScopeItem,
)


def _active(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


def _staff(user, permission: str) -> bool:
    return _active(user) and user.is_cdmo_staff and user.has_perm(permission)


def _sponsor(user, permission: str) -> bool:
    return _active(user) and user.is_sponsor_user and user.has_perm(permission)


def rfps_visible_to(user) -> QuerySet[Rfp]:
    rfps = Rfp.objects.select_related("sponsor", "submitted_by")
    if _staff(user, "proposals.view_rfp"):
        return rfps
    if _sponsor(user, "proposals.view_rfp"):
        return rfps.filter(sponsor_id=user.organization_id)
    return rfps.none()


def revisions_visible_to(user) -> QuerySet[ProposalRevision]:
    revisions = ProposalRevision.objects.select_related(
        "proposal__sponsor", "proposal__rfp", "proposal__owner"
    )
    if _staff(user, "proposals.view_proposal"):
        return revisions
    if _sponsor(user, "proposals.view_proposal"):
        return revisions.filter(
            proposal__sponsor_id=user.organization_id,
            status__in=ProposalRevision.SPONSOR_STATES,
        )
    return revisions.none()


def proposals_visible_to(user) -> QuerySet[Proposal]:
    proposals = Proposal.objects.select_related("sponsor", "rfp", "owner")
    if _staff(user, "proposals.view_proposal"):
        return proposals
    if _sponsor(user, "proposals.view_proposal"):
        return proposals.filter(
            sponsor_id=user.organization_id,
            pk__in=revisions_visible_to(user).values("proposal_id"),
        )
    return proposals.none()


def scope_items_visible_to(user) -> QuerySet[ScopeItem]:
    return ScopeItem.objects.filter(revision__in=revisions_visible_to(user))


def milestones_visible_to(user) -> QuerySet[PaymentMilestone]:
    return PaymentMilestone.objects.filter(revision__in=revisions_visible_to(user))


def comments_visible_to(user) -> QuerySet[RevisionComment]:
    return RevisionComment.objects.select_related("author").filter(
        revision__in=revisions_visible_to(user)
    )


def assessments_visible_to(user) -> QuerySet[ComplexityAssessment]:
    """Internal to the CDMO: no sponsor user ever reads one."""
    if _staff(user, "proposals.view_proposal"):
        return ComplexityAssessment.objects.select_related("revision__proposal")
    return ComplexityAssessment.objects.none()


def reviews_visible_to(user) -> QuerySet[ProposalReview]:
    """Internal to the CDMO: no sponsor user ever reads one."""
    if _staff(user, "proposals.view_proposal"):
        return ProposalReview.objects.select_related("reviewer", "signature")
    return ProposalReview.objects.none()


def rfps_filter(
    rfps: QuerySet[Rfp], *, query: str = "", status: str = "", service: str = "", sponsor=None
) -> QuerySet[Rfp]:
    if query:
        rfps = rfps.filter(
            Q(number__icontains=query)
            | Q(title__icontains=query)
            | Q(molecule__icontains=query)
            | Q(sponsor__name__icontains=query)
        )
    if status:
        rfps = rfps.filter(status=status)
    if service:
        # JSON containment is not portable to SQLite; the codes are distinct words.
        rfps = rfps.filter(services__icontains=f'"{service}"')
    if sponsor is not None:
        rfps = rfps.filter(sponsor=sponsor)
    return rfps


def proposals_filter(
    proposals: QuerySet[Proposal], *, query: str = "", owner=None
) -> QuerySet[Proposal]:
    if query:
        proposals = proposals.filter(
            Q(number__icontains=query)
            | Q(title__icontains=query)
            | Q(rfp__number__icontains=query)
            | Q(sponsor__name__icontains=query)
        )
    if owner is not None:
        proposals = proposals.filter(owner=owner)
    return proposals


def latest_revision(proposal: Proposal, user) -> ProposalRevision | None:
    return revisions_visible_to(user).filter(proposal=proposal).order_by("-number").first()
