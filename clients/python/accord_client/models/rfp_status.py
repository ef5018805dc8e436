from enum import StrEnum

class RfpStatus(StrEnum):
    DECLINED = "declined"
    IN_PREPARATION = "in_preparation"
    LOST = "lost"
    NEW = "new"
    PROPOSAL_SENT = "proposal_sent"
    QUALIFYING = "qualifying"
    WITHDRAWN = "withdrawn"
    WON = "won"

    def __str__(self) -> str:
        return str(self.value)
