from enum import StrEnum

class ConcernEntryHow(StrEnum):
    CALL = "call"
    MEETING = "meeting"
    WRITTEN = "written"

    def __str__(self) -> str:
        return str(self.value)
