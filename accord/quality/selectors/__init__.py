"""Every read of quality records that depends on who is asking. One module per concept;
everything is importable from ``accord.quality.selectors``."""

from accord.quality.selectors.agreements import (
    VIEW,
    NotificationDue,
    agreement_in_force,
    agreement_parts_visible_to,
    agreements_in_force,
    change_needs_sponsor_approval,
    notification_due,
    quality_agreements_visible_to,
    standing,
)
from accord.quality.selectors.changes import (
    VIEW_CHANGE,
    affected_sponsors,
    change_controls_visible_to,
    change_reviews_visible_to,
    impact_assessments_visible_to,
    implementation_actions_visible_to,
    products_for,
    sponsor_approvals_needed,
    sponsor_approvals_visible_to,
)
from accord.quality.selectors.kpis import right_first_time_for
from accord.quality.selectors.records import (
    batches_visible_to,
    capa_actions_visible_to,
    capas_visible_to,
    deviation_parts_visible_to,
    deviations_visible_to,
    effectiveness_checks_visible_to,
)

__all__ = [
    "VIEW",
    "VIEW_CHANGE",
    "affected_sponsors",
    "change_controls_visible_to",
    "change_reviews_visible_to",
    "impact_assessments_visible_to",
    "implementation_actions_visible_to",
    "products_for",
    "sponsor_approvals_needed",
    "sponsor_approvals_visible_to",
    "NotificationDue",
    "agreement_in_force",
    "agreement_parts_visible_to",
    "agreements_in_force",
    "batches_visible_to",
    "capa_actions_visible_to",
    "capas_visible_to",
    "change_needs_sponsor_approval",
    "deviation_parts_visible_to",
    "deviations_visible_to",
    "effectiveness_checks_visible_to",
    "notification_due",
    "quality_agreements_visible_to",
    "right_first_time_for",
    "standing",
]
