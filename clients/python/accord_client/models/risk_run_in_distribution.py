from enum import StrEnum

class RiskRunInDistribution(StrEnum):
    PERT = "pert"
    TRIANGULAR = "triangular"

    def __str__(self) -> str:
        return str(self.value)
