from enum import StrEnum

class DelayInformedHow(StrEnum):
    CALL = "call"
    EMAIL = "email"
    MEETING = "meeting"
    OTHER = "other"
    PORTAL = "portal"
    STATUS_REPORT = "status_report"

    def __str__(self) -> str:
        return str(self.value)
