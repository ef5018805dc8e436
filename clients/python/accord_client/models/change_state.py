from enum import StrEnum

class ChangeState(StrEnum):
    APPROVED = "approved"
    ASSESSMENT = "assessment"
    CANCELLED = "cancelled"
    CLOSED = "closed"
    DRAFT = "draft"
    IMPLEMENTATION = "implementation"
    REJECTED = "rejected"
    REVIEW = "review"
    SPONSOR_APPROVAL = "sponsor_approval"

    def __str__(self) -> str:
        return str(self.value)
