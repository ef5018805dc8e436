"""The life of an action item: open until its owner (or the project manager) marks it
done; reopening is the project manager's, with a reason."""

from accord.core.workflow import Transition, Workflow
from accord.meetings.models import ActionItem

S = ActionItem.Status

ACTION_ITEM_WORKFLOW = Workflow(
    states=dict(S.choices),
    initial=S.OPEN,
    transitions=(
        # The permission lets a person close what they own; closing someone else's item
        # also needs meetings.change_actionitem (checked in the service).
        Transition(
            "close",
            "Mark done",
            (S.OPEN,),
            S.DONE,
            permission="meetings.close_actionitem",
            style="success",
        ),
        Transition(
            "reopen",
            "Reopen",
            (S.DONE,),
            S.OPEN,
            permission="meetings.change_actionitem",
            reason_required=True,
            style="outline-secondary",
        ),
    ),
)
