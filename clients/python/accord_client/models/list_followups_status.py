from enum import StrEnum

class ListFollowupsStatus(StrEnum):
    ALL = "all"
    DONE = "done"
    OPEN = "open"
    OVERDUE = "overdue"

    def __str__(self) -> str:
        return str(self.value)
