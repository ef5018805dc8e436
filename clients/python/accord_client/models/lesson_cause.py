from enum import StrEnum

class LessonCause(StrEnum):
    CAPACITY = "capacity"
    COMMERCIAL = "commercial"
    COMMUNICATION = "communication"
    PEOPLE = "people"
    PLANNING = "planning"
    QUALITY_SYSTEM = "quality_system"
    SCOPE = "scope"
    SPONSOR = "sponsor"
    SUPPLY_CHAIN = "supply_chain"
    TECHNICAL = "technical"

    def __str__(self) -> str:
        return str(self.value)
