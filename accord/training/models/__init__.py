"""Training and qualification: what people must know (job roles, curricula,
requirements, controlled documents), the proof that they do (assignments, quizzes,
on-the-job training, competencies) and the gate's own records. Everything is importable
from ``accord.training.models``."""

from accord.training.models.curricula import (
    Competency,
    ControlledDocument,
    Curriculum,
    DocumentVersion,
    EffectivenessReview,
    JobRole,
    Level,
    Requirement,
)
from accord.training.models.gate import Activity, ActivityRequirement, QualificationOverride
from accord.training.models.records import (
    Assignment,
    CompetencyRecord,
    Method,
    OjtRecord,
    QuizAttempt,
    QuizQuestion,
    Reason,
    RoleHolding,
)

__all__ = [
    "Activity",
    "ActivityRequirement",
    "Assignment",
    "Competency",
    "CompetencyRecord",
    "ControlledDocument",
    "Curriculum",
    "DocumentVersion",
    "EffectivenessReview",
    "JobRole",
    "Level",
    "Method",
    "OjtRecord",
    "QualificationOverride",
    "QuizAttempt",
    "QuizQuestion",
    "Reason",
    "RoleHolding",
    "Requirement",
]
