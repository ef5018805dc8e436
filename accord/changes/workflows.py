"""The life of a change order: drafted and reviewed by the CDMO, sent to the sponsor,
accepted or rejected by the sponsor's manager with a signature, then incorporated into
the plan."""

from accord.changes.models import ChangeOrder
from accord.core.workflow import Transition, Workflow
from accord.signatures.models import Meaning

S = ChangeOrder.Status
CONTENT = frozenset(
    {"title", "sow_reference", "scope_change", "justification", "price_change", "currency"}
)

CHANGE_ORDER_WORKFLOW = Workflow(
    states=dict(S.choices),
    initial=S.DRAFT,
    transitions=(
        Transition(
            "submit",
            "Submit for internal review",
            (S.DRAFT,),
            S.INTERNAL_REVIEW,
            permission="changes.change_changeorder",
        ),
        Transition(
            "send",
            "Send to sponsor",
            (S.INTERNAL_REVIEW,),
            S.SENT,
            permission="changes.send_changeorder",
            style="success",
        ),
        Transition(
            "redraft",
            "Back to draft",
            (S.INTERNAL_REVIEW,),
            S.DRAFT,
            permission="changes.change_changeorder",
            reason_required=True,
            style="outline-secondary",
        ),
        Transition(
            "accept",
            "Accept",
            (S.SENT,),
            S.APPROVED,
            permission="changes.accept_changeorder",
            signature=Meaning.ACCEPTED,
            style="success",
        ),
        Transition(
            "reject",
            "Reject",
            (S.SENT,),
            S.REJECTED,
            permission="changes.accept_changeorder",
            signature=Meaning.REJECTED,
            reason_required=True,
            style="outline-danger",
        ),
        Transition(
            "incorporate",
            "Incorporate and re-baseline",
            (S.APPROVED,),
            S.INCORPORATED,
            permission="changes.change_changeorder",
            # The PM signs the new baseline the incorporation saves (as baseline_save).
            signature=Meaning.AUTHORED,
        ),
    ),
    # What the sponsor is asked to accept cannot change once it is in front of them.
    frozen={
        S.SENT: CONTENT,
        S.APPROVED: CONTENT,
        S.REJECTED: CONTENT,
        S.INCORPORATED: CONTENT,
    },
    reason_after=frozenset({S.INTERNAL_REVIEW}),
)

# Transitions only the sponsor takes: staff pages never offer them, sponsor pages only them.
SPONSOR_TRANSITIONS = frozenset({"accept", "reject"})
