from django.apps import AppConfig

# Label of each record type on history pages and in the audit trail.
LABELS = {
    "JobRole": "Job role",
    "Curriculum": "Curriculum",
    "Requirement": "Training requirement",
    "Competency": "Competency",
    "ControlledDocument": "Controlled document",
    "DocumentVersion": "Document version",
    "EffectivenessReview": "Training effectiveness review",
    "RoleHolding": "Job role held",
    "Assignment": "Training assignment",
    "QuizQuestion": "Quiz question",
    "QuizAttempt": "Quiz attempt",
    "OjtRecord": "On-the-job training record",
    "CompetencyRecord": "Competency record",
    "ActivityRequirement": "Activity requirement",
    "QualificationOverride": "Qualification override",
}


class TrainingConfig(AppConfig):
    name = "accord.training"
    label = "training"
    verbose_name = "Training and qualification"

    def ready(self) -> None:
        from accord.audit.registry import register
        from accord.training.selectors import staff_only

        for name, label in LABELS.items():
            model = self.get_model(name)
            register(model, visible_to=staff_only(model), label=label)
        from accord.signatures.services import register_signing_check
        from accord.training.gate import signing_refusals

        register_signing_check(signing_refusals)
        from accord.projects.services import register_document_approved
        from accord.training.services import project_document_approved

        register_document_approved(project_document_approved)
