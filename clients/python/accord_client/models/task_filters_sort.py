from enum import StrEnum

class TaskFiltersSort(StrEnum):
    FINISH = "finish"
    FLOAT = "float"
    NAME = "name"
    START = "start"
    WBS = "wbs"

    def __str__(self) -> str:
        return str(self.value)
