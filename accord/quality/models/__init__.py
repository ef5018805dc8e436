"""GMP quality records: quality agreements, batches, deviations with their
investigations, CAPA with effectiveness checks, and change control. One module per
concept; everything is importable from ``accord.quality.models``."""

from accord.quality.models.agreements import (
    CLASS_DEFINITIONS,
    MAX_NOTIFY_HOURS,
    MAX_SUMMARY_DAYS,
    ChangeApprovalTerm,
    ChangeType,
    DeviationClass,
    NotificationTerm,
    QualityAgreement,
    QualityContact,
)
from accord.quality.models.capa import Capa, CapaAction, CapaActionType, EffectivenessCheck
from accord.quality.models.deviations import (
    CAUSES,
    Deviation,
    DeviationRequest,
    Investigation,
    InvestigationMethod,
    OtherBatchAssessment,
    RecurrenceLink,
    SponsorNotice,
    cause_label,
)
from accord.quality.models.records import Batch, QualityCounter, quality_number

__all__ = [
    "CAUSES",
    "CLASS_DEFINITIONS",
    "MAX_NOTIFY_HOURS",
    "MAX_SUMMARY_DAYS",
    "Batch",
    "Capa",
    "CapaAction",
    "CapaActionType",
    "ChangeApprovalTerm",
    "ChangeType",
    "Deviation",
    "DeviationClass",
    "DeviationRequest",
    "EffectivenessCheck",
    "Investigation",
    "InvestigationMethod",
    "NotificationTerm",
    "OtherBatchAssessment",
    "QualityAgreement",
    "QualityContact",
    "QualityCounter",
    "RecurrenceLink",
    "SponsorNotice",
    "cause_label",
    "quality_number",
]
