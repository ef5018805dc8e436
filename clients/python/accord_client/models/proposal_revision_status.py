from enum import StrEnum

class ProposalRevisionStatus(StrEnum):
    ACCEPTED = "accepted"
    APPROVED = "approved"
    DECLINED = "declined"
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    SENT = "sent"
    SUPERSEDED = "superseded"

    def __str__(self) -> str:
        return str(self.value)
