from enum import StrEnum

class DeviationRequestKind(StrEnum):
    CANCELLATION = "cancellation"
    EXTENSION = "extension"

    def __str__(self) -> str:
        return str(self.value)
