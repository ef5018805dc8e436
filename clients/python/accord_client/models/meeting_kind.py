from enum import StrEnum

class MeetingKind(StrEnum):
    KICKOFF = "kickoff"
    OTHER = "other"
    STEERING_COMMITTEE = "steering_committee"
    TECHNICAL = "technical"
    WEEKLY_STATUS = "weekly_status"

    def __str__(self) -> str:
        return str(self.value)
