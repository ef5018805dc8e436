"""The life of a change control (ICH Q10 3.2.3): drafted, assessed by each department
concerned, its plan approved by a QA signature, approved by the sponsors whose quality
agreement requires it, implemented, reviewed for effectiveness, closed.

Rejected: by QA (signed) at assessment or while sponsors decide. A sponsor's rejection
stops the change for that sponsor's products: it cannot be implemented as it stands,
and its owner either rescopes it (back to impact assessment, to exclude that sponsor's
products and ask again) or QA rejects it.
"""

from accord.core.workflow import Transition, Workflow
from accord.quality.models import ChangeState as S
from accord.signatures.models import Meaning

WORK = "quality.change_changecontrol"
APPROVE = "quality.approve_changecontrol"
DECIDE = "quality.decide_changecontrol"


def _sponsors_asked(change) -> bool:
    return bool(getattr(change, "approvals_needed", None))


def _no_sponsor_asked(change) -> bool:
    return not _sponsors_asked(change)


CHANGE_WORKFLOW = Workflow(
    states=dict(S.choices),
    initial=S.DRAFT,
    state_field="state",
    transitions=(
        Transition(
            "submit", "Send for impact assessment", (S.DRAFT,), S.ASSESSMENT, permission=WORK
        ),
        # Which of the two applies depends on the sponsors' quality agreements: the
        # service works out ``approvals_needed`` before it asks.
        Transition(
            "approve_plan",
            "Approve the plan",
            (S.ASSESSMENT,),
            S.APPROVED,
            permission=APPROVE,
            signature=Meaning.APPROVED,
            author_may_not_take=True,
            applies=_no_sponsor_asked,
            applies_note="A sponsor must approve this change: approve the plan for the sponsors.",
        ),
        Transition(
            "approve_plan_for_sponsors",
            "Approve the plan and ask the sponsors",
            (S.ASSESSMENT,),
            S.SPONSOR_APPROVAL,
            permission=APPROVE,
            signature=Meaning.APPROVED,
            author_may_not_take=True,
            applies=_sponsors_asked,
            applies_note="No sponsor's quality agreement requires its approval of this change.",
        ),
        # Taken by the service when the last sponsor asked approves.
        Transition(
            "sponsors_approved",
            "Approve for the sponsor",
            (S.SPONSOR_APPROVAL,),
            S.APPROVED,
            permission=DECIDE,
            signature=Meaning.APPROVED,
        ),
        Transition(
            "rescope",
            "Rescope and assess again",
            (S.SPONSOR_APPROVAL,),
            S.ASSESSMENT,
            permission=WORK,
            reason_required=True,
            style="outline-secondary",
        ),
        Transition(
            "start", "Start the implementation", (S.APPROVED,), S.IMPLEMENTATION, permission=WORK
        ),
        Transition(
            "complete",
            "Implementation complete",
            (S.IMPLEMENTATION,),
            S.REVIEW,
            permission=WORK,
        ),
        Transition(
            "reopen",
            "Back to implementation",
            (S.REVIEW,),
            S.IMPLEMENTATION,
            permission=APPROVE,
            reason_required=True,
            style="outline-secondary",
        ),
        Transition(
            "close",
            "Review effectiveness and close",
            (S.REVIEW,),
            S.CLOSED,
            permission=APPROVE,
            signature=Meaning.VERIFIED,
        ),
        Transition(
            "reject",
            "Reject the change",
            (S.ASSESSMENT, S.SPONSOR_APPROVAL),
            S.REJECTED,
            permission=APPROVE,
            signature=Meaning.REJECTED,
            reason_required=True,
            style="outline-danger",
        ),
        Transition(
            "cancel",
            "Cancel",
            (S.DRAFT, S.ASSESSMENT, S.SPONSOR_APPROVAL, S.APPROVED, S.IMPLEMENTATION),
            S.CANCELLED,
            permission=WORK,
            reason_required=True,
            style="outline-danger",
        ),
    ),
    frozen={
        state: frozenset(
            {
                "title",
                "current_state",
                "proposed_state",
                "justification",
                "change_type",
                "duration",
                "temporary_until",
                "urgency",
                "classification",
                "site",
                "products",
                "projects",
                "filing",
                "filing_rationale",
                "risk_assessment",
                "risk_level",
            }
        )
        for state in (
            S.SPONSOR_APPROVAL,
            S.APPROVED,
            S.IMPLEMENTATION,
            S.REVIEW,
            S.CLOSED,
            S.REJECTED,
            S.CANCELLED,
        )
    },
    reason_after=frozenset({S.ASSESSMENT}),
)

# The actions a page offers as buttons with their own form (the rest are service steps).
PAGE_TRANSITIONS = ("submit", "start", "complete", "reopen", "reject", "cancel", "rescope")
