from enum import StrEnum

class RiskCategory(StrEnum):
    ANALYTICAL = "analytical"
    BATCH_FAILURE = "batch_failure"
    CAPACITY = "capacity"
    EQUIPMENT = "equipment"
    LOGISTICS = "logistics"
    OTHER = "other"
    PEOPLE = "people"
    QUALITY = "quality"
    REGULATORY = "regulatory"
    SPONSOR_DECISION = "sponsor_decision"
    SPONSOR_MATERIAL = "sponsor_material"
    SUPPLY = "supply"

    def __str__(self) -> str:
        return str(self.value)
