from enum import StrEnum

class TaskKind(StrEnum):
    DECISION = "decision"
    MILESTONE = "milestone"
    SUMMARY = "summary"
    TASK = "task"

    def __str__(self) -> str:
        return str(self.value)
