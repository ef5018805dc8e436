"""The life of a risk: which status changes are actions of their own, and when edits need
a reason."""

from accord.core.workflow import Transition, Workflow
from accord.risks.models import Risk

S = Risk.Status

RISK_WORKFLOW = Workflow(
    states=dict(S.choices),
    initial=S.OPEN,
    transitions=(
        # Open, mitigating and occurred are set in the edit form; closing is its own
        # action because it needs a reason and takes the risk off the heat map.
        Transition(
            "close",
            "Close risk",
            (S.OPEN, S.MITIGATING, S.OCCURRED),
            S.CLOSED,
            permission="risks.change_risk",
            reason_required=True,
            style="outline-secondary",
        ),
    ),
    # A closed risk is a record of what happened: changing it later needs a reason.
    reason_after=frozenset({S.CLOSED}),
)
