from enum import StrEnum

class SponsorNoticeKind(StrEnum):
    NOTIFICATION = "notification"
    SUMMARY = "summary"

    def __str__(self) -> str:
        return str(self.value)
