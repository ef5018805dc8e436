from enum import StrEnum

class StandingState(StrEnum):
    DUE = "due"
    EXPIRED = "expired"
    MISSING = "missing"
    NOT_REQUIRED = "not_required"
    OVERDUE = "overdue"
    QUALIFIED = "qualified"

    def __str__(self) -> str:
        return str(self.value)
