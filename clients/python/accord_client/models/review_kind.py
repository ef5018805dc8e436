from enum import StrEnum

class ReviewKind(StrEnum):
    ANALYTICAL = "analytical"
    EHS = "ehs"
    EXECUTIVE = "executive"
    FINANCE = "finance"
    PROCESS_CHEMISTRY = "process_chemistry"
    QUALITY = "quality"
    REGULATORY = "regulatory"

    def __str__(self) -> str:
        return str(self.value)
