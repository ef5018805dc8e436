from enum import StrEnum

class CapaActionType(StrEnum):
    CORRECTION = "correction"
    CORRECTIVE = "corrective"
    PREVENTIVE = "preventive"

    def __str__(self) -> str:
        return str(self.value)
