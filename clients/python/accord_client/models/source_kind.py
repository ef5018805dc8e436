from enum import StrEnum

class SourceKind(StrEnum):
    CAPA = "capa"
    CONCERN = "concern"
    DEVIATION = "deviation"
    POSTMORTEM = "postmortem"
    PROJECT_REVIEW = "project_review"

    def __str__(self) -> str:
        return str(self.value)
