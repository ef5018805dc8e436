from enum import StrEnum

class ChangeControlUrgency(StrEnum):
    EMERGENCY = "emergency"
    ROUTINE = "routine"

    def __str__(self) -> str:
        return str(self.value)
