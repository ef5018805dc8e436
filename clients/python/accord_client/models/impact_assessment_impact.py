from enum import StrEnum

class ImpactAssessmentImpact(StrEnum):
    HIGH = "high"
    LOW = "low"
    MEDIUM = "medium"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
