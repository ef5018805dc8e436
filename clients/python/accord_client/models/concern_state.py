from enum import StrEnum

class ConcernState(StrEnum):
    ACKNOWLEDGED = "acknowledged"
    CLOSED = "closed"
    IN_PROGRESS = "in_progress"
    RAISED = "raised"
    RESOLVED = "resolved"
    WAITING_ON_SPONSOR = "waiting_on_sponsor"

    def __str__(self) -> str:
        return str(self.value)
