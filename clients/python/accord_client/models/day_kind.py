from enum import StrEnum

class DayKind(StrEnum):
    HOLIDAY = "holiday"
    WORKING = "working"

    def __str__(self) -> str:
        return str(self.value)
