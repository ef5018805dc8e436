from enum import StrEnum

class CapaState(StrEnum):
    CANCELLED = "cancelled"
    CLOSED = "closed"
    CLOSED_EFFECTIVE = "closed_effective"
    CLOSED_NOT_EFFECTIVE = "closed_not_effective"
    IMPLEMENTED = "implemented"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
