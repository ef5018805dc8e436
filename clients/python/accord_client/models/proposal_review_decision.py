from enum import StrEnum

class ProposalReviewDecision(StrEnum):
    REJECTED = "rejected"
    REVIEWED = "reviewed"

    def __str__(self) -> str:
        return str(self.value)
