"""The life of a concern, the R3 way: Recognize (acknowledge), Relate (first contact,
updates, waiting on the sponsor), Resolve (resolution, the sponsor's confirmation)."""

from accord.core.workflow import Transition, Workflow
from accord.service.models import ConcernState as S

SERVE = "service.change_concern"
CONFIRM = "service.confirm_concern"

CONCERN_WORKFLOW = Workflow(
    states=dict(S.choices),
    initial=S.RAISED,
    state_field="state",
    transitions=(
        Transition("acknowledge", "Acknowledge", (S.RAISED,), S.ACKNOWLEDGED, permission=SERVE),
        Transition(
            "contact",
            "Record the first contact",
            (S.RAISED, S.ACKNOWLEDGED),
            S.IN_PROGRESS,
            permission=SERVE,
        ),
        Transition(
            "wait",
            "Wait on the sponsor",
            (S.ACKNOWLEDGED, S.IN_PROGRESS),
            S.WAITING,
            permission=SERVE,
            reason_required=True,
            style="outline-secondary",
        ),
        # Back to where it was before the wait (the service knows which).
        Transition("resume", "Resume", (S.WAITING,), S.IN_PROGRESS, permission=SERVE),
        Transition("resolve", "Resolve", (S.IN_PROGRESS,), S.RESOLVED, permission=SERVE),
        Transition(
            "confirm", "Confirm the resolution", (S.RESOLVED,), S.CLOSED, permission=CONFIRM
        ),
        Transition(
            "reopen",
            "Reopen",
            (S.RESOLVED,),
            S.IN_PROGRESS,
            permission=CONFIRM,
            reason_required=True,
            style="outline-danger",
        ),
    ),
)
