from enum import StrEnum

class ConcernFiltersClockType0(StrEnum):
    AT_RISK = "at_risk"
    BREACHED = "breached"

    def __str__(self) -> str:
        return str(self.value)
