from enum import StrEnum

class KudosCategory(StrEnum):
    COMMUNICATION = "communication"
    EXPERTISE = "expertise"
    EXTRA_MILE = "extra_mile"
    QUALITY = "quality"
    RESPONSIVENESS = "responsiveness"
    TEAMWORK = "teamwork"

    def __str__(self) -> str:
        return str(self.value)
