from enum import StrEnum

class SponsorProfileCadence(StrEnum):
    AS_NEEDED = "as_needed"
    BIWEEKLY = "biweekly"
    MILESTONES = "milestones"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    WEEKLY = "weekly"

    def __str__(self) -> str:
        return str(self.value)
