from enum import StrEnum

class ChangeOrderStatus(StrEnum):
    APPROVED = "approved"
    DRAFT = "draft"
    INCORPORATED = "incorporated"
    INTERNAL_REVIEW = "internal_review"
    REJECTED = "rejected"
    SENT = "sent"

    def __str__(self) -> str:
        return str(self.value)
