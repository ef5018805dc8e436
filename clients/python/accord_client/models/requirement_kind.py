from enum import StrEnum

class RequirementKind(StrEnum):
    COMPETENCY = "competency"
    COURSE = "course"
    DOCUMENT = "document"
    QUIZ = "quiz"

    def __str__(self) -> str:
        return str(self.value)
