from enum import StrEnum

class MaintenanceKind(StrEnum):
    CORRECTIVE = "corrective"
    PREVENTIVE = "preventive"

    def __str__(self) -> str:
        return str(self.value)
