from enum import StrEnum

class RiskStatus(StrEnum):
    CLOSED = "closed"
    MITIGATING = "mitigating"
    OCCURRED = "occurred"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
