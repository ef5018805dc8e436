"""Every write of RFPs and proposals. Each runs in one transaction with its audit event.

Split by concept: ``rfps`` (intake); ``proposals`` (proposals, revisions, sponsor
comments); ``content`` (scope items, milestones, timeline, complexity); ``reviews``
(complexity-driven reviews and the revision's workflow up to sending); ``outcomes``
(won with the project and its signed baseline, lost with a postmortem, declined,
withdrawn); ``acceptance`` (the sponsor accepts or declines a sent revision, signed).
"""

from accord.proposals.services.acceptance import (
    revision_accept,
    revision_answer_check,
    revision_decline,
    revision_sponsor_decision,
)
from accord.proposals.services.content import (
    assessment_record,
    milestone_add,
    milestone_problems,
    milestone_remove,
    milestone_update,
    revision_timeline_build,
    scope_item_add,
    scope_item_remove,
    scope_item_update,
)
from accord.proposals.services.outcomes import (
    proposal_win,
    rfp_decline,
    rfp_lose,
    rfp_withdraw,
)
from accord.proposals.services.proposals import (
    proposal_create,
    proposal_update,
    revision_comment_add,
    revision_create,
    revision_update,
)
from accord.proposals.services.reviews import (
    revision_missing_reviews,
    revision_problems,
    revision_required_reviews,
    revision_review,
    revision_transition,
)
from accord.proposals.services.rfps import rfp_create, rfp_transition, rfp_update

__all__ = [
    "assessment_record",
    "milestone_add",
    "milestone_problems",
    "milestone_remove",
    "milestone_update",
    "proposal_create",
    "proposal_update",
    "proposal_win",
    "revision_accept",
    "revision_answer_check",
    "revision_comment_add",
    "revision_create",
    "revision_decline",
    "revision_missing_reviews",
    "revision_problems",
    "revision_required_reviews",
    "revision_review",
    "revision_sponsor_decision",
    "revision_timeline_build",
    "revision_transition",
    "revision_update",
    "rfp_create",
    "rfp_decline",
    "rfp_lose",
    "rfp_transition",
    "rfp_update",
    "rfp_withdraw",
    "scope_item_add",
    "scope_item_remove",
    "scope_item_update",
]
