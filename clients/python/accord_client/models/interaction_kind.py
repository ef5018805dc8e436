from enum import StrEnum

class InteractionKind(StrEnum):
    CALL = "call"
    EMAIL = "email"
    MEETING = "meeting"
    VISIT = "visit"

    def __str__(self) -> str:
        return str(self.value)
