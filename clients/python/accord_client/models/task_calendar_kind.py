from enum import StrEnum

class TaskCalendarKind(StrEnum):
    CONTINUOUS = "continuous"
    PROJECT = "project"

    def __str__(self) -> str:
        return str(self.value)
