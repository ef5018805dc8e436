from enum import StrEnum

class ChangeClass(StrEnum):
    MAJOR = "major"
    MINOR = "minor"

    def __str__(self) -> str:
        return str(self.value)
