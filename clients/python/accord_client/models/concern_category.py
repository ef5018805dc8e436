from enum import StrEnum

class ConcernCategory(StrEnum):
    COMMERCIAL = "commercial"
    COMMUNICATION = "communication"
    OTHER = "other"
    QUALITY = "quality"
    REGULATORY = "regulatory"
    SCHEDULE = "schedule"
    TECHNICAL = "technical"

    def __str__(self) -> str:
        return str(self.value)
