from enum import StrEnum

class BatchStatus(StrEnum):
    IN_PROCESS = "in_process"
    QUARANTINE = "quarantine"
    REJECTED = "rejected"
    RELEASED = "released"

    def __str__(self) -> str:
        return str(self.value)
