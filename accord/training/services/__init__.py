"""Every write of the training app; one module per concept, every public name
importable from ``accord.training.services``."""

from accord.training.services.assignments import (
    assignment_cancel,
    capa_retraining_assign,
    change_training_assign,
    document_version_make_effective,
    job_role_assign,
    job_role_end,
    not_trained,
    project_document_approved,
    retraining_for,
    role_holders,
    training_assign,
)
from accord.training.services.competencies import (
    competency_record,
    ojt_assess,
    ojt_sign,
    ojt_start,
)
from accord.training.services.completion import (
    assignment_read_and_understood,
    assignment_record_course,
    attempts_left,
    quiz_start,
    quiz_submit,
)
from accord.training.services.reviews import effectiveness_review_record
from accord.training.services.setup import (
    activity_requirement_set,
    competency_create,
    competency_update,
    controlled_document_create,
    curriculum_create,
    curriculum_update,
    job_role_create,
    job_role_update,
    quiz_question_add,
    requirement_create,
    requirement_update,
)

__all__ = [
    "activity_requirement_set",
    "quiz_question_add",
    "assignment_cancel",
    "assignment_read_and_understood",
    "assignment_record_course",
    "attempts_left",
    "capa_retraining_assign",
    "change_training_assign",
    "competency_create",
    "competency_record",
    "competency_update",
    "controlled_document_create",
    "curriculum_create",
    "curriculum_update",
    "document_version_make_effective",
    "effectiveness_review_record",
    "job_role_assign",
    "job_role_create",
    "job_role_end",
    "job_role_update",
    "not_trained",
    "ojt_assess",
    "ojt_sign",
    "ojt_start",
    "project_document_approved",
    "quiz_start",
    "quiz_submit",
    "requirement_create",
    "requirement_update",
    "retraining_for",
    "role_holders",
    "training_assign",
]
