from enum import StrEnum

class DecisionOutcome(StrEnum):
    CONDITIONAL = "conditional"
    DEFERRED = "deferred"
    GO = "go"
    NO_GO = "no_go"

    def __str__(self) -> str:
        return str(self.value)
