"""Continuous improvement: initiatives (DMAIC, Kaizen, 5S) with their stage gates and
measured gains, 5S audits of the CDMO's areas, and the register of the technologies the
sites are qualified for."""

from accord.improvement.models.capabilities import Capability, CapabilitySite, Qualification
from accord.improvement.models.fives import (
    FIVE_S,
    SCORE_MAX,
    FiveSAction,
    FiveSArea,
    FiveSAudit,
)
from accord.improvement.models.initiatives import (
    STAGE_DELIVERABLES,
    STAGE_ORDER,
    Deliverable,
    Initiative,
    InitiativeCounter,
    Method,
    Stage,
    StageGate,
    Status,
)

__all__ = [
    "FIVE_S",
    "SCORE_MAX",
    "STAGE_DELIVERABLES",
    "STAGE_ORDER",
    "Capability",
    "CapabilitySite",
    "Deliverable",
    "FiveSAction",
    "FiveSArea",
    "FiveSAudit",
    "Initiative",
    "InitiativeCounter",
    "Method",
    "Qualification",
    "Stage",
    "StageGate",
    "Status",
]
