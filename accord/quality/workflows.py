"""The life of a deviation. Its class selects the branch: a minor deviation closes when
QA approves its assessment; a major or critical one goes on to an investigation, which
QA approves in a final signature that closes it. QA can send either stage back with a
reason. Approvals are signatures, never by the deviation's owner or its reporter."""

from accord.core.workflow import Transition, Workflow
from accord.quality.models.deviations import DeviationState as S
from accord.signatures.models import Meaning

WORK = "quality.change_deviation"
APPROVE = "quality.approve_deviation"


def _investigated(deviation) -> bool:
    return deviation.needs_investigation


def _not_investigated(deviation) -> bool:
    return not deviation.needs_investigation


DEVIATION_WORKFLOW = Workflow(
    states=dict(S.choices),
    initial=S.ASSESSMENT,
    state_field="state",
    transitions=(
        Transition(
            "submit_assessment",
            "Submit the assessment to QA",
            (S.ASSESSMENT,),
            S.ASSESSMENT_REVIEW,
            permission=WORK,
        ),
        Transition(
            "approve_and_close",
            "Approve the assessment and close",
            (S.ASSESSMENT_REVIEW,),
            S.CLOSED,
            permission=APPROVE,
            signature=Meaning.APPROVED,
            author_may_not_take=True,
            applies=_not_investigated,
            applies_note="A major or critical deviation is investigated before it closes.",
        ),
        Transition(
            "approve_assessment",
            "Approve the assessment and open the investigation",
            (S.ASSESSMENT_REVIEW,),
            S.INVESTIGATION,
            permission=APPROVE,
            signature=Meaning.APPROVED,
            author_may_not_take=True,
            applies=_investigated,
            applies_note="Only major and critical deviations are investigated.",
        ),
        Transition(
            "return_assessment",
            "Send the assessment back",
            (S.ASSESSMENT_REVIEW,),
            S.ASSESSMENT,
            permission=APPROVE,
            reason_required=True,
            style="outline-danger",
        ),
        Transition(
            "submit_investigation",
            "Submit the investigation to QA",
            (S.INVESTIGATION,),
            S.FINAL_REVIEW,
            permission=WORK,
            applies=_investigated,
            applies_note="Only major and critical deviations are investigated.",
        ),
        Transition(
            "approve_investigation",
            "Give the final approval and close",
            (S.FINAL_REVIEW,),
            S.CLOSED,
            permission=APPROVE,
            signature=Meaning.APPROVED,
            author_may_not_take=True,
            applies=_investigated,
            applies_note="Only major and critical deviations are investigated.",
        ),
        Transition(
            "return_investigation",
            "Send the investigation back",
            (S.FINAL_REVIEW,),
            S.INVESTIGATION,
            permission=APPROVE,
            reason_required=True,
            style="outline-danger",
        ),
    ),
    # What the record said at intake stays as it was once QA has it; the due date never
    # changes but through an approved extension request (R-DEV-4).
    frozen={
        S.ASSESSMENT: frozenset({"due_date", "number", "discovered_at", "sponsor"}),
        **{
            state: frozenset(
                {
                    "due_date",
                    "number",
                    "discovered_at",
                    "sponsor",
                    "title",
                    "description",
                    "occurred_at",
                    "area",
                    "equipment",
                    "process_step",
                    "containment",
                }
            )
            for state in (
                S.ASSESSMENT_REVIEW,
                S.INVESTIGATION,
                S.FINAL_REVIEW,
                S.CLOSED,
                S.CANCELLED,
            )
        },
    },
)

SUBMIT = {S.ASSESSMENT: "submit_assessment", S.INVESTIGATION: "submit_investigation"}
SEND_BACK = {S.ASSESSMENT_REVIEW: "return_assessment", S.FINAL_REVIEW: "return_investigation"}


def approval_for(deviation) -> str | None:
    """The approval QA gives the deviation in its state now, if any."""
    if deviation.state == S.ASSESSMENT_REVIEW:
        return "approve_assessment" if deviation.needs_investigation else "approve_and_close"
    if deviation.state == S.FINAL_REVIEW:
        return "approve_investigation"
    return None
