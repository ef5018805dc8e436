from enum import StrEnum

class SponsorNoticeHow(StrEnum):
    CALL = "call"
    EMAIL = "email"
    MEETING = "meeting"
    PORTAL = "portal"

    def __str__(self) -> str:
        return str(self.value)
