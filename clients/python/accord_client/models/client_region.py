from enum import StrEnum

class ClientRegion(StrEnum):
    ASIA_PACIFIC = "asia_pacific"
    EUROPE = "europe"
    LATIN_AMERICA = "latin_america"
    MIDDLE_EAST_AFRICA = "middle_east_africa"
    NORTH_AMERICA = "north_america"

    def __str__(self) -> str:
        return str(self.value)
