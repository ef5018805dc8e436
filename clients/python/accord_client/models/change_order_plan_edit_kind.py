from enum import StrEnum

class ChangeOrderPlanEditKind(StrEnum):
    ADD_DAYS = "add_days"
    NEW_TASK = "new_task"

    def __str__(self) -> str:
        return str(self.value)
