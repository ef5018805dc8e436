from enum import StrEnum

class ResourceKind(StrEnum):
    EQUIPMENT = "equipment"
    LABOUR = "labour"

    def __str__(self) -> str:
        return str(self.value)
