from enum import StrEnum

class AssignmentStatus(StrEnum):
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
