from enum import StrEnum

class ProjectDocumentVisibility(StrEnum):
    INTERNAL = "internal"
    SHARED = "shared"

    def __str__(self) -> str:
        return str(self.value)
