"""The life of a survey: open for answers until everyone asked has answered, its time is
over (the sweep), or staff close it early with a reason."""

from accord.core.workflow import Transition, Workflow
from accord.surveys.models import SurveyState as S

CLOSE = "surveys.close_survey"

SURVEY_WORKFLOW = Workflow(
    states=dict(S.choices),
    initial=S.OPEN,
    state_field="state",
    transitions=(
        Transition(
            "close",
            "Close the survey",
            (S.OPEN,),
            S.CLOSED,
            permission=CLOSE,
            reason_required=True,
            style="outline-danger",
        ),
    ),
)
