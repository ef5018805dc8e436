from enum import StrEnum

class TaskConstraintType(StrEnum):
    FINISH_NO_EARLIER_THAN = "finish no earlier than"
    FINISH_NO_LATER_THAN = "finish no later than"
    MUST_FINISH_ON = "must finish on"
    MUST_START_ON = "must start on"
    START_NO_EARLIER_THAN = "start no earlier than"
    START_NO_LATER_THAN = "start no later than"

    def __str__(self) -> str:
        return str(self.value)
