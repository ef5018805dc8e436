from enum import StrEnum

class ChangeControlDuration(StrEnum):
    PERMANENT = "permanent"
    TEMPORARY = "temporary"

    def __str__(self) -> str:
        return str(self.value)
