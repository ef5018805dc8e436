from enum import StrEnum

class RequirementFormat(StrEnum):
    CLASSROOM = "classroom"
    E_LEARNING = "e_learning"

    def __str__(self) -> str:
        return str(self.value)
