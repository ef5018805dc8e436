from enum import StrEnum

class SurveyResultsTrigger(StrEnum):
    CONCERN = "concern"
    MILESTONE = "milestone"
    PROJECT_CLOSED = "project_closed"
    QUARTERLY = "quarterly"
    VALUE_0 = ""

    def __str__(self) -> str:
        return str(self.value)
