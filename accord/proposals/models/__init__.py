"""RFPs and proposals: what a sponsor asks for, and what the CDMO offers in return.

The shape, for anyone building on it (proposal PDF, portal acceptance, won/lost outcomes,
analytics):

* ``Rfp``: one request for proposal from one sponsor, logged by staff or submitted by
  a sponsor user in the portal. Numbered per sponsor and year, ``RFP-AUR-2026-001``
  (per sponsor so that a number tells a sponsor nothing about how many requests other
  sponsors sent). Its ``status`` moves new -> qualifying -> proposal in preparation
  (when a proposal is created) -> proposal sent (when a revision is sent); then won,
  lost, declined by the CDMO or withdrawn (``services/outcomes.py``).
* ``Proposal``: the CDMO's answer to an RFP, owned by a business-development person,
  priced in one ``currency``. ``sponsor`` repeats ``rfp.sponsor`` so that scoping a
  query needs no join. Numbered like RFPs: ``PRP-AUR-2026-001``.
* ``ProposalRevision``: R1, R2 ... of a proposal, gap-free. Everything offered lives on
  a revision: the scope items, the payment milestones, the timeline (frozen as JSON),
  the complexity assessment and the internal pricing notes. States: draft -> in review
  -> approved (every required review signed) -> sent; then superseded (a later revision
  was sent), accepted or declined by the sponsor (``services/acceptance.py``). At
  most one revision of a proposal is open (draft, in review or approved) at a time. A
  new revision copies the previous one's content and carries the sponsor's comments on
  it as ``sponsor_feedback``. ``total`` is the sum of the scope items, kept by the
  services.
* ``ScopeItem`` and ``PaymentMilestone``: the rows of a revision. A scope item's
  ``total`` is quantity x unit price, computed by the services, never typed.
* ``ComplexityAssessment``: the scored technical complexity of a revision (see
  ``complexity.py``), which decides the reviews required before it may be sent.
* ``ProposalReview``: one signed review of a revision ("reviewed" or "rejected" with a
  reason). A change to the revision's content afterwards marks it invalidated; it stays
  in the history and its signature shows that the content no longer matches.
* ``RevisionComment``: what a sponsor user says about a revision they were sent.
* ``RfpOutcome`` and ``Postmortem`` (``outcomes``): how an RFP ended (won with its
  project, lost with a postmortem, declined, withdrawn). CDMO staff only.

Sponsor users see their own RFPs, and a proposal's revisions only once sent; never
drafts, internal pricing notes, the complexity assessment or the reviews (selectors).
"""

from accord.proposals.models.outcomes import (
    LossReason,
    Postmortem,
    RfpOutcome,
    loss_reasons_validate,
)
from accord.proposals.models.proposals import (
    PaymentMilestone,
    Proposal,
    ProposalRevision,
    ScopeItem,
)
from accord.proposals.models.reviews import (
    COMPLEXITY_FACTORS,
    ComplexityAssessment,
    ProposalReview,
    ReviewKind,
    RevisionComment,
)
from accord.proposals.models.rfps import Currency, Rfp, Service, services_validate

__all__ = [
    "COMPLEXITY_FACTORS",
    "ComplexityAssessment",
    "Currency",
    "LossReason",
    "PaymentMilestone",
    "Postmortem",
    "Proposal",
    "ProposalReview",
    "ProposalRevision",
    "ReviewKind",
    "RevisionComment",
    "Rfp",
    "RfpOutcome",
    "ScopeItem",
    "Service",
    "loss_reasons_validate",
    "services_validate",
]
