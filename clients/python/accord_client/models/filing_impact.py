from enum import StrEnum

class FilingImpact(StrEnum):
    NEEDED = "needed"
    NONE = "none"
    TBD = "tbd"

    def __str__(self) -> str:
        return str(self.value)
