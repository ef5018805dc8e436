from enum import StrEnum

class RunStatus(StrEnum):
    APPLIED = "applied"
    DISCARDED = "discarded"
    FAILED = "failed"
    PROPOSED = "proposed"
    QUEUED = "queued"
    RUNNING = "running"
    SUPERSEDED = "superseded"

    def __str__(self) -> str:
        return str(self.value)
