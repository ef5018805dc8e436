from enum import StrEnum

class ActionItemStatusFilter(StrEnum):
    ANY = "any"
    DONE = "done"
    OPEN = "open"
    OVERDUE = "overdue"

    def __str__(self) -> str:
        return str(self.value)
