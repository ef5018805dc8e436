from enum import StrEnum

class RfpOutcomeKind(StrEnum):
    DECLINED = "declined"
    LOST = "lost"
    WITHDRAWN = "withdrawn"
    WON = "won"

    def __str__(self) -> str:
        return str(self.value)
