"""The life of a business review: prepared by the account team, published to the sponsor
with the publisher's signature ("authored": they answer for what it tells the sponsor),
frozen from then on."""

from accord.core.workflow import Transition, Workflow
from accord.qbr.models import NARRATIVE, BusinessReview
from accord.signatures.models import Meaning

S = BusinessReview.Status

BUSINESS_REVIEW_WORKFLOW = Workflow(
    states=dict(S.choices),
    initial=S.DRAFT,
    transitions=(
        Transition(
            "publish",
            "Publish to the sponsor",
            (S.DRAFT,),
            S.PUBLISHED,
            permission="qbr.publish_businessreview",
            signature=Meaning.AUTHORED,
            style="success",
        ),
    ),
    frozen={S.PUBLISHED: frozenset({*NARRATIVE, "content"})},
)
