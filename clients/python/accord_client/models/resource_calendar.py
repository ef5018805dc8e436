from enum import StrEnum

class ResourceCalendar(StrEnum):
    CONTINUOUS = "continuous"
    SITE = "site"

    def __str__(self) -> str:
        return str(self.value)
