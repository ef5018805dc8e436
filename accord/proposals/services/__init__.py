"""Every write of RFPs and proposals. Each runs in one transaction with its audit event.

Split by concept: ``rfps`` (intake); ``proposals`` (proposals, revisions, sponsor
comments); ``content`` (scope items, milestones, timeline, complexity); ``reviews``
(complexity-driven reviews and the revision's workflow up to sending).
"""

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
    "revision_comment_add",
    "revision_create",
    "revision_missing_reviews",
    "revision_problems",
    "revision_required_reviews",
    "revision_review",
    "revision_timeline_build",
    "revision_transition",
    "revision_update",
    "rfp_create",
    "rfp_transition",
    "rfp_update",
    "scope_item_add",
    "scope_item_remove",
    "scope_item_update",
]
