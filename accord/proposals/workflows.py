"""The lives of an RFP and of a proposal revision, declared in one place.

RFP: qualifying is a staff action; "proposal in preparation" and "proposal sent" follow
from creating a proposal and sending a revision (services). The outcomes (won, lost,
declined, withdrawn) are recorded by business development or an executive through
``services/outcomes.py``, never through ``rfp_transition``.

Revision: submitted for review by the CDMO, reviewed by the required reviewers with
their signatures (approved once all are signed), sent by the proposal's owner with a
signature. A reviewer's rejection, or any change to the content, sends it back to draft.
The sponsor's manager accepts (signature "accepted") or declines (signature "rejected",
with a reason) the revision currently sent, in the portal.
"""

from accord.core.workflow import Transition, Workflow
from accord.proposals.models import ProposalRevision, Rfp
from accord.signatures.models import Meaning

R = Rfp.Status

RFP_CONTENT = frozenset(
    {
        "title",
        "services",
        "molecule",
        "modality",
        "phase",
        "quantity_text",
        "quantity_amount",
        "quantity_unit",
        "desired_start",
        "desired_delivery",
        "high_potency",
        "controlled_substance",
        "cold_chain",
        "proposal_due",
        "description",
        "received_on",
    }
)

RFP_WORKFLOW = Workflow(
    states=dict(R.choices),
    initial=R.NEW,
    transitions=(
        Transition(
            "qualify",
            "Start qualifying",
            (R.NEW,),
            R.QUALIFYING,
            permission="proposals.change_rfp",
        ),
        # Outcomes (services/outcomes.py): a win creates the project and its signed
        # baseline; a loss needs a postmortem; declining and withdrawing need a reason.
        Transition(
            "win",
            "Record a win",
            (R.PROPOSAL_SENT,),
            R.WON,
            permission="proposals.record_rfp_outcome",
            style="success",
        ),
        Transition(
            "lose",
            "Record a loss",
            (R.QUALIFYING, R.IN_PREPARATION, R.PROPOSAL_SENT),
            R.LOST,
            permission="proposals.record_rfp_outcome",
            style="outline-danger",
        ),
        Transition(
            "decline",
            "Decline (CDMO)",
            (R.NEW, R.QUALIFYING, R.IN_PREPARATION, R.PROPOSAL_SENT),
            R.DECLINED,
            permission="proposals.record_rfp_outcome",
            reason_required=True,
            style="outline-secondary",
        ),
        Transition(
            "withdraw",
            "Withdrawn by the sponsor",
            (R.NEW, R.QUALIFYING, R.IN_PREPARATION, R.PROPOSAL_SENT),
            R.WITHDRAWN,
            permission="proposals.record_rfp_outcome",
            reason_required=True,
            style="outline-secondary",
        ),
    ),
    frozen={state: RFP_CONTENT for state in Rfp.CLOSED_STATES},
)

S = ProposalRevision.Status

# The revision's own fields that are content; its rows (scope items, milestones), its
# timeline and its assessment are content too (services).
REVISION_CONTENT = frozenset({"summary", "valid_until", "internal_pricing_notes"})
_SENT_OR_LATER = (S.SENT, S.SUPERSEDED, S.ACCEPTED, S.DECLINED)

REVISION_WORKFLOW = Workflow(
    states=dict(S.choices),
    initial=S.DRAFT,
    transitions=(
        Transition(
            "submit",
            "Submit for review",
            (S.DRAFT,),
            S.IN_REVIEW,
            permission="proposals.change_proposal",
        ),
        Transition(
            "redraft",
            "Back to draft",
            (S.IN_REVIEW, S.APPROVED),
            S.DRAFT,
            permission="proposals.change_proposal",
            reason_required=True,
            style="outline-secondary",
        ),
        # A review signed "reviewed" keeps the revision in review until the last
        # required one, which approves it (services).
        Transition(
            "review",
            "Sign review",
            (S.IN_REVIEW,),
            S.IN_REVIEW,
            permission="proposals.review_proposalrevision",
            signature=Meaning.REVIEWED,
            author_may_not_take=True,
        ),
        Transition(
            "reject",
            "Reject in review",
            (S.IN_REVIEW,),
            S.DRAFT,
            permission="proposals.review_proposalrevision",
            signature=Meaning.REJECTED,
            reason_required=True,
            author_may_not_take=True,
            style="outline-danger",
        ),
        # The owner signs the offer as its author when sending it.
        Transition(
            "send",
            "Send to sponsor",
            (S.APPROVED,),
            S.SENT,
            permission="proposals.send_proposalrevision",
            signature=Meaning.AUTHORED,
            style="success",
        ),
        # The sponsor's manager answers the revision currently sent, in the portal, with
        # a signature (services/acceptance.py).
        Transition(
            "accept",
            "Accept the proposal",
            (S.SENT,),
            S.ACCEPTED,
            permission="proposals.accept_proposalrevision",
            signature=Meaning.ACCEPTED,
            style="success",
        ),
        Transition(
            "decline",
            "Decline the proposal",
            (S.SENT,),
            S.DECLINED,
            permission="proposals.accept_proposalrevision",
            signature=Meaning.REJECTED,
            reason_required=True,
            style="outline-danger",
        ),
    ),
    frozen={state: REVISION_CONTENT for state in _SENT_OR_LATER},
)

# Staff pages offer these as buttons; reviews have their own panel.
STAFF_ACTIONS = ("submit", "redraft", "send")
# Only the sponsor takes these: staff pages never offer them, the portal only them.
SPONSOR_ACTIONS = ("accept", "decline")
