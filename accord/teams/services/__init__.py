"""Every write to a project's team: its structure (SOW deliverables, RACI, steering
committee, communication tree) and what a person hands over when they leave the team."""

from accord.teams.services.handover import Duties, duties_hand_over, duties_of
from accord.teams.services.structure import (
    DELIVERABLE_EDITABLE,
    DELIVERABLE_FIELDS,
    EscalationLevel,
    deliverable_create,
    deliverable_update,
    escalation_set,
    escalation_token,
    raci_set,
    raci_token,
    steering_set,
    steering_token,
)

__all__ = [
    "DELIVERABLE_EDITABLE",
    "DELIVERABLE_FIELDS",
    "Duties",
    "EscalationLevel",
    "deliverable_create",
    "deliverable_update",
    "duties_hand_over",
    "duties_of",
    "escalation_set",
    "escalation_token",
    "raci_set",
    "raci_token",
    "steering_set",
    "steering_token",
]
