from enum import StrEnum

class DeviationClass(StrEnum):
    CRITICAL = "critical"
    MAJOR = "major"
    MINOR = "minor"

    def __str__(self) -> str:
        return str(self.value)
