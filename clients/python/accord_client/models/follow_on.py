from enum import StrEnum

class FollowOn(StrEnum):
    AWARDED = "awarded"
    LIKELY = "likely"
    NONE = "none"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
