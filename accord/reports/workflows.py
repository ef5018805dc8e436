"""The life of a status report: drafted by the project manager, published to the sponsor
with the project manager's signature ("authored": the project manager answers for what
it says), frozen from then on."""

from accord.core.workflow import Transition, Workflow
from accord.reports.models import StatusReport
from accord.signatures.models import Meaning

S = StatusReport.Status
CONTENT = frozenset({"period_start", "period_end", "summary", "decisions_needed", "content"})

STATUS_REPORT_WORKFLOW = Workflow(
    states=dict(S.choices),
    initial=S.DRAFT,
    transitions=(
        Transition(
            "publish",
            "Publish to the sponsor",
            (S.DRAFT,),
            S.PUBLISHED,
            permission="reports.publish_statusreport",
            signature=Meaning.AUTHORED,
            style="success",
        ),
    ),
    # What the sponsor was sent is what stays: a correction is a new report.
    frozen={S.PUBLISHED: CONTENT},
)
