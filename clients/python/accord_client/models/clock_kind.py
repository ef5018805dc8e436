from enum import StrEnum

class ClockKind(StrEnum):
    ACKNOWLEDGE = "acknowledge"
    FIRST_CONTACT = "first_contact"
    RESOLVE = "resolve"
    UPDATE = "update"

    def __str__(self) -> str:
        return str(self.value)
