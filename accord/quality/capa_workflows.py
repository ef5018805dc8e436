"""The life of a CAPA and of each of its actions, declared in one place.

A CAPA is open while its actions are worked. When every action is verified or cancelled
its QA approver signs it implemented, which starts the check of effectiveness (its own
dated record); QA's signed verdict closes it effective or not effective, and "not
effective" opens a follow-up CAPA. A CAPA that needs no check (stated with a rationale
when it was opened) is closed directly by its QA approver, with a reason. QA cancels a
CAPA with a reason. Every one of these is an electronic signature.

Each action is done by its owner, with evidence, then verified by its QA approver's
signature, or sent back with a reason; QA cancels an action that is no longer needed.
"""

from __future__ import annotations

from accord.core.workflow import Transition, Workflow
from accord.quality.models.capa import CapaAction, CapaState

S = CapaState
A = CapaAction.State

WORK = "quality.change_capa"
APPROVE = "quality.approve_capa"


def _check_required(capa) -> bool:
    return capa.effectiveness_required


def _no_check_required(capa) -> bool:
    return not capa.effectiveness_required


CAPA_WORKFLOW = Workflow(
    states=dict(S.choices),
    initial=S.OPEN,
    state_field="state",
    transitions=(
        Transition(
            "implement",
            "Sign as implemented",
            (S.OPEN,),
            S.IMPLEMENTED,
            permission=APPROVE,
            signature="approved",
            author_may_not_take=True,
            applies=_check_required,
            applies_note="This CAPA needs no check of effectiveness: close it directly.",
        ),
        Transition(
            "close",
            "Close without a check of effectiveness",
            (S.OPEN,),
            S.CLOSED,
            permission=APPROVE,
            signature="approved",
            reason_required=True,
            author_may_not_take=True,
            applies=_no_check_required,
            applies_note=(
                "This CAPA requires a check of effectiveness: sign it implemented, then "
                "record the check's verdict."
            ),
        ),
        Transition(
            "effective",
            "Record the check: effective",
            (S.IMPLEMENTED,),
            S.CLOSED_EFFECTIVE,
            permission=APPROVE,
            signature="reviewed",
            author_may_not_take=True,
        ),
        Transition(
            "not_effective",
            "Record the check: not effective",
            (S.IMPLEMENTED,),
            S.CLOSED_NOT_EFFECTIVE,
            permission=APPROVE,
            signature="reviewed",
            author_may_not_take=True,
            style="outline-danger",
        ),
        Transition(
            "cancel",
            "Cancel the CAPA",
            (S.OPEN, S.IMPLEMENTED),
            S.CANCELLED,
            permission=APPROVE,
            signature="approved",
            reason_required=True,
            author_may_not_take=True,
            style="outline-danger",
        ),
    ),
)

CAPA_ACTION_WORKFLOW = Workflow(
    states=dict(A.choices),
    initial=A.OPEN,
    state_field="state",
    transitions=(
        Transition("done", "Mark done, with evidence", (A.OPEN,), A.DONE, permission=WORK),
        Transition(
            "verify",
            "Verify",
            (A.DONE,),
            A.VERIFIED,
            permission=APPROVE,
            signature="verified",
            author_may_not_take=True,
        ),
        Transition(
            "return",
            "Send back to its owner",
            (A.DONE,),
            A.OPEN,
            permission=APPROVE,
            reason_required=True,
            author_may_not_take=True,
            style="outline-secondary",
        ),
        Transition(
            "cancel",
            "Cancel the action",
            (A.OPEN, A.DONE),
            A.CANCELLED,
            permission=APPROVE,
            reason_required=True,
            author_may_not_take=True,
            style="outline-danger",
        ),
    ),
)

# Where each verdict of a check of effectiveness takes the CAPA. "Partially effective"
# did not reach the success criteria: the CAPA closes not effective and a follow-up
# CAPA takes on what remains.
VERDICT_TRANSITION = {
    "effective": "effective",
    "partially": "not_effective",
    "not_effective": "not_effective",
}
