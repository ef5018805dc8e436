from enum import StrEnum

class ProjectPhase(StrEnum):
    CLINICAL = "clinical"
    COMMERCIAL = "commercial"
    FIRST_IN_HUMAN = "first_in_human"
    PRECLINICAL = "preclinical"

    def __str__(self) -> str:
        return str(self.value)
