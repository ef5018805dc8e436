from enum import StrEnum

class ResultsFiltersTrigger(StrEnum):
    CONCERN = "concern"
    MILESTONE = "milestone"
    PROJECT_CLOSED = "project_closed"
    QUARTERLY = "quarterly"
    VALUE_0 = ""

    def __str__(self) -> str:
        return str(self.value)
