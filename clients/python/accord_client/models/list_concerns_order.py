from enum import StrEnum

class ListConcernsOrder(StrEnum):
    DUE = "due"
    NEWEST = "newest"

    def __str__(self) -> str:
        return str(self.value)
