from enum import StrEnum

class RiskRunOutDistribution(StrEnum):
    PERT = "pert"
    TRIANGULAR = "triangular"

    def __str__(self) -> str:
        return str(self.value)
