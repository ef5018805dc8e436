from enum import StrEnum

class LessonsReviewStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"

    def __str__(self) -> str:
        return str(self.value)
