from enum import StrEnum

class BulkItemInOp(StrEnum):
    LINK_ADD = "link_add"
    LINK_REMOVE = "link_remove"
    TASK_CREATE = "task_create"
    TASK_UPDATE = "task_update"

    def __str__(self) -> str:
        return str(self.value)
